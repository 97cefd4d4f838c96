"""k-anonymity over woonplaats klager, leeftijdsgroep and type klager."""

from openklachten.anonymisation.structured import generalise, smallest_group


def records(spec):
    return [
        {"klacht_id": f"k{i}", "woonplaats_klager": w, "leeftijdsgroep": a, "type_klager": t}
        for i, (w, a, t) in enumerate(spec)
    ]


def test_large_groups_are_untouched():
    data = records([("GM0363", "30-44", "individu")] * 6)
    assert generalise(data, k=5) == data


def test_small_group_gets_a_wider_age_band_first():
    data = records([("GM0363", "30-44", "individu")] * 3 + [("GM0363", "45-64", "individu")] * 3)
    out = generalise(data, k=5)
    assert {r["leeftijdsgroep"] for r in out} == {"30-64"}
    assert {r["woonplaats_klager"] for r in out} == {"GM0363"}
    assert smallest_group(out) >= 5


def test_then_the_woonplaats_is_suppressed():
    data = records(
        [("GM0363", "30-44", "individu")] * 5
        + [("GM0014", "75+", "individu")] * 2
        + [("GM0344", "65-74", "individu")] * 3
    )
    out = generalise(data, k=5)
    assert out[:5] == data[:5]
    assert all(r["woonplaats_klager"] == "" and r["leeftijdsgroep"] == "65+" for r in out[5:])
    assert smallest_group(out) >= 5


def test_a_lone_record_ends_fully_suppressed():
    data = records([("GM0363", "30-44", "individu")] * 5 + [("GM0014", "0-17", "rechtspersoon")])
    out = generalise(data, k=5)
    assert (out[5]["woonplaats_klager"], out[5]["leeftijdsgroep"], out[5]["type_klager"]) == ("", "", "")


def test_deterministic_and_order_preserving():
    data = records([("GM0363", "18-29", "groep"), ("GM0014", "30-44", "individu")] * 3)
    assert generalise(data, k=5) == generalise(list(data), k=5)
    assert [r["klacht_id"] for r in generalise(data, k=5)] == [r["klacht_id"] for r in data]


def test_dates_of_birth_are_never_passed_on():
    data = [
        {
            "woonplaats_klager": "GM0363",
            "leeftijdsgroep": "30-44",
            "type_klager": "individu",
            "geboortedatum": "1980-01-01",
        }
    ]
    assert "geboortedatum" not in generalise(data, k=1)[0]
