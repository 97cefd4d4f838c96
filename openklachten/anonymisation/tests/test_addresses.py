"""Street + house number, with street suffixes, multi-word streets, the street list and context."""

import pytest

from openklachten.anonymisation import anonymise
from openklachten.anonymisation.tests.helpers import found, redacted


@pytest.mark.parametrize(
    "text, address",
    [
        ("wonende aan de Assendorperstraat 41, 8012 DG", "Assendorperstraat 41"),
        ("aan de Van Limburg Stirumlaan 31.", "Van Limburg Stirumlaan 31"),
        ("wed. Pauwels\nBisschop Bekkerslaan 9\n", "Bisschop Bekkerslaan 9"),
        ("op de Kanaalweg 66bis in", "Kanaalweg 66bis"),
        ("adres oosterweg 112a. ze zegt", "oosterweg 112a"),
        ("woont aan de Weerdsingel O.Z. 23 in Utrecht", "Weerdsingel O.Z. 23"),
        ("Stationsweg 4-B, 7941 HD Meppel", "Stationsweg 4-B"),
        ("Ik woon op Kempenaar 03-27 in Lelystad", "Kempenaar 03-27"),
        ("— Lisa Verbeek, Laan van Meerdervoort 220, 2517 BJ Den Haag", "Laan van Meerdervoort 220"),
        ("I moved to Amsterdam (Ferdinand Bolstraat 112-3, 1072 LK)", "Ferdinand Bolstraat 112-3"),
    ],
)
def test_street_and_number(text, address):
    assert address in found(text, "ADRES")


@pytest.mark.parametrize(
    "text", ["Zie artikel 12 van de wet.", "Het Stadspark was 3 uur vol.", "pagina 2 van 3", "Windpark N33 draait."]
)
def test_no_address(text):
    assert redacted(text) == text


def test_a_form_label_with_a_dotless_i_is_a_field_not_a_crash():
    """`(?i)` matches "Huısnummer" (ı, U+0131) as huisnummer, but lower() leaves the ı: the lookup must follow."""
    result = anonymise("Gegevens melder\nHuısnummer: 12\nStraat: Dorpsweg")
    assert "12" not in result.text and "Dorpsweg" not in result.text


def test_case_folding_look_alikes_never_crash_the_engine():
    """Every held-out text with i→ı, s→ſ and k→K (Kelvin sign): letters that regexes fold but lower() keeps."""
    from pathlib import Path

    from openklachten.anonymisation.marked import load_marked

    look_alikes = str.maketrans({"i": "ı", "s": "ſ", "k": "\u212a"})
    for path in sorted((Path(__file__).parent / "data").glob("heldout-*.txt")):
        for doc in load_marked(path):
            anonymise(doc["text"].translate(look_alikes))
