"""Residual risk: after redaction, is what is left safe to publish without a person having looked at it?

Detectors decide what to redact; this module decides whether the *rest* is risky, so that a text whose
leftovers look like a missed name or health detail goes to review instead of being published unseen:
- a capitalised word mid-sentence that no lexicon, place list, keep-span or name list explains;
- a word that only name lists know (not Dutch) left standing, also in lower case ("iryna", "Hoekstra");
- an unknown lower-case word in a name position ("met X", "mijn zoon X", "meneer X");
- a health cue ("ziek", "diagnose", "medicatie", "psychiater") with no health detail redacted near it;
- a person or household pinned to a spot ("de familie ... op de hoek van de Molenweg").
Each risk is a short Dutch reason, shown to the reviewer.
"""

import bisect
import re

from openklachten.anonymisation import lookup, scripts
from openklachten.anonymisation.namegrammar import foreign_letters
from openklachten.anonymisation.namescore import name_likeness
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS, PARTICLES

WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"'“(\[•*–-]|\d[.)])[ \t]*$")
# Round 8: Dutch word forms no name takes: past participles ("omgezaagd", "afgebrand"), present participles and
# adjectives ("mensonterend", "postnatale", "hartverscheurende"): unknown to the lexicon, still no name.
DUTCH_MORPHOLOGY = re.compile(
    r"^(?:[a-z]{0,5}ge[a-z]{3,}(?:d|t)|[a-z]{4,}(?:end|ende|ale|aal|isch|ische|lijk|lijke|heid|baar|bare|loos|"
    r"loze|achtig|achtige))$"
)
NAME_POSITION = re.compile(
    r"\b(?:met|meneer|mijnheer|mevrouw|mevr|mw|dhr|collega|mijn|mn|m'n|zijn|z'n|haar|d'r|onze|hun|ik ben|ik heet|"
    r"dit is|hier is|mijn naam|naam is|heet|heette|genaamd|noemt hem|noemt haar|hoi|hallo|hey|hee|beste|lieve|"
    r"groetjes|groet|doei|dank je|thx|bedankt)[ \t,]+"
    r"(?:(?:zoon|dochter|vrouw|man|broer|zus|moeder|vader|opa|oma|buurman|buurvrouw|partner|vriend|vriendin|"
    r"neef|nicht|kind|collega)[ \t]+)?$"
)
# "gerrit vraagt", "olena zegt": an unknown lower-case word as the subject of a verb of speaking.
SPEECH_VERB_AFTER = re.compile(
    r"[ \t]+(?:vraagt|vroeg|zegt|zei|meldt|meldde|belt|belde|antwoordt|vertelt|vertelde|reageert|laat weten)\b"
)
# "#ontslaganja", "#justicefornoor": a hashtag that ends in a first name.
HASHTAG = re.compile(r"#([^\W\d_]{4,})")
HEALTH_CUES = frozenset(
    "ziek zieke ziekte aandoening diagnose gediagnosticeerd medicatie medicijnen psychiater psycholoog "
    "handicap gehandicapt beperking ziekenhuisopname".split()
)
# An unknown word no list knows is only a risk when its letters look like a name ("Wirjosemito" yes,
# "Groenrijk", "Tzorg" no): otherwise every brand and compound would send a text to review.
UNKNOWN_NAME_LIKE = 0.3
CAMEL = re.compile(r"[a-z][A-Z]")
HEALTH_WINDOW = 120
# A person or household pinned to a spot: "de familie met de drie honden op de hoek van de Molenweg",
# "de bewoner van het hoekhuis naast de bakkerij". No list can redact these; a person has to judge them.
PINNED_HOUSEHOLD = re.compile(
    r"\b(?:familie|gezin|bewoners?|bewoonster|buren|buurman|buurvrouw|meneer|mevrouw|man|vrouw|jongen|meisje|"
    r"eigenaar|eigenaresse|huurder|huurster)\b[^.;:!?\n]{0,60}?\b(?:op de hoek|naast (?:de|het|nummer)|"
    r"tegenover (?:de|het|nummer)|boven (?:de|het)|hoekhuis|als enige|de enige)\b"
)
HEALTH_CUE_STEMS = ("ziek", "aandoening", "diagnos", "medic", "psych", "handicap", "beperking")


def _known_word(low: str) -> bool:
    return (
        low in lookup.dutch_words()
        or low in lookup.common_words()
        or low in NOT_NAMES
        or low in ORGANISATION_WORDS
        or low in lookup.places()
        or low in PARTICLES
        or low in lookup.streets()
    )


def _stem_known(head: str, words: frozenset[str]) -> bool:
    """A compound's first part as Dutch writes it: "huisvestings" (linking s), "inschrijf" (inschrijven)."""
    return (
        head in words
        or (head.endswith("s") and head[:-1] in words)
        or head + "en" in words
        or (head.endswith("f") and head[:-1] + "ven" in words)
        or (head.endswith("s") and head[:-1] + "zen" in words)
    )


def _compound(low: str, depth: int = 2) -> bool:
    """A Dutch compound the lexicon lacks: "huisvestingsverordening", "burgerservicenummer", "wegzet".

    Inside a longer compound the parts must have 4+ letters: short words ("wir", "jose") split anything.
    """
    words = lookup.dutch_words()
    shortest = 3 if depth == 2 else 4
    for cut in range(shortest, len(low) - shortest + 1):
        head, tail = low[:cut], low[cut:]
        if tail in words and (_stem_known(head, words) or (depth > 1 and _compound(head, depth - 1))):
            return True
    return False


