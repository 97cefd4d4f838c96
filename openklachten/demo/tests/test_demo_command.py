"""`openklachten demo`: every synthetic delivery goes through the import pipeline; re-running never duplicates."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from openklachten.registry.models import Complaint, Delivery, Organisation, Publisher, QuarantinedText
from openklachten.standard import reference

SIZE = 300


@pytest.mark.slow
def test_demo_loads_through_the_pipeline_and_is_idempotent(db, capsys):
    call_command("demo", "--size", str(SIZE), "--no-serve", "--seed", "7")
    err = capsys.readouterr().err
    assert "Importeren" in err  # the progress bar
    assert "gebruiker 'demo'" in err
    assert Complaint.objects.count() == SIZE
    assert Delivery.objects.filter(metadata__demo=True).count() == Delivery.objects.count() > 10

    # Real organisations from the reference list, of several types, with second-line links.
    names = {o.code: o.naam for o in reference.organisations()}
    assert all(names.get(o.code) == o.name for o in Organisation.objects.filter(deliveries__isnull=False))
    assert Organisation.objects.filter(deliveries__isnull=False).values("type").distinct().count() >= 4
    second_line = Complaint.objects.exclude(gerelateerde_klacht_key="")
    assert Complaint.objects.filter(klacht_key__in=second_line.values("gerelateerde_klacht_key")).exists()

    # Only the demo account's own organisation keeps a review queue; the rest was approved for it.
    assert set(QuarantinedText.objects.values_list("complaint__organisation__code", flat=True)) <= {"gm0363"}
    assert not Complaint.objects.filter(state="in_review").exclude(organisation__code="gm0363").exists()
    user = get_user_model().objects.get(username="demo")
    assert Publisher.objects.filter(user=user, organisation__code="gm0363").exists()

    call_command("demo", "--size", str(SIZE), "--no-serve", "--seed", "7")
    assert "staat er al" in capsys.readouterr().err
    assert Complaint.objects.count() == SIZE

    call_command("demo", "--size", str(SIZE), "--no-serve", "--seed", "7", "--reset")
    assert Complaint.objects.count() == SIZE
