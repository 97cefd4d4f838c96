"""The catalogue's input comes from `Complaint.published`: withdrawn and unreviewed complaints never show."""

import datetime as dt

import pytest

from openklachten.publication.dcat.datasets import published_datasets
from openklachten.publication.dcat.tests.sample import DATASETS
from openklachten.registry.factories import make_complaint, make_delivery, make_organisation
from openklachten.registry.models import Delivery

pytestmark = pytest.mark.django_db
UTC = dt.timezone.utc


def delivery(organisation, created_at, **fields):
    made = make_delivery(organisation, **fields)
    Delivery.objects.filter(pk=made.pk).update(created_at=created_at)  # auto_now_add: set the past afterwards
    made.refresh_from_db()
    return made


def build_sample_in_registry():
    """The registry rows behind tests/sample.py (the golden file's input)."""
    amsterdam = make_organisation(contact_email="klachten@amsterdam.example.nl")
    agv = make_organisation(
        "ws0155", "Waterschap Amstel, Gooi en Vecht", "waterschap", website="https://www.agv.example.nl"
    )
    first = delivery(amsterdam, dt.datetime(2024, 2, 1, 9, 30, tzinfo=UTC))
    second = delivery(amsterdam, dt.datetime(2024, 4, 2, 14, 0, tzinfo=UTC))
    make_complaint(first, ontvangstdatum=dt.date(2024, 1, 8))
    make_complaint(first, ontvangstdatum=dt.date(2024, 2, 20))
    make_complaint(second, ontvangstdatum=dt.date(2024, 3, 29))
    make_complaint(delivery(agv, dt.datetime(2024, 3, 1, 8, 0, tzinfo=UTC)), ontvangstdatum=dt.date(2024, 2, 12))
    return amsterdam, agv


def test_one_dataset_per_publisher_with_the_registry_facts():
    build_sample_in_registry()
    assert published_datasets() == DATASETS


def test_unpublished_complaints_and_withdrawn_deliveries_are_left_out():
    amsterdam, agv = build_sample_in_registry()
    # A later delivery that was withdrawn, and a complaint still in review: neither changes the dataset.
    withdrawn = delivery(amsterdam, dt.datetime(2024, 9, 1, tzinfo=UTC), status="ingetrokken")
    make_complaint(withdrawn, ontvangstdatum=dt.date(2024, 8, 1))
    in_review = delivery(agv, dt.datetime(2024, 9, 2, tzinfo=UTC))
    make_complaint(in_review, ontvangstdatum=dt.date(2024, 8, 2), state="in_review")
    # An organisation with nothing published has no dataset.
    make_organisation("pv27", "Provincie Noord-Holland", "provincie")
    assert published_datasets() == DATASETS
