"""Load the synthetic demo dataset through the real import pipeline, one delivery file at a time."""

import secrets
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from django.contrib.auth import get_user_model
from django.db import transaction
from tqdm import tqdm

from openklachten.registry import quarantine, signals
from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint, Delivery, Publisher, QuarantinedText
from openklachten.registry.organisations import ensure_organisations

DEMO_USERNAME = "demo"


@dataclass
class DemoSummary:
    deliveries: int = 0
    complaints: int = 0
    in_review: int = 0
    withheld: int = 0
    failed: int = 0


def demo_deliveries():
    """Deliveries that came from the demo (marked in their metadata)."""
    return Delivery.objects.filter(metadata__demo=True)


def reset() -> None:
    """Remove every demo delivery and its complaints (publisher accounts stay)."""
    with transaction.atomic():
        deliveries = demo_deliveries()
        organisation_ids = set(deliveries.values_list("organisation_id", flat=True))
        QuarantinedText.objects.filter(complaint__delivery__in=deliveries).delete()
        Complaint.objects.filter(delivery__in=deliveries).delete()
        deliveries.delete()
        if organisation_ids:  # what was public is gone: the read model must follow before it serves again
            signals.send_after_commit(Delivery, organisation_ids, "withdraw")


def _get(item, *names):
    """Read a field of a generated delivery, whether it is a dict, a tuple-like object or a dataclass."""
    for name in names:
        if isinstance(item, dict) and name in item:
            return item[name]
        if hasattr(item, name):
            return getattr(item, name)
    raise AttributeError(f"demo delivery without {names[0]}")


def load(size: int, seed: int, *, stream=sys.stderr) -> DemoSummary:
    """Generate the demo files and import every one of them, with a progress bar on stderr."""
    from openklachten import demo

    summary = DemoSummary()
    with tempfile.TemporaryDirectory(prefix="openklachten-demo-") as directory:
        print(f"Demo-bestanden maken ({size} klachten)…", file=stream, flush=True)
        files = list(demo.write_deliveries(Path(directory), size=size, seed=seed))
        codes = {str(_get(f, "organisation", "organisation_code", "code")) for f in files}
        organisations = ensure_organisations(codes | _related_codes(files))
        total = sum(int(_get(f, "rows", "row_count", "count")) for f in files)
        tqdm.monitor_interval = 0  # no monitor thread: the anonymiser only forks single-threaded processes
        bar = tqdm(total=total, unit="klachten", desc="Importeren", file=stream, dynamic_ncols=True)
        with signals.batched(sender=Delivery):
            for item in files:
                code = str(_get(item, "organisation", "organisation_code", "code"))
                metadata = dict(_get(item, "metadata") or {}) | {"demo": True, "demo_size": size}
                result = import_delivery(_get(item, "path"), organisations[code], metadata=metadata)
                if not result.ok:
                    summary.failed += 1
                    tqdm.write(
                        f"Levering {Path(_get(item, 'path')).name} afgekeurd: {result.errors[0].message}", file=stream
                    )
                else:
                    summary.deliveries += 1
                    summary.complaints += result.created + result.updated
                    summary.in_review += result.in_review
                    summary.withheld += result.withheld
                bar.update(result.rows)
        bar.close()
    return summary


def simulate_review(keep_organisation_code: str) -> int:
    """Approve the proposed redactions of every organisation except the demo account's own.

    In real use each publisher checks its own queue; the demo plays those publishers so that the
    dashboard holds the whole dataset, and leaves one real queue for the demo account to try.
    """
    pending = QuarantinedText.objects.exclude(complaint__organisation__code=keep_organisation_code)
    return quarantine.approve_all(pending)


def _related_codes(files) -> set[str]:
    """Organisations the generator names besides the deliverers (optional in its contract)."""
    codes = set()
    for item in files:
        try:
            codes |= set(_get(item, "related_organisations"))
        except AttributeError:
            pass
    return codes


def ensure_demo_account(organisation_code: str | None) -> str:
    """A demo publisher (also admin of /beheer/) with a fresh random password, which is returned."""
    user, _ = get_user_model().objects.get_or_create(username=DEMO_USERNAME)
    password = secrets.token_urlsafe(9)
    user.set_password(password)
    user.is_staff = user.is_superuser = True
    user.save()
    if organisation_code:
        organisation = ensure_organisations({organisation_code}).get(organisation_code)
        if organisation:
            Publisher.objects.get_or_create(user=user, organisation=organisation)
    return password
