"""Fixtures for the cross-component tests: a coordinator's filled-in template, imported for real.

Everything here goes through the real parts: the standard's XLSX template builder, the intake reader
and validator, the anonymiser, the registry's import pipeline, the read model and the public views.
All personal data below is invented; the BSN passes the elfproef and the IBAN passes mod-97 so the
detectors cannot skip them for being obviously fake.
"""

import datetime as dt
import io
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from openklachten.publication import query, readmodel
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint

VENV_BIN = Path(sys.executable).parent
ORGANISATION = "gm0363"  # Gemeente Amsterdam, in the standard's reference list

# The klacht_id is the organisation's own case number: never published (only a keyed hash is kept).
RAW_KLACHT_ID = "ZAAK-H9-2024-004711"
YOUTH_KLACHT_ID = "ZAAK-H9-2024-004712"

PII = {
    "naam": "Hendrika Zwartveld-Oosterbeek",
    "achternaam": "Zwartveld-Oosterbeek",
    "bsn": "111222333",  # elfproef: 9*1+8*1+7*1+6*2+5*2+4*2+3*3+2*3-1*3 = 66 = 6*11
    "iban": "NL91ABNA0417164300",  # mod-97 == 1
    "iban_spaced": "NL91 ABNA 0417 1643 00",
    "telefoon": "06-41879325",
    "email": "h.zwartveld@voorbeeldpost.nl",
    "kenteken": "87-XKB-3",
    "adres": "Kruisweg 114",
}

GEDRAGING = (
    f"Mevrouw {PII['naam']} (BSN {PII['bsn']}, IBAN {PII['iban']}) belde op {PII['telefoon']} en mailde "
    f"{PII['email']} over haar auto met kenteken {PII['kenteken']} die voor {PII['adres']} in Tilburg "
    "werd weggesleept terwijl de parkeervergunning geldig was."
)
BEVINDINGEN = (
    f"Mevrouw {PII['achternaam']} is niet teruggebeld; haar IBAN {PII['iban_spaced']} stond verkeerd in het "
    "zaaksysteem waardoor de terugbetaling van de wegsleepkosten uitbleef."
)
OORDEEL = "De klacht is gegrond: de gemeente heeft de termijn overschreden en de kosten niet terugbetaald."
# A distinctive public word: shows the anonymised text did arrive where the raw one must not.
MARKER = "wegsleepkosten"

YOUTH_GEDRAGING = (
    f"Mevrouw {PII['naam']} klaagt dat de jeugdhulp voor haar zoon van 12 na het keukentafelgesprek op "
    f"{PII['adres']} maandenlang uitbleef; bel {PII['telefoon']}."
)


def pii_strings() -> list[str]:
    """Every synthetic personal-data string, plus the raw case number, as it may appear in output."""
    values = set(PII.values()) | {RAW_KLACHT_ID, YOUTH_KLACHT_ID, "Zwartveld", "Oosterbeek"}
    values |= {PII["telefoon"].replace("-", ""), PII["iban"].lower(), "Hendrika"}
    return sorted(values)


def person_rows() -> list[dict]:
    """Two rows the way a coordinator types them: Dutch labels from the drop-downs, Dutch dates."""
    common = {
        "Ontvangwijze": "E-mail",
        "Status": "Afgehandeld",
        "Formeel/informeel": "Formeel",
        "Verlenging beantwoordingstermijn": "Nee",
        "Adviescommissie": "Nee",
        "Eerstelijns/tweedelijns": "Eerstelijns",
        "Bestuursorgaan": "Gemeente Amsterdam",
        "Type klager": "Individu",
        "Woonplaats klager": "Amsterdam",
        "Leeftijdsgroep klager": "45 tot en met 64 jaar",
        "Conclusie": "Onderzocht en gegrond",
        "Afdoeningswijze": "Excuses",
    }
    parking = dict(
        common,
        **{
            "Klacht-ID": RAW_KLACHT_ID,
            # typed as text the Dutch way; Excel in a non-Dutch locale keeps it a string
            "Ontvangstdatum": "04-03-2024",
            "Datum afhandeling": "28-03-2024",
            "Organisatieonderdeel": "Afdeling Parkeren",
            "Thema's": "Parkeren",
            "Iv3-taakveld": "Parkeren",
            "Gedraging": GEDRAGING,
            "Oorzaak": "Vertraging",
            "Bevindingen": BEVINDINGEN,
            "Oordeel klacht": OORDEEL,
        },
    )
    youth = dict(
        common,
        **{
            "Klacht-ID": YOUTH_KLACHT_ID,
            # a real date cell, as Excel stores a date typed in a Dutch locale
            "Ontvangstdatum": dt.datetime(2024, 3, 11),
            "Datum afhandeling": dt.datetime(2024, 4, 2),
            "Organisatieonderdeel": "Wijkteam Jeugd",
            # youth care by its Iv3 taakveld alone (6.72); the theme says nothing about youth
            "Thema's": "Wmo en maatschappelijke ondersteuning",
            "Iv3-taakveld": "Maatwerkdienstverlening 18-",
            "Gedraging": YOUTH_GEDRAGING,
            "Oorzaak": "Vertraging",
            "Bevindingen": "Het wijkteam had geen capaciteit.",
            "Oordeel klacht": "De klacht is gegrond.",
        },
    )
    return [parking, youth]


