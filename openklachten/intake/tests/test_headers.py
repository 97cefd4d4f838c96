"""Column headers: labels of 1.0 and V0.2, aliases and machine names, written any way people write them."""

import pytest

from openklachten.intake.headers import default_matcher


@pytest.mark.parametrize(
    "header, name",
    [
        ("Thema's", "themas"),
        ("Thema’s", "themas"),
        ("  THEMAS ", "themas"),
        ("klacht_id", "klacht_id"),
        ("Klacht-ID *", "klacht_id"),
        ("Status (verplicht)", "status"),
        ("Formeel / informeel", "formeel_informeel"),
        ("Bijzonderheden verantwoordelijke bestuurdorgaan", "bijzonderheden_bestuursorgaan"),  # V0.2 spelling
        ("Verlenging beantwoordingstermijn", "verdaagd"),
        ("Leeftijdsgroep klager", "leeftijdsgroep"),
        ("Toepasselijke wet- en regelgeving", "wet_en_regelgeving"),
        ("Datum van registratie", "datum_registratie"),
        ("Opmerking intern", None),
        ("", None),
    ],
)
def test_header_matching(header, name):
    assert default_matcher().match(header) == name
