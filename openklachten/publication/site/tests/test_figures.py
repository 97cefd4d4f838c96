"""Normalising the query results: the monthly trend has no silent gaps."""

from openklachten.publication.site.figures import fill_months


def test_missing_months_are_zero_and_years_roll_over():
    assert fill_months([("2024-11", 3), ("2025-02", 1)]) == [
        ("2024-11", 3),
        ("2024-12", 0),
        ("2025-01", 0),
        ("2025-02", 1),
    ]
    assert fill_months([]) == []
