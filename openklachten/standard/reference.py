"""Reference lists shipped with the standard: organisations, gemeenten, Iv3 taakvelden, themes, TOP-lijst.

The facts live in `data/reference/*.csv` and `data/codelists/{themas,iv3_taakveld}.csv` (sources in
`data/reference/README.md`); this module only reads them once and answers look-ups.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
REFERENCE_DIR = DATA_DIR / "reference"
CODELIST_DIR = DATA_DIR / "codelists"

TOOI_BASE = "https://identifier.overheid.nl/tooi/id/"
# Organisations without a verified TOOI identifier still need a stable IRI (registry, DCAT publisher).
NON_TOOI_URI = "urn:openklachten:organisatie:{code}"
YOUTH = "jeugd"
# When a bare name fits several organisations ("Groningen", "Utrecht"), people mostly mean the gemeente.
TYPE_PRECEDENCE = ("gemeente", "provincie", "waterschap", "ministerie", "zbo", "ombudsman", "overig")
TYPE_PREFIXES = (
    "gemeente",
    "provincie",
    "waterschap",
    "hoogheemraadschap",
    "wetterskip",
    "ministerie van",
    "de",
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def _date(value: str) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def normalise_name(text: str) -> str:
    """Case-, accent-, punctuation- and whitespace-insensitive form of a name, for matching."""
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"[^a-z0-9']+", " ", text)
    return " ".join(text.split())


def _strip_type(name: str) -> str:
    """'gemeente amsterdam' -> 'amsterdam' (already normalised input)."""
    for prefix in TYPE_PREFIXES:
        if name.startswith(prefix + " "):
            return name[len(prefix) + 1 :]
    return name


# --- organisations -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Organisation:
    """One row of organisaties.csv."""

    code: str
    tooi_uri: str
    naam: str
    type: str
    cbs_code: str
    einddatum: dt.date | None
    afkorting: str
    aliassen: tuple[str, ...]
    geverifieerd: bool
    bron: str

    @property
    def uri(self) -> str:
        """The TOOI URI, or a project URN when no TOOI identifier could be verified."""
        return self.tooi_uri or NON_TOOI_URI.format(code=self.code)

    @property
    def names(self) -> tuple[str, ...]:
        """Every name this organisation goes by: official name, abbreviation, aliases."""
        return tuple(n for n in (self.naam, self.afkorting, *self.aliassen) if n)


@cache
def organisations() -> tuple[Organisation, ...]:
    """Every organisation of the reference list, in file order."""
    return tuple(
        Organisation(
            code=row["code"],
            tooi_uri=row["tooi_uri"],
            naam=row["naam"],
            type=row["type"],
            cbs_code=row["cbs_code"],
            einddatum=_date(row["einddatum"]),
            afkorting=row["afkorting"],
            aliassen=_split(row["aliassen"]),
            geverifieerd=row["geverifieerd"] == "ja",
            bron=row["bron"],
        )
        for row in _rows(REFERENCE_DIR / "organisaties.csv")
    )


@cache
def _organisation_index() -> tuple[dict[str, Organisation], dict[str, list[Organisation]]]:
    """(exact keys: code, URI, CBS code, full names; loose keys: names without 'gemeente' etc.)."""
    exact: dict[str, Organisation] = {}
    loose: dict[str, list[Organisation]] = {}
    for org in organisations():
        for key in (org.code, org.uri, org.cbs_code):
            if key:
                exact[key.lower()] = org
        for name in org.names:
            exact.setdefault(normalise_name(name), org)
            loose.setdefault(_strip_type(normalise_name(name)), []).append(org)
    for candidates in loose.values():
        candidates.sort(key=lambda o: TYPE_PRECEDENCE.index(o.type))
    return exact, loose


def organisation(key: str) -> Organisation | None:
    """The organisation with this TOOI URI, code, CBS code or name ('Gemeente Amsterdam', 'amsterdam', 'UWV')."""
    if not key or not key.strip():
        return None
    exact, loose = _organisation_index()
    key = key.strip()
    found = exact.get(key.lower().rstrip("/")) or exact.get(normalise_name(key))
    if found:
        return found
    candidates = loose.get(_strip_type(normalise_name(key)))
    return candidates[0] if candidates else None


# --- gemeenten -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Gemeente:
    """One row of gemeenten.csv: a current or dissolved gemeente."""

    cbs_code: str
    tooi_uri: str
    naam: str
    begindatum: dt.date | None
    einddatum: dt.date | None
    opgegaan_in: tuple[str, ...]
    bron: str
    opmerking: str

    @property
    def actueel(self) -> bool:
        return self.einddatum is None

    def bestond_op(self, day: dt.date) -> bool:
        return (self.begindatum is None or self.begindatum <= day) and (self.einddatum is None or day <= self.einddatum)

    def huidige(self) -> tuple[Gemeente, ...]:
        """The current gemeente(n) this one is part of now: itself, or its successors followed to today."""
        if self.actueel:
            return (self,)
        result: list[Gemeente] = []
        for code in self.opgegaan_in:
            for successor in _gemeenten_by_code().get(code, ()):
                for current in successor.huidige():
                    if current not in result:
                        result.append(current)
        return tuple(result)


@cache
def gemeenten() -> tuple[Gemeente, ...]:
    """Every gemeente of the reference list (current and dissolved), ordered by CBS code."""
    return tuple(
        Gemeente(
            cbs_code=row["cbs_code"],
            tooi_uri=row["tooi_uri"],
            naam=row["naam"],
            begindatum=_date(row["begindatum"]),
            einddatum=_date(row["einddatum"]),
            opgegaan_in=_split(row["opgegaan_in"]),
            bron=row["bron"],
            opmerking=row["opmerking"],
        )
        for row in _rows(REFERENCE_DIR / "gemeenten.csv")
    )


@cache
def _inwoners_by_code() -> dict[str, int]:
    return {row["gemeentecode"]: int(row["inwoners"]) for row in _rows(REFERENCE_DIR / "gemeenten-inwoners.csv")}


def inwoners(key: str) -> int | None:
    """Inhabitants of a current gemeente on 1 January 2024 (CBS), by name or CBS code; None when unknown.

    The anonymiser asks it: a generic role ("de leerplichtambtenaar") of a small gemeente is one person.
    """
    found = gemeente(key)
    return _inwoners_by_code().get(found.cbs_code) if found is not None and found.actueel else None


@cache
def _gemeenten_by_code() -> dict[str, tuple[Gemeente, ...]]:
    index: dict[str, list[Gemeente]] = {}
    for gemeente_ in gemeenten():
        index.setdefault(gemeente_.cbs_code, []).append(gemeente_)
    # Latest version first: a code that was renamed keeps its newest name in front.
    return {code: tuple(sorted(rows, key=_recency)) for code, rows in index.items()}


def _recency(gemeente_: Gemeente) -> tuple:
    """Sort key: current first, then the most recently dissolved."""
    return (not gemeente_.actueel, -(gemeente_.einddatum or dt.date.max).toordinal())


@cache
def _gemeenten_by_name() -> dict[str, tuple[Gemeente, ...]]:
    index: dict[str, list[Gemeente]] = {}
    for gemeente_ in gemeenten():
        index.setdefault(normalise_name(gemeente_.naam), []).append(gemeente_)
    for org in organisations():
        if org.type == "gemeente":
            for alias in org.aliassen:
                index.setdefault(normalise_name(alias), []).extend(_gemeenten_by_code().get(org.cbs_code, ()))
    return {name: tuple(sorted(rows, key=_recency)) for name, rows in index.items()}


def _cbs_code(key: str) -> str | None:
    """'GM0363', 'gm0363', '0363', '363' and the TOOI URI -> 'GM0363'."""
    key = key.strip().rstrip("/").rsplit("/", 1)[-1]
    match = re.fullmatch(r"(?i)(?:gm)?(\d{1,4})", key)
    return f"GM{int(match.group(1)):04d}" if match else None


def gemeente(key: str, op: dt.date | None = None) -> Gemeente | None:
    """The gemeente with this CBS code, TOOI URI or name (also dissolved ones); `op` picks the one existing that day."""
    if not key or not key.strip():
        return None
    code = _cbs_code(key)
    if code:
        candidates = _gemeenten_by_code().get(code, ())
    else:
        name = normalise_name(key)
        candidates = _gemeenten_by_name().get(name) or _gemeenten_by_name().get(_strip_type(name), ())
    if op is not None:
        candidates = tuple(g for g in candidates if g.bestond_op(op))
    return candidates[0] if candidates else None


def gemeente_names() -> frozenset[str]:
    """Names of all gemeenten, current and dissolved, with their aliases ('Den Haag'): public place names."""
    return frozenset(_display_names_of_gemeenten())


@cache
def _display_names_of_gemeenten() -> tuple[str, ...]:
    names = {g.naam for g in gemeenten()}
    names |= {alias for org in organisations() if org.type == "gemeente" for alias in org.aliassen}
    return tuple(sorted(names))


@cache
def public_body_names() -> tuple[str, ...]:
    """Names of public bodies that must survive anonymisation verbatim, longest first."""
    names: set[str] = set()
    for org in organisations():
        names.update(org.names)
        bare = org.naam.split(" ", 1)
        if bare[0] in ("Gemeente", "Provincie", "Waterschap") and len(bare) == 2:
            names.add(bare[1])
    names.update(_display_names_of_gemeenten())
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


# --- Iv3 taakvelden, themes, TOP-lijst -----------------------------------------------------------


@dataclass(frozen=True)
class Taakveld:
    """A municipal Iv3 taakveld (BBV), e.g. 6.72a Jeugdhulp begeleiding."""

    code: str
    label: str
    synoniemen: tuple[str, ...]
    toelichting: str
    hoofdtaakveld: str
    domein: str

    @property
    def jeugd(self) -> bool:
        return self.domein == YOUTH


@cache
def iv3_taakvelden() -> tuple[Taakveld, ...]:
    return tuple(
        Taakveld(
            code=row["code"],
            label=row["label"],
            synoniemen=_split(row["synoniemen"]),
            toelichting=row["toelichting"],
            hoofdtaakveld=row["hoofdtaakveld"],
            domein=row["domein"],
        )
        for row in _rows(CODELIST_DIR / "iv3_taakveld.csv")
    )


@cache
def _iv3_index() -> dict[str, Taakveld]:
    return {t.code: t for t in iv3_taakvelden()}


def iv3(code: str) -> Taakveld | None:
    """The taakveld with this code ('6.72a', ' 6.72A ')."""
    return _iv3_index().get(code.strip().lower()) if code else None


@dataclass(frozen=True)
class Thema:
    """A theme of the standard, mapped to Iv3 taakvelden and a TOP-lijst concept."""

    code: str
    label: str
    synoniemen: tuple[str, ...]
    toelichting: str
    iv3_taakvelden: tuple[str, ...]
    top_uri: str
    domein: str

    @property
    def jeugd(self) -> bool:
        return self.domein == YOUTH


@cache
def themes() -> tuple[Thema, ...]:
    return tuple(
        Thema(
            code=row["code"],
            label=row["label"],
            synoniemen=_split(row["synoniemen"]),
            toelichting=row["toelichting"],
            iv3_taakvelden=_split(row["iv3_taakvelden"]),
            top_uri=row["top_uri"],
            domein=row["domein"],
        )
        for row in _rows(CODELIST_DIR / "themas.csv")
    )


def theme(code: str) -> Thema | None:
    return next((t for t in themes() if t.code == (code or "").strip().lower()), None)


def youth_themes() -> frozenset[str]:
    """Codes of the youth-care themes (domein=jeugd), which the anonymiser withholds by default."""
    return frozenset(t.code for t in themes() if t.jeugd)


def youth_taakvelden() -> frozenset[str]:
    """Codes of the youth-care Iv3 taakvelden (6.72a–6.74c, 6.82a/b and the pre-2023 6.72, 6.82)."""
    return frozenset(t.code for t in iv3_taakvelden() if t.jeugd)


@cache
def top_lijst() -> dict[str, str]:
    """TOP-lijst theme URI -> Dutch label, for the themes the standard uses."""
    return {row["uri"]: row["label"] for row in _rows(REFERENCE_DIR / "top_lijst.csv")}


TOP_BEZWAAR_EN_KLACHTEN = "http://standaarden.overheid.nl/owms/terms/Bezwaar_en_klachten"
