"""Detector families; importing this package registers them all (one module per family)."""

from openklachten.anonymisation.detectors import (  # noqa: F401
    addresses,
    ages,
    contact,
    dossier,
    forms,
    functions,
    health,
    identifiers,
    names,
    registers,
    relatives,
    signatures,
    spoken,
    vehicles,
)
