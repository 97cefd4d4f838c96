"""ANDER (round 8): a person, household or small business described by what sets it apart, not by name.

Grammar, not vocabulary: a determiner, a head noun that stands for a person or a small premises ("de buurman",
"het autobedrijfje", "de Roemeense moeder"), and qualifiers after it ("met de groene camper", "op nummer 23",
"achter de Merelstraat", "van het bloemenkraam op de zaterdagmarkt"). It is only redacted with an anchor that
narrows it to one: a house number, a capitalised name in the qualifiers (a street, a team, a newspaper), a
colour or ordinal, "enige"/"laatste", or two qualifiers in a row. Also structural: a cadastral parcel
("kadastraal Hilversum sectie K nr. 4471" points at its owner) and an apartment number ("appartement 4.12").
"""

import re

from openklachten.anonymisation.detector_catalogue import register

TRADE_HEADS = frozenset(
    "tandarts huisarts dierenarts fysiotherapeut apotheker kapper kapster imker slager boer boerin visser "
    "loodgieter klusjesman postbode dominee pastoor predikant notaris veehouder kweker hovenier schilder "
    "timmerman aannemer schoenmaker".split()
)
PERSON_HEADS = (
    r"man|vrouw|jongen|jongens|meisje|jongeman|dame|knul|kerel|vent|jochie|oudje|"
    r"[a-z]*buurman|[a-z]*buurvrouw|[a-z]*buurjongen|[a-z]*buurmeisje|bewoner|bewoonster|eigenaar|eigenares|"
    r"eigenaresse|inwoner|inwoonster|moeder|vader|opa|oma|docent|docente|leraar|lerares|juf|meester|trainer|"
    r"keeper|aanvoerder|" + "|".join(sorted(TRADE_HEADS)) + r"|mevrouw|meneer"
    # Round 10: a person known by a trade in a neighbourhood or village ("de imker van Oostknollendam", "de
    # tandarts op de hoek"), and "mevrouw/meneer" as a head ("die mevrouw met die grote hond op de hoek").
)
# Small premises that stand for the people who run or live in them; public buildings are no such thing.
PLACE_HEADS = (
    r"[a-z]*bakkerij|[a-z]*winkel(?:tje)?|[a-z]+zaak|[a-z]*zaakje|[a-z]*kraam(?:pje)?|[a-z]*salon(?:netje)?|"
    r"[a-z]*bedrijf(?:je)?|huis(?:je)?|[a-z]*woning|boerderij(?:tje)?|café(?:tje)?|snackbar|cafetaria|"
    r"[a-z]*garage|villa|woonboot|woonwagen|caravan"
)
PUBLIC_PLACES = frozenset(
    "gemeentehuis stadhuis raadhuis ziekenhuis wijkhuis buurthuis clubhuis dorpshuis gezondheidscentrum "
    "gemeentewinkel stadswinkel rijksbedrijf gemeentebedrijf rechtszaak strafzaak ontslagzaak rechtzaak "
    "bodemzaak hoofdzaak bijzaak".split()
)
ADJECTIVES = r"(?:[A-Za-zÀ-ÿ][a-zà-ÿ]{2,}(?:e|ste)[ \t]+){0,2}"
QUALIFIER = (
    r"[ \t]+(?:met|van|op|uit|aan|naast|achter|boven|tegenover|voor|bij|in)[ \t]+"
    r"(?:(?:de|het|een|die|dat|mijn|zijn|haar|hun|onze|nummer|nr\.?|twee|drie|vier|vijf|zes|\d{1,4})[ \t]+)?"
    r"(?:[a-zà-ÿ]{3,}e[ \t]+)?[\wÀ-ÿ'’-]+"
)
DETERMINER_BEFORE = re.compile(rf"(?:[Dd]e|[Hh]et|[Dd]ie|[Dd]at)[ \t]+{ADJECTIVES}$")
DESCRIPTION = re.compile(
    # No look-behind at the start (speed: the scan then jumps to d/D/h/H); a match inside a word is skipped below.
    rf"(?:[Dd]e|[Hh]et|[Dd]ie|[Dd]at)[ \t]+({ADJECTIVES})((?:{PERSON_HEADS})|(?:{PLACE_HEADS}))"
    rf"((?:[ \t]+[a-z]+kunde)?)((?:{QUALIFIER}){{1,3}})"
)
COLOURS = frozenset(
    "rode groene blauwe gele zwarte witte grijze oranje paarse roze bruine blonde kale lange dikke oude rooie".split()
)
PLURAL_HEADS = frozenset("jongens buren bewoners eigenaren eigenaars".split())
SINGULAR = frozenset("enige laatste eerste tweede derde oudste jongste".split())
# A house number, not a year ("de zaak uit 2023").
NUMBER_IN = re.compile(r"(?:nummer|nr\.?)[ \t]*\d|(?<!\d)(?!(?:19|20)\d\d(?!\d))\d{1,4}(?!\d)")
CAPITAL_IN = re.compile(r"[ \t](?!(?:De|Het|Een)\b)[A-ZÀ-Þ][\w'’-]+")
QUALIFIER_AT = re.compile(QUALIFIER)
TRAILING = re.compile(r"(?:[ \t,]+(?:in|te|van|de|het|uit|bij|op|aan|naast|achter|voor|met))*[ \t,]*$")
# "de enige vrouwelijke vuilniswagenchauffeur van de gemeente X": with "enige" any noun is a head.
ONLY = re.compile(
    rf"(?<![\w-])(?:[Dd]e|[Hh]et|[Aa]ls)[ \t]+(enige[ \t]+{ADJECTIVES})([a-zà-ÿ][\wà-ÿ-]+)()((?:{QUALIFIER}){{1,3}})"
)
# "ik woon boven de shoarmazaak", "het ijssalonnetje ernaast": a home placed by a premises next to it, or a
# premises placed by "ernaast"/"hiertegenover" next to a place already named.
LIVES_BY = re.compile(
    rf"\b(?:woon|woont|wonen|woonde|woonden)\b[^.;!?\n]{{0,30}}?\(?((?:boven|naast|tegenover|achter|onder)[ \t]+"
    rf"(?:de|het)[ \t]+(?:{PLACE_HEADS}))(?![\w-])"
)
NEXT_TO = re.compile(
    rf"(?<![\w-])(?:[Hh]et|[Dd]e)[ \t]+((?:{PLACE_HEADS}))[ \t]+(?:ernaast|hiernaast|ertegenover|hiertegenover|"
    rf"erboven|hierboven|eronder|op de hoek)(?![\w-])"
)
NEXT_TO_WORDS = frozenset("ernaast hiernaast ertegenover hiertegenover erboven hierboven eronder hoek".split())
# Round 9 (shape): a parcel named after "perceel" without "kadastraal": place + section + number
# ("perceel Zeist F 2290") or the cadastral municipality code ("perceel ZST01 F 2290").
PARCEL = re.compile(
    r"\bperceel(?:nummer)?[ \t]+((?:[A-Z][a-z][\w-]+(?:[ \t]+[A-Z][a-z][\w-]+)?|[A-Z]{3}\d{2}),?[ \t]+"
    r"(?:sectie[ \t]+)?[A-Z]{1,2},?[ \t]+(?:nr\.?[ \t]*)?\d{1,6})\b"
)
CADASTRAL = re.compile(
    r"\bkadastraal(?:[ \t]+bekend)?(?:[ \t]+(?:als|gemeente))?[ \t]+[A-Z][\w-]+(?:[ \t]+[A-Z][\w-]+)?,?[ \t]+"
    r"sectie[ \t]+[A-Z]{1,2},?(?:[ \t]+(?:nr\.?|nummer|perceel(?:nummer)?))?[ \t]*\d{1,6}\b"
)
APARTMENT = re.compile(
    r"\b(?:appartement|appartementnummer|app\.)[ \t]+(?:nr\.?[ \t]*)?(\d{1,4}(?:[.-]\d{1,3})?[a-z]?)\b"
)


