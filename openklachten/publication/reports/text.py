"""The report's Dutch text, written from its figures by fixed templates (deterministic; no language model).

Every function takes a Report and returns plain sentences (no HTML; the template escapes them). Percentages
appear only on a base of ≥ 30 (dutch.MIN_BASE); below it the text gives counts ("3 van de 12").
"""

from openklachten.publication.reports import dutch
from openklachten.publication.reports.report import Report
from openklachten.publication.site import labels

TOP = 3  # a sentence names at most three themes/causes/channels; the tables have the rest


def lower_label(name: str, code) -> str:
    """A code's label for use mid-sentence: 'E-mail' -> 'e-mail', but 'WOZ' and '6.72 Wmo' stay."""
    text = labels.label(name, code)
    letters = [c for c in (text.split() or [""])[0] if c.isalpha()]
    if not letters or not text[0].isupper() or (len(letters) > 1 and all(c.isupper() for c in letters)):
        return text  # numbers (Iv3) and abbreviations keep their case
    return text[0].lower() + text[1:]


def _subject(report: Report) -> tuple[str, str]:
    """(subject, verb 'ontving'/'ontvingen') for the opening sentence."""
    if report.scope.kind == "organisatie":
        return report.scope.name, "ontving"
    return report.scope.name + " samen", "ontvingen"


def change(report: Report) -> str:
    now, before, year = report.total, report.previous_total, report.period.previous.label
    if before == 0:
        return f"Over {year} zijn geen klachten gepubliceerd, dus een vergelijking met dat jaar is niet mogelijk."
    if now == before:
        return f"Dat is evenveel als in {year}."
    if now >= dutch.MIN_BASE and before >= dutch.MIN_BASE:
        delta = (now - before) / before
        word = "meer" if delta > 0 else "minder"
        return (
            f"Dat is {dutch.percent(abs(delta))} {word} dan in {year} ({dutch.plural(before, 'klacht', 'klachten')})."
        )
    word = "meer" if now > before else "minder"
    return f"In {year} waren dat er {dutch.number(before)}; {dutch.number(abs(now - before))} {word}."


def opening(report: Report) -> list[str]:
    subject, verb = _subject(report)
    period = report.period.label
    if report.empty:
        return [f"Over {period} zijn van {report.scope.name} geen klachten gepubliceerd."]
    out = [f"In {period} {verb} {subject} {dutch.plural(report.total, 'klacht', 'klachten')}. {change(report)}"]
    if report.incomplete:
        out.append(
            f"{report.period.label.capitalize()} is nog niet voorbij: de cijfers zijn voorlopig en nog niet compleet."
        )
    if not report.enough:
        out.append(
            f"Omdat het om minder dan {dutch.MIN_BASE} klachten gaat, noemt dit verslag aantallen en geen percentages."
        )
    return out


def _counted(name: str, pairs, total: int, top: int = TOP) -> str:
    parts = []
    for code, n in pairs[:top]:
        amount = dutch.percent(n / total) if total >= dutch.MIN_BASE else dutch.number(n)
        parts.append(f"{lower_label(name, code)} ({amount})")
    return dutch.join(parts)


def kinds(report: Report) -> list[str]:
    if report.empty:
        return []
    counts = dict(report.counts("formeel_informeel"))
    lines = dict(report.counts("eerstelijns_tweedelijns"))
    formal, informal = counts.get("formeel", 0), counts.get("informeel", 0)
    if report.enough:
        how = (
            f" ({dutch.percent(formal / report.total)}) en {dutch.number(informal)} informeel "
            f"({dutch.percent(informal / report.total)})"
        )
    else:
        how = f" en {dutch.number(informal)} informeel"
    out = [
        f"{_cap(dutch.plural(formal, 'klacht werd', 'klachten werden'))} formeel behandeld volgens hoofdstuk 9 "
        f"van de Awb{how}."
    ]
    if lines.get("tweedelijns"):
        out.append(
            f"{_cap(dutch.plural(lines['tweedelijns'], 'klacht was', 'klachten waren'))} tweedelijns: "
            "behandeld door een ombudsman of externe klachtinstantie."
        )
    return out


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def ranked(report: Report, name: str, intro: str) -> list[str]:
    pairs = report.counts(name)
    if not pairs:
        return []
    # Share of all complaints (as in the tables); a complaint with two themes counts for both.
    return [f"{intro} {_counted(name, pairs, report.total)}."]


def conclusions(report: Report) -> list[str]:
    concl = dict(report.formal.get("counts", {}).get("conclusie", []))
    judged = sum(concl.get(c, 0) for c in ("gegrond", "deels-gegrond", "ongegrond"))
    upheld = concl.get("gegrond", 0) + concl.get("deels-gegrond", 0)
    if not judged:
        return ["Geen van de formele klachten kreeg een inhoudelijk oordeel (gegrond, deels gegrond of ongegrond)."]
    if judged >= dutch.MIN_BASE:
        return [
            f"Van de {dutch.plural(judged, 'formele klacht', 'formele klachten')} met een inhoudelijk oordeel "
            f"was {dutch.percent(upheld / judged)} gegrond of deels gegrond ({dutch.number(upheld)})."
        ]
    return [
        f"Van de {dutch.plural(judged, 'formele klacht', 'formele klachten')} met een inhoudelijk oordeel "
        f"{'was' if upheld == 1 else 'waren'} er {dutch.number(upheld)} gegrond of deels gegrond."
    ]


