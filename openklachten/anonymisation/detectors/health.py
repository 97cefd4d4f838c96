"""GEZONDHEID: diagnoses and conditions (special-category data, AVG art. 9)."""

import re

from openklachten.anonymisation.detector_catalogue import register

CONDITIONS = (
    "dementie alzheimer parkinson hartinfarct herseninfarct beroerte cva tia kanker borstkanker longkanker "
    "darmkanker prostaatkanker huidkanker tumor hersentumor leukemie diabetes suikerziekte astma copd reuma "
    "reumatoïde artritis artrose artritis hernia epilepsie migraine multiple sclerose autisme autistisch "
    "adhd add ptss pdd-nos depressie depressief burn-out burnout overspannen angststoornis angstklachten "
    "paniekstoornis paniekaanvallen bipolaire stoornis schizofrenie psychose psychotisch borderline eetstoornis "
    "anorexia boulimia verslaving verslaafd alcoholverslaafd alcoholverslaving drugsverslaving gokverslaving "
    "long covid hiv aids hepatitis tinnitus doof slechthorend blind slechtziend dwarslaesie amputatie "
    "cva copd adhd ptss ptsd ocd hiv aids pdd-nos diabeet diabetisch epileptisch "
    "verlamd verlamming rolstoelgebonden spierziekte spierdystrofie fibromyalgie me/cvs chronische vermoeidheid "
    "eczeem psoriasis rugklachten hartklachten nekklachten nierfalen nierziekte dialyse obesitas zwanger "
    "zwangerschap downsyndroom hersenletsel nah dyslexie dyscalculie slaapapneu crohn colitis coeliakie "
    "hartfalen hartritmestoornis hoge bloeddruk longziekte longfibrose taaislijmziekte cystic fibrosis "
    "whiplash ocd dwangstoornis trauma getraumatiseerd suïcidaal zelfmoordpoging stoma incontinent "
    "incontinentie lymfoom chemo chemotherapie bestraling astma-aanvallen epileptische aanvallen herseninfarct "
    "asthma depression dementia autism epilepsy cancer stroke schizophrenia anxiety disorder "
    "hersenbloeding longembolie trombose beenmergkanker slechtziende dove blinde dement demente slechthorendheid "
    "slechtziendheid astmatische "
    # Round 6: infectious and skin conditions, work incapacity, sight; categories below cover their relatives.
    "schurft hoofdluis tbc tuberculose malaria hersenschudding arbeidsongeschikt arbeidsongeschiktheid "
    "ziektewet zwakbegaafd "
    # Round 9 (vocabulary class: eye conditions; allergy as an adjective).
    "glaucoom cataract netvliesloslating kokerzien allergisch"
).split()
MULTIWORD = (
    "reumatoïde artritis",
    "multiple sclerose",
    "bipolaire stoornis",
    "long covid",
    "chronische vermoeidheid",
    "hoge bloeddruk",
    "cystic fibrosis",
    "verstandelijke beperking",
    "lichamelijke beperking",
    "visuele beperking",
    "auditieve beperking",
    "psychische klachten",
    "psychische problemen",
    "niet-aangeboren hersenletsel",
    "licht verstandelijke beperking",
    "verstandelijk beperkt",
    "lichamelijk beperkt",
    "fysieke beperking",
    "psychische beperking",
    "meervoudige beperking",
    "auditieve beperking",
    "fysiek beperkt",
    "psychisch ziek",
    "visueel beperkt",
    "auditief beperkt",
    "motorisch beperkt",
    "visueel gehandicapt",
    "astmatische klachten",
    "gesloten afdeling",
    "psychiatrische afdeling",
    "psychiatrische kliniek",
    "ggz-kliniek",
    "ggz-instelling",
    "in de ziektewet",
)
# Acronyms that are ordinary words in lower case ("als", "add"): only counted in capitals.
UPPER_ONLY = {"tia", "add", "nah", "me/cvs", "ms", "als", "cvs"}
BODY_PARTS = (
    "kruisband|kruisbanden|meniscus|achillespees|enkelband|knieband|pees|spier|nekwervel|heupkom|oogzenuw|"
    "pols|been|benen|heup|arm|armen|enkel|voet|hand|rib|ribben|sleutelbeen|nek|rug|knie|schouder|teen|vinger|"
    "bekken|dijbeen|elleboog|kaak|neus|schedel|wervel"
)
MODIFIER = (
    r"(?:(?:ernstige?|chronische?|beginnende|zware?|zwaar|lichte?|licht|acute?|terminale?|vergevorderde|ernstig|"
    r"progressieve?|zeldzame|aangeboren)[ \t]+)*"
)
BODY_TAIL = r"(?:[ \t]+(?:in|aan|van)[ \t]+(?:zijn|haar|mijn|de|het|beide|zijn\s+linker|zijn\s+rechter)[ \t]+[\w-]+)?"
PAIN_PARTS = (
    "buik|hoofd|rug|nek|borst|maag|kies|tand|oor|keel|gewrichts|spier|zenuw|been|knie|heup|schouder|zenuw|bekken|"
    "onderbuik|onderrug|darm|zij"
)
FACULTIES = "gehoor|gezichts|zicht|geheugen|bloed|gewichts|haar|spier|reuk|smaak"
ORGANS = (
    "hart|long|nier|lever|maag|darm|rug|knie|heup|gezondheids|ademhalings|geheugen|gehoor|zicht|evenwichts|"
    "slaap|concentratie|gewrichts|psychische|blaas|prostaat|schildklier"
)
LIMITED = "loop|zicht|gehoor|bewegings|spraak|functie|geheugen|mobiliteits"
TUMOURS = "carcin|melan|sarc|hemat|aden|my|fibr|lip|gli|menin|blast|lymf"
# Words on -oom that are no condition.
# Words on -ose that are no condition ("diagnose", "glucose"): the suffix rule skips them.
OSE_WORDS = "diagnose|prognose|narcose|glucose|lactose|fructose|sucrose|cellulose|hypnose|overdose|viscose"
_single = sorted((c for c in CONDITIONS if c not in UPPER_ONLY), key=len, reverse=True)
TERM = re.compile(
    rf"(?<![\w-]){MODIFIER}(?:(?i:{'|'.join(re.escape(m) for m in MULTIWORD)})|"
    rf"(?i:{'|'.join(re.escape(c) for c in _single)})"
    rf"|{'|'.join(re.escape(c.upper()) for c in UPPER_ONLY)}"
    rf"|(?i:(?:de\s+)?ziekte\s+van\s+[A-Z][\w-]+|(?:het\s+)?syndroom\s+van\s+[A-Z][\w-]+|[\w-]+syndroom|[\w-]+stoornis"
    rf"|(?:opgenomen\s+(?:op|in)\s+(?:een\s+|de\s+)?)?gesloten\s+afdeling"
    rf"|(?:gebroken|gescheurde?|gekneusde?|verstuikte?|ontwrichte?|versleten)\s+(?:{BODY_PARTS})"
    rf"|[\w-]+degeneratie|[\w-]+afwijking|[\w-]{{3,}}itis|(?!(?:{OSE_WORDS})(?![\w-]))[\w-]{{4,}}ose|(?:{BODY_PARTS})\s+gebroken|[\w-]*kanker|(?:hart|heup|knie|rug|oog|staar|long|"
    rf"darm|maag|galblaas|schouder|hernia|borst|prostaat|"
    rf"nier|lever|hersen)operatie|[\w-]+ontsteking|(?:long|blaas|nier|darm|wond|oor)infectie|(?:hart|rug|nek|angst|"
    rf"maag|darm|buik|long|hoofd|spier|gewrichts|slaap|"
    rf"geheugen|concentratie|hoofdpijn|stress|psychische|lichamelijke)klachten"
    # Round 8 (morphology): pain in a body part, loss of a faculty, skin complaints, "slecht ter been".
    rf"|(?:{PAIN_PARTS})pijn(?:klachten)?|(?:{FACULTIES})verlies|huid(?:uitslag|ziekte|infectie|aandoening)"
    rf"|slecht[ \t]+ter[ \t]+(?:been|voet)|slecht(?:horend|ziend)e?"
    # Round 9 (morphology): problems of an organ, a limited faculty, allergies, a broken bone as one compound,
    # a named disease compound, tumours on -oom.
    rf"|(?:{ORGANS})problemen|(?:{LIMITED})beperking(?:en)?|[\w-]*allergie(?:ën)?|(?:{BODY_PARTS})breuk"
    rf"|[\w-]{{3,}}ziekte|(?:{TUMOURS})oom))(?![\w-]){BODY_TAIL}"
)


