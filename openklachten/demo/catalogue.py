"""The demo's complaint handlers: real organisations from the standard's reference list, with a volume each.

Names and TOOI ids come from the standard's reference list (`openklachten.standard.reference`); this
module only chooses which organisations take part and how many complaints each receives (by inhabitants or a
typical yearly count).
"""

import dataclasses
import hashlib
import unicodedata
from dataclasses import dataclass, field
from functools import cache, cached_property

from openklachten.standard import reference

# Complaints (formal and informal) per 1,000 inhabitants per year at a gemeente; in line with the
# few gemeenten that publish their totals (Amsterdam and Utrecht report a few per thousand).
PER_THOUSAND = 6.5

# Gemeenten large and small: code -> (inhabitants in thousands, rounded; provincie code).
GEMEENTEN = {
    "gm0363": (931, "pv27"),
    "gm0599": (671, "pv28"),
    "gm0518": (566, "pv28"),
    "gm0344": (374, "pv26"),
    "gm0772": (246, "pv30"),
    "gm0014": (244, "pv20"),
    "gm0034": (227, "pv24"),
    "gm0855": (230, "pv30"),
    "gm0758": (188, "pv30"),
    "gm0268": (187, "pv25"),
    "gm0193": (133, "pv23"),
    "gm0392": (168, "pv27"),
    "gm0202": (168, "pv25"),
    "gm0153": (162, "pv23"),
    "gm0307": (162, "pv26"),
    "gm0200": (168, "pv25"),
    "gm0080": (129, "pv21"),
    "gm0935": (125, "pv31"),
    "gm0479": (161, "pv27"),
    "gm0505": (122, "pv28"),
    "gm0546": (130, "pv28"),
    "gm0150": (103, "pv23"),
    "gm0503": (110, "pv28"),
    "gm0361": (112, "pv27"),
    "gm0983": (104, "pv31"),
    "gm0362": (95, "pv27"),
    "gm0384": (33, "pv27"),
    "gm0166": (56, "pv23"),
    "gm0405": (76, "pv27"),
    "gm0106": (70, "pv22"),
    "gm0114": (109, "pv22"),
    "gm0687": (50, "pv29"),
    "gm0664": (40, "pv29"),
    "gm0088": (1, "pv21"),
    "gm0096": (1.3, "pv21"),
    "gm0277": (1.8, "pv25"),
    "gm0339": (5.8, "pv26"),
    "gm0184": (22, "pv24"),
    "gm0473": (17, "pv27"),
    "gm0289": (43, "pv25"),
    "gm0917": (87, "pv31"),
    "gm0995": (84, "pv24"),
}
# Provinces that a waterschap's complainants mostly live in.
WATERSCHAPPEN = {
    "ws0155": ("pv27", "pv26"),
    "ws0616": ("pv28", "pv27"),
    "ws0636": ("pv26",),
    "ws0656": ("pv28",),
    "ws0653": ("pv21",),
    "ws0654": ("pv30",),
    "ws0662": ("pv25", "pv26"),
    "ws0665": ("pv31",),
}
MINISTERIES = ("mnre1034", "mnre1090", "mnre1073", "mnre1130", "mnre1013", "mnre1162")
# Typical yearly complaint counts of large executive agencies (order of magnitude from annual reports).
ZBOS = {
    "oorg12368": 16000,
    "zb000117": 9000,
    "toeslagen": 5000,
    "cjib": 4000,
    "duo": 3000,
    "zb000143": 2500,
    "ind": 2500,
    "cbr": 2500,
    "rdw": 800,
}
# Ombudsmen: yearly count and the first-line organisations whose complainants come to them.
LOCAL_OMBUDSMEN = {
    "ombudsman-metropool-amsterdam": (1200, ("gm0363", "gm0034", "gm0362", "gm0384")),
    "ombudsman-rotterdam-rijnmond": (800, ("gm0599",)),
    "ombudsman-den-haag": (600, ("gm0518",)),
    "gemeentelijke-ombudsman-utrecht": (350, ("gm0344",)),
    "ombudsman-zaanstad": (120, ("gm0479",)),
}
NATIONALE_OMBUDSMAN = ("nationale-ombudsman", 6000)
YEARLY = {"provincie": 250, "waterschap": 300, "ministerie": 180}
# Articles and lower-cased type words as Dutch writes them inside a sentence.
ARTICLE_DE = ("IND", "SVB", "RDW", "DUO")
LOWER_FIRST = ("Gemeente", "Provincie", "Ministerie", "Hoogheemraadschap", "Waterschap")
PREFIX = {"gemeente": "ZK", "provincie": "PRV", "waterschap": "WS", "ministerie": "MIN", "ombudsman": "OMB"}


