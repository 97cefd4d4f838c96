import pytest
from django.http import QueryDict

from openklachten.publication import query
from openklachten.publication.query import vocabulary


def test_facets_ignore_their_own_filter_but_apply_the_others(public_dataset):
    facets = query.facets(query.Filters.from_params(QueryDict("organisatie=gm0344&conclusie=ongegrond")))
    # organisatie facet: other organisations remain choosable, counted under conclusie=ongegrond.
    assert dict(facets["organisatie"]) == {"gm0363": 10, "gm0344": 12}
    # conclusie facet: all conclusions of Utrecht.
    assert dict(facets["conclusie"]) == {"ongegrond": 12}
    assert dict(facets["thema"]) == {"parkeren": 12}


def test_every_filter_has_a_facet(public_dataset):
    facets = query.facets(query.Filters())
    assert set(facets) == set(vocabulary.FILTERS) and len(facets) == 14
    assert facets["ontvangwijze"][0] == ("e-mail", 45)


def test_labels_come_from_the_code_lists(public_dataset):
    assert query.label("conclusie", "deels-gegrond") == "Onderzocht en deels gegrond"
    assert query.label("organisatie_type", "zbo").startswith("Zelfstandig")


def test_facets_with_a_search_phrase_count_only_the_hits(public_dataset):
    everything = query.facets(query.Filters(), q="containers")  # the cube path does not know the texts
    assert dict(everything["organisatie"]) == {"gm0363": 10}
    assert dict(everything["conclusie"]) == {"gegrond": 3, "ongegrond": 3, "deels-gegrond": 2, "geen-oordeel": 2}
    chosen = query.Filters.from_params(QueryDict("conclusie=gegrond"))
    facets = query.facets(chosen, q="containers")
    assert dict(facets["conclusie"]) == dict(everything["conclusie"])  # its own filter is still ignored
    assert dict(facets["organisatie"]) == {"gm0363": query.search(chosen, "containers")["total"]} == {"gm0363": 3}
    assert dict(query.facets(chosen, q="parkeerboete")["organisatie"]) == {}


@pytest.mark.parametrize(
    "params",
    [{}, {"conclusie": ["gegrond"]}, {"thema": ["afval"], "van": "2024-02-15"}, {"thema__niet": ["parkeren"]}],
)
def test_theme_counts_for_suggestions_equal_the_theme_facet(public_dataset, params):
    from openklachten.publication.query import aggregates, store

    filters = query.Filters.from_params(params)
    everything = dict(query.facets(filters)["thema"])
    assert everything or params.get("thema")
    codes = (*sorted(store.theme_bits()), "bestaat-niet")
    assert aggregates.theme_counts(filters, codes) == {c: n for c, n in everything.items() if n}