def _anchored(adjectives: str, head: str, qualifiers: str) -> bool:
    words = adjectives.lower().split()
    plural = head in PLURAL_HEADS
    if NUMBER_IN.search(qualifiers):
        return True
    if plural:
        return False
    if SINGULAR.intersection(words) or COLOURS.intersection(words) or COLOURS.intersection(qualifiers.split()):
        return True
    if CAPITAL_IN.search(qualifiers):
        return True
    if (
        head not in PLACE_WORDS
        and head not in SHOP_TRADES
        and not head.endswith(COMPOUND_PLACES)
        and ON_THE_CORNER.search(qualifiers)
    ):
        return True
    return len(QUALIFIER_AT.findall(qualifiers)) >= 2


# Round 10 (grammar): a person singled out by a relative clause that carries an anchor: a name or number,
# the news ("de veerbootkapitein die in de krant stond"), or a habit ("de bovenbuurman die tot laat piano
# speelt", "de man die elke week belt over de eiken").
RELATIVE_CLAUSE = re.compile(
    rf"(?:[Dd]e|[Dd]ie)[ \t]+({ADJECTIVES})([a-zà-ÿ]*(?:{PERSON_HEADS}|kapitein|schipper|eigenaar|koopman))"
    r"[ \t]+die[ \t]+"
    r"([^.,;:!?()\n\"“”]{3,70}?)(?=[.,;:!?()\n\"“”]|$)"
)
CLAUSE_ANCHOR = re.compile(
    r"\b(?:krant|nieuws|tv|televisie|omroep|radio|facebook|elke|iedere|altijd|steeds|dagelijks|wekelijks|tot laat|"
    r"'s nachts|’s nachts)\b"
)