def term(report: Report) -> list[str]:
    t = report.term
    if not t or not t["beoordeeld"]:
        return ["Van geen enkele formele klacht is te bepalen of de termijn van artikel 9:11 Awb is gehaald."]
    deferred = sum(g["beoordeeld"] for g in t["groepen"] if g["verdaagd"])
    committee = sum(g["beoordeeld"] for g in t["groepen"] if g["adviescommissie"])
    out = [
        f"Van de {dutch.plural(t['beoordeeld'], 'formele klacht', 'formele klachten')} waarvan de termijn "
        f"te bepalen is, werd {dutch.share(t['binnen'], t['beoordeeld'])} binnen de wettelijke termijn "
        "afgehandeld (artikel 9:11 Awb: zes weken, tien weken met een adviescommissie, plus ten hoogste vier "
        "weken verdaging)."
    ]
    extra = []
    if deferred:
        extra.append(f"bij {dutch.number(deferred)} werd de termijn verdaagd")
    if committee:
        extra.append(f"bij {dutch.number(committee)} adviseerde een klachtencommissie")
    if extra:
        out.append(_cap(dutch.join(extra)) + ".")
    return out


def durations(report: Report) -> list[str]:
    d = report.durations
    if not d or not d["n"]:
        return []
    text = f"De mediane behandelduur was {dutch.days(d['mediaan'])}"
    if d["n"] >= dutch.MIN_BASE:
        text += f"; 90% van de klachten was binnen {dutch.days(d['p90'])} afgehandeld"
    return [text + "."]


def chain(report: Report) -> list[str]:
    c = report.chain
    if report.scope.org_type == "ombudsman" or report.empty:
        return []
    if not c or not c["total"]:
        return ["Voor zover gepubliceerd, is geen van deze klachten daarna aan een ombudsman voorgelegd."]
    who = dutch.join([f"{naam} ({dutch.number(n)})" for naam, n in c["per_ombudsman"]])
    out = [
        f"{_cap(dutch.plural(c['total'], 'klacht', 'klachten'))} {'ging' if c['total'] == 1 else 'gingen'} "
        f"daarna naar een ombudsman: {who}."
    ]
    if c["conclusies"]:
        out.append(
            "Zo liep dat af: "
            + dutch.join([f"{lower_label('conclusie', code)} ({dutch.number(n)})" for code, n in c["conclusies"]])
            + "."
        )
    return out


def comparison(report: Report) -> list[str]:
    cmp = report.comparison
    if not cmp or not cmp["klasse"]:
        return []
    if not cmp["genoeg"]:
        return [
            f"Een vergelijking met vergelijkbare organisaties ({cmp['klasse']}) is niet zinvol: daarvoor zijn "
            f"bij deze organisatie en bij ten minste één andere ten minste {dutch.MIN_BASE} klachten nodig."
        ]
    own, mid = cmp["eigen"], cmp["mediaan"]
    peers = dutch.plural(cmp["peers_met_cijfers"], "vergelijkbare organisatie", "vergelijkbare organisaties")
    out = []
    if own.get("per_10000") is not None and mid["per_10000"] is not None:
        out.append(
            f"{report.scope.name} ontving {dutch.number(own['per_10000'], 1)} klachten per 10.000 inwoners; "
            f"de mediaan van {peers} ({cmp['klasse']}) was {dutch.number(mid['per_10000'], 1)}."
        )
    if own.get("gegrond") is not None and mid["gegrond"] is not None:
        out.append(
            f"(Deels) gegrond: {dutch.percent(own['gegrond'])}, tegen een mediaan van "
            f"{dutch.percent(mid['gegrond'])} bij {peers}."
        )
    if own.get("binnen_termijn") is not None and mid["binnen_termijn"] is not None:
        out.append(
            f"Formele klachten binnen de termijn: {dutch.percent(own['binnen_termijn'])}, tegen een mediaan "
            f"van {dutch.percent(mid['binnen_termijn'])}."
        )
    return out


def lessons(report: Report) -> list[str]:
    lessons_ = report.lessons
    if not lessons_ or not lessons_["total"]:
        return ["Bij de gepubliceerde klachten uit deze periode zijn geen aanbevelingen of herstelmaatregelen vermeld."]
    out = [
        f"Bij de klachten zijn "
        f"{dutch.plural(lessons_['total'], 'aanbeveling of herstelmaatregel', 'aanbevelingen en herstelmaatregelen')} "
        "gepubliceerd (geanonimiseerd)."
    ]
    if lessons_["shown"] < lessons_["total"]:
        out.append(
            f"Hieronder staan de meest voorkomende ({dutch.number(lessons_['shown'])}); "
            "de volledige lijst staat in de downloads."
        )
    return out


def all_sections(report: Report) -> dict[str, list[str]]:
    return {
        "opening": opening(report),
        "soorten": kinds(report),
        "kanalen": ranked(report, "ontvangwijze", "De meeste klachten kwamen binnen via"),
        "themas": ranked(report, "thema", "De meest voorkomende thema's waren"),
        "oorzaken": ranked(report, "oorzaak", "De meest genoemde oorzaken waren"),
        "conclusies": conclusions(report) if not report.empty else [],
        "termijn": (term(report) + durations(report)) if not report.empty else [],
        "keten": chain(report),
        "vergelijking": comparison(report),
        "lessen": lessons(report) if not report.empty else [],
    }
