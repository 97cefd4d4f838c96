"""k-anonymity over everything the read model publishes, applied on every build.

The registry stores the quasi-identifiers (woonplaats klager, leeftijdsgroep, type klager) as delivered;
only the public copy is generalised. Because every build generalises over the whole published set, a
change that shrinks a group (a withdrawal, a review decision, a later delivery, a re-scan) generalises the
rest of the group in the same rebuild, and a group that grows is published in more detail again.

Groups are counted per delivering organisation: every public row names its organisation, so a combination
is only as hidden as its count within that organisation. That is also why an incremental rebuild may take an
unchanged organisation's generalised rows over (parts.py): they depend on its own rows only.
"""

import pyarrow as pa

from openklachten.anonymisation.structured import QUASI_IDENTIFIERS, generalised_combinations

PARTITION = "organisatie"


def k_from_settings() -> int:
    from django.conf import settings

    return int(getattr(settings, "K_ANONYMITY", 5)) if settings.configured else 5


def generalise_table(con, table: str, k: int | None = None) -> int:
    """Generalise the quasi-identifiers of `table` (a DuckDB table of records) in place; returns rows changed."""
    k = k_from_settings() if k is None else k
    columns = (PARTITION, *QUASI_IDENTIFIERS)
    blank = ", ".join(f"coalesce({c}, '')" for c in columns)
    counts = con.execute(f"SELECT {blank}, count(*) FROM {table} GROUP BY ALL").fetchall()
    by_partition: dict[str, dict[tuple, int]] = {}
    for partition, *key, n in counts:
        by_partition.setdefault(partition, {})[tuple(key)] = n
    changes = []
    for partition, group_counts in by_partition.items():
        for key, published in generalised_combinations(group_counts, k).items():
            if published != key:
                changes.append((partition, *key, *published))
    if not changes:
        return 0
    names = [f"o_{c}" for c in columns] + [f"n_{c}" for c in QUASI_IDENTIFIERS]
    con.register("kanon_changes", pa.table({name: [row[i] for row in changes] for i, name in enumerate(names)}))
    try:
        match = " AND ".join(f"coalesce(t.{c}, '') = m.o_{c}" for c in columns)
        assign = ", ".join(f"{c} = nullif(m.n_{c}, '')" for c in QUASI_IDENTIFIERS)
        return con.execute(f"UPDATE {table} AS t SET {assign} FROM kanon_changes m WHERE {match}").fetchall()[0][0]
    finally:
        con.unregister("kanon_changes")