# Finite verbs: the relative clause ends with its own verb; a second one opens the main clause again ("de buurman
# die altijd klaagt | heeft gelijk").
FINITE = frozenset(
    "is was zijn waren heeft had hebben hadden wil wilde kan kon moet moest wordt werd komt kwam gaat ging doet "
    "deed staat stond zegt zei belt belde klaagt klaagde woont woonde speelt speelde loopt liep rijdt reed "
    "werkt werkte houdt hield liet krijgt kreeg maakt maakte zit zat ligt lag".split()
)


VERB_LIKE = re.compile(r"(?:t|de|te|den|ten)$")
# The verbs that most often open the main clause again right after a relative clause.
MAIN_VERBS = frozenset("is was heeft had wil wilde kan kon moet moest wordt werd komt kwam gaat ging zegt zei".split())


def _clause_end(text: str, clause: re.Match) -> int:
    """Before the main clause's verb: a second finite verb ("de buurman die altijd klaagt | heeft gelijk"), or a
    main verb right after a verb-like word ("de man die de post bezorgt | komt elke dag te laat")."""
    words = list(re.finditer(r"\S+", text[clause.start(3) : clause.end()]))
    lowered = [w.group().lower() for w in words]
    finite = [i for i, w in enumerate(lowered) if w in FINITE]
    cuts = finite[1:2] + [
        i for i in finite if 0 < i < len(words) - 1 and lowered[i] in MAIN_VERBS and VERB_LIKE.search(lowered[i - 1])
    ]
    if cuts:
        return clause.start(3) + words[min(cuts)].start() - 1
    return clause.start(3) + words[-1].end() if words else clause.end()


# Found from each " die " backwards: the head may be any compound on a person head ("marktkoopman").
HEAD_BEFORE_DIE = re.compile(
    rf"(?:[Dd]e|[Dd]ie)[ \t]+{ADJECTIVES}[a-zà-ÿ]*(?:{PERSON_HEADS}|kapitein|schipper|eigenaar|koopman)[ \t]+$"
)


def _relative_clauses(doc):
    if "die" not in doc.words:
        return
    text = doc.text
    for position in doc.positions("die"):
        head = HEAD_BEFORE_DIE.search(text, max(0, position - 60), position)
        if not head:
            continue
        clause = RELATIVE_CLAUSE.match(text, head.start())
        if clause and clause.group(2).lower() not in PLACE_WORDS:
            end = _clause_end(text, clause)
            if _clause_anchored(text[clause.start(3) : end]):
                yield doc.entity(clause.start(), end, "ANDER", "ander-omschrijving", 0.8)


def _clause_anchored(clause: str) -> bool:
    return bool(CLAUSE_ANCHOR.search(clause.lower()) or CAPITAL_IN.search(" " + clause) or NUMBER_IN.search(clause))


def _clip(doc, start: int, end: int) -> int:
    """A description stops before a kept public body or place ("... van de gemeente Heerhugowaard")."""
    for k_start, _ in doc.keep:
        if start < k_start < end:
            end = k_start
    return len(TRAILING.sub("", doc.text[start:end])) + start


HEAD_ENDINGS = tuple(
    "man vrouw jongen jongens meisje jongeman dame knul kerel vent jochie oudje buurman buurvrouw buurjongen "
    "buurmeisje bewoner bewoonster inwoner inwoonster eigenaar eigenares eigenaresse moeder vader opa oma docent "
    "docente leraar lerares juf meester trainer keeper aanvoerder bakkerij winkel winkeltje zaak zaakje kraam "
    "kraampje salon salonnetje bedrijf bedrijfje huis huisje woning boerderij boerderijtje café cafétje snackbar "
    "cafetaria garage villa woonboot woonwagen caravan mevrouw meneer kapitein schipper".split()
) + tuple(sorted(TRADE_HEADS))
# Round 10: "op de hoek" singles out a person ("de buurman op de hoek", "de tandarts op de hoek"); a shop on the
# corner ("de bakker op de hoek", "de snackbar op de hoek") is public, as the dev corpus annotates it.
# Trades that stand for their shop: "de kapper op de hoek" is the salon, like "de bakker op de hoek".
SHOP_TRADES = frozenset("kapper kapster slager schoenmaker".split())
ON_THE_CORNER = re.compile(r"\bop[ \t]+de[ \t]+hoek\b")
PLACE_WORDS = frozenset(HEAD_ENDINGS[HEAD_ENDINGS.index("bakkerij") : HEAD_ENDINGS.index("caravan") + 1])


