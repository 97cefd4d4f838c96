"""Connector for case systems (zaaksystemen) that speak the ZGW Zaken API + Catalogi API (e.g. Open Zaak).

    client = ZgwClient(Connection(zaken_url, catalogi_url, client_id, secret))
    zaaktypen = client.zaaktypen(["KLACHT"])            # every version, by URL; ZgwError if unknown
    listing = client.list_zaken(zaaktypen, closed_since=date)
    mapped = [map_zaak(zaak, Mapping.from_config(config, fixed)) for zaak in listing.zaken]

The stored connection, its watermark and the import of the mapped records belong to the registry
(`registry.zgw`); this package only reads and maps.
"""

from openklachten.intake.connectors.zgw.client import Connection, Listing, ZgwClient
from openklachten.intake.connectors.zgw.http import NotFound, Retry, ZgwError
from openklachten.intake.connectors.zgw.mapping import (
    DEFAULT_FIELDS,
    MappedZaak,
    Mapping,
    MappingConfigError,
    ZaakIssue,
    map_zaak,
)

__all__ = [
    "DEFAULT_FIELDS",
    "Connection",
    "Listing",
    "Mapping",
    "MappingConfigError",
    "MappedZaak",
    "NotFound",
    "Retry",
    "ZaakIssue",
    "ZgwClient",
    "ZgwError",
    "map_zaak",
]
