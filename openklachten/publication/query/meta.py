"""`_meta`: what every list response and every bulk file says about the dataset as a whole."""

import datetime as dt
import functools
import json

from openklachten.publication.query import store

LICENCE = "https://creativecommons.org/publicdomain/zero/1.0/"
LICENCE_NAME = "CC0 1.0"
# Woo information category of published complaint judgements (TOOI kernthesaurus).
WOO_CATEGORY = "https://identifier.overheid.nl/tooi/def/thes/kern/c_a870c43d"
WOO_CATEGORY_LABEL = "klachtoordeel"


@functools.lru_cache(maxsize=8)
def _static(gen: str) -> dict:
    con = store.connection()
    built = {}
    if gen:
        try:
            with open(f"{gen}/meta.json", encoding="utf-8") as handle:
                built = json.load(handle)
        except OSError:
            built = {}
    total, last_published = con.execute("SELECT count(*), max(gepubliceerd_op) FROM klachten").fetchall()[0]
    publishers = con.execute(
        "SELECT o.code, o.naam, max(a.aangeleverd_op) FROM organisaties o "
        "JOIN aanleveringen a ON a.organisatie = o.code GROUP BY o.code, o.naam ORDER BY o.code"
    ).fetchall()
    return {"total": total, "last": last_published, "built": built.get("gebouwd_op"), "publishers": publishers}


def _standard_version() -> str:
    from openklachten import standard

    try:
        return str(standard.load().version)
    except Exception:  # the standard is data; a broken file must not take the API down with it
        return "1.0"


def meta(now: dt.datetime | None = None) -> dict:
    """The `_meta` block: licence, last update, record count, standard version, per-publisher freshness."""
    from django.conf import settings

    store.connection()
    data = _static(store.generation())
    now = now or dt.datetime.now(dt.timezone.utc)
    stale_after = dt.timedelta(days=settings.STALE_AFTER_DAYS)
    last = data["last"]
    return {
        "licentie": LICENCE,
        "licentie_naam": LICENCE_NAME,
        "informatiecategorie": WOO_CATEGORY,
        "informatiecategorie_naam": WOO_CATEGORY_LABEL,
        "laatst_bijgewerkt": (last.replace(tzinfo=dt.timezone.utc).isoformat() if last else data["built"]),
        "aantal_klachten": int(data["total"]),
        "standaardversie": _standard_version(),
        "verouderd_na_dagen": settings.STALE_AFTER_DAYS,
        "aanleverders": [
            {
                "organisatie": code,
                "naam": naam,
                "laatste_aanlevering": delivered.replace(tzinfo=dt.timezone.utc).isoformat() if delivered else None,
                "verouderd": delivered is None or now - delivered.replace(tzinfo=dt.timezone.utc) > stale_after,
            }
            for code, naam, delivered in data["publishers"]
        ],
    }
