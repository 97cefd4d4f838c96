"""Undoing a whole-delivery withdrawal in the publisher pages: confirmation first, complaints withdrawn on their
own stay withdrawn, only for the user's own organisation, CSRF kept (issue 15)."""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from openklachten.registry import withdrawal
from openklachten.registry.factories import make_organisation
from openklachten.registry.models import Complaint, Delivery, DeliveryStatus, PublicationState, Publisher
from openklachten.registry.tests.conftest import make_held_delivery

pytestmark = pytest.mark.django_db


@pytest.fixture
def withdrawn(amsterdam):
    """A delivery of 4 complaints: one withdrawn on its own, then the whole delivery, one text still held then."""
    delivery = make_held_delivery(amsterdam, 1, published=3)
    on_its_own = delivery.complaints.filter(state=PublicationState.PUBLISHED).first()
    withdrawal.withdraw_complaint(on_its_own)
    withdrawal.withdraw_delivery(delivery)
    return delivery, on_its_own


def test_confirmation_then_undo_brings_back_all_but_the_one_withdrawn_on_its_own(client, publisher, withdrawn):
    delivery, on_its_own = withdrawn
    client.login(username="pietje", password="geheim-wachtwoord")
    detail = client.get(f"/aanleveren/leveringen/{delivery.pk}/").content.decode()
    assert "Intrekken ongedaan maken" in detail
    listing = client.get("/aanleveren/leveringen/").content.decode()
    assert f"/aanleveren/leveringen/{delivery.pk}/terugzetten/" in listing

    confirm = client.get(f"/aanleveren/leveringen/{delivery.pk}/terugzetten/")
    page = confirm.content.decode()
    assert confirm.status_code == 200 and "no-store" in confirm["Cache-Control"]
    assert "verschijnen 3 klachten weer" in page and "1 klacht die u los had ingetrokken, blijft ingetrokken" in page
    assert Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.WITHDRAWN  # a GET changes nothing

    done = client.post(f"/aanleveren/leveringen/{delivery.pk}/terugzetten/", follow=True)
    assert f"Aanlevering {delivery.pk} is weer gepubliceerd (3 klachten)" in done.content.decode()
    assert Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.PUBLISHED
    assert Complaint.published.filter(delivery=delivery).count() == 3
    assert Complaint.objects.get(pk=on_its_own.pk).state == PublicationState.WITHDRAWN
    # The text that waited for review was deleted at withdrawal: that complaint is back without it, and says so.
    returned = Complaint.published.filter(delivery=delivery, gedraging="").get()
    assert returned.tekst_achtergehouden == withdrawal.UNREVIEWED_REASON


def test_undo_of_a_delivery_that_is_not_withdrawn_is_refused(client, publisher, amsterdam):
    delivery = make_held_delivery(amsterdam, 0, published=1)
    client.login(username="pietje", password="geheim-wachtwoord")
    response = client.post(f"/aanleveren/leveringen/{delivery.pk}/terugzetten/", follow=True)
    assert f"Aanlevering {delivery.pk} is niet ingetrokken." in response.content.decode()


def test_another_organisation_can_neither_see_nor_undo(client, withdrawn):
    delivery, _ = withdrawn
    utrecht = make_organisation("gm0344", "Gemeente Utrecht", "gemeente")
    other = get_user_model().objects.create_user("utrecht", password="ander-wachtwoord")
    Publisher.objects.create(user=other, organisation=utrecht)
    client.login(username="utrecht", password="ander-wachtwoord")
    assert client.get(f"/aanleveren/leveringen/{delivery.pk}/").status_code == 404
    page = client.get(f"/aanleveren/leveringen/{delivery.pk}/terugzetten/", follow=True).content.decode()
    assert "bestaat niet" in page
    client.post(f"/aanleveren/leveringen/{delivery.pk}/terugzetten/")
    assert Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.WITHDRAWN


def test_undo_needs_the_csrf_token(publisher, withdrawn):
    delivery, _ = withdrawn
    browser = Client(enforce_csrf_checks=True)
    browser.login(username="pietje", password="geheim-wachtwoord")
    assert browser.post(f"/aanleveren/leveringen/{delivery.pk}/terugzetten/").status_code == 403
    assert Delivery.objects.get(pk=delivery.pk).status == DeliveryStatus.WITHDRAWN
