"""The columns of the read model: one ordered map, shared by the writer, the query layer and the exports."""

import pyarrow as pa

from openklachten.registry.free_text import FREE_TEXT_FIELDS

# Free-text fields of the standard; they hold anonymised text only.
TEXT_FIELDS = FREE_TEXT_FIELDS

_str, _date, _int, _bool = pa.string(), pa.date32(), pa.int32(), pa.bool_()

# Public columns in the order exports show them. Types are Arrow types of the Parquet file.
PUBLIC_COLUMNS: dict[str, pa.DataType] = {
    "public_id": _str,
    "organisatie": _str,
    "organisatie_naam": _str,
    "organisatie_type": _str,
    "cbs_code": _str,
    "bestuursorgaan": _str,
    "bestuursorgaan_naam": _str,
    "organisatieonderdeel": _str,
    "aanlevering_id": pa.int64(),
    "ontvangstdatum": _date,
    "datum_registratie": _date,
    "datum_afhandeling": _date,
    "jaar": _int,
    "maand": _str,
    "ontvangwijze": _str,
    "status": _str,
    "formeel_informeel": _str,
    "eerstelijns_tweedelijns": _str,
    "reden_overslaan_eerstelijns": _str,
    "beantwoordingstermijn": _str,
    "verdaagd": _bool,
    "adviescommissie": _bool,
    "herziening": _bool,
    "behandelduur_dagen": _int,
    "termijn_dagen": _int,
    "binnen_termijn": _bool,
    "type_klager": _str,
    "woonplaats_klager": _str,
    "leeftijdsgroep": _str,
    "themas": pa.list_(_str),
    "iv3_taakveld": _str,
    "oorzaak": _str,
    "conclusie": _str,
    "afdoeningswijze": _str,
    "schriftelijk_oordeel": _str,
    "verslagen_hoorzittingen": _str,
    **{name: _str for name in TEXT_FIELDS},
    "tekst_achtergehouden": _str,
    "gerelateerde_klacht": _str,
    "gepubliceerd_op": pa.timestamp("s"),
}

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
