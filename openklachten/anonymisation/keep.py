"""Keep-spans: what must survive anonymisation because it carries the public meaning.

Public bodies ("gemeente Kampen", "provincie Gelderland"), places used as context ("in Zwolle"), and names
of public organisations from the standard's reference list. Detections of names and other free-text types
that overlap a keep-span are dropped; validated numbers decide their own exceptions (BNG accounts, 0800).
"""

import re

from openklachten.anonymisation import lookup
from openklachten.anonymisation.document import same_length_lower
from openklachten.anonymisation.fastre import (
    ascii_delimiters,
    distinct_runs,
    finditer_at,
    first_char_alternation,
    occurrences,
)
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
_WORD_DELIMITERS = ascii_delimiters(lambda c: bool(WORD.fullmatch(c)))
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


# Round 9: "het ministerie van Sociale Zaken en Werkgelegenheid" in lower case is a public body as much as
# "Ministerie van Financiën" in the public-body list; the risk model read its capitalised words as residual risk.
MINISTRY = re.compile(
    r"\b[Mm]inisterie[ \t]+van[ \t]+[A-ZÀ-Þ][\w'’-]+(?:,?[ \t]+(?:(?:en|van|voor|de|het)[ \t]+)?[A-ZÀ-Þ][\w'’-]+){0,4}"
)


def keep_spans(text: str) -> list[tuple[int, int]]:
    lower = same_length_lower(text)
    spans = []
    if "inisterie" in text:
        spans.extend(m.span() for m in MINISTRY.finditer(text))
    words = distinct_runs(text, WORD, _WORD_DELIMITERS, str.isalnum)
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


# Round 8: names of schools, clubs, churches, shops and care providers ("obs De Klimop", "MHC Rosmalen",
# "Stedelijk Lyceum Enschede", "Gereformeerde Kerk Nunspeet", "Café De Beurs") and sport-team codes
# ("JO11-2"). They are no keep-spans for the detectors (a person's name can be part of a shop's name), but the
# residual-risk rules and the learned scorer do not read them as names left standing: their capitalised words
# were what sent most school and club texts to review.
ORGANISATION_HEADS = (
    r"basisschool|school|obs|cbs|rkbs|pcbs|ikc|kindcentrum|vso|so|vmbo|lyceum|college|gymnasium|atheneum|"
    r"scholengemeenschap|sv|vv|hc|mhc|fc|sc|hv|tv|kv|rkvv|voetbalvereniging|korfbalvereniging|hockeyclub|"
    r"tennisclub|zwemclub|sportclub|vereniging|stichting|kerk|moskee|parochie|synagoge|voedselbank|"
    r"uitgiftepunt|scouting|muziekschool|kinderopvang|bso|peuterspeelzaal|gezondheidscentrum|huisartsenpraktijk|"
    r"apotheek|café|restaurant|hotel|parkeergarage|sportpark|sporthal|zwembad|thuiszorg|zorgvervoer|"
    r"autobedrijf|winkelcentrum|woonzorgcentrum|verpleeghuis|zorgcentrum|bibliotheek|theater|museum|buurthuis|"
    r"wijkcentrum|clubhuis|camping|jachthaven|supermarkt|bakkerij|garage|kapsalon|tandartspraktijk|"
    r"fysiotherapie|praktijk|ziekenhuis|kliniek|opvang|vve|beheer|makelaardij|woningstichting|omroep"
)
_SUFFIXES = "lyceum|college|kerk|school|centrum|bad|vervoer|zorg|opvang|bank|fonds|beheer|groep"
# A capitalised word ending in one: "Sportfondsenbad", "Zorgvervoer", "Stedelijk Lyceum", "Gereformeerde Kerk".
ORGANISATION_SUFFIX = rf"(?=[A-ZÀ-Þ])(?i:[\w'’-]*(?:{_SUFFIXES}))"
CAPITALISED = r"(?:(?:De|Het|'t|Den|Ter|St\.?|Sint)[ \t]+)?[A-ZÀ-Þ][\w'’&.-]*"
ORGANISATION = re.compile(
    rf"(?i:\b(?:{ORGANISATION_HEADS}))(?:[ \t]+{CAPITALISED}){{1,3}}"
    rf"|\b(?:[A-ZÀ-Þ][\w'’-]+[ \t]+){{0,2}}{ORGANISATION_SUFFIX}\b"
    rf"(?:[ \t]+{CAPITALISED}){{0,2}}"
    rf"|\b[JM]O\d{{1,2}}-\d{{1,2}}\b"
)
HEAD_WORDS = frozenset(ORGANISATION_HEADS.split("|"))
SUFFIX_WORDS = tuple(_SUFFIXES.split("|"))
TEAM_CODE = re.compile(r"\b[JM]O\d{1,2}-\d{1,2}\b")
# Speed: the pattern only runs from the start of a sentence-free window around a word that can begin or end an
# organisation name; most texts have none or one.
LEFT_WORDS = re.compile(r"(?:[A-ZÀ-Þ][\w'’-]+[ \t]+){1,2}$")


def organisation_spans(text: str, doc=None) -> list[tuple[int, int]]:
    """Organisation names and team codes: read as public context by the residual-risk rules, never redacted.

    `doc`: the engine's Document of this text (its word set and word positions are reused, for speed)."""
    spans = [m.span() for m in TEAM_CODE.finditer(text)] if "O" in text else []
    if doc is None:
        from openklachten.anonymisation.document import Document

        doc = Document(text)
    candidates = (doc.words & HEAD_WORDS) | {w for w in doc.words if _ends_in_suffix(w)}
    for low in candidates:
        for begin in doc.positions(low):
            end = begin + len(low)
            if low not in HEAD_WORDS:
                if not text[begin].isupper():
                    continue
                left = LEFT_WORDS.search(text, max(0, begin - 60), begin)
                begin = left.start() if left else begin
            match = ORGANISATION.match(text, begin)
            if match and match.end() >= end and not _private_with_a_name(low, match.group()):
                spans.append(match.span())
    return sorted(spans)


# Word -> does it end in an organisation suffix? Words recur from text to text, and endswith() with 13 suffixes
# on every word of every text was ~2 % of the engine's instructions (speed).
_SUFFIX_SEEN: dict[str, bool] = {}


def _ends_in_suffix(word: str) -> bool:
    known = _SUFFIX_SEEN.get(word)
    if known is None:
        if len(_SUFFIX_SEEN) > 200_000:  # a long-running worker: keep memory bounded
            _SUFFIX_SEEN.clear()
        known = _SUFFIX_SEEN[word] = word.endswith(SUFFIX_WORDS)
    return known


# A shop or firm named after its owner ("Bakkerij Hoekstra", "Jansen Zorgvervoer") names a person: such a name
# stays a residual risk. Schools, clubs, churches and foundations carry public names.
PRIVATE_BUSINESS = frozenset(
    "café restaurant hotel autobedrijf garage kapsalon bakkerij supermarkt praktijk fysiotherapie "
    "tandartspraktijk makelaardij camping zorgvervoer thuiszorg vervoer zorg beheer".split()
)


def _private_with_a_name(head: str, value: str) -> bool:
    if head not in PRIVATE_BUSINESS and not head.endswith(("vervoer", "zorg", "beheer")):
        return False
    first, surnames, dutch = lookup.first_names(), lookup.surnames(), lookup.dutch_words()
    # Both lists are looked up, not joined: their union cost ~2 ms per call (speed).
    return any((low in first or low in surnames) and low not in dutch for low in map(str.lower, WORD.findall(value)))
