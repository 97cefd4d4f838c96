"""Read the standard from its data files (the one source of truth)."""

from __future__ import annotations

import csv
from pathlib import Path

from .codelists import CodeList, combine, read_codelist
from .model import REQUIRED, Attribute, CodeListVariant, MetadataField, Profile, Standard

DATA_DIR = Path(__file__).resolve().parent / "data"
CODELIST_DIR = DATA_DIR / "codelists"


def read_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


def read_attributes(profile_names) -> list[Attribute]:
    attributes = []
    for row in read_rows(DATA_DIR / "attributes.csv"):
        condition = None
        if row["required_if"]:
            other, _, code = row["required_if"].partition("=")
            condition = (other.strip(), code.strip())
        attributes.append(
            Attribute(
                machine_name=row["machine_name"],
                label=row["label"],
                label_v02=row["label_v02"],
                aliases=split(row["aliases"]),
                type=row["type"],
                codelist=row["codelist"] or None,
                requirement={p: row.get(f"required_{p}") or "nee" for p in profile_names},
                required_if=condition,
                fixed={p: row.get(f"fixed_{p}", "") for p in profile_names if row.get(f"fixed_{p}")},
                required_v02=row["required_v02"] == REQUIRED,
                since_version=row["since_version"],
                deprecated_in=row["deprecated_in"] or None,
                publish=row["publish"],
                description=row["description"],
                example=row["example"],
                max_length=int(row["max_length"]) if row.get("max_length") else None,
            )
        )
    return attributes


def read_metadata() -> list[MetadataField]:
    return [
        MetadataField(
            machine_name=row["machine_name"],
            label=row["label"],
            required=row["required"] == REQUIRED,
            required_v02=row["required_v02"],
            fixed_value=row["fixed_value"],
            format=row["format"],
            dcat_property=row["dcat_property"],
            description=row["description"],
            example=row["example"],
        )
        for row in read_rows(DATA_DIR / "metadata.csv")
    ]


def read_codelists(attributes) -> dict[str, CodeList]:
    """Every CSV in data/codelists; a list an attribute names without its own file is the union of name_*.csv."""
    lists = {path.stem: read_codelist(path) for path in sorted(CODELIST_DIR.glob("*.csv"))}
    for attribute in attributes:
        name = attribute.codelist
        if name and name not in lists:
            parts = [lists[n] for n in sorted(lists) if n.startswith(name + "_")]
            lists[name] = combine(name, parts) if parts else CodeList(name, [])
    return lists


def read_crosswalk() -> list[dict]:
    path = DATA_DIR / "crosswalk_v02.csv"
    return read_rows(path) if path.exists() else []


def build() -> Standard:
    profile_rows = read_rows(DATA_DIR / "profiles.csv")
    names = [row["name"] for row in profile_rows]
    attributes = read_attributes(names)
    profiles = {
        row["name"]: Profile(row["name"], row["label"], row["description"], tuple(attributes)) for row in profile_rows
    }
    variants = [CodeListVariant(**row) for row in read_rows(DATA_DIR / "codelist_variants.csv")]
    return Standard(attributes, read_metadata(), read_codelists(attributes), profiles, variants, read_crosswalk())
