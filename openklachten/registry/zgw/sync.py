"""One sync of a ZGW connection: read zaken -> map -> validate -> import as one delivery -> withdraw the gone.

Everything a sync stores happens in one transaction at the end (delivery, withdrawals, watermark), so a
crash or kill mid-sync leaves the previous state intact and the next run starts from the same watermark.
A zaak with a problem is reported (field, value, mapping) and left out; the others go through.
"""

import datetime as dt
import io
import json
import time
from collections import Counter
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from openklachten import standard
from openklachten.intake.connectors.zgw import (
    Connection,
    Mapping,
    MappingConfigError,
    ZaakIssue,
    ZgwClient,
    ZgwError,
    map_zaak,
)
from openklachten.registry import audit, components, linking, withdrawal
from openklachten.registry.importer import ImportRefused, import_delivery
from openklachten.registry.models import (
    AuditAction,
    Complaint,
    OrganisationType,
    PublicationState,
    SyncStatus,
    ZgwConnection,
    ZgwSync,
)
from openklachten.registry.zgw import secrets

# Zaken whose einddatum is set (or corrected) a little after the fact are still picked up.
OVERLAP_DAYS = 14


class SyncRefused(Exception):
    """The sync cannot run at all (credentials, URL, zaaktype, mapping); nothing was stored. Dutch message."""


@dataclass
class SyncResult:
    dry_run: bool
    since: dt.date | None
    zaken: int = 0
    requests: int = 0
    seconds: float = 0.0
    vanished: int = 0
    records: list = field(default_factory=list)  # the records that pass, as delivered to the import
    issues: list = field(default_factory=list)  # ZaakIssue, per zaak
    rejected: int = 0
    unused_properties: Counter = field(default_factory=Counter)
    report: object = None  # the intake validation report of `records`
    import_result: object = None
    withdrawn: int = 0
    sync: ZgwSync | None = None


def default_fixed(organisation) -> dict:
    """What a zaak of this organisation's own case system says implicitly."""
    if organisation.type == OrganisationType.OMBUDSMAN:
        return {"eerstelijns_tweedelijns": "tweedelijns"}
    return {"bestuursorgaan": organisation.tooi_uri, "eerstelijns_tweedelijns": "eerstelijns"}


def client_for(connection: ZgwConnection, **options) -> ZgwClient:
    try:
        secret = secrets.decrypt(connection.secret_encrypted)
    except secrets.SecretUnreadable as exc:
        raise SyncRefused(str(exc)) from None
    return ZgwClient(
        Connection(connection.zaken_api_url, connection.catalogi_api_url, connection.client_id, secret), **options
    )


def sync(
    connection: ZgwConnection,
    *,
    since: dt.date | None = None,
    dry_run: bool = False,
    client: ZgwClient | None = None,
    today: dt.date | None = None,
) -> SyncResult:
    """Run one sync; raises SyncRefused (nothing stored) when the connection or the mapping fails as a whole."""
    organisation = connection.organisation
    try:
        mapping = Mapping.from_config(connection.mapping, default_fixed(organisation))
    except MappingConfigError as exc:
        raise SyncRefused(f"De mapping van de koppeling klopt niet: {exc}") from None
    client = client or client_for(connection)
    if since is None and connection.watermark is not None:
        since = connection.watermark - dt.timedelta(days=OVERLAP_DAYS)
    result = SyncResult(dry_run=dry_run, since=since)
    started = time.perf_counter()
    try:
        zaaktypen = client.zaaktypen(list(connection.zaaktypen or []))
        if not zaaktypen:
            raise SyncRefused("De koppeling noemt geen klacht-zaaktypen; vul ze in via /beheer/.")
        client.check_zaken_api()
        if not dry_run:
            result.sync = ZgwSync.objects.create(connection=connection, since=since)
        listing = client.list_zaken(list(zaaktypen), closed_since=since)
        # Which zaken still exist as complaints: the full list (without details) when this run read only part.
        inventory = listing.zaken if since is None else client.list_zaken(list(zaaktypen), expand=False).zaken
    except ZgwError as exc:
        _fail(connection, result, _refusal(exc))
        raise SyncRefused(_refusal(exc)) from None
    result.zaken, result.vanished = len(listing.zaken), listing.vanished
    try:
        _map_and_validate(listing.zaken, mapping, organisation, result)
    except SyncRefused as exc:
        _fail(connection, result, str(exc))
        raise
    result.requests, result.seconds = client.requests, time.perf_counter() - started
    if dry_run:
        return result
    try:
        _store(connection, result, inventory, today or timezone.localdate())
    except SyncRefused as exc:
        _fail(connection, result, str(exc))
        raise
    return result


