"""anonymise_many: the same results as anonymise, in input order, also through the process pool."""

from openklachten.anonymisation import anonymise, anonymise_many
from openklachten.anonymisation.batch import POOL_THRESHOLD


def test_pool_gives_the_same_results_in_order():
    texts = [(f"Mevrouw Jansen{i} belde met 06-4187{i:04d}.", ()) for i in range(POOL_THRESHOLD + 10)]
    results = list(anonymise_many(texts, processes=2))
    assert len(results) == len(texts)
    for (text, _), result in zip(texts, results, strict=False):
        assert result.text == anonymise(text).text


def test_names_from_the_record_are_used():
    [result] = anonymise_many([("Groeten van Wouters", ("Els Wouters",))], processes=1)
    assert "Wouters" not in result.text
