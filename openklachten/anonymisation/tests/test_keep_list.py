"""What carries the public meaning survives: public bodies, places as context, laws, dates, amounts."""

import pytest

from openklachten.anonymisation.tests.helpers import redacted


@pytest.mark.parametrize(
    "text",
    [
        "De gemeente Kampen en de provincie Gelderland spraken in Zwolle over de Participatiewet.",
        "Het Waterschap Vallei en Veluwe stuurde op 14 februari 2024 een aanslag van € 38,12.",
        "Volgens artikel 9:11 Awb en de APV moest de gemeente Utrecht binnen 8 weken beslissen.",
        "De politie Oost-Nederland en de Belastingdienst/Toeslagen reageerden niet.",
        "Het bedrag van € 486.000 is te hoog; de WOZ-waarde moet € 412.000 zijn.",
        "Bel de gemeente op 14 020 of via 0800-1351.",
    ],
)
def test_public_context_survives(text):
    assert redacted(text) == text


def test_surname_that_is_also_the_place_keeps_the_place():
    out = redacted("De heer Kampen woont in Kampen, de gemeente Kampen helpt hem niet.")
    assert "in Kampen" in out and "gemeente Kampen" in out and "heer Kampen" not in out


def test_policy_text_without_personal_data_is_untouched():
    text = (
        "De Nationale ombudsman concludeert dat de Belastingdienst in de periode 2019-2022 de Awb niet volgde. "
        "Het Ministerie van Financiën en de Raad van State adviseerden eerder. Zie ECLI:NL:RVS:2022:1234 en "
        "Kamerstukken II 2021/22, 35 510, nr. 3. Het Rijksmuseum en de Johan Cruijff ArenA vallen onder Stadsdeel Zuid."
    )
    assert redacted(text) == text
