"""Long filter lists are compact: the largest values as checkboxes, the rest by name through a datalist."""

from django.http import QueryDict

from openklachten.publication.site import filterpanel


def _group(n, chosen=()):
    options = [
        filterpanel.Option(f"GM{i:04d}", f"Plaats {i}", 1000 - i, f"GM{i:04d}" in chosen, False) for i in range(n)
    ]
    return filterpanel.Group("woonplaats_klager", "Woonplaats klager", options)


def test_a_long_list_shows_its_largest_and_chosen_values_and_names_the_rest_in_a_datalist():
    group = _group(300, chosen=("GM0250",))
    html = group.options_html() + group.lookup_html()
    assert html.count("<li>") == filterpanel.COMPACT_SHOWN + 1  # the chosen one stays visible, and can be unticked
    assert 'value="GM0250" checked' in html
    assert html.count("<option ") == 300
    assert '<label for="f-woonplaats_klager-naam">' in html and 'list="dl-woonplaats_klager"' in html
    assert not group.searchable  # the datalist field is its search box
    assert len(html) < 300 * 60  # against ~400 bytes per value as checkboxes


def test_a_short_list_stays_as_it_was():
    group = _group(20)
    assert group.options_html().count("<li>") == 20 and str(group.lookup_html()) == ""


def test_a_typed_name_becomes_its_code_and_other_values_stay():
    counts = {"organisatie": [("gm0518", 5), ("gm0363", 9)], "woonplaats_klager": [("GM0363", 9)]}
    names = {"gm0518": "Gemeente 's-Gravenhage", "gm0363": "Gemeente Amsterdam"}
    params = QueryDict("organisatie=den+haag&organisatie=gm0363&woonplaats_klager=&thema=afval")
    expected = "organisatie=gm0518&organisatie=gm0363&woonplaats_klager=&thema=afval"  # Den Haag: an alias
    assert filterpanel.by_name(params, counts, names) == expected
    assert filterpanel.by_name(QueryDict("organisatie=gm0363"), counts, names) is None


def test_the_page_redirects_a_typed_name_to_the_canonical_url(client, data):
    response = client.get("/klachten?organisatie=gemeente+amsterdam")
    assert response.status_code == 302
    assert response["Location"] == "/klachten?organisatie=gm0363"
    assert client.get("/klachten?organisatie=onbekend").status_code == 400  # still the Dutch message
