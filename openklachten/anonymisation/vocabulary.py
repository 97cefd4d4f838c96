"""Hand-written word lists: the context triggers and the keep-words. Lower-case unless said otherwise."""

# First names that are also ordinary words and so are missing from the name lists: a person's name only right
# before a surname ("Mei van Koster", "Roos Jansen") or in a name slot.
WORD_FIRST_NAMES = frozenset("mei april juni augusta roos iris jade lelie linde fleur hazel storm sky summer".split())

# Name particles (tussenvoegsels): part of a name, never a name on their own.
PARTICLES = frozenset(
    "van de der den het ter ten te op in 't t von la le el al da dos du bin ben del di vd v.d. d' l' zur".split()
)

# Persons named by their role; the role word stays, the name after it goes.
ROLE_TRIGGERS = frozenset(
    (
        "klager klaagster klagers verzoeker verzoekster verzoekers cliënt cliënte client cliente klant bewoner "
        "bewoonster huurder huurster eigenaar eigenaresse ondergetekende betrokkene aanvrager aanvraagster "
        "collega medewerker medewerkster consulent consulente behandelaar behandelaarster chauffeur handhaver "
        "boa agent agente hoofdagent brigadier inspecteur wijkagent taxateur uitbater coach re-integratiecoach "
        "jobcoach casemanager regisseur jeugdbeschermer jeugdconsulent wmo-consulent klantmanager "
        "leidinggevende teamleider manager ambtenaar leerplichtambtenaar arts huisarts verpleegkundige "
        "hulpverlener begeleider begeleidster mentor bewindvoerder advocaat advocate tolk buurman buurvrouw "
        "contactpersoon gemachtigde ombudsfunctionaris klachtbehandelaar klachtencoördinator "
        "hulp thuiszorgmedewerker wijkverpleegkundige schoonmaker vriend vriendin collega's "
        "caseworker officer mr advisor adviseur raadsman raadsvrouw"
    ).split()
)

# Family words: "haar zoon Daan" -> the name is personal data (ANDER in the corpus; we redact the name).
RELATIVES = frozenset(
    (
        "zoon zoontje dochter dochtertje vader moeder man vrouw echtgenoot echtgenote partner vriend vriendin "
        "broer broertje zus zusje zuster neef nicht oom tante opa oma kleinzoon kleindochter schoonzoon "
        "schoondochter schoonvader schoonmoeder pleegzoon pleegdochter pleegkind kind stiefzoon stiefdochter "
        "stiefvader stiefmoeder ex-man ex-vrouw ex-partner buurman buurvrouw buurjongen buurmeisje huisgenoot "
        "kleinkind neefje nichtje kleinzoontje kleindochtertje schoonzus zwager"
    ).split()
)
# Informal spellings too ("mn man ferry", "z'n zus", "d'r dochter"): chat and SMS write them so.
POSSESSIVES = frozenset("mijn haar zijn hun onze ons uw de het mn m'n z'n zn d'r".split())

# Closing formulas of letters and e-mails: the next line (or the rest of this line) is a signature.
CLOSINGS = (
    "met vriendelijke groet",
    "met vriendelijke groeten",
    "met hartelijke groet",
    "met hartelijke groeten",
    "vriendelijke groet",
    "vriendelijke groeten",
    "hartelijke groet",
    "hoogachtend",
    "groet",
    "groeten",
    "groetjes",
    "liefs",
    "gegroet",
    "gr",
    "grt",
    "mvg",
    "m.v.g.",
    "vr.gr.",
    "met groet",
    "kind regards",
    "best regards",
    "regards",
    "sincerely",
    "cheers",
    "thx",
    "thanks",
    "tnx",
    "dankjewel",
    "bedankt",
    "doei",
    "dank en groet",
    "alvast bedankt",
    "bvd",
    "yours sincerely",
    "yours faithfully",
    "best wishes",
    "warm regards",
    "many thanks",
    "thank you",
    "mit freundlichen grüßen",
    "mit freundlichen grüssen",
    "z poważaniem",
    "saygılarımla",
    "cordialement",
    "atenciosamente",
    "met vriendelijke groet en dank",
    "--",
)

# Self-introductions: "Mijn naam is X", "Ik ben X", "Ondergetekende, X".
# Unambiguous: whatever follows is a name, also in lower case ("mijn naam is jan de vries").
INTRODUCTIONS = (
    "mijn naam is",
    "achternaam is",
    "voornaam is",
    "achternaam",
    "voornaam",
    "genaamd",
    "heet",
    "heette",
    "heet eigenlijk",
    "heette eigenlijk",
    "heet volgens mij",
    "heette volgens mij",
    "naam is",
    "ik heet",
    "my name is",
    "u spreekt met",
    "je spreekt met",
    "spreek ik met",
    "mijn naam",
)
# Ambiguous ("ik ben boos", "namens de gemeente"): a capitalised name, or a first name from the lists.
WEAK_INTRODUCTIONS = (
    "ik,",
    "voorstelde als",
    "stelde zich voor als",
    "ik ben",
    "ondergetekende",
    "namens",
    "hier is",
    "this is",
    # Nicknames: "iedereen noemt hem de Prins".
    "noemt hem",
    "noemt haar",
    "noemen hem",
    "noemen haar",
    "noemde hem",
    "noemde haar",
)

