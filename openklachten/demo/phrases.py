"""Dutch text fragments for the demo complaints, per topic, cause and outcome.

Slots in braces are filled by `texts.py`; slots named after personal data ({adres}, {kenteken}, ...)
get invented values and are recorded as personal data. Situation clauses use subordinate word order
so they read after "dat" and after "omdat".
"""

# What happened, per topic (subordinate clause).
SITUATIONS = {
    "afval": (
        "de grijze container aan de {adres} al drie weken niet is geleegd",
        "het grofvuil na twee afspraken nog steeds op de stoep ligt",
        "de ondergrondse container bij {adres} steeds vol zit en er ratten rondlopen",
        "de milieupas niet werkt en de medewerker van de milieustraat klager heeft weggestuurd",
    ),
    "parkeren": (
        "een naheffingsaanslag van {bedrag} is opgelegd terwijl de auto met kenteken {kenteken} een geldige "
        "bewonersvergunning had",
        "de parkeervergunning voor kenteken {kenteken} na de verhuizing naar de {adres} niet is omgezet",
        "de parkeerautomaat defect was en er toch een boete van {bedrag} volgde",
        "de aanvraag voor een gehandicaptenparkeerplaats wegens {gezondheid} al maanden niet is beoordeeld",
    ),
    "gladheid": (
        "het fietspad langs de {straat} bij vorst niet is gestrooid en klager daar is gevallen",
        "de stoep voor het verzorgingshuis aan de {adres} dagenlang spiegelglad was",
    ),
    "openbare-ruimte": (
        "de straatverlichting aan de {straat} al weken kapot is",
        "een melding over losliggende stoeptegels voor {adres} zonder reactie is afgesloten",
        "de boom voor de woning aan de {adres} zonder aankondiging is gekapt",
    ),
    "verkeer": (
        "de omleiding bij de wegwerkzaamheden op de {straat} slecht is aangegeven",
        "een verzoek om een verkeersdrempel bij de basisschool na een jaar nog niet is beantwoord",
    ),
    "gemeentebelastingen": (
        "de WOZ-waarde van de woning aan de {adres} veel te hoog is vastgesteld",
        "het verzoek om kwijtschelding van de afvalstoffenheffing van {bedrag} is afgewezen zonder uitleg",
        "de aanslag gemeentelijke belastingen twee keer is geïnd van rekening {iban}",
    ),
    "bijstand": (
        "de bijstandsuitkering per {datum} zonder voorafgaande waarschuwing is stopgezet",
        "de aanvraag voor bijzondere bijstand voor een wasmachine al tien weken onbeantwoord is",
        "de consulent, {ambtenaar}, telefonisch heeft gezegd dat klager niet meewerkte aan re-integratie",
    ),
    "schulden": (
        "het intakegesprek voor schuldhulpverlening drie keer is verzet",
        "de betalingsregeling niet is doorgegeven aan de schuldeisers en er nu beslag ligt op rekening {iban}",
    ),
    "wmo": (
        "de huishoudelijke hulp voor {familielid} zonder overleg is teruggebracht van vier naar twee uur",
        "de aanvraag voor een scootmobiel wegens {gezondheid} al vier maanden niet is beoordeeld",
        "de Wmo-consulent tijdens het keukentafelgesprek nauwelijks heeft geluisterd",
    ),
    "jeugdhulp": (
        "de wachttijd voor jeugdhulp voor {familielid} (diagnose {gezondheid}) al zeven maanden duurt",
        "het jeugdteam zonder overleg de behandeling van {familielid} heeft beëindigd",
        "de beschikking jeugdhulp te laat is afgegeven, waardoor de zorgaanbieder de zorg heeft gestopt",
    ),
    "jeugdbescherming": (
        "de gezinsvoogd, {ambtenaar}, afspraken over de omgang met {familielid} niet nakomt",
        "het verslag over de ondertoezichtstelling onjuiste informatie over klager bevat",
    ),
    "vergunningen": (
        "de omgevingsvergunning voor de dakkapel aan de {adres} na veertien weken nog niet is verleend",
        "de buren zonder vergunning een schuur hebben gebouwd en de gemeente niet optreedt",
    ),
    "burgerzaken": (
        "er pas na zes weken een afspraak voor een nieuw paspoort mogelijk was",
        "de verhuizing naar de {adres} verkeerd in de BRP is verwerkt",
        "de baliemedewerker klager voor de andere wachtenden heeft uitgelachen",
    ),
    "overlast": (
        "meldingen over geluidsoverlast van het café aan de {straat} niets hebben opgeleverd",
        "de boa klager op onheuse wijze heeft aangesproken en een boete van {bedrag} heeft gegeven",
        "de woonoverlast door {buren} al een jaar niet wordt aangepakt",
    ),
    "wonen": (
        "de aanvraag voor een urgentieverklaring is afgewezen terwijl klager wegens {gezondheid} niet meer "
        "trappen kan lopen",
        "de inschrijving als woningzoekende zonder bericht is vervallen",
    ),
    "leerlingenvervoer": (
        "de taxi voor het leerlingenvervoer van {familielid} vaak te laat komt",
        "de aanvraag voor leerlingenvervoer voor het nieuwe schooljaar nog niet is toegekend",
    ),
    "riolering": (
        "het riool in de {straat} bij iedere regenbui overloopt en de kelder van {adres} onder water staat",
        "een verstopping in de aansluiting niet is verholpen ondanks drie meldingen",
    ),
    "dienstverlening": (
        "klager na vier keer bellen nog steeds niet is teruggebeld",
        "het contactformulier op de website foutmeldingen geeft en er geen ander kanaal wordt aangeboden",
        "de medewerker van het klantcontactcentrum klager onbeschoft te woord heeft gestaan",
    ),
    "privacy": (
        "een brief met medische gegevens over {gezondheid} naar het verkeerde adres is gestuurd",
        "het inzageverzoek op grond van de AVG na drie maanden nog niet is beantwoord",
    ),
    "woo": (
        "het Woo-verzoek over de herinrichting van het plein na vijf maanden nog niet is afgehandeld",
        "de stukken op grond van de Wet open overheid volledig zwart zijn gelakt",
    ),
    "subsidies": (
        "de subsidieaanvraag voor zonnepanelen is afgewezen omdat een bijlage zoek zou zijn",
        "de vaststelling van de subsidie van {bedrag} al een half jaar op zich laat wachten",
    ),
    "provinciale-wegen": (
        "de provinciale weg bij de rotonde niet is gestrooid en er een ongeluk gebeurde",
        "het geluid van de verbrede provinciale weg bij de woning aan de {adres} onverdraaglijk is",
    ),
    "openbaar-vervoer": (
        "de buslijn naar het ziekenhuis zonder inspraak is opgeheven",
        "de regiotaxi voor klager, die wegens {gezondheid} afhankelijk is van vervoer, twee keer niet kwam",
    ),
    "natuur": (
        "de melding van faunaschade aan de boomgaard niet in behandeling is genomen",
        "de provincie niet optreedt tegen het dumpen van afval in het natuurgebied",
    ),
    "waterschapsbelasting": (
        "de aanslag waterschapsbelasting van {bedrag} twee keer is opgelegd",
        "het verzoek om kwijtschelding van de zuiveringsheffing zonder motivering is afgewezen",
        "de automatische incasso van rekening {iban} ondanks de betalingsregeling in één keer is afgeschreven",
    ),
    "wateroverlast": (
        "de sloot achter de {adres} niet is gebaggerd en de tuin steeds onder water loopt",
        "het waterpeil in de polder na de storm te laat is verlaagd",
    ),
    "waterkwaliteit": (
        "er na meldingen over dode vissen in de vaart geen onderzoek is gedaan",
        "de overstort van de rioolwaterzuivering stank veroorzaakt bij de woningen aan de {straat}",
    ),
    "uitkeringen": (
        "de WW-uitkering twee maanden te laat is uitbetaald",
        "de verzekeringsarts, {ambtenaar}, in het WIA-verslag de klachten door {gezondheid} niet heeft meegewogen",
        "een terugvordering van {bedrag} is opgelegd zonder dat duidelijk is waarop die berust",
    ),
    "inkomstenbelasting": (
        "de BelastingTelefoon drie weken lang niet bereikbaar was over de voorlopige aanslag",
        "de teruggave van {bedrag} op het verkeerde rekeningnummer is gestort in plaats van op {iban}",
        "het bezwaar tegen de aanslag inkomstenbelasting na een jaar nog niet is behandeld",
    ),
    "toeslagen": (
        "de huurtoeslag zonder aankondiging is stopgezet en er {bedrag} wordt teruggevorderd",
        "de kinderopvangtoeslag opnieuw is vastgesteld op basis van een verkeerd inkomen",
        "de aanvraag in de hersteloperatie al twee jaar op behandeling wacht",
    ),
    "boetes": (
        "de verkeersboete voor kenteken {kenteken} is verhoogd terwijl het bedrag van {bedrag} op tijd was betaald",
        "de betalingsregeling is ingetrokken zonder dat klager daarover een brief ontving",
        "er een boete is opgelegd voor een auto die al twee jaar niet meer van klager is",
    ),
    "studiefinanciering": (
        "de studieschuld ten onrechte is verhoogd met {bedrag} aan rente",
        "de aanvullende beurs is stopgezet omdat het inkomen van de ouders verkeerd is berekend",
    ),
    "pensioen-kinderbijslag": (
        "de AOW te laat is ingegaan door een fout in het woonlandbeginsel",
        "de kinderbijslag voor {familielid} is stopgezet zonder uitleg",
    ),
    "verblijf": (
        "de aanvraag voor een verblijfsvergunning na negen maanden nog niet is beslist",
        "de naturalisatieceremonie drie keer is uitgesteld",
    ),
    "rijbewijs": (
        "de beoordeling van de gezondheidsverklaring wegens {gezondheid} al vijf maanden duurt",
        "het rijexamen kort van tevoren is geannuleerd en er pas over twaalf weken plek is",
    ),
}

