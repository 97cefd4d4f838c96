"""The fixed catalogue input behind the golden file: two publishers, as `published_datasets()` returns them.

`test_published_datasets` builds the same rows in the database with the registry factories and checks that the
query returns exactly these, so the golden file covers the whole path from registry to Turtle.
"""

import datetime as dt

from openklachten.publication.dcat.builder import Agent
from openklachten.publication.dcat.datasets import PublisherDataset
from openklachten.publication.dcat.reports import ReportDataset

BASE_URL = "https://openklachten.example.nl"
UTC = dt.timezone.utc

PUBLISHER = Agent(
    uri="urn:openklachten:organisatie:nationale-ombudsman",
    name="De Nationale ombudsman",
    type="ombudsman",
    code="nationale-ombudsman",
)

DATASETS = [
    PublisherDataset(
        code="gm0363",
        name="Gemeente Amsterdam",
        type="gemeente",
        uri="https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
        contact_email="klachten@amsterdam.example.nl",
        website="",
        complaints=3,
        first_received=dt.date(2024, 1, 8),
        last_received=dt.date(2024, 3, 29),
        first_delivery=dt.datetime(2024, 2, 1, 9, 30, tzinfo=UTC),
        last_delivery=dt.datetime(2024, 4, 2, 14, 0, tzinfo=UTC),
    ),
    PublisherDataset(
        code="ws0155",
        name="Waterschap Amstel, Gooi en Vecht",
        type="waterschap",
        uri="https://identifier.overheid.nl/tooi/id/waterschap/ws0155",
        contact_email="",
        website="https://www.agv.example.nl",
        complaints=1,
        first_received=dt.date(2024, 2, 12),
        last_received=dt.date(2024, 2, 12),
        first_delivery=dt.datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
        last_delivery=dt.datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
    ),
]

# The complaint reports of the same registry rows: one per organisation for 2024 (a completed year).
REPORTS = [
    ReportDataset(
        code="gm0363",
        name="Gemeente Amsterdam",
        type="gemeente",
        uri="https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
        year=2024,
        complaints=3,
        last_delivery=dt.datetime(2024, 4, 2, 14, 0, tzinfo=UTC),
    ),
    ReportDataset(
        code="ws0155",
        name="Waterschap Amstel, Gooi en Vecht",
        type="waterschap",
        uri="https://identifier.overheid.nl/tooi/id/waterschap/ws0155",
        year=2024,
        complaints=1,
        last_delivery=dt.datetime(2024, 3, 1, 8, 0, tzinfo=UTC),
    ),
]
