"""Bulk approval of a delivery after a random sample (issue 15): the sample first, all of it approved without
corrections, then the rest in one action — logged, and only for the user's own organisation."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from openklachten.registry import sampling
from openklachten.registry.factories import make_organisation
from openklachten.registry.models import (
    AuditAction,
    AuditEntry,
    Complaint,
    DeliveryStatus,
    Publisher,
    QuarantinedText,
    ReviewSample,
)
from openklachten.registry.tests.conftest import make_held_delivery

pytestmark = pytest.mark.django_db
HELD = sampling.SAMPLE_SIZE + 5


@pytest.fixture
def logged_in(client, publisher):
    client.login(username="pietje", password="geheim-wachtwoord")
    return client


def _url(delivery) -> str:
    return f"/aanleveren/leveringen/{delivery.pk}/steekproef/"


def test_sample_then_the_rest_in_one_action(logged_in, amsterdam):
    delivery = make_held_delivery(amsterdam, HELD, published=2)
    detail = logged_in.get(f"/aanleveren/leveringen/{delivery.pk}/").content.decode()
    assert f"{HELD} teksten van deze levering wachten op uw controle" in detail and _url(delivery) in detail
    page = logged_in.get(_url(delivery)).content.decode()
    assert "met 95% zekerheid minder dan 14%" in page  # the page explains why sampling is enough

    logged_in.post(_url(delivery), {"actie": "trekken"})
    sample = ReviewSample.objects.get(delivery=delivery)
    sampled = list(QuarantinedText.objects.filter(sample=sample).order_by("created_at", "pk"))
    assert len(sampled) == sampling.SAMPLE_SIZE
    logged_in.post(_url(delivery), {"actie": "trekken"})  # once per delivery
    assert ReviewSample.objects.count() == 1

    premature = logged_in.post(_url(delivery), {"actie": "rest", "bevestigd": "ja"}, follow=True).content.decode()
    assert "keur eerst de hele steekproef goed" in premature
    assert QuarantinedText.objects.count() == HELD

    for number, item in enumerate(sampled, start=1):
        response = logged_in.post(f"/aanleveren/controle/{item.pk}/", {"actie": "goedkeuren"})
        if number < len(sampled):  # on to the next sampled text, not to an unsampled one
            assert response["Location"] == f"/aanleveren/controle/{sampled[number].pk}/"
        else:
            assert response["Location"] == _url(delivery)
    page = logged_in.get(_url(delivery)).content.decode()
    assert "Overige 5 teksten goedkeuren en publiceren" in page

    unconfirmed = logged_in.post(_url(delivery), {"actie": "rest"}, follow=True).content.decode()
    assert "Vink aan" in unconfirmed and QuarantinedText.objects.count() == 5
    done = logged_in.post(_url(delivery), {"actie": "rest", "bevestigd": "ja"}, follow=True).content.decode()
    assert "De overige 5 teksten van levering" in done
    assert not QuarantinedText.objects.exists()
    assert Complaint.published.filter(delivery=delivery).count() == HELD + 2
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.PUBLISHED
    entry = AuditEntry.objects.get(action=AuditAction.BULK_APPROVED)
    assert entry.actor == "pietje" and entry.details == {"goedgekeurd": 5, "steekproef": sampling.SAMPLE_SIZE}
    assert AuditEntry.objects.filter(action=AuditAction.TEXT_APPROVED).count() == sampling.SAMPLE_SIZE
    assert AuditEntry.objects.filter(action=AuditAction.SAMPLE_DRAWN).count() == 1


def test_a_correction_in_the_sample_means_reviewing_everything(logged_in, amsterdam):
    delivery = make_held_delivery(amsterdam, HELD)
    logged_in.post(_url(delivery), {"actie": "trekken"})
    sampled = list(QuarantinedText.objects.filter(sample__delivery=delivery))
    logged_in.post(
        f"/aanleveren/controle/{sampled[0].pk}/", {"actie": "zin", "phrase": "Kees Overbeek", "type": "NAAM"}
    )
    for item in sampled:
        logged_in.post(f"/aanleveren/controle/{item.pk}/", {"actie": "goedkeuren"})
    page = logged_in.get(_url(delivery)).content.decode()
    assert "Controleer daarom de overige teksten één voor één" in page and "Overige 5" not in page
    refused = logged_in.post(_url(delivery), {"actie": "rest", "bevestigd": "ja"}, follow=True).content.decode()
    assert "In de steekproef moest u redacties aanpassen" in refused
    assert QuarantinedText.objects.count() == 5


def test_small_deliveries_are_reviewed_one_by_one(logged_in, amsterdam):
    delivery = make_held_delivery(amsterdam, sampling.SAMPLE_SIZE)
    response = logged_in.post(_url(delivery), {"actie": "trekken"}, follow=True).content.decode()
    assert "controleer ze allemaal" in response and not ReviewSample.objects.exists()


def test_another_organisation_cannot_sample_or_approve(client, amsterdam):
    delivery = make_held_delivery(amsterdam, HELD)
    utrecht = make_organisation("gm0344", "Gemeente Utrecht", "gemeente")
    other = get_user_model().objects.create_user("utrecht", password="ander-wachtwoord")
    Publisher.objects.create(user=other, organisation=utrecht)
    client.login(username="utrecht", password="ander-wachtwoord")
    assert client.get(_url(delivery)).status_code == 404
    assert client.post(_url(delivery), {"actie": "trekken"}).status_code == 404
    assert client.post(_url(delivery), {"actie": "rest", "bevestigd": "ja"}).status_code == 404
    assert not ReviewSample.objects.exists() and QuarantinedText.objects.count() == HELD


def test_drawing_needs_the_csrf_token(publisher, amsterdam):
    delivery = make_held_delivery(amsterdam, HELD)
    browser = Client(enforce_csrf_checks=True)
    browser.login(username="pietje", password="geheim-wachtwoord")
    assert browser.post(_url(delivery), {"actie": "trekken"}).status_code == 403
    assert not ReviewSample.objects.exists()