# Sentences a complainant adds (first person); each carries one kind of personal data.
CITIZEN_EXTRAS = (
    "Bel me gewoon op {telefoon} in plaats van weer een standaardbrief te sturen.",
    "U kunt mij bereiken via {email} of {telefoon}.",
    "Mijn BSN is {bsn}, dan kunt u het dossier vinden.",
    "Het gaat om zaaknummer {dossier}.",
    "Ik ben {leeftijd} en heb {gezondheid}, dus ik kan niet zomaar naar het loket komen.",
    "Ik heb al twee keer gesproken met de {functie}, maar er gebeurt niets.",
    "Ook {familielid} heeft al gebeld, zonder resultaat.",
    "Graag het geld terugstorten op {iban}.",
    "Ik ben geboren op {geboortedatum}, misschien helpt dat bij het zoeken.",
    "Dit is de derde keer dit jaar en ik ben het echt zat.",
    "Ik verwacht binnen twee weken een reactie.",
)

# How a complainant opens and closes an e-mail.
OPENINGS = ("Geachte heer/mevrouw,", "Beste medewerker,", "Goedendag,", "Hallo,", "Aan de klachtencoördinator,")
CLOSINGS = ("Met vriendelijke groet,", "Groeten,", "Met vriendelijke groeten,", "Hoogachtend,", "mvg")

