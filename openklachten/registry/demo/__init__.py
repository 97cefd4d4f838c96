"""Realistic synthetic demo data: complaints of 80+ real organisations over 3.5 years, as records or files.

`generate_records(size, seed)` yields dicts in the standard 1.0 machine names (test fixture, benchmark
data); `write_deliveries(directory, size, seed)` writes them as the files publishers deliver (CSV, XLSX,
JSON per organisation and quarter) with the dataset metadata. All personal data in the texts is invented.
"""

from openklachten.registry.demo.deliveries import DeliveryFile, write_deliveries
from openklachten.registry.demo.records import END, START, generate_records

__all__ = ["END", "START", "DeliveryFile", "generate_records", "write_deliveries"]
