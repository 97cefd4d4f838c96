"""k-anonymity holds over what is published after every change, not only at the moment of import (issue 9).

The registry keeps the delivered woonplaats, leeftijdsgroep and type klager; each read-model build
generalises over everything published. Checked through the public API and the CSV download.
"""

import csv
import io

import pytest
from django.core.management import call_command

from openklachten.registry.importer import import_delivery
from openklachten.registry.models import Complaint

from .conftest import leave_empty_readmodel, register_organisation
from .test_end_to_end_publication import body

ORGANISATION = "gm0344"  # Gemeente Utrecht
HEADER = (
    "Klacht-ID,Ontvangstdatum,Datum afhandeling,Ontvangwijze,Status,Formeel/informeel,Eerstelijns/tweedelijns,"
    "Bestuursorgaan,Organisatieonderdeel,Type klager,Woonplaats klager,Leeftijdsgroep klager,Thema's,Gedraging,"
    "Oorzaak,Bevindingen,Conclusie,Oordeel klacht,Afdoeningswijze"
)
GROUP = ("Individu", "Utrecht", "30-44")  # type klager, woonplaats, leeftijdsgroep: one group of five
DELIVERED = ("individu", "GM0344", "30-44")


def delivery(tmp_path, name, rows):
    """A CSV delivery; rows are (Klacht-ID, type klager, woonplaats, leeftijdsgroep[, gedraging])."""
    lines = [HEADER]
    for number, (klacht_id, kind, place, age, *text) in enumerate(rows, start=1):
        gedraging = text[0] if text else "De vergunning kwam te laat."
        lines.append(
            f"{klacht_id},2024-03-{number:02d},2024-03-29,E-mail,Afgehandeld,Formeel,Eerstelijns,Gemeente Utrecht,"
            f"Afdeling Parkeren,{kind},{place},{age},Parkeren,{gedraging},Vertraging,"
            "Het verzoek lag stil.,Onderzocht en gegrond,De termijn is overschreden.,Excuses"
        )
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def public_groups(client) -> dict[str, tuple]:
    """public id -> (type klager, woonplaats, leeftijdsgroep) as the API and the CSV download publish them."""
    api = client.get("/api/v1/klachten", {"paginaGrootte": 100}).json()["resultaten"]
    by_api = {
        r["public_id"]: (r["type_klager"] or "", r["woonplaats_klager"] or "", r["leeftijdsgroep"] or "") for r in api
    }
    rows = csv.DictReader(io.StringIO(body(client.get("/downloads/klachten.csv")).decode("utf-8-sig")))
    by_csv = {r["public_id"]: (r["type_klager"], r["woonplaats_klager"], r["leeftijdsgroep"]) for r in rows}
    assert by_api == by_csv
    return by_api


def assert_k_anonymous(groups: dict[str, tuple], k: int = 5) -> None:
    sizes: dict[tuple, int] = {}
    for combination in groups.values():
        sizes[combination] = sizes.get(combination, 0) + 1
    small = {c: n for c, n in sizes.items() if n < k and any(c)}
    assert not small, small


@pytest.fixture
def group_of_five(db, tmp_path, publish, settings):
    settings.K_ANONYMITY = 5
    register_organisation(ORGANISATION)
    rows = [(f"U-{n}", *GROUP) for n in range(1, 6)]
    result = publish(import_delivery, delivery(tmp_path, "q1.csv", rows), ORGANISATION)
    assert result.ok, [e.message for e in result.errors]
    yield list(Complaint.objects.filter(delivery=result.delivery).order_by("ontvangstdatum"))
    leave_empty_readmodel()


def test_a_group_of_five_is_published_as_delivered(group_of_five, client):
    groups = public_groups(client)
    assert set(groups.values()) == {DELIVERED} and len(groups) == 5


def test_withdrawing_three_one_by_one_generalises_the_two_left(group_of_five, client, publish):
    for complaint in group_of_five[:3]:
        publish(call_command, "withdraw", complaint=complaint.public_id)
        groups = public_groups(client)
        assert_k_anonymous(groups)
    assert len(groups) == 2
    assert DELIVERED not in groups.values()
    # The registry still holds what was delivered: a later delivery that regrows the group publishes it again.
    assert {(c.type_klager, c.woonplaats_klager, c.leeftijdsgroep) for c in Complaint.published.all()} == {DELIVERED}


def test_a_later_delivery_that_shrinks_a_group_generalises_the_rest(group_of_five, client, publish, tmp_path):
    """A corrected delivery moves three of the five to another age group: neither part may stay exact."""
    rows = [(f"U-{n}", "Individu", "Utrecht", "75 jaar en ouder" if n <= 3 else "30-44") for n in range(1, 6)]
    result = publish(import_delivery, delivery(tmp_path, "q1-correctie.csv", rows), ORGANISATION)
    assert result.ok and result.updated == 5
    groups = public_groups(client)
    assert len(groups) == 5
    assert_k_anonymous(groups)
    assert DELIVERED not in groups.values()


def test_a_growing_group_is_published_in_detail_again(group_of_five, client, publish, tmp_path):
    """Generalisation is recomputed, not stored: withdraw two, then deliver two more of the same group."""
    for complaint in group_of_five[:2]:
        publish(call_command, "withdraw", complaint=complaint.public_id)
    assert DELIVERED not in public_groups(client).values()
    result = publish(import_delivery, delivery(tmp_path, "q2.csv", [("U-6", *GROUP), ("U-7", *GROUP)]), ORGANISATION)
    assert result.ok
    groups = public_groups(client)
    assert list(groups.values()).count(DELIVERED) == 5


def test_a_review_decision_recomputes_the_groups(db, tmp_path, publish, client, settings):
    """Four of five are public while the fifth waits for review: generalised; approved, the five are exact again."""
    from openklachten.registry import quarantine
    from openklachten.registry.models import QuarantinedText

    settings.K_ANONYMITY = 5
    register_organisation(ORGANISATION)
    doubtful = "Collega Qwibbelaar kreeg geen antwoord."  # the anonymiser doubts: held for review
    rows = [(f"U-{n}", *GROUP) for n in range(1, 5)] + [("U-5", *GROUP, doubtful)]
    result = publish(import_delivery, delivery(tmp_path, "q1.csv", rows), ORGANISATION)
    assert result.ok and result.in_review == 1
    groups = public_groups(client)
    assert len(groups) == 4 and DELIVERED not in groups.values()
    for item in QuarantinedText.objects.all():
        publish(quarantine.approve, item, item.entities)
    groups = public_groups(client)
    assert len(groups) == 5 and set(groups.values()) == {DELIVERED}
    leave_empty_readmodel()
