"""Synthetic read-model records for benchmarks: the shape and spread of real data, nothing real in it.

Uses the demo generator (`openklachten.demo.generate_records`) when it exists;
otherwise this small generator, which draws every coded value from the standard's code lists.
"""

import datetime as dt
import random

from openklachten.publication.query.vocabulary import known_codes

_SENTENCES = (
    "Klager is niet teruggebeld over de ophaaldag van het grofvuil.",
    "De aanvraag voor een parkeervergunning is te laat behandeld.",
    "Medewerker van het klantcontactcentrum was onvriendelijk aan de telefoon.",
    "De aanslag gemeentelijke belastingen bevatte een onjuist bedrag.",
    "Er is geen reactie gekomen op meerdere e-mails over de bijstandsuitkering.",
    "De container werd al weken niet geleegd ondanks meldingen.",
    "Het bezwaar tegen de WOZ-waarde is zonder uitleg afgewezen.",
    "Het wegdek in de straat is al maanden kapot en gevaarlijk voor fietsers.",
    "De behandeling van de melding openbare ruimte duurde te lang.",
    "De informatie op de website over de subsidie was onduidelijk.",
)
_FINDINGS = (
    "Uit het onderzoek blijkt dat de termijn is overschreden.",
    "De organisatie heeft excuses aangeboden en de werkwijze aangepast.",
    "Er zijn afspraken gemaakt over betere communicatie met inwoners.",
    "De klacht is besproken in een gesprek met de afdeling.",
    "Niet gebleken is dat de medewerker onbehoorlijk heeft gehandeld.",
)


# The coded fields drawn from the standard's code lists (themes are drawn apart: a complaint has several).
CODED_FIELDS = (
    "ontvangwijze",
    "status",
    "formeel_informeel",
    "eerstelijns_tweedelijns",
    "type_klager",
    "leeftijdsgroep",
    "oorzaak",
    "conclusie",
    "afdoeningswijze",
    "iv3_taakveld",
)


def _organisations(count: int) -> list[dict]:
    kinds = ["gemeente"] * 8 + ["provincie", "waterschap", "ministerie", "zbo", "ombudsman"]
    out = []
    for i in range(count):
        kind = kinds[i % len(kinds)]
        code = f"gm{i:04d}" if kind == "gemeente" else f"{kind[:2]}{i:04d}"
        out.append(
            {
                "code": code,
                "naam": f"{kind.capitalize()} Voorbeeld {i}",
                "type": kind,
                "cbs_code": code.upper() if kind == "gemeente" else None,
                "tooi_uri": f"https://identifier.overheid.nl/tooi/id/{kind}/{code}",
                "website": None,
                "contact_email": None,
            }
        )
    return out


def records(count: int, seed: int = 7, organisations: int = 120):
    """(records iterator, organisation dicts) for `count` complaints: the demo data when available."""
    try:
        from openklachten.demo.catalogue import select
        from openklachten.demo.records import generate_records
    except ImportError:  # the demo generator is optional for the read model: fall back to the small one below
        return own_records(count, seed, organisations)
    return _from_demo(generate_records(count, seed=seed), select()), [
        {
            "code": o.code,
            "naam": o.name,
            "type": o.type,
            "cbs_code": o.cbs_code or None,
            "tooi_uri": o.tooi_uri,
            "website": None,
            "contact_email": None,
        }
        for o in select()
    ]


def _from_demo(source, catalogue):
    """Demo records (standard machine names) -> read-model records, as the registry would store them.

    Only for benchmarks in a temporary directory: the demo texts are synthetic and not anonymised.
    """
    from openklachten.registry.terms import derived_fields

    orgs = {o.code: o for o in catalogue}
    index = {o.code: i for i, o in enumerate(catalogue)}
    by_uri = {o.tooi_uri: o for o in catalogue}
    published = dt.datetime(2025, 7, 1)
    for n, record in enumerate(source, start=1):
        org = orgs[record["organisatie"]]
        related = record.get("gerelateerde_klacht_id")
        yield {
            **{
                k: v
                for k, v in record.items()
                if k not in ("klacht_id", "gerelateerde_klacht_organisatie", "gerelateerde_klacht_id", "bestuursorgaan")
            },
            **derived_fields(record),
            "id": n,
            "public_id": f"K{n:08d}",
            "organisatie_naam": org.name,
            "organisatie_type": org.type,
            "cbs_code": org.cbs_code or None,
            "bestuursorgaan": record.get("bestuursorgaan"),
            "bestuursorgaan_naam": getattr(by_uri.get(record.get("bestuursorgaan")), "name", None),
            "aanlevering_id": index[org.code] * 100 + record["ontvangstdatum"].year % 100,  # one per org and year
            "klacht_key": f"{org.code}:{record['klacht_id']}",
            "gerelateerde_klacht_key": _related_key(by_uri, record) if related else None,
            "themas": list(record.get("themas") or []),
            "gepubliceerd_op": published,
        }


def _related_key(by_uri, record) -> str:
    target = by_uri.get(record.get("gerelateerde_klacht_organisatie"))
    return f"{target.code if target else ''}:{record['gerelateerde_klacht_id']}"


def own_records(count: int, seed: int = 7, organisations: int = 120):
    """(records iterator, organisation dicts) for `count` complaints spread over 2019–2025."""
    rng = random.Random(seed)
    orgs = _organisations(organisations)
    codes = {name: list(known_codes(name)) or ["onbekend"] for name in (*CODED_FIELDS, "thema")}
    start = dt.date(2019, 1, 1)
    weights = [1 + (i % 10) ** 2 for i in range(len(orgs))]  # a few large organisations, a long tail

    def generate():
        for n in range(1, count + 1):
            org = rng.choices(orgs, weights)[0]
            received = start + dt.timedelta(days=rng.randrange(7 * 365))
            days = int(rng.expovariate(1 / 35)) + 1
            term = rng.choice((42, 42, 42, 70))
            pick = {name: rng.choice(values) for name, values in codes.items()}
            yield {
                "id": n,
                "public_id": f"K{n:08d}",
                "organisatie": org["code"],
                "organisatie_naam": org["naam"],
                "organisatie_type": org["type"],
                "cbs_code": org["cbs_code"],
                "bestuursorgaan": org["tooi_uri"],
                "bestuursorgaan_naam": org["naam"],
                "aanlevering_id": 1 + n % 500,
                "ontvangstdatum": received,
                "datum_afhandeling": received + dt.timedelta(days=days),
                "behandelduur_dagen": days,
                "termijn_dagen": term,
                "binnen_termijn": days <= term,
                **{k: pick[k] for k in CODED_FIELDS},
                "woonplaats_klager": org["cbs_code"] if org["cbs_code"] and rng.random() < 0.8 else None,
                "themas": [pick["thema"]] + ([rng.choice(codes["thema"])] if rng.random() < 0.2 else []),
                "gedraging": rng.choice(_SENTENCES),
                "bevindingen": rng.choice(_FINDINGS),
                "klacht_key": f"key-{n}",
                "gerelateerde_klacht_key": f"key-{n - 1}" if n % 20 == 0 else None,
                "gepubliceerd_op": dt.datetime(2025, 6, 1),
            }

    return generate(), orgs