def _explained(word: str) -> bool:
    if CAMEL.search(word):
        return True  # "EasyPark", "WoonInEindhoven": a brand written in camel case
    parts = [p for p in re.split(r"[-'’]", word) if len(p) > 2]  # "e-mails", "ex-partner": short parts say nothing
    return all(p.isupper() or _known_word(p.lower()) or _compound(p.lower()) for p in parts)


def _name_only(low: str) -> bool:
    """A word that a name list knows and no Dutch lexicon does: "iryna", "hoekstra", "boukhari"."""
    return (
        (low in lookup.first_names() or low in lookup.surnames()) and low not in lookup.dutch_words() and len(low) >= 3
    )


def _positions(doc, text: str, word: str):
    if doc is not None:
        return ((p, p + len(word)) for p in doc.positions(word))
    return ((m.start(), m.end()) for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text, re.IGNORECASE))


def _hashtag_names(text: str, covered: list[tuple[int, int]]) -> list[str]:
    found = []
    for match in HASHTAG.finditer(text):
        if any(s <= match.start(1) < e for s, e in covered):
            continue
        body = match.group(1).lower()
        tails = (body[cut:] for cut in range(0, len(body) - 3))
        if any(tail in lookup.first_names() and tail not in lookup.common_words() for tail in tails):
            found.append(f"hashtag met een naam: #{match.group(1)}")
    return found


def _foreign_script(text: str, covered: list[tuple[int, int]]) -> list[str]:
    """Runs of non-Latin words untouched by any redaction: no Dutch list can say they hold no name.

    A run whose name part was redacted ("Мене звати [NAAM]") has been read; the rest of it is context.
    """
    return [
        f"woorden in een ander schrift blijven staan: {text[s:e][:40]}"
        for s, e in scripts.runs(text)
        if not any(cs < e and s < ce for cs, ce in covered) and not scripts.formula(text[s:e])
    ]


def risks(text: str, taken: list[tuple[int, int, str]], keep: list[tuple[int, int]], doc=None) -> list[str]:
    """Reasons why the unredacted rest of `text` may still identify someone ([] when it looks safe).

    `taken`: redacted spans (start, end, type); `keep`: spans kept on purpose (public bodies, places);
    `doc`: the engine's Document of this text (its word set and word positions are reused).
    """
    covered = sorted([(s, e) for s, e, _ in taken] + list(keep))
    reasons: list[str] = []
    # Most words are frequent Dutch words and can never be a risk: only the rest is looked at (speed).
    dutch, common = lookup.dutch_words(), lookup.common_words()
    words = doc.words if doc is not None else frozenset(WORD.findall(text.lower()))
    candidates = sorted(w for w in words if len(w) >= 3 and w not in dutch and w not in common)
    positions = sorted(p for w in candidates for p in _positions(doc, text, w))
    starts = [s for s, _ in covered]
    for start, end in positions:
        before_index = bisect.bisect_right(starts, start)
        if any(s < end and start < e for s, e in covered[max(0, before_index - 3) : before_index + 1]):
            continue
        word = text[start:end]
        if word.isupper():
            continue
        low = word.lower()
        before = text[max(0, start - 40) : start]
        if _name_only(low) and (word[0].isupper() or len(low) >= 4):
            reasons.append(f"naam uit de namenlijst blijft staan: {word}")
        elif (
            word[0].isupper()
            and not SENTENCE_START.search(before)
            and (
                (foreign_letters(low) and low not in lookup.places())
                or (not _explained(word) and name_likeness(low) >= UNKNOWN_NAME_LIKE)
            )
        ):
            reasons.append(f"onverklaard woord met hoofdletter: {word}")
        elif (
            word.islower()
            and NAME_POSITION.search(before)
            and not DUTCH_MORPHOLOGY.search(low)
            and not all(_known_word(p) for p in low.split("-") if len(p) > 2)
            and (not _explained(word) or name_likeness(low) > 0)
        ):
            # In a name position a short "compound" ("oks" + "ana") explains nothing when the letters look like a name.
            reasons.append(f"onbekend woord op een naamplek: {word}")
        elif (
            word.islower()
            and SPEECH_VERB_AFTER.match(text, end)
            and not _known_word(low)
            and name_likeness(low) > 0
            and SENTENCE_START.search(before[-12:] if len(before) > 12 else before)
        ):
            reasons.append(f"onbekend woord als spreker: {word}")
        if len(reasons) >= 3:
            break
    if not text.isascii() and len(reasons) < 3:
        reasons.extend(_foreign_script(text, covered)[:1])
    if "#" in text and len(reasons) < 3:
        reasons.extend(_hashtag_names(text, covered)[:1])
    lower = text.lower()
    if (
        ("hoek" in lower or "naast" in lower or "tegenover" in lower or "enige" in lower or "boven" in lower)
        and (pinned := PINNED_HOUSEHOLD.search(lower))
        and not any(s <= pinned.end() and pinned.start() <= e for s, e, t in taken if t == "ANDER")
    ):
        reasons.append(
            f"beschrijving die één persoon of huishouden kan aanwijzen: {text[pinned.start() : pinned.end()]}"
        )
    if not any(cue in lower for cue in HEALTH_CUE_STEMS):
        return reasons
    health_at = [s for s, _, t in taken if t == "GEZONDHEID"]
    for match in WORD.finditer(lower):
        if match.group() in HEALTH_CUES and not any(abs(s - match.start()) < HEALTH_WINDOW for s in health_at):
            if not any(s <= match.start() < e for s, e in covered):
                reasons.append(f"gezondheidsaanwijzing zonder weggelakt gezondheidsgegeven: {match.group()}")
                break
    return reasons
