"""Migration 0003 gives existing withdrawals the reason the old code inferred from their timestamps."""

import datetime as dt

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("registry", "0002_quarantine")]
AFTER = [("registry", "0003_complaint_withdrawal_reason")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


@pytest.mark.django_db(transaction=True)
def test_existing_withdrawals_get_their_reason():
    old = migrate(BEFORE)
    try:
        Organisation, Delivery, Complaint = (
            old.get_model("registry", n) for n in ("Organisation", "Delivery", "Complaint")
        )
        organisation = Organisation.objects.create(
            code="gm0363",
            tooi_uri="https://identifier.overheid.nl/tooi/id/gemeente/gm0363",
            name="Gemeente Amsterdam",
            type="gemeente",
        )
        then = timezone.now() - dt.timedelta(days=2)
        withdrawn = Delivery.objects.create(organisation=organisation, status="ingetrokken", withdrawn_at=then)
        kept = Delivery.objects.create(organisation=organisation)

        def complaint(key, delivery, state="gepubliceerd", withdrawn_at=None):
            return Complaint.objects.create(
                public_id=key,
                organisation=organisation,
                delivery=delivery,
                klacht_key=key,
                state=state,
                withdrawn_at=withdrawn_at,
                ontvangstdatum=dt.date(2024, 3, 1),
                formeel_informeel="formeel",
            ).pk

        ids = {
            "with_delivery": complaint("a", withdrawn, "ingetrokken", then),
            "alone_before_delivery": complaint("b", withdrawn, "ingetrokken", then - dt.timedelta(hours=1)),
            "alone_in_kept_delivery": complaint("c", kept, "ingetrokken", then),
            "published": complaint("d", kept),
        }
        new = migrate(AFTER)
        reasons = dict(new.get_model("registry", "Complaint").objects.values_list("pk", "withdrawal_reason"))
        assert {name: reasons[pk] for name, pk in ids.items()} == {
            "with_delivery": "aanlevering",
            "alone_before_delivery": "los",
            "alone_in_kept_delivery": "los",
            "published": "",
        }
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
