"""Fixtures for the registry tests: real organisations, publishers and delivery files on disk."""

import csv

import pytest
from django.contrib.auth import get_user_model

from openklachten.registry.factories import make_organisation
from openklachten.registry.models import Publisher

# Synthetic personal data; none of it may ever reach a public column.
PII = {
    "naam": "Marieke Verhoeven-Tjoa",
    "email": "m.verhoeven88@voorbeeldmail.nl",
    "telefoon": "06-48213377",
    "iban": "NL91 ABNA 0417 1643 00",
    "postcode": "3511 AB",
}

COLUMNS = [
    "klacht_id",
    "gerelateerde_klacht_organisatie",
    "gerelateerde_klacht_id",
    "ontvangstdatum",
    "datum_afhandeling",
    "ontvangwijze",
    "status",
    "formeel_informeel",
    "verdaagd",
    "adviescommissie",
    "eerstelijns_tweedelijns",
    "bestuursorgaan",
    "organisatieonderdeel",
    "type_klager",
    "woonplaats_klager",
    "leeftijdsgroep",
    "themas",
    "iv3_taakveld",
    "gedraging",
    "oorzaak",
    "bevindingen",
    "conclusie",
    "oordeel_klacht",
    "afdoeningswijze",
    "schriftelijk_oordeel",
]


def complaint_row(number: int, **overrides) -> dict:
    """One complete, valid first-line formal complaint (standard 1.0 machine names)."""
    row = {
        "klacht_id": f"Z-2024-{number:05d}",
        "gerelateerde_klacht_organisatie": "",
        "gerelateerde_klacht_id": "",
        "ontvangstdatum": "2024-03-01",
        "datum_afhandeling": "2024-03-29",
        "ontvangwijze": "e-mail",
        "status": "afgehandeld",
        "formeel_informeel": "formeel",
        "verdaagd": "nee",
        "adviescommissie": "nee",
        "eerstelijns_tweedelijns": "eerstelijns",
        "bestuursorgaan": "https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
        "organisatieonderdeel": "Afdeling Parkeren",
        "type_klager": "individu",
        "woonplaats_klager": "GM0363",
        "leeftijdsgroep": "30-44",
        "themas": "parkeren",
        "iv3_taakveld": "2.1",
        "gedraging": "De klager kreeg na drie maanden nog geen antwoord op zijn bezwaar tegen de parkeerboete.",
        "oorzaak": "vertraging",
        "bevindingen": "Het bezwaar is door een fout in het zaaksysteem niet opgepakt.",
        "conclusie": "gegrond",
        "oordeel_klacht": "De klacht is gegrond omdat de termijn ruim is overschreden.",
        "afdoeningswijze": "excuses",
        "schriftelijk_oordeel": "",
    }
    row.update(overrides)
    return row


def write_delivery(path, rows, columns=COLUMNS) -> str:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return str(path)


@pytest.fixture
def amsterdam(db):
    return make_organisation("gm0363", "Gemeente Amsterdam", "gemeente")


@pytest.fixture
def ombudsman(db):
    return make_organisation(
        "oorg10103",
        "Nationale ombudsman",
        "ombudsman",
        tooi_uri="https://identifier.overheid.nl/tooi/id/oorg/oorg10103",
    )


@pytest.fixture
def delivery_file(tmp_path):
    """Write rows to a CSV file and return its path; call with a list of row dicts."""
    counter = iter(range(1, 1000))
    return lambda rows: write_delivery(tmp_path / f"levering-{next(counter)}.csv", rows)


@pytest.fixture
def publisher(amsterdam):
    user = get_user_model().objects.create_user("pietje", password="geheim-wachtwoord")
    Publisher.objects.create(user=user, organisation=amsterdam)
    return user


def upload(client, organisation, path, **fields):
    """Post a file on /aanleveren/ and, when it was accepted, run the import job like the worker would.

    Returns the POST response; `.progress` holds the progress page after the job ran (None if refused).
    Needs `django_db(transaction=True)`: the job is enqueued on commit and the worker commits.
    """
    from openklachten.registry.jobs.runner import run_pending

    with open(path, "rb") as handle:
        response = client.post("/aanleveren/", {"organisation": organisation.pk, "bestand": handle, **fields})
    response.progress = None
    if response.status_code == 302 and "/aanleveren/verwerking/" in response["Location"]:
        run_pending()
        response.progress = client.get(response["Location"])
    return response


HELD_RAW = "Mevrouw Jolanda Brinkhorst belde met de heer Kees Overbeek over haar aanvraag."


def make_held_delivery(organisation, count: int, *, published: int = 0):
    """A delivery as the importer leaves it when texts wait for review: `count` complaints in review (one held
    text each, a doubtful NAAM proposed) and `published` complaints already public."""
    from openklachten.registry.factories import make_complaint, make_delivery
    from openklachten.registry.models import DeliveryStatus, PublicationState, QuarantinedText

    delivery = make_delivery(organisation, status=DeliveryStatus.IN_REVIEW if count else DeliveryStatus.PUBLISHED)
    for _ in range(published):
        make_complaint(delivery)
    start = HELD_RAW.index("Jolanda Brinkhorst")
    entities = [{"start": start, "end": start + 18, "type": "NAAM", "source": "lijst", "confidence": 0.6}]
    texts = []
    for _ in range(count):
        complaint = make_complaint(delivery, state=PublicationState.IN_REVIEW, gedraging="", published_at=None)
        texts.append(QuarantinedText(complaint=complaint, field="gedraging", raw_text=HELD_RAW, entities=entities))
    QuarantinedText.objects.bulk_create(texts)
    return delivery
