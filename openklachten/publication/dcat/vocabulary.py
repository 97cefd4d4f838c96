"""The controlled vocabularies the catalogue points to: namespaces and the code-list concepts we use.

Each concept is published with its class, `skos:prefLabel` and `skos:inScheme`, because a harvester (and
the SHACL shapes) cannot be assumed to fetch the EU code lists: the catalogue describes what it refers to.
Adding a file format or a publisher type is one entry in a table below, not a new branch in the builder.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import Namespace, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, RDFS, SKOS, XSD

DCATAP = Namespace("http://data.europa.eu/r5r/")
ADMS = Namespace("http://www.w3.org/ns/adms#")
VCARD = Namespace("http://www.w3.org/2006/vcard/ns#")
GSP = Namespace("http://www.opengis.net/ont/geosparql#")
EU = "http://publications.europa.eu/resource/authority/"
IANA = "https://www.iana.org/assignments/media-types/"
TOP = "http://standaarden.overheid.nl/owms/terms/"

PREFIXES = {
    "dcat": DCAT,
    "dcatap": DCATAP,
    "dct": DCTERMS,
    "foaf": FOAF,
    "rdf": RDF,
    "rdfs": RDFS,
    "skos": SKOS,
    "vcard": VCARD,
    "xsd": XSD,
    "adms": ADMS,
    "gsp": GSP,
}


@dataclass(frozen=True)
class Concept:
    """A value from a code list: its IRI, the class(es) the shapes expect, a Dutch label and its scheme."""

    iri: str
    label: str
    scheme: str
    classes: tuple[URIRef, ...] = ()
    lang: str = "nl"

    @property
    def ref(self) -> URIRef:
        return URIRef(self.iri)


def _eu(table: str, code: str, label: str, *classes: URIRef) -> Concept:
    return Concept(f"{EU}{table}/{code}", label, f"{EU}{table}", classes)


LANGUAGE_NLD = _eu("language", "NLD", "Nederlands", DCTERMS.LinguisticSystem)
COUNTRY_NLD = _eu("country", "NLD", "Nederland", DCTERMS.Location)
# Rough extent of the European Netherlands (WGS84), for the bounding box DCAT-AP recommends on a Location.
NLD_BBOX = "POLYGON ((3.31 50.75, 7.23 50.75, 7.23 53.56, 3.31 53.56, 3.31 50.75))"
NLD_CENTROID = "POINT (5.29 52.13)"
ACCESS_PUBLIC = _eu("access-right", "PUBLIC", "openbaar", DCTERMS.RightsStatement)
AVAILABILITY_STABLE = _eu("planned-availability", "STABLE", "stabiel")
# New deliveries arrive whenever a publisher sends one: there is no fixed rhythm.
FREQUENCY_IRREGULAR = _eu("frequency", "IRREG", "onregelmatig", DCTERMS.Frequency)
DATA_THEME_SCHEME = f"{EU}data-theme"

# EU data themes: complaints are about government (GOVE) and, through Awb chapter 9, justice (JUST).
EU_THEMES = (
    _eu("data-theme", "GOVE", "Overheid en publieke sector"),
    _eu("data-theme", "JUST", "Justitie, rechtsstelsel en openbare veiligheid"),
)
# TOP-lijst (Thema-indeling voor Officiële Publicaties): the theme DCAT-AP-DONL asks Dutch datasets to carry.
TOP_BEZWAAR_EN_KLACHTEN = Concept(f"{TOP}Bezwaar_en_klachten", "Bezwaar en klachten", f"{TOP}TopLijst")
# Woo information category "klachtoordelen" (TOOI thesaurus kern), the kind of information these datasets hold.
WOO_KLACHTOORDEEL = Concept(
    "https://identifier.overheid.nl/tooi/def/thes/kern/c_a870c43d",
    "klachtoordelen",
    "https://identifier.overheid.nl/tooi/def/thes/kern",
)

# Woo information category "jaarplannen en jaarverslagen" (TOOI kern c_c6cd1213; DiWoo infocat012): the
# complaint report every bestuursorgaan must publish yearly (Awb art. 9:12a) is such a jaarverslag.
WOO_JAARVERSLAG = Concept(
    "https://identifier.overheid.nl/tooi/def/thes/kern/c_c6cd1213",
    "jaarplannen en jaarverslagen",
    "https://identifier.overheid.nl/tooi/def/thes/kern",
)
REPORT_FORMATS = {
    "html": (_eu("file-type", "HTML", "HTML", DCTERMS.MediaTypeOrExtent), "text/html", "webpagina"),
    "pdf": (_eu("file-type", "PDF", "PDF", DCTERMS.MediaTypeOrExtent), "application/pdf", "PDF (PDF/UA)"),
}

CC0 = URIRef("http://creativecommons.org/publicdomain/zero/1.0/deed.nl")
LICENCE_TYPE_PUBLIC_DOMAIN = Concept(
    "http://purl.org/adms/licencetype/PublicDomain", "Public domain", "http://purl.org/adms/licencetype/1.0", lang="en"
)


@dataclass(frozen=True)
class FileFormat:
    """A bulk-download format: file extension, EU file-type concept and IANA media type (if registered)."""

    key: str
    extension: str
    title: str
    concept: Concept
    media_type: str = ""

    @property
    def media_type_ref(self) -> URIRef | None:
        return URIRef(IANA + self.media_type) if self.media_type else None


# The bulk files the exports component serves under /downloads/ (docs/architecture.md, "DCAT").
FORMATS: dict[str, FileFormat] = {
    f.key: f
    for f in (
        FileFormat("csv", "csv", "CSV", _eu("file-type", "CSV", "CSV", DCTERMS.MediaTypeOrExtent), "text/csv"),
        # The EU file-type list has no JSON Lines entry: JSON is the closest concept; the title says "JSON Lines".
        FileFormat("jsonl", "jsonl", "JSON Lines", _eu("file-type", "JSON", "JSON", DCTERMS.MediaTypeOrExtent)),
        FileFormat(
            "parquet",
            "parquet",
            "Parquet",
            _eu("file-type", "PARQUET", "Parquet", DCTERMS.MediaTypeOrExtent),
            "application/vnd.apache.parquet",
        ),
    )
}
API_FORMAT = _eu("file-type", "JSON", "JSON", DCTERMS.MediaTypeOrExtent)


# Titles of the concept schemes above: a typed skos:ConceptScheme must carry dct:title (DCAT-AP).
SCHEME_TITLES: dict[str, tuple[str, str]] = {
    f"{EU}language": ("Language", "en"),
    f"{EU}country": ("Country", "en"),
    f"{EU}access-right": ("Access right", "en"),
    f"{EU}planned-availability": ("Planned availability", "en"),
    f"{EU}frequency": ("Frequency", "en"),
    f"{EU}data-theme": ("Data theme", "en"),
    f"{EU}file-type": ("File type", "en"),
    f"{TOP}TopLijst": ("Thema-indeling voor Officiële Publicaties (TOP-lijst)", "nl"),
    "https://identifier.overheid.nl/tooi/def/thes/kern": ("TOOI-thesaurus kern", "nl"),
    "http://purl.org/adms/publishertype/1.0": ("Publisher type", "en"),
    "http://purl.org/adms/licencetype/1.0": ("Licence type", "en"),
}


def _publisher_type(code: str, label: str) -> Concept:
    scheme = "http://purl.org/adms/publishertype/1.0"
    return Concept(f"http://purl.org/adms/publishertype/{code}", label, scheme, lang="en")


LOCAL = _publisher_type("LocalAuthority", "Local Authority")
REGIONAL = _publisher_type("RegionalAuthority", "Regional Authority")
NATIONAL = _publisher_type("NationalAuthority", "National authority")

# Organisation type (registry.models.OrganisationType) -> ADMS publisher type.
PUBLISHER_TYPES: dict[str, Concept] = {
    "gemeente": LOCAL,
    "provincie": REGIONAL,
    "waterschap": REGIONAL,
    "ministerie": NATIONAL,
    "zbo": NATIONAL,
    "ombudsman": NATIONAL,
    "overig": NATIONAL,
}
# A local ombudsman serves gemeenten: its publisher type follows them.
LOCAL_OMBUDSMAN_PREFIXES = ("ombudsman-", "gemeentelijke-ombudsman-")


def publisher_type(organisation_type: str, code: str) -> Concept:
    if organisation_type == "ombudsman" and code.startswith(LOCAL_OMBUDSMAN_PREFIXES):
        return LOCAL
    return PUBLISHER_TYPES.get(organisation_type, NATIONAL)
