"""Keep-spans: what must survive anonymisation because it carries the public meaning.

Public bodies ("gemeente Kampen", "provincie Gelderland"), places used as context ("in Zwolle"), and names
of public organisations from the standard's reference list. Detections of names and other free-text types
that overlap a keep-span are dropped; validated numbers decide their own exceptions (BNG accounts, 0800).
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.document import same_length_lower
from openklachten.anonymisation.fastre import finditer_at, first_char_alternation, occurrences
from openklachten.anonymisation.vocabulary import PERSON_LIKE_ORGANISATIONS

PLACE = (
    r"(?:'s-)?[A-ZÀ-Þ][\w'’-]*"
    r"(?:[ \t]+(?:aan[ \t]+(?:de|den|het)|op|bij|en|de|den|van)[ \t]+[A-ZÀ-Þ][\w'’-]*|[ \t]+[A-ZÀ-Þ][\w'’-]*){0,2}"
)
BODY_WORD = re.compile(
    r"(?:\b(?:gemeente|gemeentebestuur|provincie|waterschap|hoogheemraadschap|politie|politie-eenheid|"
    r"basisteam|regio|stadsdeel|veiligheidsregio|omgevingsdienst|ggd|rechtbank|gerechtshof|college van b&w|"
    r"burgemeester en wethouders van|raad van|stad|dorp|wijk|centrum van|ziekenhuis|"
    r"woningcorporatie|sociale dienst|werkplein|ombudsman|gemeentelijke ombudsman))[ \t]+"
)
PLACE_AT = re.compile(PLACE)
# A greedy scan never starts inside a word, so no look-behind is needed (it doubled the cost).
WORD = re.compile(r"[\w'’&-]+")
# National bodies known by their acronym or a one-word name: "bij DUO", "het CJIB", "de Belastingdienst".
NATIONAL_BODY_NAMES = (
    "DUO|UWV|SVB|CJIB|IND|CAK|RDW|CBR|NVWA|COA|RVO|AFM|ACM|KvK|Belastingdienst|Toeslagen|Sociale Verzekeringsbank|"
    "Nationale ombudsman|Kinderombudsman|Rijkswaterstaat|Kadaster|Justis|Raad voor Rechtsbijstand|Dienst Toeslagen"
).split("|")
# Written capital first, the look-behind after it (fastre): the engine skips to capitals (same matches, speed).
NATIONAL_BODIES = re.compile(
    first_char_alternation(
        r"\w-",
        [(n[0], re.escape(n[1:])) for n in NATIONAL_BODY_NAMES] + [("I", r"nspectie [A-Z][\w ]{3,40}?(?= |[.,])")],
    )
    + r"(?![\w-])"
)
# The first words of BODY_WORD's alternatives: the pattern only runs when one of them is in the text.
BODY_FIRST_WORDS = frozenset(
    "gemeente gemeentebestuur provincie waterschap hoogheemraadschap politie politie-eenheid basisteam regio "
    "stadsdeel veiligheidsregio omgevingsdienst ggd rechtbank gerechtshof college burgemeester raad stad dorp "
    "wijk centrum ziekenhuis woningcorporatie sociale werkplein ombudsman gemeentelijke".split()
)
NATIONAL_FIRST_WORDS = frozenset(
    "DUO UWV SVB CJIB IND CAK RDW CBR NVWA COA RVO AFM ACM KvK Belastingdienst Toeslagen Sociale Nationale "
    "Kinderombudsman Rijkswaterstaat Kadaster Justis Raad Dienst Inspectie".split()
)
CONTEXT_PLACE = re.compile(rf"\b(?:in|te|uit|naar|rond|nabij|richting|tussen|omgeving)[ \t]+({PLACE})")


def keep_spans(text: str) -> list[tuple[int, int]]:
    lower = same_length_lower(text)
    spans = []
    words = set(WORD.findall(text))
    if not BODY_FIRST_WORDS.isdisjoint(map(str.lower, words)):  # map: no Python-level loop per word
        # Every match starts with one of these words after a non-word character: tried there only (speed).
        for body in finditer_at(BODY_WORD, lower, occurrences(lower, BODY_FIRST_WORDS, word_start=True)):
            place = PLACE_AT.match(text, body.end())
            if place:
                spans.append((body.start(), place.end()))
    if not words.isdisjoint(NATIONAL_FIRST_WORDS):
        spans.extend(m.span() for m in NATIONAL_BODIES.finditer(text))
    places = lookup.places()
    for match in CONTEXT_PLACE.finditer(text):
        place = match.group(1)
        words = place.split()
        # Longest prefix of the capitalised words that is a known place: "Almere Stad", "Den Haag".
        for n in range(len(words), 0, -1):
            candidate = " ".join(words[:n])
            if candidate.lower() in places:
                spans.append((match.start(1), match.start(1) + len(candidate)))
                break
    for name in PERSON_LIKE_ORGANISATIONS:
        position = text.find(name)
        while position >= 0:
            spans.append((position, position + len(name)))
            position = text.find(name, position + 1)
    index = lookup.public_body_index()
    present = index.keys() & words
    for first in present:
        # Only the few first words present are looked up, not every word of the text.
        position = text.find(first)
        while position >= 0:
            if position == 0 or not _word_char(text[position - 1]):
                for name in index[first]:
                    end = position + len(name)
                    if text.startswith(name, position) and not text[end : end + 1].isalnum():
                        spans.append((position, end))
                        break
            position = text.find(first, position + 1)
    return spans


def _word_char(char: str) -> bool:
    return char.isalnum() or char in "_-'’&"
