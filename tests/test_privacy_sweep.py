"""Privacy sweep: after real imports in three formats, no public byte carries the synthetic personal data.

The second half plants personal data in every text-bearing field of the standard, one field per complaint
(`standard.policy.text_bearing_fields()`), and checks the same channels.

Every public route (walked from the URL resolver, filled in with the imported objects' ids), every chart's
CSV and embed, the logs, the commands' output, every column of every public table and the read model are
searched for the invented name, BSN, IBAN, phone number, e-mail, licence plate, address and the raw case
numbers. Youth-care records keep counting but their free text never leaves the registry.
"""

import csv
import io
import itertools
import json
import logging

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from openklachten import standard
from openklachten.publication.readmodel import connect as readmodel_connection
from openklachten.registry.models import Complaint, Delivery, Organisation, QuarantinedText
from openklachten.registry.organisations import ensure_organisations
from openklachten.standard import policy

from .conftest import GEDRAGING, PII, YOUTH_GEDRAGING, fill_template, person_rows, pii_strings, run_cli

PUBLIC_MODULES = (
    "openklachten.publication.site",
    "openklachten.publication.api",
    "openklachten.publication.exports",
    "openklachten.publication.dcat",
)
JSON_KLACHT_IDS = ("RDAM/H9/2024/0815", "RDAM/H9/2024/0816")
YOUTH_WORD = "keukentafelgesprek"  # only in youth-care free text: must never be public


def secrets() -> list[str]:
    return sorted(set(pii_strings()) | {*JSON_KLACHT_IDS, YOUTH_WORD})


def leaks(text: str) -> list[str]:
    lowered = text.lower()
    return [value for value in secrets() if value.lower() in lowered]