HEAD_SET = frozenset(HEAD_ENDINGS)
COMPOUND_PLACES = ("bakkerij", "winkel", "winkeltje", "zaak", "zaakje", "kraam", "salon", "bedrijf", "woning", "garage")
COMPOUND_ENDINGS = tuple(
    "buurman buurvrouw buurjongen buurmeisje bakkerij winkel winkeltje zaak zaakje kraam kraampje salon "
    "salonnetje bedrijf bedrijfje woning garage huisje boerderijtje trainer kapitein schipper".split()
)


@register("ander-omschrijving")
def detect_singling_description(doc):
    text = doc.text
    # Speed: the grammar only runs when a head word (or a compound ending in one) is in the text.
    # Speed: exact heads by set intersection, compounds ("bovenbuurman", "shoarmazaak") by their ending.
    head_words = [
        w
        for w in (doc.words & HEAD_SET) | {w for w in doc.words if len(w) > 6 and w.endswith(COMPOUND_ENDINGS)}
        if w not in PUBLIC_PLACES
    ]
    heads = bool(head_words)
    starts = set()
    # Find the head words first (str.find), then try the grammar from the determiner before each.
    for word in head_words:
        for position in doc.positions(word):
            determiner = DETERMINER_BEFORE.search(text, max(0, position - 40), position)
            if determiner:
                starts.add(determiner.start())
    matches = [m for m in (DESCRIPTION.match(text, start) for start in sorted(starts)) if m]
    yield from _relative_clauses(doc)
    if "enige" in doc.words:
        matches += ONLY.finditer(text)
    for match in matches:
        if match.start() and (text[match.start() - 1].isalnum() or text[match.start() - 1] == "-"):
            continue
        head = match.group(2).lower()
        if head in PUBLIC_PLACES:
            continue
        if _anchored(match.group(1), head, match.group(4)):
            end = _clip(doc, match.start(), match.end())
            # Just the head and its determiner left: nothing that singles out remains to be redacted, unless
            # the head itself is singled out ("de enige vrouwelijke chauffeur").
            singled = SINGULAR.intersection(match.group(1).lower().split())
            if singled or end - match.start() > len(match.group(0)) - len(match.group(4)) + 3:
                yield doc.entity(match.start(), end, "ANDER", "ander-omschrijving", 0.8)
    if heads and "woon" in doc.lower:
        for match in LIVES_BY.finditer(text):
            yield doc.entity(match.start(1), match.end(1), "ANDER", "ander-omschrijving", 0.8)
    if heads and not doc.words.isdisjoint(NEXT_TO_WORDS):
        for match in NEXT_TO.finditer(text):
            if match.group(1).lower() not in PUBLIC_PLACES and match.group(1).lower() != "huis":
                yield doc.entity(match.start(), match.end(), "ANDER", "ander-omschrijving", 0.8)
    if "kadastra" in doc.lower:
        for match in CADASTRAL.finditer(text):
            yield doc.entity(match.start(), match.end(), "ANDER", "ander-perceel", 0.85)
    if "perceel" in doc.lower:
        for match in PARCEL.finditer(text):
            yield doc.entity(match.start(1), match.end(1), "ANDER", "ander-perceel", 0.85)
    if "app" in doc.lower:
        for match in APARTMENT.finditer(doc.lower):
            yield doc.entity(match.start(), match.end(), "ADRES", "adres-appartement", 0.85)


# Round 10 (grammar): a passport or nationality of another country singles out a person among few ("alleen een
# Oostenrijks paspoort", "de Eritrese nationaliteit"); a Dutch one does not.
FOREIGN_PAPERS = re.compile(
    r"(?<![\w-])(?!Nederlandse?\b)[A-ZÀ-Þ][a-zà-ÿ]+(?:se|s|sche|sch)[ \t]+"
    r"(?:paspoort|identiteitskaart|id-kaart|nationaliteit|"
    r"verblijfsvergunning|rijbewijs)(?![\w-])"
)
PAPER_WORDS = frozenset("paspoort identiteitskaart id-kaart nationaliteit verblijfsvergunning rijbewijs".split())


@register("ander-nationaliteit")
def detect_foreign_papers(doc):
    if doc.words.isdisjoint(PAPER_WORDS):
        return
    for match in FOREIGN_PAPERS.finditer(doc.text):
        yield doc.entity(match.start(), match.end(), "ANDER", "ander-nationaliteit", 0.8)