# Findings of the complaint handler, per oorzaak.
FINDINGS = {
    "vertraging": (
        "de zaak {weken} weken heeft stilgelegen door een achterstand bij de afdeling",
        "de behandeling is vertraagd doordat het dossier intern is doorgestuurd zonder opvolging",
    ),
    "inactiviteit": (
        "de melding is geregistreerd, maar niet aan een medewerker is toegewezen",
        "er na de toezegging van {datum} geen actie meer is ondernomen",
    ),
    "bejegening": (
        "de {functie} in het gesprek op {datum} een ongepaste opmerking heeft gemaakt",
        "het telefoongesprek volgens beide kanten gespannen verliep",
    ),
    "informatieverstrekking": (
        "klager op {datum} onjuiste informatie over de termijn heeft gekregen",
        "de brief van {datum} niet vermeldde welke stukken nog nodig waren",
    ),
    "geboden-hulp": (
        "de geboden ondersteuning niet aansloot op de situatie van klager",
        "de hulp pas is gestart nadat klager zelf opnieuw contact opnam",
    ),
    "boete": (
        "de boete is opgelegd op basis van een registratie die niet klopte",
        "de foto's bij de boete de overtreding wel laten zien",
    ),
    "besluit": (
        "het besluit is genomen volgens de geldende beleidsregels",
        "in het besluit niet is ingegaan op de bijzondere omstandigheden van klager",
    ),
    "fout-in-uitvoering": (
        "een administratieve fout bij de verwerking van de gegevens de oorzaak was",
        "de wijziging van {datum} niet in alle systemen is doorgevoerd",
    ),
    "bereikbaarheid": (
        "de wachttijd aan de telefoon in die periode gemiddeld 40 minuten was",
        "de terugbelverzoeken van klager niet zijn opgepakt",
    ),
    "privacy": (
        "de gegevens door een menselijke fout naar een verkeerd adres zijn gestuurd",
        "het inzageverzoek niet binnen de termijn van artikel 12 AVG is beantwoord",
    ),
    "ongelijke-behandeling": (
        "niet is gebleken dat klager anders is behandeld dan anderen in dezelfde situatie",
        "de regel in dit geval strenger is toegepast dan in vergelijkbare zaken",
    ),
    "handhaving": (
        "er na de meldingen twee controles zijn uitgevoerd zonder dat een overtreding is vastgesteld",
        "handhaving is uitgebleven omdat de prioriteit elders lag",
    ),
    "anders": (
        "de situatie complexer was dan uit de klacht bleek",
        "er meerdere afdelingen bij de zaak betrokken waren",
    ),
}

# Requirements of proper conduct (behoorlijkheidsvereisten) the Nationale ombudsman uses.
VEREISTEN = (
    "voortvarendheid",
    "goede informatieverstrekking",
    "respectvolle bejegening",
    "professionaliteit",
    "goede voorbereiding",
    "fair play",
    "redelijkheid",
    "actief en adequaat informeren",
    "luisteren naar de burger",
    "goede organisatie van de uitvoering",
)