def _map_and_validate(zaken: list[dict], mapping: Mapping, organisation, result: SyncResult) -> None:
    candidates = []
    for zaak in zaken:
        mapped = map_zaak(zaak, mapping)
        result.unused_properties.update(mapped.unused)
        if mapped.issues:
            result.issues += mapped.issues
            result.rejected += 1
        else:
            candidates.append(mapped)
    if not candidates:
        if zaken:
            raise SyncRefused(_all_failed(len(zaken), result.issues))
        return
    table = components.read_table(io.BytesIO(_json(m.record for m in candidates)), filename="zgw.json")
    report = components.validate(table, organisation.type)
    missing = [error for error in report.errors if error.code == "kolom_ontbreekt"]
    if missing:
        raise SyncRefused(
            f"Geen enkele zaak kan worden gepubliceerd: {missing[0].column} ontbreekt in alle zaken. Koppel een "
            "zaakeigenschap aan dit attribuut (mapping 'eigenschappen') of stel een vaste waarde in (mapping 'vast')."
        )
    bad_rows: dict[int, list] = {}
    for error in report.errors:
        bad_rows.setdefault(error.row, []).append(error)
    std_labels = {attribute.label: attribute.machine_name for attribute in standard.load().attributes}
    for row, mapped in enumerate(candidates, start=1):
        for error in bad_rows.get(row, []):
            source = mapped.sources.get(std_labels.get(error.column, ""), "de standaardmapping")
            result.issues.append(
                ZaakIssue(mapped.identificatie, error.column, str(error.value or ""), source, error.message)
            )
    result.rejected += len(bad_rows)
    good = [mapped for row, mapped in enumerate(candidates, start=1) if row not in bad_rows]
    if not good:
        raise SyncRefused(_all_failed(len(zaken), result.issues))
    result.records = [mapped.record for mapped in good]
    result.report = report


def _store(connection: ZgwConnection, result: SyncResult, inventory: list[dict], today: dt.date) -> None:
    organisation = connection.organisation
    # Whoever started the sync (a user in /beheer/, the scheduler), the import and withdrawals come via "zgw".
    actor = audit.current()
    with audit.acting_as(user=actor.user, channel="zgw"), transaction.atomic():
        if result.records:
            try:
                imported = import_delivery(
                    io.BytesIO(_json(result.records)),
                    organisation,
                    filename=f"zgw-{organisation.code}-{timezone.now():%Y%m%d-%H%M%S}.json",
                )
            except ImportRefused as exc:
                raise SyncRefused(f"De import weigerde de zaken: {exc}") from None
            if not imported.ok:
                raise SyncRefused(f"De import vond {len(imported.errors)} fout(en): {imported.errors[0].message}")
            result.import_result = imported
        result.withdrawn = _withdraw_gone(connection, inventory)
        connection.watermark = today
        connection.last_sync_at = timezone.now()
        connection.last_sync_status = _summary_line(result)
        connection.save(update_fields=["watermark", "last_sync_at", "last_sync_status"])
        audit.record(
            AuditAction.ZGW_SYNC,
            organisation,
            delivery=result.import_result.delivery if result.import_result else None,
            zaken=result.zaken,
            afgekeurd=result.rejected,
            ingetrokken=result.withdrawn,
        )
        _finish(result, SyncStatus.DONE, "")


