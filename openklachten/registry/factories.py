"""Small builders for tests: real rows in the real database, with sensible defaults.

Components downstream of the registry (site, api, exports) use these to set up data without
going through a file import; the import pipeline has its own end-to-end tests.
"""

import datetime as dt
import itertools

from openklachten.registry.models import Complaint, Delivery, Organisation

_sequence = itertools.count(1)


def make_organisation(code: str = "gm0363", name: str = "Gemeente Amsterdam", type: str = "gemeente", **fields):
    prefix = {"gemeente": "gemeente", "provincie": "provincie", "waterschap": "waterschap"}.get(type, "oorg")
    defaults = {
        "tooi_uri": f"https://identifier.overheid.nl/tooi/id/{prefix}/{code}",
        "name": name,
        "type": type,
        "cbs_code": code.upper() if type == "gemeente" else "",
    }
    defaults.update(fields)
    organisation, _ = Organisation.objects.get_or_create(code=code, defaults=defaults)
    return organisation


def make_delivery(organisation=None, **fields):
    organisation = organisation or make_organisation()
    return Delivery.objects.create(organisation=organisation, source_filename="test.csv", **fields)


def make_complaint(delivery=None, **fields):
    delivery = delivery or make_delivery()
    n = next(_sequence)
    received = fields.pop("ontvangstdatum", dt.date(2024, 1, 1) + dt.timedelta(days=n % 300))
    defaults = {
        "public_id": f"T{n:07d}",
        "organisation": delivery.organisation,
        "klacht_key": f"key-{n}",
        "ontvangstdatum": received,
        "datum_afhandeling": received + dt.timedelta(days=20),
        "behandelduur_dagen": 20,
        "termijn_dagen": 42,
        "binnen_termijn": True,
        "ontvangwijze": "e-mail",
        "status": "afgehandeld",
        "formeel_informeel": "formeel",
        "eerstelijns_tweedelijns": "eerstelijns",
        "type_klager": "individu",
        "themas": ["afval"],
        "conclusie": "gegrond",
        "afdoeningswijze": "excuses",
        "oorzaak": "vertraging",
        "gedraging": "Klager is niet teruggebeld over de ophaaldag van het grofvuil.",
        "published_at": dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc),
    }
    defaults.update(fields)
    return Complaint.objects.create(delivery=delivery, **defaults)