@dataclass(frozen=True)
class DemoOrganisation:
    code: str
    tooi_uri: str
    name: str
    type: str
    yearly: float  # complaints per year, formal and informal
    cbs_code: str = ""
    provincies: tuple = ()  # where complainants live; empty: anywhere in the country
    covers: tuple = field(default=(), compare=False)  # ombudsmen: first-line organisations handled
    abbreviation: str = ""

    @property
    def prefix(self) -> str:
        if self.type == "zbo":
            return self.abbreviation.upper() or "".join(w[0] for w in self.name.split() if w[0].isupper())
        return PREFIX.get(self.type, "KL")

    @cached_property
    def short_name(self) -> str:
        """The name used inside sentences: 'de gemeente Utrecht', 'het UWV', 'de Belastingdienst'."""
        if self.type == "zbo" and self.abbreviation:
            article = "de" if self.abbreviation in ARTICLE_DE else "het"
            return f"{article} {self.abbreviation}"
        name = self.name[3:] if self.name.startswith("De ") else self.name
        if name.startswith("Wetterskip") or self.abbreviation == "DUO":
            return name if name.startswith("Wetterskip") else "DUO"
        if name.startswith(("Ombudsman", "Gemeentelijke Ombudsman", "Nationale", "Belastingdienst", "Dienst")):
            return "de " + name
        article = "het" if name.startswith(("Ministerie", "Hoogheemraadschap", "Waterschap")) else "de"
        return f"{article} {name[0].lower()}{name[1:]}" if name.split()[0] in LOWER_FIRST else f"{article} {name}"

    @property
    def mailbox(self) -> str:
        """General (non-personal) mailbox for dataset questions, published in the metadata."""
        words = self.name.split()
        if self.abbreviation:
            slug = self.abbreviation
        elif words[0] in ("Gemeente", "Provincie", "Waterschap", "Wetterskip"):
            slug = " ".join(words[1:])
        else:
            slug = self.name
        ascii_slug = unicodedata.normalize("NFKD", slug).encode("ascii", "ignore").decode().lower()
        return f"klachten@{''.join(ch for ch in ascii_slug if ch.isalnum())[:24]}.nl"


@cache
def reference_rows() -> dict:
    """code -> organisation of the standard's reference list."""
    return {org.code: org for org in reference.organisations()}


def _make(code: str, yearly: float, **extra) -> DemoOrganisation:
    ref = reference_rows()[code]
    return DemoOrganisation(
        code=code,
        tooi_uri=ref.uri,
        name=ref.naam,
        type=ref.type,
        yearly=yearly,
        cbs_code=ref.cbs_code,
        abbreviation=ref.afkorting,
        **extra,
    )


def registration_factor(code: str) -> float:
    """How readily a gemeente registers complaints, x0.4 to x2.2 (log-uniform, stable per code).

    Real gemeenten differ that much (some log every phone call, others only letters); without it every
    gemeente would show the same complaints per 10,000 inhabitants and the comparison would be empty.
    """
    fraction = hashlib.sha256(code.encode()).digest()[0] / 255
    return round(0.4 * 5.5**fraction, 2)


@cache
def all_organisations() -> tuple[DemoOrganisation, ...]:
    """Every demo organisation, first-line before second-line."""
    orgs = [
        _make(code, inh * PER_THOUSAND * registration_factor(code), provincies=(pv,))
        for code, (inh, pv) in GEMEENTEN.items()
    ]
    orgs += [
        _make(code, YEARLY["provincie"] * (1.6 if code in ("pv27", "pv28") else 1), provincies=(code,))
        for code, ref in reference_rows().items()
        if ref.type == "provincie"
    ]
    orgs += [_make(code, YEARLY["waterschap"], provincies=pvs) for code, pvs in WATERSCHAPPEN.items()]
    orgs += [_make(code, YEARLY["ministerie"]) for code in MINISTERIES]
    orgs += [_make(code, yearly) for code, yearly in ZBOS.items()]
    covered = set()
    for code, (yearly, covers) in LOCAL_OMBUDSMEN.items():
        first = [o.code for o in orgs if o.code in covers]
        covered.update(first)
        pvs = tuple(sorted({GEMEENTEN[c][1] for c in first}))  # sorted: set order varies per process
        orgs.append(_make(code, yearly, covers=tuple(first), provincies=pvs))
    national_code, national_yearly = NATIONALE_OMBUDSMAN
    rest = tuple(o.code for o in orgs if o.type != "ombudsman" and o.code not in covered)
    orgs.append(_make(national_code, national_yearly, covers=rest))
    return tuple(orgs)


def select(organisations=None) -> tuple[DemoOrganisation, ...]:
    """The demo organisations, optionally narrowed to codes, TOOI URIs or objects with a `.code`."""
    everything = all_organisations()
    if organisations is None:
        return everything
    wanted = {getattr(o, "code", o) for o in organisations}
    chosen = [o for o in everything if o.code in wanted or o.tooi_uri in wanted]
    unknown = wanted - {o.code for o in chosen} - {o.tooi_uri for o in chosen}
    if unknown:
        raise ValueError(f"Onbekende demo-organisatie(s): {', '.join(sorted(unknown))}")
    codes = {o.code for o in chosen}
    # An ombudsman only receives second-line complaints about organisations that are part of the run.
    return tuple(dataclasses.replace(o, covers=tuple(c for c in o.covers if c in codes)) for o in chosen)


@cache
def gemeente_codes() -> tuple[tuple[str, str], ...]:
    """(CBS code, provincie code or '') of every current gemeente: the pool woonplaats_klager is drawn from."""
    rows = []
    for code, ref in reference_rows().items():
        if ref.type == "gemeente" and ref.cbs_code and not ref.einddatum:
            rows.append((ref.cbs_code, GEMEENTEN.get(code, (0, ""))[1]))
    return tuple(rows)
