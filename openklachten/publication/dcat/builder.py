"""The DCAT catalogue as a plain function: publisher datasets in, an rdflib Graph out (DCAT-AP-NL 3.0).

No request, no ORM: `views` and the golden-file test both call `build_catalogue` with `PublisherDataset` rows.
IRIs and download URLs are derived from the public base URL with the patterns in docs/architecture.md.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF, SKOS, XSD

from . import vocabulary as v
from .datasets import PublisherDataset
from .vocabulary import VCARD

NL = "nl"
KEYWORDS = ("klachten", "klachtbehandeling", "klachtoordeel", "ombudsman", "Awb hoofdstuk 9", "open data")
API_RULES = URIRef("https://gitdocumentatie.logius.nl/publicatie/api/adr/")


@dataclass(frozen=True)
class Agent:
    """The organisation that publishes the catalogue itself (the platform's verstrekker)."""

    uri: str
    name: str
    type: str
    code: str = ""


@dataclass(frozen=True)
class Links:
    """Every IRI and URL the catalogue uses, from one base URL (patterns documented in docs/architecture.md)."""

    base: str

    def __post_init__(self):
        object.__setattr__(self, "base", self.base.rstrip("/"))

    def at(self, path: str) -> URIRef:
        return URIRef(f"{self.base}/{path}")

    catalogue = property(lambda self: self.at("catalogus"))
    homepage = property(lambda self: self.at(""))
    about = property(lambda self: self.at("over"))
    standard = property(lambda self: self.at("standaard"))
    api = property(lambda self: self.at("api/v1"))
    api_endpoint = property(lambda self: self.at("api/v1/"))
    api_description = property(lambda self: self.at("api/v1/openapi.json"))
    platform_contact = property(lambda self: self.at("id/contactpunt/open-klachten"))

    def dataset(self, code: str) -> URIRef:
        return self.at(f"id/dataset/klachten-{code}")

    def distribution(self, code: str, key: str) -> URIRef:
        return URIRef(f"{self.dataset(code)}/{key}")

    def download(self, code: str, extension: str) -> URIRef:
        return self.at(f"downloads/klachten-{code}.{extension}")

    def api_selection(self, code: str) -> URIRef:
        return self.at(f"api/v1/klachten?organisatie={code}")

    def landing_page(self, code: str) -> URIRef:
        return self.at(f"organisaties/{code}")

    def contact(self, code: str) -> URIRef:
        return self.at(f"id/contactpunt/{code}")


def _timestamp(value: dt.datetime) -> Literal:
    """UTC, whole seconds: stable output for equal inputs."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    return Literal(value.replace(microsecond=0).isoformat() + "Z", datatype=XSD.dateTime)


def _date(value: dt.date) -> Literal:
    return Literal(value.isoformat(), datatype=XSD.date)


def _text(value: str) -> Literal:
    return Literal(value, lang=NL)


def _concept(g: Graph, concept: v.Concept) -> URIRef:
    """Describe a code-list value (class, label, scheme) and return its IRI."""
    ref = concept.ref
    if (ref, SKOS.prefLabel, None) in g:  # described once per graph; the same values recur on every dataset
        return ref
    g.add((ref, RDF.type, SKOS.Concept))
    for cls in concept.classes:
        g.add((ref, RDF.type, cls))
    g.add((ref, SKOS.prefLabel, Literal(concept.label, lang=concept.lang)))
    scheme = URIRef(concept.scheme)
    g.add((ref, SKOS.inScheme, scheme))
    g.add((scheme, RDF.type, SKOS.ConceptScheme))
    title, lang = v.SCHEME_TITLES[concept.scheme]
    g.add((scheme, DCTERMS.title, Literal(title, lang=lang)))
    return ref


def _netherlands(g: Graph) -> URIRef:
    ref = _concept(g, v.COUNTRY_NLD)
    if (ref, DCAT.bbox, None) in g:
        return ref
    g.add((ref, DCAT.bbox, Literal(v.NLD_BBOX, datatype=v.GSP.wktLiteral)))
    g.add((ref, DCAT.centroid, Literal(v.NLD_CENTROID, datatype=v.GSP.wktLiteral)))
    return ref


def _agent(g: Graph, uri: str, name: str, publisher_type: v.Concept) -> URIRef:
    ref = URIRef(uri)
    g.add((ref, RDF.type, FOAF.Agent))
    g.add((ref, RDF.type, FOAF.Organization))
    g.add((ref, FOAF.name, _text(name)))
    g.add((ref, DCTERMS.type, _concept(g, publisher_type)))
    return ref


def _contact(g: Graph, ref: URIRef, name: str, email: str, url: str) -> URIRef:
    # vcard:Kind stated explicitly: sh:class only sees an Organization as a Kind with the vCard ontology loaded.
    g.add((ref, RDF.type, VCARD.Kind))
    g.add((ref, RDF.type, VCARD.Organization))
    g.add((ref, VCARD.fn, _text(name)))
    if email:
        g.add((ref, VCARD.hasEmail, URIRef(f"mailto:{email}")))
    if url:
        g.add((ref, VCARD.hasURL, URIRef(url)))
    return ref


def _document(g: Graph, ref: URIRef) -> URIRef:
    g.add((ref, RDF.type, FOAF.Document))
    return ref


def _common(g: Graph, links: Links, version: str) -> dict[str, URIRef]:
    """Nodes every dataset shares: licence, standard, themes, language."""
    cc0 = v.CC0
    g.add((cc0, RDF.type, DCTERMS.LicenseDocument))
    g.add((cc0, DCTERMS.type, _concept(g, v.LICENCE_TYPE_PUBLIC_DOMAIN)))
    standard = links.standard
    g.add((standard, RDF.type, DCTERMS.Standard))
    g.add((standard, DCTERMS.title, _text(f"Open Klachten Datastandaard {version}")))
    _document(g, standard)
    g.add((API_RULES, RDF.type, DCTERMS.Standard))
    g.add((API_RULES, DCTERMS.title, _text("NLGov REST API Design Rules")))
    return {"licence": cc0, "standard": standard}


def _distribution(g, links, ds: PublisherDataset, fmt: v.FileFormat, shared) -> URIRef:
    ref = links.distribution(ds.code, fmt.key)
    url = links.download(ds.code, fmt.extension)
    g.add((ref, RDF.type, DCAT.Distribution))
    g.add((ref, DCTERMS.title, _text(f"Klachten {ds.name} ({fmt.title})")))
    g.add((ref, DCTERMS.description, _text(f"Alle gepubliceerde klachten van {ds.name} in één {fmt.title}-bestand.")))
    g.add((ref, DCAT.accessURL, url))
    g.add((ref, DCAT.downloadURL, url))
    g.add((ref, DCTERMS.format, _concept(g, fmt.concept)))
    if fmt.media_type_ref is not None:
        g.add((ref, DCAT.mediaType, fmt.media_type_ref))
        g.add((fmt.media_type_ref, RDF.type, DCTERMS.MediaType))
    _distribution_common(g, ref, ds, shared)
    return ref


def _api_distribution(g, links, ds: PublisherDataset, shared) -> URIRef:
    ref = links.distribution(ds.code, "api")
    g.add((ref, RDF.type, DCAT.Distribution))
    g.add((ref, DCTERMS.title, _text(f"Klachten {ds.name} (API)")))
    g.add((ref, DCTERMS.description, _text(f"De klachten van {ds.name} via de Open Klachten API, met filters.")))
    g.add((ref, DCAT.accessURL, links.api_selection(ds.code)))
    g.add((ref, DCAT.accessService, links.api))
    g.add((ref, DCTERMS.format, _concept(g, v.API_FORMAT)))
    media = URIRef(v.IANA + "application/json")
    g.add((ref, DCAT.mediaType, media))
    g.add((media, RDF.type, DCTERMS.MediaType))
    _distribution_common(g, ref, ds, shared)
    return ref


def _distribution_common(g, ref, ds: PublisherDataset, shared) -> None:
    g.add((ref, DCTERMS.license, shared["licence"]))
    g.add((ref, DCTERMS.language, _concept(g, v.LANGUAGE_NLD)))
    g.add((ref, DCTERMS.conformsTo, shared["standard"]))
    g.add((ref, v.DCATAP.availability, _concept(g, v.AVAILABILITY_STABLE)))
    g.add((ref, DCTERMS.modified, _timestamp(ds.last_delivery)))


def _dataset(g: Graph, links: Links, ds: PublisherDataset, shared, version: str) -> URIRef:
    ref = links.dataset(ds.code)
    g.add((ref, RDF.type, DCAT.Dataset))
    g.add((ref, DCTERMS.identifier, Literal(str(ref))))
    g.add((ref, DCTERMS.title, _text(f"Klachten {ds.name}")))
    g.add(
        (
            ref,
            DCTERMS.description,
            _text(
                f"Geanonimiseerde gegevens over de klachten die {ds.name} heeft behandeld (Algemene wet "
                f"bestuursrecht, hoofdstuk 9), volgens de Open Klachten Datastandaard {version}: "
                f"{ds.complaints} klachten, ontvangen van {ds.first_received:%d-%m-%Y} tot en met "
                f"{ds.last_received:%d-%m-%Y}. De vrije tekst is geanonimiseerd; klachten over jeugdhulp "
                f"worden zonder vrije tekst gepubliceerd."
            ),
        )
    )
    publisher = _agent(g, ds.uri, ds.name, v.publisher_type(ds.type, ds.code))
    g.add((ref, DCTERMS.publisher, publisher))
    g.add((ref, DCTERMS.creator, publisher))
    landing = _document(g, links.landing_page(ds.code))
    contact = _contact(g, links.contact(ds.code), ds.name, ds.contact_email, ds.website or str(landing))
    g.add((ref, DCAT.contactPoint, contact))
    g.add((ref, DCTERMS.accessRights, _concept(g, v.ACCESS_PUBLIC)))
    for theme in (*v.EU_THEMES, v.TOP_BEZWAAR_EN_KLACHTEN):
        g.add((ref, DCAT.theme, _concept(g, theme)))
    g.add((ref, DCTERMS.type, _concept(g, v.WOO_KLACHTOORDEEL)))
    for keyword in KEYWORDS:
        g.add((ref, DCAT.keyword, _text(keyword)))
    g.add((ref, DCTERMS.language, _concept(g, v.LANGUAGE_NLD)))
    g.add((ref, DCTERMS.spatial, _netherlands(g)))
    g.add((ref, DCTERMS.accrualPeriodicity, _concept(g, v.FREQUENCY_IRREGULAR)))
    period = BNode(f"periode-{ds.code}")
    g.add((period, RDF.type, DCTERMS.PeriodOfTime))
    g.add((period, DCAT.startDate, _date(ds.first_received)))
    g.add((period, DCAT.endDate, _date(ds.last_received)))
    g.add((ref, DCTERMS.temporal, period))
    g.add((ref, DCTERMS.issued, _timestamp(ds.first_delivery)))
    g.add((ref, DCTERMS.modified, _timestamp(ds.last_delivery)))
    g.add((ref, DCTERMS.conformsTo, shared["standard"]))
    g.add((ref, DCAT.landingPage, landing))
    g.add((ref, FOAF.page, shared["standard"]))
    for fmt in v.FORMATS.values():
        g.add((ref, DCAT.distribution, _distribution(g, links, ds, fmt, shared)))
    g.add((ref, DCAT.distribution, _api_distribution(g, links, ds, shared)))
    return ref


def _data_service(g: Graph, links: Links, publisher: URIRef, contact: URIRef, datasets, shared) -> URIRef:
    ref = links.api
    g.add((ref, RDF.type, DCAT.DataService))
    g.add((ref, DCTERMS.identifier, Literal(str(ref))))
    g.add((ref, DCTERMS.title, _text("Open Klachten API")))
    g.add((ref, DCTERMS.description, _text("REST API (NLGov API Design Rules) op alle gepubliceerde klachten.")))
    g.add((ref, DCAT.endpointURL, links.api_endpoint))
    g.add((ref, DCAT.endpointDescription, links.api_description))
    g.add((ref, DCTERMS.publisher, publisher))
    g.add((ref, DCTERMS.creator, publisher))
    g.add((ref, DCAT.contactPoint, contact))
    g.add((ref, DCTERMS.license, shared["licence"]))
    g.add((ref, DCTERMS.accessRights, _concept(g, v.ACCESS_PUBLIC)))
    g.add((ref, DCTERMS.conformsTo, API_RULES))
    g.add((ref, DCTERMS.language, _concept(g, v.LANGUAGE_NLD)))
    for theme in (*v.EU_THEMES, v.TOP_BEZWAAR_EN_KLACHTEN):
        g.add((ref, DCAT.theme, _concept(g, theme)))
    for keyword in ("klachten", "API"):
        g.add((ref, DCAT.keyword, _text(keyword)))
    for dataset in datasets:
        g.add((ref, DCAT.servesDataset, dataset))
    return ref


def new_graph() -> Graph:
    g = Graph(bind_namespaces="none")
    for prefix, namespace in v.PREFIXES.items():
        g.bind(prefix, namespace)
    return g


def build_catalogue(
    datasets: Iterable[PublisherDataset], *, base_url: str, publisher: Agent, version: str = "1.0", reports=()
) -> Graph:
    """The whole catalogue: the Catalog, one Dataset per publisher with its Distributions, and the API service.

    `reports` (dcat.reports.ReportDataset): the complaint reports, each a Dataset of its own (see dcat.reports).
    """
    datasets = sorted(datasets, key=lambda d: d.code)
    links = Links(base_url)
    g = new_graph()
    shared = _common(g, links, version)
    catalogue = links.catalogue
    platform = _agent(g, publisher.uri, publisher.name, v.publisher_type(publisher.type, publisher.code))
    contact = _contact(g, links.platform_contact, "Open Klachten", "", str(links.about))
    g.add((catalogue, RDF.type, DCAT.Catalog))
    g.add((catalogue, DCTERMS.title, _text("Open Klachten")))
    g.add(
        (
            catalogue,
            DCTERMS.description,
            _text("Catalogus van open data over klachten bij Nederlandse overheidsorganisaties en ombudsmannen."),
        )
    )
    g.add((catalogue, DCTERMS.publisher, platform))
    g.add((catalogue, DCTERMS.creator, platform))
    g.add((catalogue, DCAT.contactPoint, contact))
    g.add((catalogue, DCTERMS.language, _concept(g, v.LANGUAGE_NLD)))
    g.add((catalogue, DCTERMS.license, shared["licence"]))
    g.add((catalogue, DCTERMS.spatial, _netherlands(g)))
    g.add((catalogue, DCAT.themeTaxonomy, URIRef(v.DATA_THEME_SCHEME)))
    g.add((catalogue, FOAF.homepage, _document(g, links.homepage)))
    if datasets:
        g.add((catalogue, DCTERMS.issued, _timestamp(min(d.first_delivery for d in datasets))))
        g.add((catalogue, DCTERMS.modified, _timestamp(max(d.last_delivery for d in datasets))))
    refs = [_dataset(g, links, ds, shared, version) for ds in datasets]
    for ref in refs:
        g.add((catalogue, DCAT.dataset, ref))
    if reports:
        from .reports import add_report  # imports this module's helpers

        for report in sorted(reports, key=lambda r: (r.code, r.year)):
            g.add((catalogue, DCAT.dataset, add_report(g, links, report, shared)))
    g.add((catalogue, DCAT.service, _data_service(g, links, platform, contact, refs, shared)))
    return g
