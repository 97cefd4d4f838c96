"""Split Dutch compounds into known parts: parkeervergunning -> parkeer + vergunning, huurtoeslag -> huur + toeslag.

There is no Dutch dictionary on board, so the known words are the corpus's own (every distinct word of the
published texts, stemmed) plus a short list of words complaints are about, for small corpora. A word is a
compound when it reads as known part + known part (the right-hand part may itself be a compound), with an
optional linking sound (the "s" of verkeersboete, the "en" of pannenkoek) after the left part.
"""

from collections.abc import Iterable

from openklachten.publication.readmodel import fulltext

MIN_PART = 4  # shorter parts ("ver", "aan", "be") are prefixes far more often than words: over-splitting
MAX_WORD = 40  # longer "words" are URLs or pasted codes
LINKS = ("s", "en", "e")  # tussenklanken after the left part: verkeer-s-boete, boek-en-kast, zonn-e-bank
# Left parts that make derivations or particle verbs, not compounds (onderzoek is not "onder" + "zoek").
NOT_A_LEFT_PART = frozenset(
    """onder over door voor achter tegen terug samen mede weer tussen boven binnen buiten hier daar waar
    want maar niet geen heel veel alle zelf eigen mis""".split()
)
# Words complaints are about, so that a small corpus still splits its compounds on them.
DOMAIN_WORDS = """parkeren boete vergunning toeslag huur zorg belasting aanslag afval container wachttijd wacht tijd
    plaats weg straat woning uitkering bijstand schuld hulp jeugd paspoort rijbewijs aanvraag bezwaar termijn
    verkeer riool water groen bouw school leerling vervoer zwembad sport bibliotheek markt melding klacht gesprek
    brief telefoon loket balie afspraak betaling factuur rekening kosten geld subsidie energie onderhoud
    """.split()


class Splitter:
    """Splits words on a fixed set of known stems; results are cached per word."""

    def __init__(self, known_stems: Iterable[str]):
        self.known = {s for s in known_stems if len(s) >= MIN_PART - 1}
        self.known.update(fulltext.stem(word) for word in DOMAIN_WORDS)
        self._cache: dict[str, tuple[str, ...]] = {}

    def parts(self, word: str) -> tuple[str, ...]:
        """The stems of a compound's parts (left to right); () when the word is not a compound."""
        word = word.lower()
        if word not in self._cache:
            self._cache[word] = self._split(word) if 2 * MIN_PART <= len(word) <= MAX_WORD else ()
        return self._cache[word]

    def _split(self, word: str) -> tuple[str, ...]:
        if not word.isalpha():
            return ()
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            left, right = word[:cut], word[cut:]
            left_stem = self._left(left)
            if left_stem is None:
                continue
            right_stem = fulltext.stem(right)
            if right_stem in self.known:
                return (left_stem, right_stem)
            rest = self.parts(right)  # three or more parts: afval + container + plaats
            if rest:
                return (left_stem, *rest)
        return ()

    def _left(self, left: str) -> str | None:
        """The stem of a left part, with a linking sound taken off when that makes it known."""
        candidates = [left] + [left[: -len(link)] for link in LINKS if left.endswith(link)]
        for candidate in candidates:
            if len(candidate) < MIN_PART or candidate in NOT_A_LEFT_PART:
                continue
            candidate_stem = fulltext.stem(candidate)
            if candidate_stem in self.known:
                return candidate_stem
        return None
