"""Anonymisation of free complaint text: `anonymise(text, names)` for one text, `anonymise_many` for a batch.

Layers (see docs/anonimisering.md): keep-spans -> detectors from the catalogue (validated numbers, context
triggers, lookup lists) -> overlap resolution -> name propagation -> safety net -> numbered typed tokens.
"""

from openklachten.anonymisation.batch import anonymise_many
from openklachten.anonymisation.engine import anonymise
from openklachten.anonymisation.entities import Entity, Result
from openklachten.anonymisation.rescan import ENGINE_VERSION, rescan_many, rescan_text

__all__ = ["ENGINE_VERSION", "anonymise", "anonymise_many", "Entity", "Result", "rescan_many", "rescan_text"]