SINGLE = frozenset(c for c in CONDITIONS if c not in UPPER_ONLY)
MULTI_FIRST = (
    frozenset(m.split()[0] for m in MULTIWORD)
    | {"ziekte", "syndroom", "gebroken", "opgenomen", "gescheurd", "gescheurde", "gekneusd", "gekneusde"}
    | {"verstuikt", "verstuikte", "ontwricht", "ontwrichte", "versleten", "slecht"}
    | set(BODY_PARTS.split("|"))
)
SUFFIXES = (
    "stoornis",
    "syndroom",
    "kanker",
    "klachten",
    "operatie",
    "ontsteking",
    "infectie",
    "degeneratie",
    "afwijking",
    "itis",
    "ose",
    "pijn",
    "pijnklachten",
    "verlies",
    "uitslag",
    "aandoening",
    "problemen",
    "beperking",
    "beperkingen",
    "allergie",
    "allergieën",
    "breuk",
    "ziekte",
    "oom",
)
# Maximal runs of [\w/-]: scanned from the start of the text, a run never begins right after a word character
# or "-", so the former look-behind (?<![\w-]) never failed; without it the engine skips ahead (speed).
WORD = re.compile(r"[\w/-]+")
ARTICLE_BEFORE = re.compile(r"(?i)(?:de|het)\s+$")
MODIFIERS_BEFORE = re.compile(MODIFIER.replace("*", "+") + "$")


