"""The engine: run every detector, honour the keep-spans, propagate names, apply the safety net, redact."""

import re

from openklachten.anonymisation import apposition, joining, residual, riskmodel, safety, scripts, shouting
from openklachten.anonymisation import keep as keep_module
from openklachten.anonymisation.detector_catalogue import all_detectors
from openklachten.anonymisation.document import Document
from openklachten.anonymisation.entities import REVIEW_BELOW, Entity, Result
from openklachten.anonymisation.extension import extend
from openklachten.anonymisation.namegrammar import name_tokens
from openklachten.anonymisation.propagation import propagate
from openklachten.anonymisation.retype import retype_phones

# Validated numbers decide their own exceptions; a keep-span cannot veto them.
NUMERIC = {"BSN", "IBAN", "TELEFOON", "EMAIL", "POSTCODE", "KENTEKEN", "URL", "DOSSIERNUMMER"}
OCR_SPACE = re.compile(r"(?<=\w) ([.,:;])(?= )")
KEEP = "KEEP"  # detectors yield this type for spans that must survive (0800-numbers, BNG accounts, info@)


def anonymise(text: str, names=(), risk_model: bool = True, skip: frozenset[str] = frozenset()) -> Result:
    """Redact personal data in `text`; `names` are names known from the record (e.g. the complainant).

    For training the learned residual scorer (riskmodel_training.py) only: `risk_model=False` leaves the scorer
    out, and `skip` names detectors not to run (to see what an engine without those rules leaves standing).
    """
    if not text:
        return Result(text or "")
    # OCR puts spaces before punctuation ("mw . Verbruggen ,"): detectors read a tidied copy of equal length,
    # so every offset still points into the original text.
    tidy = OCR_SPACE.sub(r"\1 ", text) if " ." in text or " ," in text else text
    tidy = ocr_digits(tidy)
    if shouting.shouting(tidy):
        tidy = shouting.ordinary_case(tidy)
    doc = Document(tidy, tuple(n for n in names if n and n.strip()), keep_module.keep_spans(tidy))
    found: list[Entity] = []
    for name, detector in all_detectors().items():
        if name not in skip:
            found.extend(detector(doc))
    hard_keep = [(e.start, e.end) for e in found if e.type == KEEP]
    doc.keep.extend(hard_keep)
    candidates = [e for e in (_clip(doc, e) for e in found if e.type != KEEP) if _allowed(doc, e, hard_keep)]
    chosen = _resolve(extend(text, _resolve(candidates)))

    known = [(text[e.start : e.end], e.confidence) for e in chosen if e.type == "NAAM"]
    known += [(name.strip(), 0.95) for name in doc.names]
    spread = [e for e in propagate(text, known) if _allowed(doc, e, hard_keep)]
    chosen = _resolve(chosen + spread)
    joining.join(text, chosen, doc.keep)
    if "," in text or "(" in text or " is " in text or "kvk" in text.lower():
        chosen = _resolve(chosen + [e for e in apposition.ages(text, chosen) if _allowed(doc, e, hard_keep)])
    if not text.isascii():
        chosen = _resolve(chosen + [e for e in scripts.names(text, chosen) if _allowed(doc, e, hard_keep)])
    chosen = sorted(chosen + safety.leftovers(text, chosen, doc.keep), key=lambda e: e.start)
    retype_phones(text, chosen)
    learned = None
    if risk_model and riskmodel.REDACT_THRESHOLD <= 1:
        # The learned scorer (riskmodel.py) may redact a near-certain token (a guess that cannot leak).
        extra, learned = riskmodel.assess(text, [(e.start, e.end, e.type) for e in chosen], doc.keep)
        if extra:
            guesses = [Entity(s, e, riskmodel.guessed_type(text[s:e]), "risicomodel", 0.8) for s, e in extra]
            chosen = sorted(chosen + guesses, key=lambda e: e.start)
    _number(text, chosen)
    reasons = [f"onzekere vondst ({e.source}): {e.type}" for e in chosen if e.confidence < REVIEW_BELOW][:3]
    taken = [(e.start, e.end, e.type) for e in chosen]
    # Organisation names are context for the residual-risk rules, not names left standing (round 8).
    context = doc.keep + keep_module.organisation_spans(tidy, doc)
    reasons += residual.risks(text, taken, context, doc)
    if risk_model and not reasons and riskmodel.REDACT_THRESHOLD > 1:
        # Routing only: the learned scorer reads what the rules left standing, when nothing else sent the text
        # to review already (then it would change nothing and only cost time).
        learned = riskmodel.assess(text, taken, context)[1]
    if learned and not reasons:
        reasons.append(learned)
    return Result(_redact(text, chosen), chosen, bool(reasons), reasons, context)