def fill_template(path: Path, rows: list[dict]) -> Path:
    """Open the standard's publisher template and fill in the 'Klachten' sheet by column label."""
    from openklachten.standard.exports import xlsx_template

    book = openpyxl.load_workbook(io.BytesIO(xlsx_template.build()))
    sheet = book[xlsx_template.DATA_SHEET]
    columns = {cell.value: cell.column for cell in sheet[1]}
    for offset, row in enumerate(rows, start=2):
        for label, value in row.items():
            assert label in columns, f"kolom {label!r} staat niet in het sjabloon"
            sheet.cell(row=offset, column=columns[label], value=value)
    book.save(path)
    return path


def run_cli(*args, env=None, timeout=300) -> subprocess.CompletedProcess:
    """The venv's `openklachten` command in a subprocess (what a coordinator types)."""
    environment = dict(os.environ, **(env or {}))
    environment.setdefault("DJANGO_SETTINGS_MODULE", "openklachten.config.settings")
    return subprocess.run(
        [str(VENV_BIN / "openklachten"), *args], capture_output=True, text=True, env=environment, timeout=timeout
    )


@pytest.fixture
def template_file(tmp_path) -> Path:
    return fill_template(tmp_path / "klachten-amsterdam-2024-q1.xlsx", person_rows())


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run a registry action and let its on-commit publication_changed signal rebuild the read model."""

    def run(action, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True) as callbacks:
            outcome = action(*args, **kwargs)
        assert callbacks, "the registry sent no publication_changed after the commit"
        return outcome

    return run


@pytest.fixture
def imported(db, template_file, publish):
    """The filled-in template imported through the real pipeline; yields the two stored complaints."""
    query.use(None)
    register_organisation()
    result = publish(import_delivery, template_file, ORGANISATION)
    assert result.ok, [e.message for e in result.errors]
    complaints = list(Complaint.objects.filter(delivery=result.delivery).order_by("ontvangstdatum"))
    yield {"result": result, "delivery": result.delivery, "parking": complaints[0], "youth": complaints[1]}
    leave_empty_readmodel()


def register_organisation(code=ORGANISATION):
    """Register the organisation the way an administrator (or the demo) does before its first delivery.

    Importing into a registry that does not know the organisation yet is tested on its own
    (test_end_to_end_publication.py::test_first_delivery_registers_the_organisation).
    """
    from openklachten.registry.organisations import ensure_organisations

    return ensure_organisations({code})[code]


def leave_empty_readmodel():
    """The database rolls back after a test; the read model on disk must not keep our rows for the next one."""
    Complaint.objects.all().delete()
    readmodel.rebuild()
    query.use(None)


@pytest.fixture(autouse=True)
def _configured_readmodel():
    """Whatever an earlier test pointed the query layer at, these tests read the configured read model."""
    query.use(None)
    yield
    query.use(None)


# --- Personal data planted in one text-bearing field per complaint (the privacy sweep and the policy contract) ---

PLANT_BASE = {
    "ontvangstdatum": "2024-05-06",
    "datum_afhandeling": "2024-06-01",
    "ontvangwijze": "brief",
    "status": "afgehandeld",
    "formeel_informeel": "formeel",
    "verdaagd": "nee",
    "adviescommissie": "nee",
    "eerstelijns_tweedelijns": "eerstelijns",
    "bestuursorgaan": "Gemeente Rotterdam",
    "organisatieonderdeel": "Publiekszaken",
    "type_klager": "individu",
    "woonplaats_klager": "GM0599",
    "leeftijdsgroep": "30-44",
    "themas": ["parkeren"],
    "gedraging": "De vergunning kwam te laat.",
    "oorzaak": "vertraging",
    "bevindingen": "Het verzoek lag stil.",
    "conclusie": "Onderzocht en gegrond",
    "oordeel_klacht": "De termijn is overschreden.",
    "afdoeningswijze": "excuses",
}


def plant_phone(position: int) -> str:
    """A mobile number of its own per planted field, so a leak names the field it came from."""
    return f"06-{52718300 + position}"


def planted_value(name: str, position: int) -> str:
    """Personal data the way it ends up in this field: a sentence, a file name, a body's name, a case number."""
    from openklachten.standard import load, policy

    attribute, phone = load().attribute(name), plant_phone(position)
    digits = phone.replace("-", "")
    if attribute.type == "text":
        return f"Mevrouw {PII['naam']} belde op {phone} over haar aanvraag."
    if attribute.type == "url":
        return f"https://www.rotterdam.nl/oordelen/{PII['achternaam'].lower()}-{digits}.pdf"
    if attribute.type == "tooi_organisatie":
        return f"Private uitvoeringsorganisatie, namelijk {PII['naam']} {phone}"
    if attribute.type == "id":
        return f"{PII['achternaam']}-{digits}"
    code = policy.open_codes(name)[0]
    label = load().codelist(attribute.codelist).label(code)
    label = label.removesuffix("namelijk").rstrip(" ,")
    return f"{label}, namelijk {PII['naam']} {phone}"


def planted_records() -> dict[str, dict]:
    """Field -> one complaint that carries personal data in that field only, for every text-bearing field."""
    from openklachten.standard import policy

    planted = {}
    for position, name in enumerate(policy.text_bearing_fields()):
        record = dict(PLANT_BASE, klacht_id=f"PLANT-{position:03d}")
        if name.startswith("gerelateerde_klacht"):
            record.update(gerelateerde_klacht_organisatie="Gemeente Rotterdam", gerelateerde_klacht_id="PLANT-000")
        record[name] = planted_value(name, position)
        planted[name] = record
    return planted


@pytest.fixture(autouse=True)
def _fresh_page_cache():
    """Rendered pages are kept per process (publication.site.pagecache): none carries over between tests."""
    from openklachten.publication.site import pagecache

    pagecache.pages.clear()
    yield
    pagecache.pages.clear()