def _withdraw_gone(connection: ZgwConnection, inventory: list[dict]) -> int:
    """Withdraw complaints of this connection whose zaak is gone or no longer of a klacht zaaktype."""
    organisation = connection.organisation
    current = {linking.klacht_key(organisation.code, zaak.get("identificatie")) for zaak in inventory}
    ours = (
        Complaint.objects.filter(organisation=organisation, delivery__zgw_syncs__connection=connection)
        .exclude(state=PublicationState.WITHDRAWN)
        .distinct()
    )
    if not inventory and ours.exists():
        # An empty list while complaints exist is far more often lost read rights than a deleted register.
        raise SyncRefused(
            "Het zaaksysteem geeft geen enkele klachtzaak meer terug, terwijl er gepubliceerde klachten "
            "uit deze koppeling zijn. Controleer de autorisaties; er is niets ingetrokken."
        )
    gone = [
        complaint
        for complaint in ours.only("pk", "klacht_key", "organisation_id")
        if complaint.klacht_key not in current
    ]
    for complaint in gone:
        withdrawal.withdraw_complaint(complaint)
    return len(gone)


def _json(records) -> bytes:
    return json.dumps(list(records), ensure_ascii=False, default=str).encode("utf-8")


def _all_failed(total: int, issues: list[ZaakIssue]) -> str:
    common = Counter((issue.veld, issue.bron, issue.melding) for issue in issues).most_common(1)
    message = f"Geen enkele van de {total} zaken kon worden omgezet naar de standaard; er is niets opgeslagen."
    if common:
        (veld, bron, melding), count = common[0]
        message += f" Meest voorkomende fout ({count} zaken): {veld} (uit {bron}): {melding}"
    return message


def _refusal(exc: ZgwError) -> str:
    return f"Synchronisatie mislukt bij de {exc}. Er is niets opgeslagen."


def _summary_line(result: SyncResult) -> str:
    imported = result.import_result
    return (
        f"{result.zaken} zaken gelezen, {len(result.records)} opgeslagen"
        + (f" (aanlevering {imported.delivery.pk}, {imported.created} nieuw)" if imported else "")
        + f", {result.rejected} met fouten, {result.withdrawn} ingetrokken."
    )[:500]


def _finish(result: SyncResult, status: str, message: str) -> None:
    if result.sync is None:
        return
    sync = result.sync
    sync.status, sync.finished_at, sync.message = status, timezone.now(), message[:2000]
    sync.zaken, sync.rejected, sync.withdrawn, sync.requests = (
        result.zaken,
        result.rejected,
        result.withdrawn,
        result.requests,
    )
    sync.imported = len(result.records) if result.import_result else 0
    sync.delivery = result.import_result.delivery if result.import_result else None
    # Grouped without the zaak identificaties: those are the case system's own case numbers.
    # Values of free-text fields are left out: raw text never leaves the import pipeline.
    grouped = Counter(
        (i.veld, "" if i.veld in _text_labels() else i.waarde[:80], i.bron, i.melding) for i in result.issues
    )
    sync.problems = [
        {"veld": v, "waarde": w, "bron": b, "melding": m, "zaken": n} for (v, w, b, m), n in grouped.most_common(50)
    ]
    sync.save()


def _text_labels() -> set[str]:
    return {a.label for a in standard.load().attributes if a.type == "text"}


def _fail(connection: ZgwConnection, result: SyncResult, message: str) -> None:
    if result.dry_run:
        return
    _finish(result, SyncStatus.FAILED, message)
    connection.last_sync_status, connection.last_sync_at = message[:500], timezone.now()
    connection.save(update_fields=["last_sync_at", "last_sync_status"])