# Capitalised words that are never a name on their own, even when a name list holds them.
NOT_NAMES = frozenset(
    (
        "januari februari maart april mei juni juli augustus september oktober november december "
        "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag pasen pinksteren kerst "
        "geachte beste hallo goedemiddag goedemorgen goedenavond hoi dag lieve dear hello "
        "or and the of to for from with madam sir "
        "gemeente provincie waterschap rijk politie ombudsman college raad wethouder burgemeester "
        "klager klaagster verzoeker verzoekster meneer mevrouw heer dhr mw mevr bevindingen samenvatting "
        "conclusie oordeel klacht melding notitie telefoonnotitie bezwaar besluit beslissing afspraak contact "
        "wij ik hij zij ze u jullie hun haar zijn mijn onze het een dit dat deze die er en of maar want dus "
        "nederland nederlands nederlandse engels engelse duits pools oekraïens turks arabisch "
        "wmo awb apv woz bsn iban bijstand jeugdwet participatiewet zorg huis post team afdeling "
        "toeslagen belastingdienst uwv ggd svb cak duo rdw ind cjib coa politie brandweer "
        "ok oke oké ja nee sorry dank bedankt groet groeten hoogachtend tel telefoon mail email e-mail "
        "straat weg laan plein dossier kenmerk zaak nummer pagina bijlage datum betreft onderwerp aan cc "
        "drs dr mr ir ing prof bc msc ba ma phd ll.m "
        # Frequent Dutch verbs and adverbs that follow "Mw." or "Dhr." used as a pronoun ("Mw. begrijpt niet")
        "graag wil wilde wilden heeft had hebben is was waren wordt werd zegt zei zeggen belt belde bellen komt kwam "
        "vraagt vroeg geeft gaf woont woonde zit zat vindt vond begrijpt begreep weet wist kan kon mag mocht moet "
        "moest gaat ging staat stond ligt lag krijgt kreeg geeft blijft bleef houdt hield ziet zag laat liet "
        "neemt nam maakt maakte meldt meldde klaagt klaagde reageert reageerde ontvangt ontving stelt stelde "
        "verzoekt verzocht wacht wachtte ook nog niet wel al nu toen dan daar hier er zelf alleen erg heel zeer "
        "hoop wil kan lente lelie peer berk linde alpha sierra ocean justice mercy prudence charity faith "
        # English: complaints also arrive in English
        "municipality council city department office ministry authority board committee "
        "sir madam dear my may mrs please kind regards the and i we you our your this that his her their "
        "january february march june july august october december monday tuesday wednesday thursday friday "
        "saturday sunday hi hello thanks thank best yours sincerely faithfully regarding subject re fw fwd"
    ).split()
)

# Closing words that sometimes start the last line but are not names.
SIGNATURE_NOISE = frozenset("pagina page tel tel. telefoon mobiel e-mail email mail adres bijlage bijlagen".split())

# Words that make a line or phrase an organisation rather than a person ("Gemeente Utrecht", "Team Wonen").
ORGANISATION_WORDS = frozenset(
    (
        "gemeente provincie waterschap hoogheemraadschap team afdeling dienst ministerie college raad bureau "
        "stichting politie ombudsman ombudsfunctionaris ggd uwv belastingdienst svb duo cak rdw cjib ind "
        "burgemeester wethouders klantcontactcentrum servicecentrum sector directie namens bv b.v. "
        "vereniging woningcorporatie corporatie omgevingsdienst veiligheidsregio zorgkantoor inspectie "
        "rijkswaterstaat kadaster werkplein gemeentebestuur klachtencommissie wijkteam jeugdteam sociaal "
        "klantcontact loket servicedesk helpdesk klantenservice"
    ).split()
)

# Organisations named like a person: they stay ("bij Albert Heijn"). General knowledge, not a corpus list.
PERSON_LIKE_ORGANISATIONS = (
    "Albert Heijn",
    "Jan Linders",
    "Dirk van den Broek",
    "Van der Valk",
    "Hans Anders",
    "Pieter Pot",
    "Tante Louise",
    "Vincent van Gogh",
    "Anne Frank",
    "Willem-Alexander",
    "Johan Cruijff",
    "Philips",
    "Ronald McDonald",
    "Max Havelaar",
    "Prinses Máxima",
    "Emma Kinderziekenhuis",
    "Wilhelmina Kinderziekenhuis",
    "Sophia Kinderziekenhuis",
    "Juliana Kinderziekenhuis",
    "Antoni van Leeuwenhoek",
    "Jeroen Bosch",
    "Maxima Medisch Centrum",
    "Máxima Medisch Centrum",
    "Anna Ziekenhuis",
    "Catharina Ziekenhuis",
)
