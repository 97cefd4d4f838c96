"""What the catalogue describes: one dataset per organisation with published complaints, read from the registry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Max, Min


@dataclass(frozen=True)
class PublisherDataset:
    """The facts about one publisher's dataset that the DCAT builder needs (plain values, no ORM)."""

    code: str
    name: str
    type: str
    uri: str
    contact_email: str
    website: str
    complaints: int
    first_received: dt.date
    last_received: dt.date
    first_delivery: dt.datetime
    last_delivery: dt.datetime


def published_datasets() -> list[PublisherDataset]:
    """One row per organisation that has published complaints, ordered by organisation code.

    Only `Complaint.published` is read, so withdrawn deliveries and complaints in review never show.
    """
    from openklachten.registry.models import Complaint, Organisation

    stats = (
        Complaint.published.values("organisation_id")
        .annotate(
            n=Count("id"),
            first_received=Min("ontvangstdatum"),
            last_received=Max("ontvangstdatum"),
            first_delivery=Min("delivery__created_at"),
            last_delivery=Max("delivery__created_at"),
        )
        .order_by()
    )
    by_id = {row["organisation_id"]: row for row in stats}
    organisations = Organisation.objects.filter(id__in=by_id).order_by("code")
    return [
        PublisherDataset(
            code=org.code,
            name=org.name,
            type=org.type,
            uri=org.tooi_uri,
            contact_email=org.contact_email,
            website=org.website,
            complaints=by_id[org.id]["n"],
            first_received=by_id[org.id]["first_received"],
            last_received=by_id[org.id]["last_received"],
            first_delivery=by_id[org.id]["first_delivery"],
            last_delivery=by_id[org.id]["last_delivery"],
        )
        for org in organisations
    ]