def write_v02_csv(path):
    """A V0.2 delivery as early adopters send it: V0.2 labels, ';', BOM, no Klacht-ID, no Datum afhandeling."""
    header = [
        "Ontvangstdatum",
        "Ontvangwijze",
        "Status",
        "Formeel/informeel",
        "Beantwoordingstermijn",
        "Eerstelijns/tweedelijns",
        "Bestuursorgaan",
        "Organisatieonderdeel",
        "Type klager",
        "Woonplaats klager",
        "Thema's",
        "Gedraging",
        "Oorzaak",
        "Bevindingen",
        "Conclusie",
        "Oordeel klacht",
        "Afdoeningswijze",
        "Herziening",
        "Schriftelijk oordeel",
    ]
    common = ["E-mail", "Afgehandeld", "Formeel", "Binnen 6 weken", "Eerstelijns", "Gemeente Utrecht"]
    rows = [
        [
            "12-02-2024",
            *common,
            "Stadsbeheer",
            "Individu",
            "Utrecht",
            "Afval",
            f"Klaagster {PII['naam']}, {PII['adres']}, tel. {PII['telefoon']}: de container is al weken niet geleegd.",
            "Vertraging",
            f"Contact via {PII['email']}; kenteken {PII['kenteken']} van de vuilniswagen niet relevant.",
            "Onderzocht en deels gegrond",
            "Deels gegrond: de route is aangepast.",
            "Herstel",
            "Nee",
            "https://www.utrecht.nl/oordelen/2024-77001.pdf",
        ],
        [
            "19-02-2024",
            *common,
            "Jeugd en Onderwijs",
            "Individu",
            "Utrecht",
            "Jeugdhulp",
            YOUTH_GEDRAGING,
            "Vertraging",
            "Geen plek bij de zorgaanbieder.",
            "Onderzocht en gegrond",
            "Gegrond.",
            "Excuses",
            "Nee",
            "https://www.utrecht.nl/oordelen/2024-77002.pdf",
        ],
    ]
    with open(path, "w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def write_json(path):
    """A JSON export from a case system: machine names, ISO dates, a list of themes."""
    base = {
        "ontvangstdatum": "2024-05-06",
        "datum_afhandeling": "2024-06-01",
        "ontvangwijze": "brief",
        "status": "afgehandeld",
        "formeel_informeel": "formeel",
        "verdaagd": "nee",
        "adviescommissie": "nee",
        "eerstelijns_tweedelijns": "eerstelijns",
        "bestuursorgaan": "Gemeente Rotterdam",
        "type_klager": "individu",
        "woonplaats_klager": "GM0599",
        "leeftijdsgroep": "30-44",
        "oorzaak": "onjuiste-informatie",
        "conclusie": "ongegrond",
        "afdoeningswijze": "opheldering",
    }
    records = [
        dict(
            base,
            klacht_id=JSON_KLACHT_IDS[0],
            organisatieonderdeel="Belastingen",
            themas=["belastingen-gemeentelijk"],
            gedraging=GEDRAGING,
            bevindingen=f"Mevrouw {PII['achternaam']} kreeg een verkeerde aanslag.",
            oordeel_klacht="Ongegrond: de aanslag klopt.",
        ),
        dict(
            base,
            klacht_id=JSON_KLACHT_IDS[1],
            organisatieonderdeel="Jeugd",
            themas=["jeugdzorg"],
            gedraging=YOUTH_GEDRAGING,
            bevindingen="Wachtlijst.",
            oordeel_klacht="Ongegrond.",
        ),
    ]
    path.write_text(json.dumps({"klachten": records}, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


@pytest.fixture
def deliveries(db, tmp_path, publish, capsys, caplog):
    """The template (XLSX), a V0.2 CSV and a JSON file, imported with the real `import` command."""
    caplog.set_level(logging.DEBUG)
    files = {
        "gm0363": fill_template(tmp_path / "amsterdam.xlsx", person_rows()),
        "gm0344": write_v02_csv(tmp_path / "utrecht-v02.csv"),
        "gm0599": write_json(tmp_path / "rotterdam.json"),
    }
    # Registered beforehand the way an administrator does, so this sweep does not depend on the CLI's lookup.
    ensure_organisations(set(files))
    printed = []
    for organisation, path in files.items():
        try:
            publish(call_command, "import", str(path), organisation=organisation)
        except SystemExit:  # the command reports a refused delivery with exit code 1
            pytest.fail(f"openklachten import {path.name} weigerde de levering:\n{capsys.readouterr().out}")
        output = capsys.readouterr()
        printed.append(output.out + output.err)
    yield {"files": files, "command_output": "\n".join(printed)}
    from .conftest import leave_empty_readmodel

    leave_empty_readmodel()


def _walk(patterns, prefix=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            yield from _walk(entry.url_patterns, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield entry


def public_patterns():
    return [
        p
        for p in _walk(get_resolver().url_patterns)
        if getattr(p.callback, "__module__", "").startswith(PUBLIC_MODULES)
    ]


def argument_values():
    """Candidate values per URL argument name, from what was imported."""
    from openklachten.publication.site.charts.catalogue import CHARTS
    from openklachten.standard.exports import exporters

    complaints = list(Complaint.objects.values_list("public_id", flat=True))
    return {
        "public_id": complaints,
        "code": list(Organisation.objects.values_list("code", flat=True)),
        "organisatie": list(Organisation.objects.values_list("code", flat=True)),
        "aanlevering_id": [str(i) for i in Delivery.objects.values_list("id", flat=True)],
        "fmt": ["csv", "jsonl", "parquet"],
        "name": sorted(CHARTS),
        "filename": sorted(e.filename for e in exporters().values()),
        "naam": ["themas", "conclusie", "iv3_taakveld", "afdoeningswijze"],
        "rest": ["bestaat-niet"],
        "id": ["00000000-0000-0000-0000-000000000000"],  # a delivery's status resource (needs a token: 401)
    }


def public_urls() -> list[str]:
    values = argument_values()
    urls = set()
    for pattern in public_patterns():
        arguments = sorted(pattern.pattern.regex.groupindex)
        missing = [a for a in arguments if a not in values]
        assert not missing, f"onbekend URL-argument {missing} in {pattern.pattern}: vul argument_values() aan"
        for combination in itertools.product(*(values[a] for a in arguments)):
            kwargs = dict(zip(arguments, combination, strict=False))
            if pattern.name:
                try:
                    urls.add(reverse(pattern.name, kwargs=kwargs))
                except Exception:  # a pattern with fixed kwargs (e.g. fmt) rejects our extra argument
                    urls.add(reverse(pattern.name, kwargs={k: v for k, v in kwargs.items() if k != "fmt"}))
    site = ["organisatie=gm0363", "organisatie=gm0344&thema=jeugdzorg", "q=wegsleepkosten", "iv3_taakveld=6.72"]
    api = ["organisatie=gm0363", "organisatie=gm0344&thema=jeugdzorg", "iv3Taakveld=6.72"]  # NLGov camelCase
    with_filters = {
        f"{url}?{s}"
        for url in urls
        for s in site
        if url.startswith(("/klachten", "/downloads/klachten", "/grafieken/", "/embed/")) or url == "/"
    }
    with_filters |= {f"{url}?{s}" for url in urls for s in api + ["q=wegsleepkosten"] if url == "/api/v1/klachten"}
    with_filters |= {f"{url}?{s}" for url in urls for s in api if url == "/api/v1/statistieken"}
    embeds = {f"{url}?_format=csv" for url in urls if url.startswith("/embed/")}
    return sorted(urls | with_filters | embeds)


def fetch(client, url) -> tuple[int, str]:
    response = client.get(url)
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if url.split("?")[0].endswith(".parquet") and response.status_code == 200:
        import io

        import pyarrow.parquet as pq

        return response.status_code, json.dumps(pq.read_table(io.BytesIO(content)).to_pylist(), default=str)
    return response.status_code, content.decode("utf-8", "replace")


def test_no_public_response_contains_personal_data(deliveries, client, caplog):
    urls = public_urls()
    assert len(urls) > 150, urls
    statuses, leaked = {}, {}
    for url in urls:
        status, text = fetch(client, url)
        statuses[url] = status
        if leaks(text):
            leaked[url] = leaks(text)
    assert not leaked, leaked
    # A text the anonymiser doubts waits for review: its complaint is rightly not found until approved.
    hidden = set(Complaint.objects.exclude(state="gepubliceerd").values_list("public_id", flat=True))
    # The delivery API's status resource answers anonymous visitors with 401 (its body is swept like the rest).
    authenticated = {
        url for url, status in statuses.items() if status == 401 and url.startswith("/api/v1/aanleveringen/")
    }
    failed = {
        url: status
        for url, status in statuses.items()
        if status >= 400
        and "bestaat-niet" not in url
        and not any(h in url for h in hidden)
        and url not in authenticated
    }
    assert not failed, failed
    # The walk really reached the imported objects (not a sweep of 404 pages).
    for public_id in Complaint.published.values_list("public_id", flat=True):
        assert statuses[f"/klachten/{public_id}"] == 200
        assert statuses[f"/api/v1/klachten/{public_id}"] == 200
    for public_id in hidden:
        assert statuses[f"/klachten/{public_id}"] == 404 and statuses[f"/api/v1/klachten/{public_id}"] == 404
    logged = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    assert not leaks(logged), leaks(logged)
    assert not leaks(deliveries["command_output"]), deliveries["command_output"]


def test_search_does_not_find_complaints_by_personal_data(deliveries, client):
    """The full-text index is built from anonymised text only: a name or BSN finds nothing (no membership leak)."""
    assert client.get("/api/v1/klachten", {"q": "wegsleepkosten"}).json()["totaal"] == 1  # the index works
    for value in [PII["achternaam"], "Hendrika", PII["bsn"], PII["email"], PII["kenteken"], "Kruisweg", YOUTH_WORD]:
        found = client.get("/api/v1/klachten", {"q": value}).json()
        assert found["totaal"] == 0, value
        export = client.get("/downloads/klachten.jsonl", {"q": value})
        assert not b"".join(export.streaming_content).strip(), value


def test_commands_print_no_personal_data(deliveries, tmp_path):
    """What a coordinator sees in the terminal, including stderr, on a fresh installation."""
    environment = {"OPENKLACHTEN_DATA_DIR": str(tmp_path / "cli-data"), "DATABASE_URL": ""}
    # Organisations registered first, as in the fixture; a first delivery on its own is an end-to-end test.
    codes = sorted(deliveries["files"])
    register = f"from openklachten.registry.organisations import ensure_organisations; ensure_organisations({codes!r})"
    assert run_cli("shell", "-c", register, env=environment).returncode == 0
    for organisation, path in deliveries["files"].items():
        for args in (("validate", str(path)), ("import", str(path), "--organisation", organisation)):
            done = run_cli(*args, env=environment)
            assert done.returncode == 0, (args, done.stdout[-2000:], done.stderr[-2000:])
            assert not leaks(done.stdout + done.stderr), (args, leaks(done.stdout + done.stderr))
    # The command's commit rebuilt the read model the site serves: the imported rows are in it, redacted.
    import pyarrow.parquet as pq

    readmodel_dir = tmp_path / "cli-data" / "readmodel"
    current = readmodel_dir / (readmodel_dir / "CURRENT").read_text().strip()
    served = pq.read_table(current / "klachten.parquet").to_pylist()
    assert len(served) == Complaint.published.count()
    assert not leaks(json.dumps(served, default=str))


def table_dump() -> dict[str, str]:
    """Every row of every model table except the review quarantine, as text (raw SQL, no ORM conversions)."""
    dump = {}
    with connection.cursor() as cursor:
        for model in apps.get_models(include_auto_created=True):
            if model is QuarantinedText:
                continue
            table = model._meta.db_table
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            dump[table] = "\n".join(" | ".join(str(v) for v in row) for row in cursor.fetchall())
    return dump


def test_no_public_table_holds_raw_text(deliveries):
    dump = table_dump()
    assert Complaint._meta.db_table in dump and dump[Complaint._meta.db_table]
    leaked = {table: leaks(text) for table, text in dump.items() if leaks(text)}
    assert not leaked, leaked


def test_read_model_holds_no_raw_text(deliveries):
    """The Parquet read model is published state too (it feeds every export)."""
    db = readmodel_connection()
    for view in ("klachten", "tokens", "organisaties", "aanleveringen"):
        rows = db.execute(f"SELECT * FROM {view}").fetchall()
        text = "\n".join(" | ".join(str(v) for v in row) for row in rows)
        assert not leaks(text), (view, leaks(text))


def test_youth_care_counts_but_its_text_is_withheld(deliveries, client):
    youth = Complaint.published.exclude(tekst_achtergehouden="")
    assert youth.count() == 3  # XLSX by Iv3 6.72, V0.2 CSV by theme Jeugdhulp, JSON by theme jeugdzorg
    for complaint in youth:
        assert not any(getattr(complaint, f) for f in ("gedraging", "bevindingen", "oordeel_klacht"))
        api = client.get(f"/api/v1/klachten/{complaint.public_id}").json()
        assert api["gedraging"] in (None, "") and api["tekst_achtergehouden"]
        assert YOUTH_WORD not in client.get(f"/klachten/{complaint.public_id}").content.decode()
    by_iv3 = client.get("/api/v1/statistieken", {"iv3Taakveld": "6.72"}).json()
    assert by_iv3["samenvatting"]["total"] == 1
    by_theme = client.get("/api/v1/statistieken", {"thema": "jeugdzorg"}).json()
    assert by_theme["samenvatting"]["total"] == 2
    total = client.get("/api/v1/statistieken").json()["samenvatting"]["total"]
    assert total == Complaint.published.count() and Complaint.objects.count() == 6
    assert not client.get("/api/v1/klachten", {"q": YOUTH_WORD}).json()["totaal"]


def test_links_carry_no_personal_data(db, tmp_path, publish, client):
    """A link to the written judgement whose file name names the complainant must not be published as is."""
    from openklachten.registry.importer import import_delivery

    from .conftest import ORGANISATION, leave_empty_readmodel, register_organisation

    register_organisation()
    rows = person_rows()
    rows[0]["Schriftelijk oordeel"] = f"https://www.amsterdam.nl/oordelen/zwartveld-oosterbeek-{PII['bsn']}.pdf"
    rows[1]["Schriftelijk oordeel"] = f"https://www.amsterdam.nl/oordelen/{PII['achternaam'].lower()}-jeugd.pdf"
    result = publish(import_delivery, fill_template(tmp_path / "links.xlsx", rows), ORGANISATION)
    assert result.ok
    for complaint in Complaint.objects.filter(delivery=result.delivery):
        text = client.get(f"/api/v1/klachten/{complaint.public_id}").content.decode()
        assert not leaks(text), (complaint.public_id, leaks(text))
    export = b"".join(client.get("/downloads/klachten.csv").streaming_content).decode()
    assert not leaks(export), leaks(export)
    leave_empty_readmodel()


# --- Every text-bearing field of the standard, one at a time (issue 9) ---
#
# policy.text_bearing_fields() lists, from the standard, every attribute a delivery can put personal data
# in: free text, links, a private body's name, case numbers, and codes typed as 'Anders, namelijk ...'.
# Each gets a complaint of its own that carries personal data in that field only, with a phone number of
# its own, so a leak names its field. A field whose planted value the intake refuses is safe by refusal.

PLANT_ORGANISATION = "gm0599"


def _planted_secrets() -> dict[str, list[str]]:
    from .conftest import plant_phone

    return {
        name: [plant_phone(position), plant_phone(position).replace("-", "")]
        for position, name in enumerate(policy.text_bearing_fields())
    }


def planted_leaks(text: str) -> list[str]:
    """The fields whose planted data is in `text`, and 'naam' when the planted name is."""
    lowered = text.lower()
    found = [name for name, values in _planted_secrets().items() if any(v in lowered for v in values)]
    names = (PII["naam"], PII["achternaam"], "Zwartveld", "Oosterbeek", "Hendrika")
    return found + (["naam"] if any(n.lower() in lowered for n in names) else [])


@pytest.fixture
def planted(db, tmp_path, publish, capsys, caplog, settings):
    """One JSON delivery with a complaint per text-bearing field, imported with the real `import` command."""
    from django.core.cache import cache

    from openklachten.intake.readers import read_table
    from openklachten.intake.validation import validate

    from .conftest import planted_records

    settings.API_RATE_LIMIT = "100000/minute"  # the sweep is one client asking for every URL, not an abuser
    cache.clear()  # throttle history of earlier tests
    caplog.set_level(logging.DEBUG)
    records, refused = planted_records(), {}
    for name, record in list(records.items()):
        payload = json.dumps({"klachten": [record]}).encode()
        report = validate(read_table(io.BytesIO(payload), filename="een.json"))
        if report.errors:
            label = standard.load().attribute(name).label
            assert {e.column for e in report.errors} == {label}, (name, [e.message for e in report.errors])
            refused[name] = records.pop(name)
    path = tmp_path / "geplant.json"
    path.write_text(json.dumps({"klachten": list(records.values())}, ensure_ascii=False), encoding="utf-8")
    ensure_organisations({PLANT_ORGANISATION})
    publish(call_command, "import", str(path), organisation=PLANT_ORGANISATION)
    output = capsys.readouterr()
    yield {"imported": records, "refused": refused, "command_output": output.out + output.err}
    from .conftest import leave_empty_readmodel

    leave_empty_readmodel()


def test_every_text_bearing_field_is_planted(planted):
    """The sweep covers the whole standard: each text-bearing field was imported or refused at intake."""
    assert set(planted["imported"]) | set(planted["refused"]) == set(policy.text_bearing_fields())
    assert set(planted["refused"]) <= {"themas"}, planted["refused"]  # a list of codes takes no explanation
    published = Complaint.published.count()
    # Structured fields never wait for review: their complaints are public, so the walk below reaches them.
    structured = [n for n in planted["imported"] if n not in policy.free_text_fields()]
    assert published >= len(structured), (published, structured)


def test_planted_personal_data_reaches_no_public_channel(planted, client, caplog):
    extra = [f"/klachten?q={word}" for word in ("aanvraag", "private", "namelijk")]
    extra += [f"/api/v1/klachten?q={word}" for word in ("aanvraag", "private")]
    extra += [f"/downloads/klachten.{fmt}?q=aanvraag" for fmt in ("csv", "jsonl")]
    leaked = {}
    for url in public_urls() + extra:
        _, text = fetch(client, url)
        if planted_leaks(text):
            leaked[url] = planted_leaks(text)
    assert not leaked, leaked
    logged = "\n".join(record.getMessage() for record in caplog.records) + caplog.text
    assert not planted_leaks(logged), planted_leaks(logged)
    assert not planted_leaks(planted["command_output"]), planted["command_output"]


def test_planted_personal_data_finds_nothing(planted, client):
    """Search and its fragments: a planted phone number or name is not in the index (no membership leak)."""
    from .conftest import plant_phone

    words = [PII["achternaam"], "Hendrika"]
    words += [plant_phone(p).replace("-", "") for p in range(len(policy.text_bearing_fields()))]
    for word in words:
        assert client.get("/api/v1/klachten", {"q": word}).json()["totaal"] == 0, word
        assert not b"".join(client.get("/downloads/klachten.jsonl", {"q": word}).streaming_content).strip(), word


def test_planted_personal_data_is_in_no_table_and_not_in_the_read_model(planted):
    leaked = {table: planted_leaks(text) for table, text in table_dump().items() if planted_leaks(text)}
    assert not leaked, leaked
    db = readmodel_connection()
    for view in ("klachten", "tokens", "organisaties", "aanleveringen"):
        rows = db.execute(f"SELECT * FROM {view}").fetchall()
        text = "\n".join(" | ".join(str(v) for v in row) for row in rows)
        assert not planted_leaks(text), (view, planted_leaks(text))