ANY_FIRST = SINGLE | MULTI_FIRST | UPPER_ONLY  # built once, not per text


def _wanted(raw: str) -> bool:
    low = raw.lower()
    return low in SINGLE or low in MULTI_FIRST or low.endswith(SUFFIXES) or (raw.isupper() and low in UPPER_ONLY)


def _run_char(char: str) -> bool:
    return char.isalnum() or char in "_/-"  # [\w/-] (str.isalnum is the regex engine's \w without "_")


def _runs_at(text: str, run: str):
    """Start offsets where `run` occurs as a whole WORD run (no character of WORD on either side)."""
    size, end = len(run), len(text)
    position = text.find(run)
    while position >= 0:
        after = position + size
        if (position == 0 or not _run_char(text[position - 1])) and (after == end or not _run_char(text[after])):
            yield position
        position = text.find(run, position + 1)


def _candidates(doc):
    """Start positions of possible conditions: a cheap word scan before the full pattern is tried."""
    text = doc.text
    if doc.words.isdisjoint(ANY_FIRST) and not doc.ending_in(SUFFIXES):
        return
    # The test depends on the word alone: decided once per distinct word, then looked up per occurrence (speed).
    wanted = {raw for raw in set(WORD.findall(text)) if _wanted(raw)}
    if not wanted:
        return
    # Their places as whole runs, in text order: the same starts as a second scan with WORD would give.
    for start, run in sorted((p, raw) for raw in wanted for p in _runs_at(text, raw)):
        before = MODIFIERS_BEFORE.search(text, max(0, start - 60), start)
        if run.lower() in ("ziekte", "syndroom"):
            before = ARTICLE_BEFORE.search(text, max(0, start - 5), start) or before
        yield before.start() if before else start


# "ms" in lower case is multiple sclerose only after a health cue ("heeft ms", "lijdt aan ms", "vanwege haar
# ms"), not "ms teams" or "ms word".
LOWER_ACRONYM_CUE = re.compile(
    r"\b(?:heeft|had|hebben|kreeg|lijdt aan|leed aan|last van|diagnose|patiënt met|patiënte met|"
    r"(?:vanwege|door|sinds|met|om|ivm|i\.v\.m\.)[ \t]+(?:zijn|haar|mijn|z'n|d'r|m'n|mn|zn|hun))[ \t]+"
    r"(ms|nah)\b(?![ \t]*(?:teams|word|office|excel|outlook|dos))"
)


# Round 9 (grammar): a compound written as two words ("macula degeneratie", "noten allergie") and a weakened
# organ or defence ("verzwakt immuunsysteem", "zwak hart").
SPLIT_COMPOUND = re.compile(r"\b[a-zà-ÿ]{3,}[ \t]+(?:degeneratie|allergie)\b")
SPLIT_HEADS = frozenset(("degeneratie", "allergie"))
WEAKENED = re.compile(
    r"\b(?:verzwakte?|verminderde?|zwakke?|zwak|slechte?|slecht)[ \t]+"
    r"(?:immuunsysteem|weerstand|afweer|afweersysteem|hart|longen|nieren)\b"
)
WEAK_HEADS = frozenset("immuunsysteem weerstand afweer afweersysteem hart longen nieren".split())
WEAK_WORDS = frozenset("verzwakt verzwakte verminderd verminderde zwak zwakke slecht slechte".split())


@register("gezondheid")
def detect_health(doc):
    if not doc.words.isdisjoint(SPLIT_HEADS):
        for match in SPLIT_COMPOUND.finditer(doc.lower):
            if not match.group().startswith(("een ", "een\t", "de ", "het ", "die ", "deze ", "geen ")):
                yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid", 0.85)
    if not doc.words.isdisjoint(WEAK_HEADS) and not doc.words.isdisjoint(WEAK_WORDS):
        for match in WEAKENED.finditer(doc.lower):
            yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid", 0.85)
    if "ms" in doc.words or "nah" in doc.words:
        for match in LOWER_ACRONYM_CUE.finditer(doc.lower):
            yield doc.entity(match.start(1), match.end(1), "GEZONDHEID", "gezondheid", 0.85)
    seen_end = -1
    for start in _candidates(doc):
        match = TERM.match(doc.text, start)
        if not match or match.start() < seen_end:
            continue
        seen_end = match.end()
        value = match.group()
        if value.lower() in ("kanker",) and "bestrijding" in doc.text[match.end() : match.end() + 12]:
            continue
        yield doc.entity(match.start(), match.end(), "GEZONDHEID", "gezondheid", 0.85)