VERDICTS = {
    "gegrond": (
        "De klacht is gegrond. {Org} heeft niet gehandeld volgens het vereiste van {vereiste}.",
        "De klacht is terecht: {org} had klager eerder en duidelijker moeten informeren.",
    ),
    "deels-gegrond": (
        "De klacht is deels gegrond. Het besluit zelf is juist, maar de communicatie erover "
        "voldeed niet aan het vereiste van {vereiste}.",
        "De klacht is voor een deel gegrond: de vertraging is onbehoorlijk, de bejegening niet.",
    ),
    "ongegrond": (
        "De klacht is ongegrond. Er zijn geen aanwijzingen dat {org} onbehoorlijk heeft gehandeld.",
        "De klacht is ongegrond: {org} heeft gehandeld volgens de regels en dat ook uitgelegd.",
    ),
    "geen-oordeel": (
        "Omdat de klacht in een gesprek naar tevredenheid is opgelost, wordt geen oordeel gegeven.",
        "Klager heeft aangegeven dat de kwestie is opgelost; er volgt geen oordeel.",
    ),
    "niet-ontvankelijk": (
        "De klacht is niet-ontvankelijk omdat de gedraging langer dan een jaar geleden plaatsvond (artikel 9:8 Awb).",
        "De klacht wordt niet behandeld omdat bezwaar openstond (artikel 9:8, eerste lid, onder b Awb).",
    ),
    "onbevoegd": (
        "De klachtbehandelaar is niet bevoegd deze klacht te behandelen; de gedraging is van een "
        "andere organisatie en klager is doorverwezen.",
    ),
}
OVERRUN_SENTENCE = (
    "De klacht is niet binnen de termijn van artikel 9:11 Awb afgehandeld; daarvoor zijn excuses gemaakt."
)

RECOMMENDATIONS = (
    "Stuur voortaan binnen een week een ontvangstbevestiging met de verwachte behandelduur.",
    "Zorg dat terugbelverzoeken binnen twee werkdagen worden opgepakt.",
    "Leg telefonische toezeggingen vast in het dossier.",
    "Beoordeel de aanvraag van klager opnieuw en betrek daarbij de medische informatie.",
    "Informeer klagers actief wanneer de wettelijke termijn niet wordt gehaald.",
    "Train medewerkers van het klantcontactcentrum in het omgaan met boze bellers.",
)
REMEDIES = {
    "excuses": ("Excuses aangeboden aan klager, schriftelijk en in een telefoongesprek.",),
    "herstel": (
        "Het bedrag van {bedrag} is teruggestort op rekening {iban}.",
        "De fout in de registratie is hersteld en klager is daarover per brief geïnformeerd.",
    ),
    "nieuw-besluit": ("Er is een nieuw besluit genomen; de aanvraag is alsnog toegekend.",),
    "besluit-vernietigd": ("Het besluit van {datum} is ingetrokken en de vordering van {bedrag} vervalt.",),
    "specifieke-actie": (
        "De melding is opnieuw uitgezet en binnen een week afgehandeld.",
        "Er is een vaste contactpersoon aangewezen voor klager.",
    ),
    "interventie": ("Na interventie van de ombudsman heeft {org} de zaak binnen twee weken opgelost.",),
    "bemiddeling": ("In een bemiddelingsgesprek zijn afspraken gemaakt over het vervolg.",),
}
HANDLING_VERDICTS = (
    "De eerstelijns klachtbehandeling door {org} was zorgvuldig.",
    "De eerstelijns klachtbehandeling door {org} was niet zorgvuldig: klager is niet gehoord (artikel 9:10 Awb).",
    "{org} heeft de klacht niet binnen de termijn van artikel 9:11 Awb afgehandeld.",
    "{org} heeft klager niet gewezen op de mogelijkheid zich tot de ombudsman te wenden (artikel 9:12 Awb).",
)
INFORMAL_ENDINGS = (
    "Uitgelegd hoe het zit; melder tevreden.",
    "Doorgezet naar de {functie}.",
    "Terugbellen op {telefoon}.",
    "Melding opnieuw uitgezet.",
    "Excuses gemaakt, probleem opgelost.",
    "",
)
PROVIDER_NOTES = {
    "jeugdhulp": "Afgehandeld door de jeugdhulpaanbieder in opdracht van de gemeente.",
    "jeugdbescherming": "De klacht betreft de gecertificeerde instelling die de maatregel uitvoert.",
    "wmo": "De zorgaanbieder heeft de klacht mede behandeld.",
    "leerlingenvervoer": "Het vervoer wordt uitgevoerd door een vervoerder in opdracht van de gemeente.",
}
