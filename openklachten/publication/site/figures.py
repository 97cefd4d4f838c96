"""The figures of one selection, normalised from the query layer for templates and charts."""

from dataclasses import dataclass, field

from openklachten.publication import query
from openklachten.publication.site import labels

COUNT_KEYS = (
    "formeel",
    "informeel",
    "aantal_gegrond",
    "aantal_beoordeeld",
    "aantal_binnen_termijn",
    "aantal_afgehandeld_formeel",
)
# Facet name -> record field whose code list labels its values.
FACET_FIELDS = {"thema": "themas"}


@dataclass
class Figures:
    total: int
    binnen_termijn: float | None  # share 0..1 of handled FORMAL complaints within the Awb 9:11 term
    mediaan_behandelduur: float | None  # days, formal complaints (the Awb term applies to those)
    gegrond: float | None  # share of investigated formal complaints (partly) upheld
    mediaan_behandelduur_informeel: float | None = None  # days; informal complaints are handled apart
    formeel: int = 0
    informeel: int = 0
    aantal_gegrond: int = 0  # the counts behind the rates: "312 van 1.204"
    aantal_beoordeeld: int = 0
    aantal_binnen_termijn: int = 0
    aantal_afgehandeld_formeel: int = 0
    counts: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    maanden: list[tuple[str, int]] = field(default_factory=list)
    filters: object = None  # the selection, for charts that ask the query layer more (the comparison)

    def count(self, name: str, code: str) -> int:
        return dict(self.counts.get(name, [])).get(code, 0)

    def labelled(self, name: str, top: int | None = None) -> list[tuple[str, int]]:
        """(label, count) pairs, largest first; thema/themas and other aliases resolved."""
        key = name if name in self.counts else {"themas": "thema"}.get(name, name)
        pairs = sorted(self.counts.get(key, []), key=lambda pair: -pair[1])
        field_name = FACET_FIELDS.get(key, key)
        return [(labels.label(field_name, code), n) for code, n in pairs[:top]]


def fill_months(pairs) -> list[tuple[str, int]]:
    """Every month from the first to the last, with 0 where nothing was received: a gap is a fact too."""
    counts = dict(pairs)
    if not counts:
        return []
    first, last = min(counts), max(counts)
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        out.append((key, counts.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def load(filters) -> Figures:
    data = query.overview(filters)
    return Figures(
        total=data["total"],
        binnen_termijn=data.get("binnen_termijn"),
        mediaan_behandelduur=data.get("mediaan_behandelduur"),
        gegrond=data.get("gegrond"),
        mediaan_behandelduur_informeel=data.get("mediaan_behandelduur_informeel"),
        **{key: data.get(key) or 0 for key in COUNT_KEYS},
        counts={name: list(pairs) for name, pairs in data.get("counts", {}).items()},
        maanden=fill_months(data["maanden"] if "maanden" in data else query.timeseries(filters)),
        filters=filters,
    )
