"""Generate demo complaint records in the machine names of the standard 1.0, month by month.

Volume per organisation and month is fixed up front (largest remainder over size x season), so a run
yields exactly `size` records. First-line formal complaints that are closed go into a pool per
organisation; ombudsmen draw their second-line complaints from the pools of the organisations they
cover, so every `gerelateerde_klacht_id` names a record generated earlier in the same run.
"""

import calendar
import datetime as dt
import random
from collections import defaultdict

from openklachten.demo import outcomes as o
from openklachten.demo import phrases
from openklachten.demo.catalogue import DemoOrganisation, gemeente_codes, reference_rows, select
from openklachten.demo.sampling import between, pick
from openklachten.demo.texts import Composer
from openklachten.demo.topics import CAUSE_BOOST, CAUSES, SEASONS, STAFFING, TOPICS, topics_for

START = dt.date(2022, 1, 1)
END = dt.date(2025, 6, 30)
# From this many records per organisation on, every organisation gets at least one complaint.
MIN_PER_ORGANISATION_FROM = 20
# Pool entries per organisation kept for linking; older ones are dropped (ombudsmen see recent cases).
POOL_LIMIT = 3000
FIELDS = (
    "klacht_id",
    "gerelateerde_klacht_organisatie",
    "gerelateerde_klacht_id",
    "ontvangstdatum",
    "datum_registratie",
    "datum_afhandeling",
    "ontvangwijze",
    "status",
    "formeel_informeel",
    "verdaagd",
    "adviescommissie",
    "eerstelijns_tweedelijns",
    "reden_overslaan_eerstelijns",
    "bestuursorgaan",
    "bijzonderheden_bestuursorgaan",
    "organisatieonderdeel",
    "type_klager",
    "woonplaats_klager",
    "leeftijdsgroep",
    "themas",
    "iv3_taakveld",
    "wet_en_regelgeving",
    "gedraging",
    "oorzaak",
    "bevindingen",
    "conclusie",
    "oordeel_klacht",
    "oordeel_klachtbehandeling",
    "afdoeningswijze",
    "aanbevelingen",
    "herstelmaatregelen",
    "herziening",
    "schriftelijk_oordeel",
    "verslagen_hoorzittingen",
)
EMPTY = dict.fromkeys(FIELDS)


def months_between(start: dt.date, end: dt.date) -> list[tuple[dt.date, dt.date]]:
    """(first day, last day) of every month overlapping start..end, clipped to it."""
    months, year, month = [], start.year, start.month
    while (year, month) <= (end.year, end.month):
        first = max(start, dt.date(year, month, 1))
        last = min(end, dt.date(year, month, calendar.monthrange(year, month)[1]))
        months.append((first, last))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def allocate(size: int, weights: list[float]) -> list[int]:
    """Split size over weights by largest remainder: proportional, and summing exactly to size."""
    total = sum(weights) or 1.0
    exact = [size * w / total for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(exact)), key=lambda i: (counts[i] - exact[i], i))
    for i in order[: size - sum(counts)]:
        counts[i] += 1
    return counts


