"""The coordinator's own text on a report, as published in the registry (never a concept)."""

from openklachten.registry import report_texts
from openklachten.registry.models import ReportText, ReportTextStatus


def published(org, period) -> ReportText | None:
    return report_texts.published(org, period.slug)


def replaced(org, period) -> list[ReportText]:
    return report_texts.replaced(org, period.slug)


def version(org, period, pk) -> ReportText | None:
    """A published or replaced version by id (old versions stay reachable); None for concepts and unknown ids."""
    if not str(pk).isdigit():
        return None
    return ReportText.objects.filter(
        organisation=org,
        period=period.slug,
        pk=int(pk),
        status__in=[ReportTextStatus.PUBLISHED, ReportTextStatus.REPLACED],
    ).first()
