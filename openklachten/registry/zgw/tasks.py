"""The background job of a scheduled sync (registered per connection by configure.apply_schedule)."""

import logging

from openklachten.registry.jobs import task
from openklachten.registry.models import ZgwConnection

log = logging.getLogger(__name__)


@task()
def sync_connection(connection_id: int) -> str:
    """One incremental sync; returns the summary line (kept with the job's result and on the connection)."""
    from openklachten.registry.zgw.sync import SyncRefused, sync

    connection = ZgwConnection.objects.select_related("organisation").filter(pk=connection_id).first()
    if connection is None:
        return "Koppeling bestaat niet meer."
    try:
        result = sync(connection)
    except SyncRefused as exc:
        # The message names the failing part and never the secret; the run is also visible in /beheer/.
        log.warning("ZGW-synchronisatie %s mislukt: %s", connection.organisation.code, exc)
        return str(exc)
    return connection.last_sync_status or f"{result.zaken} zaken gelezen."
