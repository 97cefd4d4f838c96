"""The columns of the read model: one ordered map, shared by the writer, the query layer and the exports.

Derived from the standard: every attribute that is not hashed away is a public column (under the names
`standard.policy.public_columns` gives), typed by its attribute type. The only columns listed by hand are the
ones that are no attribute of the standard (below, each with why it is public); the contract test
tests/test_publication_policy.py fails on a public column that is neither.
"""

import pyarrow as pa

from openklachten.standard import load, policy

# Free-text fields of the standard; they hold anonymised text only and feed the full-text index.
TEXT_FIELDS = policy.free_text_fields()

_str, _date, _int, _bool = pa.string(), pa.date32(), pa.int32(), pa.bool_()
# Arrow type of an attribute's public column by its type in the standard; every other type is text.
_BY_TYPE = {"date": _date, "boolean": _bool, "codes": pa.list_(_str)}

# Public columns that are no attribute of the standard. Who published it, first in every export:
IDENTITY_COLUMNS: dict[str, pa.DataType] = {
    "public_id": _str,  # the complaint's public id: a keyed hash, published instead of Klacht-ID
    "organisatie": _str,  # the delivering organisation (code, name, type, CBS code): public register data
    "organisatie_naam": _str,
    "organisatie_type": _str,
    "cbs_code": _str,
    "aanlevering_id": pa.int64(),  # the public delivery it came in
}
# ... and figures derived from published attributes, last:
DERIVED_COLUMNS: dict[str, pa.DataType] = {
    "jaar": _int,  # from ontvangstdatum
    "maand": _str,  # from ontvangstdatum
    "behandelduur_dagen": _int,  # registry.terms: from the dates, verdaagd and adviescommissie
    "termijn_dagen": _int,
    "binnen_termijn": _bool,
    "tekst_achtergehouden": _str,  # why the free text is withheld (an exclusion rule's Dutch reason)
    "gepubliceerd_op": pa.timestamp("s"),  # when the platform published it
}


def _attribute_columns() -> dict[str, pa.DataType]:
    columns: dict[str, pa.DataType] = {}
    for attribute in load().attributes:
        if attribute.publish == "hash" and attribute.machine_name not in policy.PUBLIC_COLUMNS_OF:
            continue
        for name in policy.public_columns(attribute.machine_name):
            if name not in IDENTITY_COLUMNS:
                columns.setdefault(name, _BY_TYPE.get(attribute.type, _str))
    return columns


# Public columns in the order exports show them. Types are Arrow types of the Parquet file.
PUBLIC_COLUMNS: dict[str, pa.DataType] = {**IDENTITY_COLUMNS, **_attribute_columns(), **DERIVED_COLUMNS}

# Internal columns: the row id and the keyed link hashes; they never leave the query layer.
INTERNAL_COLUMNS: dict[str, pa.DataType] = {
    "id": pa.int64(),
    "klacht_key": _str,
    "gerelateerde_klacht_key": _str,
}

# Columns the writer accepts from a record (gerelateerde_klacht, jaar and maand are derived).
DERIVED = ("jaar", "maand", "gerelateerde_klacht")
RECORD_COLUMNS = [c for c in ("id", *PUBLIC_COLUMNS, "klacht_key", "gerelateerde_klacht_key") if c not in DERIVED]


def arrow_schema(columns) -> pa.Schema:
    types = {**INTERNAL_COLUMNS, **PUBLIC_COLUMNS}
    return pa.schema([(name, types[name]) for name in columns])
