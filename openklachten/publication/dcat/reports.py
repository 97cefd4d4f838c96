"""Complaint reports (klachtenjaarverslagen) in the catalogue: one dcat:Dataset per organisation and completed year.

Why a dataset of its own and not a distribution of the organisation's complaint dataset: a distribution is the
same data in another form, while a report is a derived document with its own Woo information category
(jaarplannen en jaarverslagen, not klachtoordelen), its own period (one year) and its own lifetime. It points
to the complaint dataset it is derived from with dct:source; its distributions are the HTML page and the PDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from rdflib import BNode, Graph, URIRef
from rdflib.namespace import DCAT, DCTERMS, FOAF, RDF

from . import vocabulary as v
from .builder import Links, _agent, _concept, _date, _netherlands, _text, _timestamp

KEYWORDS = ("klachtenjaarverslag", "jaarverslag", "klachten", "Awb 9:12a")


@dataclass(frozen=True)
class ReportDataset:
    """One organisation's complaint report for one completed year (plain values, no ORM)."""

    code: str
    name: str
    type: str
    uri: str
    year: int
    complaints: int
    last_delivery: dt.datetime


def published_reports(today: dt.date | None = None) -> list[ReportDataset]:
    """Per organisation, every completed year with published complaints (a running year is not a report yet)."""
    from django.db.models import Count, Max
    from django.db.models.functions import ExtractYear

    from openklachten.registry.models import Complaint, Organisation

    this_year = (today or dt.date.today()).year
    rows = (
        Complaint.published.annotate(jaar=ExtractYear("ontvangstdatum"))
        .filter(jaar__lt=this_year)
        .values("organisation_id", "jaar")
        .annotate(n=Count("id"), last=Max("delivery__created_at"))
        .order_by()
    )
    orgs = Organisation.objects.in_bulk({r["organisation_id"] for r in rows})
    return sorted(
        (
            ReportDataset(
                code=orgs[r["organisation_id"]].code,
                name=orgs[r["organisation_id"]].name,
                type=orgs[r["organisation_id"]].type,
                uri=orgs[r["organisation_id"]].tooi_uri,
                year=int(r["jaar"]),
                complaints=r["n"],
                last_delivery=r["last"],
            )
            for r in rows
        ),
        key=lambda r: (r.code, r.year),
    )


def report_iri(links: Links, report: ReportDataset) -> URIRef:
    return links.at(f"id/dataset/klachtenjaarverslag-{report.code}-{report.year}")


def report_url(links: Links, report: ReportDataset, extension: str = "") -> URIRef:
    return links.at(f"organisaties/{report.code}/jaarverslag/{report.year}" + (f".{extension}" if extension else ""))


def add_report(g: Graph, links: Links, report: ReportDataset, shared) -> URIRef:
    ref = report_iri(links, report)
    title = f"Klachtenjaarverslag {report.year} {report.name}"
    g.add((ref, RDF.type, DCAT.Dataset))
    g.add((ref, DCTERMS.identifier, _text(str(ref))))
    g.add((ref, DCTERMS.title, _text(title)))
    g.add(
        (
            ref,
            DCTERMS.description,
            _text(
                f"Het klachtenjaarverslag (art. 9:12a Awb) van {report.name} over {report.year}, "
                "automatisch opgesteld uit "
                f"de {report.complaints} gepubliceerde klachten van dat jaar: aantallen, termijnen, oordelen, "
                "ombudsmanklachten en de gepubliceerde aanbevelingen en herstelmaatregelen."
            ),
        )
    )
    publisher = _agent(g, report.uri, report.name, v.publisher_type(report.type, report.code))
    g.add((ref, DCTERMS.publisher, publisher))
    g.add((ref, DCTERMS.creator, publisher))
    g.add((ref, DCAT.contactPoint, links.contact(report.code)))  # described with the complaint dataset
    g.add((ref, DCTERMS.type, _concept(g, v.WOO_JAARVERSLAG)))
    g.add((ref, DCTERMS.accessRights, _concept(g, v.ACCESS_PUBLIC)))
    for theme in (*v.EU_THEMES, v.TOP_BEZWAAR_EN_KLACHTEN):
        g.add((ref, DCAT.theme, _concept(g, theme)))
    for keyword in KEYWORDS:
        g.add((ref, DCAT.keyword, _text(keyword)))
    g.add((ref, DCTERMS.language, _concept(g, v.LANGUAGE_NLD)))
    g.add((ref, DCTERMS.spatial, _netherlands(g)))
    period = BNode(f"jaar-{report.code}-{report.year}")
    g.add((period, RDF.type, DCTERMS.PeriodOfTime))
    g.add((period, DCAT.startDate, _date(dt.date(report.year, 1, 1))))
    g.add((period, DCAT.endDate, _date(dt.date(report.year, 12, 31))))
    g.add((ref, DCTERMS.temporal, period))
    g.add((ref, DCTERMS.modified, _timestamp(report.last_delivery)))
    g.add((ref, DCTERMS.source, links.dataset(report.code)))
    landing = report_url(links, report)
    g.add((landing, RDF.type, FOAF.Document))
    g.add((ref, DCAT.landingPage, landing))
    for key, (concept, media, label) in v.REPORT_FORMATS.items():
        dist = URIRef(f"{ref}/{key}")
        url = report_url(links, report, "pdf" if key == "pdf" else "")
        g.add((ref, DCAT.distribution, dist))
        g.add((dist, RDF.type, DCAT.Distribution))
        g.add((dist, DCTERMS.title, _text(f"{title} ({label})")))
        g.add(
            (
                dist,
                DCTERMS.description,
                _text(f"Het klachtenjaarverslag {report.year} van {report.name} als {label}; altijd de actuele stand."),
            )
        )
        g.add((dist, DCAT.accessURL, url))
        if key == "pdf":
            g.add((dist, DCAT.downloadURL, url))
        g.add((dist, DCTERMS.format, _concept(g, concept)))
        media_ref = URIRef(v.IANA + media)
        g.add((dist, DCAT.mediaType, media_ref))
        g.add((media_ref, RDF.type, DCTERMS.MediaType))
        g.add((dist, DCTERMS.license, shared["licence"]))
        g.add((dist, DCTERMS.language, _concept(g, v.LANGUAGE_NLD)))
        g.add((dist, v.DCATAP.availability, _concept(g, v.AVAILABILITY_STABLE)))
        g.add((dist, DCTERMS.modified, _timestamp(report.last_delivery)))
    return ref
