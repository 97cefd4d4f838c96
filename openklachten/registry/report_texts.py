"""The coordinator's text on a complaint report: sanitise, check for personal data, save a concept, publish.

Plain functions (no request): the /aanleveren/ view and tests call the same ones. The text is published as is,
so like the delivery metadata it may not carry personal data (registry.metadata_check), and it is plain text:
HTML tags and script/style blocks are removed, not escaped, so no markup survives into page or PDF.
"""

import html
import re

from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from openklachten.registry import audit, metadata_check
from openklachten.registry.models import AuditAction, ReportText, ReportTextStatus

FIELDS = ("introductie", "conclusie", "aandachtspunten")
MAX_LENGTH = 6000  # about two A4 pages per field: a report's introduction, not a second report
_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_PERIOD = re.compile(r"\d{4}(-K[1-4])?")


class InvalidText(ValueError):
    """{field: Dutch message}: what to fix before the text can be saved."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def sanitise(text: str) -> str:
    """Plain text: no tags, no script/style content, no control characters, normalised line ends."""
    text = _BLOCKS.sub("", str(text or ""))
    text = html.unescape(strip_tags(text))
    text = strip_tags(text)  # entities that spelled a tag (&lt;script&gt;) are tags after unescaping
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def check(values: dict) -> dict[str, str]:
    """Sanitised values, or InvalidText with a Dutch message per field."""
    clean, errors = {}, {}
    for field in FIELDS:
        value = sanitise(values.get(field, ""))
        if len(value) > MAX_LENGTH:
            errors[field] = f"Deze tekst is te lang: ten hoogste {MAX_LENGTH} tekens."
        elif problem := metadata_check.problem(value):
            errors[field] = problem
        clean[field] = value
    if errors:
        raise InvalidText(errors)
    return clean


def valid_period(period: str) -> bool:
    return bool(_PERIOD.fullmatch(period or ""))


def concept(organisation, period: str) -> ReportText | None:
    return ReportText.objects.filter(organisation=organisation, period=period, status=ReportTextStatus.CONCEPT).first()


def published(organisation, period: str) -> ReportText | None:
    return ReportText.objects.filter(
        organisation=organisation, period=period, status=ReportTextStatus.PUBLISHED
    ).first()


def replaced(organisation, period: str) -> list[ReportText]:
    return list(
        ReportText.objects.filter(organisation=organisation, period=period, status=ReportTextStatus.REPLACED).order_by(
            "-published_at"
        )
    )


def save_concept(organisation, period: str, values: dict, author=None) -> ReportText:
    """Check and store the concept (one per organisation and period); raises InvalidText, nothing saved then."""
    clean = check(values)
    text = concept(organisation, period) or ReportText(organisation=organisation, period=period)
    for field, value in clean.items():
        setattr(text, field, value)
    text.author = author
    text.save()
    return text


@transaction.atomic
def publish(organisation, period: str) -> ReportText:
    """Publish the concept; the version published before it is kept, marked as replaced."""
    text = concept(organisation, period)
    if text is None:
        raise InvalidText({"__all__": "Er is geen concepttekst om te publiceren. Sla eerst een tekst op."})
    check({f: getattr(text, f) for f in FIELDS})  # checked again: the rules may have changed since saving
    now = timezone.now()
    ReportText.objects.filter(organisation=organisation, period=period, status=ReportTextStatus.PUBLISHED).update(
        status=ReportTextStatus.REPLACED, replaced_at=now
    )
    text.status, text.published_at = ReportTextStatus.PUBLISHED, now
    text.save()
    audit.record(AuditAction.REPORT_PUBLISHED, organisation, periode=period)
    return text