# OCR reads digits as letters and letters as digits ("O8-O3-2O17", "Kastanjelaan l4", "W1llem de Kl3rk").
# Round 8: detectors read a copy of equal length with the likely characters: O/o/l/I as digits inside a
# number-shaped token, 0/1/3 as letters inside a word.
# Speed: the hint starts at a digit (a character class the scan can jump to), the rest is checked around it.
OCR_HINT = re.compile(r"\d(?:(?<=[OolI]\d)|(?<=[a-z][013])(?=[a-z])|(?=[OolI]))")
OCR_NUMBER = re.compile(r"(?<![\w])(?=[0-9OolI./-]*\d)[0-9OolI]{1,4}(?:[-/.][0-9OolI]{1,4}){0,2}(?![\w])")
OCR_WORD = re.compile(r"(?<=[A-Za-z])[013](?=[a-z]{2})|(?<=[a-z]{2})[013](?=[a-z])")
TO_DIGIT = str.maketrans("OolI", "0011")
TO_LETTER = str.maketrans("013", "oie")


def ocr_digits(text: str) -> str:
    if not OCR_HINT.search(text):
        return text
    text = OCR_NUMBER.sub(lambda m: m.group().translate(TO_DIGIT), text)
    return OCR_WORD.sub(lambda m: m.group().translate(TO_LETTER), text)


def _allowed(doc: Document, entity: Entity, hard_keep: list[tuple[int, int]]) -> bool:
    """Free-text types yield to every keep-span; validated numbers only to their detectors' own keeps."""
    if entity.end <= entity.start:
        return False
    spans = hard_keep if entity.type in NUMERIC else doc.keep
    return not any(ks <= entity.start and entity.end <= ke for ks, ke in spans)


TRAILING_PARTICLES = re.compile(
    r"(?:[ \t,]+(?:van|de|der|den|het|bij|voor|namens|from|of|the))*[ \t,]*$", re.IGNORECASE
)


COLUMN_BREAK = re.compile(r"[ \t]{3,}|\t")


def _clip(doc: Document, entity: Entity) -> Entity:
    """A name that runs into a kept public body ends before it: "Ingrid van de [Sociale Verzekeringsbank]"."""
    if entity.type != "NAAM":
        return entity
    # A pasted table: a name ends at a column break ("Lotte de Klerk   Geb.datum: ...").
    column = COLUMN_BREAK.search(doc.text, entity.start, entity.end)
    if column:
        entity.end = column.start()
    for k_start, _ in doc.keep:
        if entity.start < k_start < entity.end:
            head = TRAILING_PARTICLES.sub("", doc.text[entity.start : k_start])
            entity.end = entity.start + len(head)
    return entity


def _resolve(candidates: list[Entity]) -> list[Entity]:
    """Non-overlapping entities: longer spans first, then the more confident one."""
    chosen: list[Entity] = []
    spans: list[tuple[int, int]] = []  # the chosen (start, end): compared inline, not per method call (speed)
    for entity in sorted(candidates, key=lambda e: (-e.length, -e.confidence, e.start)):
        start, end = entity.start, entity.end
        if not any(start < other_end and other_start < end for other_start, other_end in spans):
            chosen.append(entity)
            spans.append((start, end))
    return chosen


POSSESSIVE_END = re.compile(r"(['’]s|s)$")
NON_WORD = re.compile(r"\W")


def _number(text: str, entities: list[Entity]) -> None:
    """Typed numbered tokens: the same person (or value) gets the same number within one text."""
    counters: dict[str, int] = {}
    keys: dict[tuple[str, str], int] = {}
    for entity in entities:
        value = text[entity.start : entity.end]
        if entity.type == "NAAM":
            tokens = [t.lower() for t in name_tokens(value) if len(t) >= 3] or [value.lower()]
            number = next((keys[("NAAM", t)] for t in reversed(tokens) if ("NAAM", t) in keys), None)
            if number is None:
                number = counters["NAAM"] = counters.get("NAAM", 0) + 1
            for t in tokens:
                keys.setdefault(("NAAM", POSSESSIVE_END.sub("", t)), number)
                keys.setdefault(("NAAM", t), number)
        else:
            key = (entity.type, NON_WORD.sub("", value).lower())
            if key not in keys:
                keys[key] = counters[entity.type] = counters.get(entity.type, 0) + 1
            number = keys[key]
        entity.token = f"[{entity.type}-{number}]"


def _redact(text: str, entities: list[Entity]) -> str:
    parts, position = [], 0
    for entity in entities:
        parts.append(text[position : entity.start])
        parts.append(entity.token)
        position = entity.end
    parts.append(text[position:])
    return "".join(parts)
