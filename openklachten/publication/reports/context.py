"""From a Report to what the template shows: generated text, tables with labels and (where ≥ 30) percentages, charts.

Page and PDF render the same context with the same content template (reports/_inhoud.html).
"""

from django.utils.safestring import mark_safe

from openklachten.publication.reports import dutch, text
from openklachten.publication.reports.report import SECTIONS, Report
from openklachten.publication.site import figures as figures_module
from openklachten.publication.site import labels
from openklachten.publication.site.charts import CHARTS
from openklachten.publication.site.charts import render as render_chart

REPORT_CHARTS = ("trend", "formeel-informeel", "kanalen", "themas", "conclusies", "oorzaken", "afdoeningswijze")
TERM_GROUPS = {
    (False, False): "Zonder verdaging of adviescommissie (6 weken)",
    (True, False): "Verdaagd (ten hoogste 4 weken extra)",
    (False, True): "Met adviescommissie (10 weken)",
    (True, True): "Met adviescommissie en verdaagd",
}


def table(title: str, column: str, pairs, base: int | None, name: str | None = None, anchor: str = "") -> dict:
    """{title, column, rows: [(label, count, percentage or '')], show_pct}; percentages only on a base ≥ 30."""
    show = bool(base) and base >= dutch.MIN_BASE
    rows = [
        (labels.label(name, code) if name else code, dutch.number(n), dutch.percent(n / base) if show else "")
        for code, n in pairs
    ]
    return {"title": title, "column": column, "rows": rows, "show_pct": show, "anchor": anchor}


def term_table(report: Report) -> dict:
    rows = []
    for g in report.term.get("groepen", []):
        share = dutch.percent(g["binnen"] / g["beoordeeld"]) if g["beoordeeld"] >= dutch.MIN_BASE else ""
        rows.append(
            (
                TERM_GROUPS[(g["verdaagd"], g["adviescommissie"])],
                dutch.number(g["beoordeeld"]),
                dutch.number(g["binnen"]),
                share,
            )
        )
    total, within = report.term.get("beoordeeld", 0), report.term.get("binnen", 0)
    rows.append(
        (
            "Totaal formele klachten",
            dutch.number(total),
            dutch.number(within),
            dutch.percent(within / total) if total >= dutch.MIN_BASE else "",
        )
    )
    return {"rows": rows}


def charts(report: Report, filters) -> dict[str, dict]:
    figures = figures_module.load(filters)  # the same overview (memoised), normalised for the site's charts
    return {
        name.replace("-", "_"): {
            "chart": CHARTS[name],
            "rows": CHARTS[name].rows(figures),
            "svg": mark_safe(render_chart(CHARTS[name], figures)),
        }  # renderers escape
        for name in REPORT_CHARTS
        if name in CHARTS
    }


def lesson_groups(report: Report) -> list[dict]:
    """Lessons grouped by theme, then cause: [{thema, oorzaken: [{oorzaak, items}]}]."""
    groups: dict = {}
    for item in report.lessons.get("items", []):
        theme = labels.label("themas", item["thema"]) if item["thema"] else "Zonder thema"
        cause = labels.label("oorzaak", item["oorzaak"]) if item["oorzaak"] else "Oorzaak niet vermeld"
        groups.setdefault(theme, {}).setdefault(cause, []).append(item)
    return [
        {"thema": t, "oorzaken": [{"oorzaak": c, "items": items} for c, items in causes.items()]}
        for t, causes in groups.items()
    ]


def build(report: Report) -> dict:
    filters = report.scope.filters(report.period)
    sections = text.all_sections(report)
    context = {
        "report": report,
        "text": sections,
        "minimum": dutch.MIN_BASE,
        "filter_query": "&".join(f"{k}={v}" for k, v in filters.to_params()),
    }
    if report.empty:
        return context
    formal_concl = report.formal.get("counts", {}).get("conclusie", [])
    context.update(
        kpis=_kpis(report),
        soorten=[
            table(
                "Formeel en informeel", "Soort", report.counts("formeel_informeel"), report.total, "formeel_informeel"
            ),
            table(
                "Eerste en tweede lijn",
                "Lijn",
                report.counts("eerstelijns_tweedelijns"),
                report.total,
                "eerstelijns_tweedelijns",
            ),
        ],
        tabellen=[
            table(title, title.split(" (")[0], report.counts(name), report.total, name, anchor=name)
            for name, title in SECTIONS
        ],
        eenheden=table("Organisatieonderdelen", "Organisatieonderdeel", report.units, report.total),
        conclusies=table(
            "Conclusies van formele klachten", "Conclusie", formal_concl, sum(n for _, n in formal_concl), "conclusie"
        ),
        termijn=term_table(report),
        keten_ombudsman=table("Bij welke ombudsman", "Ombudsman", report.chain.get("per_ombudsman", []), None),
        keten_conclusies=table("Hoe het afliep", "Conclusie", report.chain.get("conclusies", []), None, "conclusie"),
        lessen=lesson_groups(report),
        charts=charts(report, filters),
        kwartalen=[(f"{q}e kwartaal", dutch.number(n), f"{report.period.year}-K{q}") for q, n in report.quarters],
    )
    return context


def _kpis(report: Report) -> list[tuple[str, str]]:
    overview, term = report.overview, report.term
    kpis = [
        ("Klachten", dutch.number(report.total)),
        (f"In {report.period.previous.label}", dutch.number(report.previous_total)),
    ]
    concl = dict(report.formal.get("counts", {}).get("conclusie", []))
    if sum(concl.get(c, 0) for c in ("gegrond", "deels-gegrond", "ongegrond")) >= dutch.MIN_BASE:
        kpis.append(("(Deels) gegrond", dutch.percent(overview.get("gegrond"))))
    if term.get("beoordeeld", 0) >= dutch.MIN_BASE:
        kpis.append(("Formele klachten binnen de termijn", dutch.percent(term["binnen"] / term["beoordeeld"])))
    kpis.append(("Mediane behandelduur", dutch.days(report.durations.get("mediaan"))))
    if report.durations.get("n", 0) >= dutch.MIN_BASE:
        kpis.append(("90% afgehandeld binnen", dutch.days(report.durations.get("p90"))))
    return kpis
