"""Grow a found name over the name words beside it that the detectors could not vouch for.

Detectors stop at what a list or a cue confirms: "Shurandy [Martina]", "[Yonas] Gebremedhin", "Umm [Yusuf]",
"[Abdullah bin Rashid] al-Hashimi". A capitalised word next to a found name is part of it when it is joined by
a particle of another naming culture (bin, bint, ibn, al-, el-, Abu, Umm, da, dos, de los), or when no Dutch
lexicon, place, street or keep-span explains it (a word with letters foreign to Dutch spelling, "Wiśniewska",
never is). Only capitalised Latin words are joined; lower-case text never grows a name here.
"""

import re

from openklachten.anonymisation import lookup, residual
from openklachten.anonymisation.entities import Entity
from openklachten.anonymisation.namegrammar import INSTITUTION_WORDS, LOWER, UPPER, foreign_letters
from openklachten.anonymisation.namescore import name_likeness
from openklachten.anonymisation.vocabulary import NOT_NAMES, ORGANISATION_WORDS, PARTICLES

CAP = rf"[{UPPER}][{LOWER}]+(?:['’][{UPPER}]?[{LOWER}]+)?"
# Particles that join two parts of one name in Arabic, Somali, Portuguese, Spanish naming.
JOINERS = r"(?:bin|bint|ibn|ben|abu|umm|da|das|do|dos|de los|de las|del|della|di|y)"
HYPHENATED = r"(?:[aAeE]l|[aA][dnrstz]|[aA]sh|[uU]l)-"
AFTER = re.compile(rf"[ \t]+((?:{JOINERS}[ \t]+)?(?:{HYPHENATED})?{CAP}(?:-{CAP})?)(?![{UPPER}{LOWER}\w-])")
BEFORE = re.compile(rf"(?<![\w'’-])({CAP}|Umm|Abu|Ibn|Bin|Bint)((?:[ \t]+{JOINERS})?)[ \t]+$")
# A "compound" the lexicon can split still counts as a name when its letters look like one ("Shurandy").
NAME_LIKE = 0.3
CULTURE_PREFIX = frozenset({"umm", "abu", "ibn", "bin", "bint"})


def unexplained(word: str) -> bool:
    low = word.lower()
    if foreign_letters(low):
        return low not in lookup.places()
    parts = [p for p in re.split(r"[-'’ ]", low) if p]
    return all(
        p not in lookup.dutch_words()
        and p not in lookup.common_words()
        and p not in lookup.places()
        and p not in lookup.streets()
        and p not in NOT_NAMES
        and p not in ORGANISATION_WORDS
        and p not in INSTITUTION_WORDS
        and p not in PARTICLES
        and (not residual._compound(p) or name_likeness(p) >= NAME_LIKE)
        for p in parts
    )


def _joined(words: str, joiner: str) -> bool:
    """`words`: the capitalised word(s) beside the name; `joiner`: a culture particle between them, if any."""
    if joiner.strip() or re.match(HYPHENATED, words):
        return True
    return unexplained(words)


def _free(start: int, end: int, entities: list[Entity], keep: list[tuple[int, int]], own: Entity) -> bool:
    return not any(other is not own and other.start < end and start < other.end for other in entities) and not any(
        ks < end and start < ke for ks, ke in keep
    )


# Round 10: "Jacoba (Co) Hendriksen-Zijlstra": a nickname in brackets between the first name and the surname.
NICKNAME_THEN_SURNAME = re.compile(rf"[ \t]+\([{UPPER}][{LOWER}]+\)[ \t]+({CAP}(?:-{CAP})?)(?![{UPPER}{LOWER}\w-])")


def _surname_shaped(words: str) -> bool:
    """After a bracketed nickname the brackets vouch for the name; the words must only be no common word or place."""
    parts = [p for p in re.split(r"[-'’]", words.lower()) if p]
    return all(p not in lookup.common_words() and p not in lookup.places() and p not in NOT_NAMES for p in parts)


def join(text: str, entities: list[Entity], keep: list[tuple[int, int]]) -> None:
    """Grow NAAM entities in place over joined or unexplained capitalised neighbours (two words at most); a
    surname after a nickname that is a name of its own is added to `entities`."""
    added: list[Entity] = []
    for entity in list(entities):
        if entity.type != "NAAM" or not text[entity.start : entity.start + 1].isupper():
            continue
        for _ in range(2):
            match = AFTER.match(text, entity.end)
            if not match:
                break
            words = match.group(1)
            joiner = re.match(rf"{JOINERS}[ \t]+", words)
            if not _joined(words[joiner.end() :] if joiner else words, joiner.group() if joiner else ""):
                break
            if not _free(entity.end, match.end(), entities, keep, entity):
                break
            entity.end = match.end()
        nickname = NICKNAME_THEN_SURNAME.match(text, entity.end)
        if nickname and _surname_shaped(nickname.group(1)):
            if _free(entity.end, nickname.end(), entities, keep, entity):
                entity.end = nickname.end()
            elif _free(nickname.start(1), nickname.end(1), entities, keep, entity):
                # The nickname was found as a name of its own: the surname after it becomes one too.
                added.append(Entity(nickname.start(1), nickname.end(1), "NAAM", "naam-bijnaam", 0.85))
        for _ in range(2):
            match = BEFORE.search(text, max(0, entity.start - 40), entity.start)
            if not match:
                break
            word, joiner = match.group(1), match.group(2)
            # "Ik ben [Youssef]": before a name a joiner proves nothing, the word itself must be a name word.
            if not (word.lower() in CULTURE_PREFIX or unexplained(word)):
                break
            if not _free(match.start(), entity.start, entities, keep, entity):
                break
            entity.start = match.start()
    entities.extend(added)