class Generator:
    """One deterministic run; `records()` yields dicts in standard 1.0 machine names."""

    def __init__(self, size: int, seed: int, organisations, start: dt.date, end: dt.date, annotate: bool):
        self.rng = random.Random(seed)
        self.composer = Composer(self.rng)
        self.size, self.start, self.end, self.annotate = size, start, end, annotate
        self.orgs = select(organisations)
        self.by_code = {org.code: org for org in self.orgs}
        self.months = months_between(start, end)
        self.counters: dict = defaultdict(int)
        self.pools: dict = defaultdict(list)
        self.pending: dict = defaultdict(list)
        self._prepare()

    # -- precomputation ----------------------------------------------------------------------------
    def _prepare(self) -> None:
        rows = reference_rows()
        self.place_names = {ref.cbs_code: ref.naam.removeprefix("Gemeente ") for ref in rows.values() if ref.cbs_code}
        known = {org.cbs_code: org for org in self.orgs if org.type == "gemeente"}
        national, by_province = {}, defaultdict(dict)
        for cbs, pv in gemeente_codes():
            org = known.get(cbs)
            weight = org.yearly if org else 45 * 6.5  # an average gemeente without its own demo data
            national[cbs] = weight
            if pv:
                by_province[pv][cbs] = weight
        self.national = o.Weighted(national)
        self.province_pools = {pv: o.Weighted(w) for pv, w in by_province.items()}
        self.topic_mix = {}  # (org code, month-of-year) -> Weighted topics
        volume = {}
        for org in self.orgs:
            mix = topics_for(org.type, org.name) if org.type != "ombudsman" else {"dienstverlening": 1}
            base = sum(mix.values())
            for m in range(12):
                seasonal = {key: w * SEASONS[TOPICS[key].season][m] for key, w in mix.items()}
                self.topic_mix[org.code, m] = o.Weighted(seasonal)
                volume[org.code, m] = sum(seasonal.values()) / base * STAFFING[m]
        # Per organisation first, then over its months: even the smallest gemeente gets its few complaints.
        cells = {
            org.code: [volume[org.code, first.month - 1] * ((last - first).days + 1) for first, last in self.months]
            for org in self.orgs
        }
        floor = 1 if self.size >= MIN_PER_ORGANISATION_FROM * len(self.orgs) else 0
        totals = allocate(self.size - floor * len(self.orgs), [org.yearly * sum(cells[org.code]) for org in self.orgs])
        self.plan = {}
        for org, total in zip(self.orgs, totals, strict=False):
            for mi, count in enumerate(allocate(total + floor, cells[org.code])):
                self.plan[org.code, mi] = count
        self.causes = {
            key: o.Weighted({c: w + (CAUSE_BOOST if c in t.causes else 0) for c, w in CAUSES.items()})
            for key, t in TOPICS.items()
        }
        self.covers = {
            org.code: o.Weighted({c: self.by_code[c].yearly for c in org.covers})
            for org in self.orgs
            if org.type == "ombudsman" and org.covers
        }
        self.informal_share = {org.code: o.INFORMAL_SHARE.get(org.type, 0.7) for org in self.orgs}
        # Share of formal complaints an organisation closes after the Awb 9:11 term: 3-20%, ~11% overall.
        self.tardiness = {org.code: 0.03 + 0.17 * self.rng.random() for org in self.orgs}

    # -- main loop ---------------------------------------------------------------------------------
    def records(self):
        first_line = [org for org in self.orgs if org.type != "ombudsman"]
        second_line = [org for org in self.orgs if org.type == "ombudsman"]
        for mi, (first, last) in enumerate(self.months):
            self._release(mi)
            days = [first + dt.timedelta(d) for d in range((last - first).days + 1)]
            day_picker = o.Weighted({day: o.WEEKDAY[day.weekday()] for day in days})
            for org in first_line + second_line:
                for _ in range(self.plan[org.code, mi]):
                    yield self._record(org, day_picker.draw(self.rng), mi)

    def _release(self, mi: int) -> None:
        """Closed first-line complaints become linkable from the month after they were closed."""
        for key in [k for k in self.pending if k < mi]:
            for code, entry in self.pending.pop(key):
                pool = self.pools[code]
                pool.append(entry)
                if len(pool) > POOL_LIMIT * 2:
                    del pool[:POOL_LIMIT]

    def _klacht_id(self, org: DemoOrganisation, year: int) -> str:
        self.counters[org.code, year] += 1
        return f"{org.prefix}-{year}-{self.counters[org.code, year]:06d}"

    def _woonplaats(self, org: DemoOrganisation) -> str:
        rng = self.rng
        if org.type == "gemeente" and rng.random() < 0.9:
            return org.cbs_code
        if org.provincies and rng.random() < 0.95:
            pool = self.province_pools.get(pick(rng, org.provincies))
            if pool:
                return pool.draw(rng)
        return self.national.draw(rng)

    def _iv3(self, topic, year: int) -> str | None:
        code = topic.iv3
        if code in o.IV3_SPLIT and year >= o.IV3_SPLIT_YEAR:
            return pick(self.rng, o.IV3_SPLIT[code])
        return code

    def _record(self, org: DemoOrganisation, received: dt.date, mi: int) -> dict:
        rng = self.rng
        record = dict(EMPTY)
        record["organisatie"] = org.code
        record["klacht_id"] = self._klacht_id(org, received.year)
        record["ontvangstdatum"] = received
        informal = rng.random() < self.informal_share[org.code]
        record["formeel_informeel"] = "informeel" if informal else "formeel"
        record["ontvangwijze"] = (o.CHANNELS_INFORMAL if informal else o.CHANNELS_FORMAL).draw(rng)
        linked = None
        if org.type == "ombudsman":
            target, linked, topic = self._second_line(org, record, received)
        else:
            target = org
            topic = TOPICS[self.topic_mix[org.code, received.month - 1].draw(rng)]
            record["eerstelijns_tweedelijns"] = "eerstelijns"
            record["type_klager"] = o.TYPE_KLAGER.draw(rng)
            record["woonplaats_klager"] = self._woonplaats(org)
            picker = o.LEEFTIJD_BY_TOPIC.get(topic.key, o.LEEFTIJD)
            record["leeftijdsgroep"] = picker.draw(rng) if not informal or rng.random() < 0.7 else None
            if org.type == "gemeente":
                record["iv3_taakveld"] = self._iv3(topic, received.year)
            themes = [topic.themes[0]]
            if len(topic.themes) > 1 and rng.random() < 0.3:
                themes.append(topic.themes[1])
            record["themas"] = themes
        record["bestuursorgaan"] = target.tooi_uri
        record["organisatieonderdeel"] = pick(rng, topic.departments)
        self._timing(org, record, received, informal)
        place = self.place_names.get(record["woonplaats_klager"], "")
        composer = self.composer
        composer.start(
            year=received.year, org_name=target.short_name, place=place, received=received, mailbox=org.mailbox
        )
        if informal:
            record["gedraging"] = composer.gedraging_informal(topic.key)
            record["afdoeningswijze"] = "zonder-onderzoek-afgedaan"  # fixed for informal ones in the standard
        else:
            record["gedraging"] = composer.gedraging_formal(topic.key)
            record["wet_en_regelgeving"] = topic.law or None
            if rng.random() < 0.4 and topic.key in phrases.PROVIDER_NOTES:
                record["bijzonderheden_bestuursorgaan"] = phrases.PROVIDER_NOTES[topic.key]
            if record["status"] == "afgehandeld":
                self._outcome(org, target, topic, record, linked)
        if self.annotate:
            record["_pii"] = list(composer.pii)
        if org.type != "ombudsman" and not informal and record["status"] == "afgehandeld":
            entry = (
                record["klacht_id"],
                topic.key,
                record["woonplaats_klager"],
                record["leeftijdsgroep"],
                record["type_klager"],
                record["iv3_taakveld"],
                record["themas"],
                record["datum_afhandeling"],
            )
            self.pending[self._month_index(record["datum_afhandeling"])].append((org.code, entry))
        return record

    def _month_index(self, day: dt.date) -> int:
        return (day.year - self.start.year) * 12 + day.month - self.start.month

    def _timing(self, org: DemoOrganisation, record: dict, received: dt.date, informal: bool) -> None:
        rng = self.rng
        if informal:
            duration = min(int(rng.expovariate(1 / 4)), 30)
        elif org.type == "ombudsman":
            duration = int(rng.lognormvariate(3.4, 0.7)) + 3  # median ~5 weeks; reports take months
            record["verdaagd"], record["adviescommissie"] = False, False
        else:
            advies = rng.random() < o.ADVIESCOMMISSIE.get(org.type, 0.05)
            verdaagd = rng.random() < o.VERDAAGD
            term = (70 if advies else 42) + (28 if verdaagd else 0)
            if rng.random() < self.tardiness[org.code]:
                duration = term + 1 + int(rng.expovariate(1 / 18))
            else:
                duration = max(1, int(term * rng.betavariate(2.2, 2.0)))
            record["verdaagd"], record["adviescommissie"] = verdaagd, advies
            record["herziening"] = rng.random() < 0.04 if rng.random() < 0.7 else None
        delay = 0 if record["ontvangwijze"] in ("digitaal-formulier", "telefoon") else between(rng, 0, 3)
        record["datum_registratie"] = received + dt.timedelta(min(delay, duration))
        closed = received + dt.timedelta(duration)
        if closed > self.end:
            record["status"] = "in-behandeling"
        else:
            record["status"] = "afgehandeld"
            record["datum_afhandeling"] = closed

    def _second_line(self, org: DemoOrganisation, record: dict, received: dt.date):
        """Pick the organisation complained about and, usually, the first-line complaint that preceded."""
        rng = self.rng
        record["eerstelijns_tweedelijns"] = "tweedelijns"
        picker = self.covers.get(org.code)
        target = self.by_code[picker.draw(rng)] if picker else org
        pool = self.pools.get(target.code)
        entry = None
        if pool and rng.random() < o.LINK_SHARE:
            entry = pool[-1 - int(rng.random() ** 2 * len(pool))]  # recent cases more likely
        if entry:
            klacht_id, topic_key, woonplaats, leeftijd, type_klager, iv3, themas, _ = entry
            record["gerelateerde_klacht_organisatie"] = target.tooi_uri
            record["gerelateerde_klacht_id"] = klacht_id
            record.update(
                woonplaats_klager=woonplaats,
                leeftijdsgroep=leeftijd,
                type_klager=type_klager,
                iv3_taakveld=iv3,
                themas=list(themas),
            )
            return target, entry, TOPICS[topic_key]
        topic = (
            TOPICS[self.topic_mix[target.code, received.month - 1].draw(rng)]
            if target is not org
            else (TOPICS["dienstverlening"])
        )
        record["reden_overslaan_eerstelijns"] = o.REDEN_OVERSLAAN.draw(rng) or None
        record["type_klager"] = o.TYPE_KLAGER.draw(rng)
        record["woonplaats_klager"] = self._woonplaats(target)
        record["leeftijdsgroep"] = o.LEEFTIJD.draw(rng)
        record["themas"] = [topic.themes[0]]
        if target.type == "gemeente":
            record["iv3_taakveld"] = self._iv3(topic, received.year)
        return target, None, topic

    def _outcome(self, org, target, topic, record: dict, linked) -> None:
        rng, composer = self.rng, self.composer
        oorzaak = self.causes[topic.key].draw(rng)
        if org.type == "ombudsman":
            if linked or record["reden_overslaan_eerstelijns"]:
                afdoening = o.OMBUDSMAN_LINKED.draw(rng)
                if target.code in o.BULK_AGENCIES and rng.random() < o.BULK_SHARE:
                    afdoening = "bulk-interventie"
            else:
                afdoening = o.OMBUDSMAN_UNLINKED.draw(rng)
            picker = o.CONCLUSIE_BY_OMBUDSMAN_AFDOENING.get(afdoening)
            conclusie = picker.draw(rng) if picker else "geen-oordeel"
        else:
            conclusie = o.CONCLUSIE_FIRST_LINE.draw(rng)
            afdoening = o.AFDOENING_BY_CONCLUSIE[conclusie].draw(rng)
        overrun = org.type != "ombudsman" and self._overrun(record)
        record["oorzaak"], record["conclusie"], record["afdoeningswijze"] = oorzaak, conclusie, afdoening
        record["bevindingen"] = composer.bevindingen(oorzaak, target.short_name if org.type == "ombudsman" else None)
        record["oordeel_klacht"] = composer.oordeel(conclusie, overrun)
        if overrun and record["wet_en_regelgeving"]:
            record["wet_en_regelgeving"] += "; artikel 9:11 Awb"
        if org.type == "ombudsman" and linked:
            record["oordeel_klachtbehandeling"] = composer.oordeel_klachtbehandeling(target.short_name)
        if afdoening in ("aanbeveling", "rapport") or (conclusie == "gegrond" and rng.random() < 0.25):
            record["aanbevelingen"] = composer.aanbevelingen(target.short_name) if afdoening != "rapport" else None
        record["herstelmaatregelen"] = composer.herstel(afdoening) or None
        site = f"https://www.{org.mailbox.split('@')[1]}"
        if afdoening in ("rapport", "aanbeveling"):
            year = record["datum_afhandeling"].year
            record["schriftelijk_oordeel"] = f"{site}/rapporten/{year}-{between(rng, 1, 400):03d}"
        elif org.type == "ombudsman" and rng.random() < 0.03:
            record["verslagen_hoorzittingen"] = f"{site}/hoorverslagen/{record['klacht_id'].lower()}"

    @staticmethod
    def _overrun(record: dict) -> bool:
        term = (70 if record["adviescommissie"] else 42) + (28 if record["verdaagd"] else 0)
        return (record["datum_afhandeling"] - record["ontvangstdatum"]).days > term


def generate_records(
    size: int,
    seed: int = 2024,
    organisations=None,
    *,
    start: dt.date = START,
    end: dt.date = END,
    annotate: bool = False,
):
    """Yield `size` synthetic complaints (dicts in standard 1.0 machine names), deterministic for a seed.

    Each dict also carries `organisatie`: the code of the complaint handler that delivers it (for an
    ombudsman that differs from `bestuursorgaan`, the organisation complained about). With annotate=True
    a `_pii` list of (value, type) names the invented personal data in the texts.
    """
    if size < 0:
        raise ValueError("size moet 0 of groter zijn")
    return Generator(size, seed, organisations, start, end, annotate).records()
