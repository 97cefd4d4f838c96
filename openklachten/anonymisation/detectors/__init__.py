"""Detector families; importing this package registers them all (one module per family)."""

from openklachten.anonymisation.detectors import (  # noqa: F401
    addresses,
    ages,
    care,
    contact,
    dossier,
    foreign,
    forms,
    functions,
    health,
    identifiers,
    lists,
    names,
    notes,
    registers,
    relational,
    relatives,
    signatures,
    spelled_ages,
    spoken,
    vehicles,
)
