"""Realistic synthetic demo data: complaints of 80+ real organisations over 3.5 years, as records or files.

`generate_records(size, seed)` yields dicts in the standard 1.0 machine names (test fixture, benchmark
data); `write_deliveries(directory, size, seed)` writes them as the files publishers deliver (CSV, XLSX,
JSON per organisation and quarter) with the dataset metadata. All personal data in the texts is invented.
"""

import importlib

__all__ = ["END", "START", "DeliveryFile", "generate_records", "write_deliveries"]

# Loaded on first use: Django imports this package at every start-up (it is an app), and the generator's name
# lists take a noticeable part of a second to load.
_HOME = {"END": "records", "START": "records", "generate_records": "records"}
_HOME.update(DeliveryFile="deliveries", write_deliveries="deliveries")


def __getattr__(name):
    if name in _HOME:
        return getattr(importlib.import_module(f"openklachten.demo.{_HOME[name]}"), name)
    raise AttributeError(f"module 'openklachten.demo' has no attribute {name!r}")
