"""Group demo records per organisation and quarter (half-year for small handlers) and write delivery files.

Records arrive month by month, so a period's file is written as soon as the generator has moved past
it; memory stays bounded by one period of data, whatever the size.
"""

import datetime as dt
import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from openklachten.demo.catalogue import select
from openklachten.demo.metadata import delivery_metadata
from openklachten.demo.records import END, START, generate_records
from openklachten.demo.writers import WRITERS, Style

# Handlers with fewer complaints a year than this deliver per half-year instead of per quarter.
HALF_YEAR_BELOW = 300
# Share of organisations per format: most coordinators export CSV from Excel; some send XLSX or JSON.
FORMAT_SLOTS = (
    "csv",
    "csv",
    "xlsx",
    "csv",
    "json",
    "csv",
    "csv",
    "xlsx",
    "csv",
    "csv",
    "json",
    "csv",
    "xlsx",
    "csv",
    "csv",
    "csv",
    "json",
    "xlsx",
    "csv",
    "csv",
)
SUFFIX = {"csv": "csv", "xlsx": "xlsx", "json": "json"}


@dataclass(frozen=True)
class DeliveryFile:
    """One written delivery: whose, where, which period, and the dataset metadata that goes with it."""

    organisation_code: str
    path: Path
    period_start: dt.date
    period_end: dt.date
    metadata: dict = field(hash=False)
    format: str = "csv"
    rows: int = 0
    related_organisations: tuple = ()  # codes of other organisations the file names (complained about, first line)


def style_for(code: str, index: int, seed: int) -> tuple[str, Style]:
    """An organisation's export habits, fixed for a seed."""
    rng = random.Random(f"{seed}:{code}")
    fmt = FORMAT_SLOTS[index % len(FORMAT_SLOTS)]
    encoding = "utf-8"
    if fmt == "csv":
        encoding = rng.choices(("utf-8", "utf-8-sig", "cp1252"), weights=(45, 25, 30))[0]
    return fmt, Style(
        labels=rng.random() < 0.8,
        date_format="%d-%m-%Y" if rng.random() < 0.35 else "%Y-%m-%d",
        encoding=encoding,
        names=rng.random() < 0.3,
        gemeente_names=rng.random() < 0.15,
    )


def _period(day: dt.date, months: int) -> tuple[dt.date, dt.date]:
    first_month = (day.month - 1) // months * months + 1
    start = dt.date(day.year, first_month, 1)
    if first_month + months > 12:
        next_start = dt.date(day.year + 1, 1, 1)
    else:
        next_start = dt.date(day.year, first_month + months, 1)
    return start, next_start - dt.timedelta(days=1)


def write_deliveries(
    directory,
    size: int,
    seed: int = 2024,
    organisations=None,
    *,
    start: dt.date = START,
    end: dt.date = END,
    progress: Callable[[int], None] | None = None,
) -> list[DeliveryFile]:
    """Generate `size` complaints and write them as delivery files under directory/<organisation code>/.

    Returns the files in the order written (chronological per period). `progress(n)` is called after
    each file with the number of records it holds.
    """
    directory = Path(directory)
    orgs = select(organisations)
    habits = {org.code: style_for(org.code, i, seed) for i, org in enumerate(orgs)}
    months = {org.code: 6 if org.yearly < HALF_YEAR_BELOW else 3 for org in orgs}
    by_code = {org.code: org for org in orgs}
    code_of_uri = {org.tooi_uri: org.code for org in orgs}
    buffers: dict = defaultdict(list)
    written: list[DeliveryFile] = []

    def flush(key) -> None:
        code, period_start, period_end = key
        records = buffers.pop(key)
        org = by_code[code]
        fmt, style = habits[code]
        folder = directory / code
        folder.mkdir(parents=True, exist_ok=True)
        span = months[code]
        label = f"{'Q' if span == 3 else 'H'}{(period_start.month - 1) // span + 1}"
        path = folder / f"klachten-{period_start.year}-{label}.{SUFFIX[fmt]}"
        WRITERS[fmt](path, records, style)
        issued_day = min(period_end, end) + dt.timedelta(days=14 + sum(map(ord, code)) % 20)
        issued = dt.datetime.combine(issued_day, dt.time(9 + len(code) % 7, 15))
        metadata = delivery_metadata(org, period_start, min(period_end, end), fmt, issued)
        named = {r["bestuursorgaan"] for r in records} | {r["gerelateerde_klacht_organisatie"] for r in records}
        related = tuple(sorted({code_of_uri[uri] for uri in named if uri} - {code}))
        written.append(
            DeliveryFile(code, path, period_start, min(period_end, end), metadata, fmt, len(records), related)
        )
        if progress:
            progress(len(records))

    current_month = None
    for record in generate_records(size, seed, organisations, start=start, end=end):
        received = record["ontvangstdatum"]
        month = (received.year, received.month)
        if month != current_month:
            current_month = month
            month_start = dt.date(received.year, received.month, 1)
            for key in sorted(k for k in buffers if k[2] < month_start):
                flush(key)
        code = record["organisatie"]
        period_start, period_end = _period(received, months[code])
        buffers[code, period_start, period_end].append(record)
    for key in sorted(buffers):
        flush(key)
    return written
