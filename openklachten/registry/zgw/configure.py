"""Creating and changing a connection (CLI and /beheer/ share this): validation, the secret, the schedule."""

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from openklachten.intake.connectors.zgw import Mapping, MappingConfigError
from openklachten.registry.models import ZgwConnection
from openklachten.registry.zgw import secrets


def check_mapping(config) -> None:
    """Raise ValidationError (Dutch) when a stored mapping would not load."""
    if not isinstance(config, dict):
        raise ValidationError('De mapping moet een JSON-object zijn: {"eigenschappen": {...}, ...}.')
    try:
        Mapping.from_config(config)
    except MappingConfigError as exc:
        raise ValidationError(str(exc)) from None


def check_zaaktypen(value) -> None:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValidationError("Geef minstens één zaaktype: een identificatie (bv. KLACHT) of de URL van het zaaktype.")


def configure(
    organisation,
    *,
    zaken_url=None,
    catalogi_url=None,
    client_id=None,
    secret=None,
    zaaktypen=None,
    mapping=None,
    interval=None,
) -> ZgwConnection:
    """Create or update the organisation's connection; raises ValidationError with Dutch messages."""
    connection = ZgwConnection.objects.filter(organisation=organisation).first() or ZgwConnection(
        organisation=organisation
    )
    for attribute, value in (
        ("zaken_api_url", zaken_url),
        ("catalogi_api_url", catalogi_url),
        ("client_id", client_id),
        ("zaaktypen", zaaktypen),
        ("mapping", mapping),
        ("sync_interval_minutes", interval),
    ):
        if value is not None:
            setattr(connection, attribute, value)
    for label, url in (("Zaken API-URL", connection.zaken_api_url), ("Catalogi API-URL", connection.catalogi_api_url)):
        try:
            URLValidator(schemes=["http", "https"])(url)
        except ValidationError:
            raise ValidationError(f"{label} ontbreekt of is geen geldige URL.") from None
    if not connection.client_id:
        raise ValidationError("De client-id ontbreekt.")
    check_zaaktypen(connection.zaaktypen)
    check_mapping(connection.mapping)
    if secret is not None:
        connection.secret_encrypted = secrets.encrypt(secret)
    if not connection.secret_encrypted:
        raise ValidationError("Het secret ontbreekt.")
    connection.save()
    apply_schedule(connection)
    return connection


def apply_schedule(connection: ZgwConnection) -> None:
    """Register (or remove) the periodic sync of this connection with the job runner."""
    from openklachten.registry import jobs
    from openklachten.registry.zgw.tasks import sync_connection

    name = schedule_name(connection)
    if connection.pk and connection.sync_interval_minutes:
        jobs.schedule(
            name,
            every=dt.timedelta(minutes=connection.sync_interval_minutes),
            task=sync_connection,
            kwargs={"connection_id": connection.pk},
        )
    else:
        jobs.unschedule(name)


def schedule_name(connection: ZgwConnection) -> str:
    return f"zgw-sync-{connection.organisation.code}"
