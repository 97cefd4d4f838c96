"""GEZONDHEID, second layer: aids, treatments, medication and conditions beyond health.py's list, and cue
phrases that announce a condition whatever its name ("lijdt aan", "is gediagnosticeerd met", "heeft last van").

No installable Dutch medical vocabulary with a usable licence was found (SNOMED CT's Dutch edition needs a
national licence; clinlp ships context rules, no terms), so the vocabulary here is our own, grouped by kind;
word endings cover what a list cannot (medication "-azepam", "-pine", treatments "-therapie", "-amputatie").
"""

import re

from openklachten.anonymisation.detector_catalogue import register

AIDS = (
    "rollator rolstoel scootmobiel scootmobiels zuurstofapparaat zuurstoffles zuurstof gehoorapparaat gehoorapparaten "
    "geleidehond blindengeleidehond hulphond blindenstok taststok prothese beenprothese armprothese katheter "
    "sondevoeding insulinepomp infuus beademing beademingsapparaat cpap-apparaat hoog-laagbed tillift postoel "
    "steunkousen brace looprek krukken wheelchair walker crutches hearing-aid hoortoestel hoortoestellen "
    "gehoorapparaatje rolstoelen rollators zuurstofmasker"
).split()
TREATMENTS = (
    "insuline dialyse chemo chemokuur bestraling wondzorg revalidatie fysiotherapie psychotherapie ergotherapie "
    "logopedie traumabehandeling emdr ggz-behandeling afkickkliniek ontwenningskliniek methadon methadonprogramma "
    "antidepressiva antipsychotica slaapmiddelen pijnstillers morfine ritalin lithium oxazepam diazepam temazepam "
    "lorazepam clozapine olanzapine quetiapine risperidon haloperidol methylfenidaat sertraline paroxetine "
    "citalopram fluoxetine metformine bloedverdunners opname heupoperatie knieoperatie transplantatie "
    "niertransplantatie levertransplantatie hartoperatie bypass dotterbehandeling pacemaker stomazakje"
).split()
CONDITIONS = (
    "zwanger zwangerschapsdiabetes zwangerschapsvergiftiging overgewicht ondergewicht obesitas gehandicapt "
    "invalide mindervalide bedlegerig terminaal ongeneeslijk dementerend verward psychiatrisch suikerpatiënt "
    "hartpatiënt kankerpatiënt longpatiënt astmatisch diabeet autist hiv-positief gehoorbeperking "
    "hersenschudding botbreuk gebroken heupfractuur polsfractuur kneuzing brandwonden beenamputatie "
    "doofblind zwakzinnig hoogbegaafd ziek ziekte chronisch-ziek mantelzorgbehoevend"
).split()
ENDINGS = (
    "therapie",
    "amputatie",
    "fractuur",
    "azepam",
    "apine",
    "oxetine",
    "patiënt",
    "patiënte",
    "diabetes",
    "transplantatie",
)
# "rolstoelafhankelijk", "zuurstofafhankelijk", "insulineafhankelijk": dependent on an aid or a treatment.
DEPENDENT = "afhankelijk"
# "ligt aan de zuurstof", "zit aan de dialyse": the word alone is ambiguous, after "aan de" it is care.
ON_TREATMENT = re.compile(r"\baan de (zuurstof|beademing|dialyse|sondevoeding|morfine|infuus)\b")
VOCABULARY = frozenset(AIDS + TREATMENTS + CONDITIONS) - {"ziek", "ziekte", "opname", "gebroken", "zuurstof", "krukken"}
AIDS_AND_TREATMENTS = frozenset(AIDS + TREATMENTS)
WORD = re.compile(r"(?<![\w-])[\w-]{4,}(?![\w-])")
# Cue phrases: what follows (up to the end of the clause, at most four words) is a health detail.
CUE = re.compile(
    r"(?i)\b(?:lijdt aan|leed aan|lijden aan|is gediagnosticeerd met|werd gediagnosticeerd met|gediagnosticeerd met|"
    r"de diagnose|diagnose:|heeft last van|had last van|hebben last van|wordt behandeld voor|werd behandeld voor|"
    r"behandeld voor|kampt met|kampte met|is opgenomen (?:met|wegens|vanwege)|is bekend met|bekend met de diagnose|"
    r"vanwege (?:zijn|haar|mijn|hun) (?=\w*(?:ziekte|aandoening|beperking|handicap|klachten|stoornis|syndroom))|"
    r"herstellende van|revaliderend na|geopereerd aan)[ \t]+(?:(?:een|de|het|ernstige?|chronische?|zware?)[ \t]+)?"
)
CLAUSE_END = re.compile(
    r"[,.;:!?()\n]|[ \t](?:en|maar|omdat|waardoor|waarvoor|sinds|dus|toch|terwijl|want|en daardoor|door|bij|in|op|"
    r"na|met|sinds|die|dat)[ \t]"
)
NOT_HEALTH = frozenset(
    "werk baan huis woning buren situatie familie kinderen geld schulden boete brief ons mij hem haar".split()
)


@register("gezondheid-zorg")
def detect_care(doc):
    # The text's distinct words first (a set), positions only for the few that match.
    ending = doc.ending_in(ENDINGS)
    for low in doc.words:
        if low.endswith(DEPENDENT) and low[: -len(DEPENDENT)] in AIDS_AND_TREATMENTS:
            for start in doc.positions(low):
                yield doc.entity(start, start + len(low), "GEZONDHEID", "gezondheid-zorg", 0.85)
        elif low in VOCABULARY or (len(low) > 8 and low in ending):
            for start in doc.positions(low):
                yield doc.entity(start, start + len(low), "GEZONDHEID", "gezondheid-zorg", 0.85)
    if "aan de" in doc.lower:
        for match in ON_TREATMENT.finditer(doc.lower):
            yield doc.entity(match.start(1), match.end(1), "GEZONDHEID", "gezondheid-zorg", 0.85)
    if not any(
        w in doc.words
        for w in (
            "lijdt",
            "leed",
            "lijden",
            "gediagnosticeerd",
            "diagnose",
            "last",
            "behandeld",
            "kampt",
            "kampte",
            "opgenomen",
            "bekend",
            "vanwege",
            "herstellende",
            "revaliderend",
            "geopereerd",
        )
    ):
        return
    for cue in CUE.finditer(doc.text):
        end = CLAUSE_END.search(doc.text, cue.end())
        stop = end.start() if end else len(doc.text)
        words = list(re.finditer(r"[\w'’/-]+", doc.text[cue.end() : stop]))[:4]
        if not words or words[0].group().lower() in NOT_HEALTH:
            continue
        start, finish = cue.end() + words[0].start(), cue.end() + words[-1].end()
        # The object of a health cue is a health detail even when no list knows it; the cue makes it likely.
        yield doc.entity(start, finish, "GEZONDHEID", "gezondheid-aanwijzing", 0.8)
