"""The default mapping reads real Open Zaak responses without configuration; overrides per organisation."""

import json

import pytest

from openklachten.intake.connectors.zgw import Mapping, MappingConfigError, map_zaak
from openklachten.intake.tests.zgw import spec

FIXED = {"bestuursorgaan": "gm0344", "eerstelijns_tweedelijns": "eerstelijns"}


def recorded_1_30():
    return json.loads((spec.EXAMPLES / "zaak-expanded-open-zaak-1.30.json").read_text())


def recorded_1_21():
    """Open Zaak 1.21's separate responses, put together the way the connector does without `expand`."""
    read = lambda name: json.loads((spec.EXAMPLES / name).read_text())  # noqa: E731
    zaak = read("zaken-list.json")["results"][0]
    resultaat, status = read("resultaat.json"), read("status.json")
    zaak["_expand"] = {
        "resultaat": {**resultaat, "_expand": {"resultaattype": read("resultaattype.json")}},
        "status": {**status, "_expand": {"statustype": read("statustype.json")}},
        "eigenschappen": read("zaakeigenschappen.json"),
    }
    return zaak


def test_expanded_zaak_of_open_zaak_1_30_maps_by_labels_and_synonyms():
    mapped = map_zaak(recorded_1_30(), Mapping.from_config({}, FIXED))
    record = mapped.record
    assert record["klacht_id"] == "ZAAK-2026-0000000012"
    assert (record["ontvangstdatum"], record["datum_afhandeling"]) == ("2026-11-16", "2026-11-25")
    assert record["ontvangwijze"] == "brief"  # zaakeigenschap 'kanaal' = "Post", a synonym of Brief
    assert mapped.sources["ontvangwijze"] == "zaakeigenschap 'kanaal'"
    assert record["conclusie"] == "gegrond"  # resultaattype.omschrijving "Gegrond"
    assert record["themas"] == "afval"  # "Afvalinzameling" via the theme list's synonyms
    assert record["status"] == "afgehandeld" and record["verdaagd"] == "nee"
    assert record["oordeel_klacht"] == "Klacht gegrond verklaard na onderzoek."
    # "Te lange wachttijd" is no oorzaak of the standard: reported with field, value and mapping.
    [issue] = mapped.issues
    assert (issue.veld, issue.waarde, issue.bron) == ("Oorzaak", "Te lange wachttijd", "zaakeigenschap 'oorzaak'")
    assert "waarden → oorzaak" in issue.melding


def test_a_value_translation_in_the_mapping_fixes_that_zaak():
    config = {"waarden": {"oorzaak": {"Te lange wachttijd": "vertraging"}}}
    mapped = map_zaak(recorded_1_30(), Mapping.from_config(config, FIXED))
    assert mapped.issues == [] and mapped.record["oorzaak"] == "vertraging"


def test_separate_responses_of_open_zaak_1_21_map_the_same_way():
    mapped = map_zaak(recorded_1_21(), Mapping.from_config({}, FIXED))
    assert mapped.issues == []
    record = mapped.record
    assert record["formeel_informeel"] == "formeel" and record["oorzaak"] == "bejegening"
    assert record["themas"] == "afval" and record["conclusie"]
    assert record["bestuursorgaan"] == "gm0344" and mapped.sources["bestuursorgaan"] == "vaste waarde van de koppeling"


def test_withdrawn_outcome_maps_to_geen_oordeel_and_klacht_ingetrokken():
    zaak = recorded_1_30()
    zaak["_expand"]["resultaat"]["_expand"]["resultaattype"]["omschrijving"] = "Ingetrokken"
    record = map_zaak(
        zaak, Mapping.from_config({"waarden": {"oorzaak": {"te lange wachttijd": "vertraging"}}}, FIXED)
    ).record
    assert (record["conclusie"], record["afdoeningswijze"]) == ("geen-oordeel", "klacht-ingetrokken")


def test_properties_renamed_and_ignored_and_fixed_values():
    zaak = recorded_1_30()
    zaak["_expand"]["eigenschappen"].append({"naam": "Soort melding", "waarde": "Informele klacht"})
    config = {
        "eigenschappen": {"Soort melding": "formeel_informeel", "oorzaak": None},
        "vast": {"type_klager": "Burger"},
        "velden": {"toelichting": None},
    }
    mapped = map_zaak(zaak, Mapping.from_config(config, FIXED))
    assert mapped.issues == []
    assert mapped.record["formeel_informeel"] == "informeel" and "oorzaak" not in mapped.record
    assert mapped.record["type_klager"] == "individu"  # "Burger" is a synonym of Individu
    assert "bevindingen" not in mapped.record
    assert "oorzaak" in mapped.unused


def test_an_open_zaak_is_in_behandeling_and_an_extension_means_verdaagd():
    zaak = recorded_1_30()
    zaak["einddatum"], zaak["verlenging"] = None, {"reden": "Complex", "duur": "P28D"}
    zaak["_expand"]["status"]["_expand"]["statustype"]["isEindstatus"] = False
    record = map_zaak(zaak, Mapping.from_config({}, FIXED)).record
    assert (record["status"], record["verdaagd"]) == ("in-behandeling", "ja")


@pytest.mark.parametrize(
    "config, fragment",
    [
        ({"kolommen": {}}, "Onbekende onderdelen"),
        ({"eigenschappen": {"wijk": "wijknaam"}}, "'wijknaam' is geen attribuut"),
        ({"waarden": {"conclusie": {"Terecht": "helemaal-gegrond"}}}, "staat niet in de waardelijst conclusie"),
        ({"velden": {"zaakgeometrie": "woonplaats_klager"}}, "kan niet worden gekoppeld"),
    ],
)
def test_a_malformed_mapping_is_refused_in_dutch(config, fragment):
    with pytest.raises(MappingConfigError, match=fragment):
        Mapping.from_config(config)
