"""Synthetic annotated texts in registers the dev corpus lacks (all persons and numbers invented).

Same shape as the dev corpus: text, pii [(value, type)], keep [str]. Used by the generalisation tests.
"""

TEXTS = [
    {
        "id": "syn-email-thread",
        "text": (
            "Van: Bram Oosterhuis <bram.oosterhuis@kpnmail.nl>\n"
            "Verzonden: dinsdag 5 maart 2024 09:14\n"
            "Aan: klachten@gemeente-zwolle.nl\n"
            "Onderwerp: RE: uw kenmerk 2024-KL-00871\n\n"
            "Goedemorgen,\n\n"
            "Ik heb nog steeds niets gehoord over mijn klacht. Mijn vrouw Ingrid belt elke week, maar "
            "niemand van het team Publiekszaken neemt op. U kunt mij bereiken op 06 1234 5678.\n\n"
            "Groet,\nBram\n\n"
            "-----Oorspronkelijk bericht-----\n"
            "Van: Klachtencoördinator gemeente Zwolle\n"
            "Datum: 12 februari 2024\n"
            "Beste heer Oosterhuis, wij hebben uw klacht ontvangen en nemen binnen zes weken contact op."
        ),
        "pii": [("Bram Oosterhuis", "NAAM"), ("bram.oosterhuis@kpnmail.nl", "EMAIL"), ("2024-KL-00871", "DOSSIERNUMMER"),
                ("Ingrid", "NAAM"), ("06 1234 5678", "TELEFOON"), ("Bram", "NAAM"), ("Oosterhuis", "NAAM")],
        "keep": ["klachten@gemeente-zwolle.nl", "gemeente Zwolle", "12 februari 2024", "team Publiekszaken"],
    },
    {
        "id": "syn-form",
        "text": (
            "Klachtformulier\n"
            "Naam: Fatma Yildiz-Demir\n"
            "Adres: Kastanjelaan 14\n"
            "Postcode en woonplaats: 6821 BK Arnhem\n"
            "Telefoon: 026-3516622\n"
            "E-mail: f.yildiz@live.nl\n"
            "Geboortedatum: 08-04-1983\n"
            "Klacht: de wijkagent heeft mijn melding over de overlast niet opgenomen. Ik heb diabetes en "
            "kan niet lang staan bij het loket.\n"
        ),
        "pii": [("Fatma Yildiz-Demir", "NAAM"), ("Kastanjelaan 14", "ADRES"), ("6821 BK", "POSTCODE"),
                ("026-3516622", "TELEFOON"), ("f.yildiz@live.nl", "EMAIL"), ("08-04-1983", "GEBOORTEDATUM"),
                ("wijkagent", "FUNCTIE"), ("diabetes", "GEZONDHEID")],
        "keep": ["Arnhem", "Klachtformulier"],
    },
    {
        "id": "syn-transcript",
        "text": (
            "Medewerker: Goedemiddag, gemeente Kampen, u spreekt met Lotte.\n"
            "Beller: Ja hallo, met mevrouw Van der Meulen. Ik bel over de parkeerboete.\n"
            "Medewerker: Wat is uw kenteken?\n"
            "Beller: Dat is KL-482-P. En mijn klantnummer is 55019327.\n"
            "Medewerker: Dank u. Ik zie dat de handhaver van wijk Brunnepe de bon heeft uitgeschreven.\n"
            "Beller: Mijn zoon Kevin stond daar alleen even te laden bij de Oudestraat 120.\n"
        ),
        "pii": [("Lotte", "NAAM"), ("Van der Meulen", "NAAM"), ("KL-482-P", "KENTEKEN"), ("55019327", "DOSSIERNUMMER"),
                ("handhaver van wijk Brunnepe", "FUNCTIE"), ("Kevin", "NAAM"), ("Oudestraat 120", "ADRES")],
        "keep": ["gemeente Kampen"],
    },
    {
        "id": "syn-speech",
        "text": (
            "ja goedemiddag u spreekt met henk de boer ik bel over mijn aanslag want ik woon op de "
            "lindelaan 12 in assen en de taxatie klopt niet mijn telefoonnummer is 06 48 76 54 32 en mijn "
            "bsn is 1112 22 333 dank u wel"
        ),
        "pii": [("henk de boer", "NAAM"), ("lindelaan 12", "ADRES"), ("06 48 76 54 32", "TELEFOON"),
                ("1112 22 333", "BSN")],
        "keep": ["assen"],
    },
    {
        "id": "syn-letter",
        "text": (
            "Aan het college van burgemeester en wethouders van de gemeente Emmen\n"
            "Postbus 30001, 7800 RA Emmen\n\n"
            "Betreft: klacht over de behandeling van mijn aanvraag bijzondere bijstand\n\n"
            "Geachte college,\n\n"
            "Op 3 januari 2024 heb ik bijzondere bijstand aangevraagd voor een traplift, omdat ik sinds "
            "mijn herseninfarct slecht ter been ben. Mijn consulent, de heer T. Bakker, heeft nooit "
            "gereageerd. Volgens artikel 9:11 van de Awb had u binnen zes weken moeten beslissen.\n"
            "Het bedrag van € 2.450,00 kan worden overgemaakt op NL02 ABNA 0123 4567 89.\n\n"
            "Hoogachtend,\n\n"
            "Gerrit-Jan Hofstede\n"
            "Hoofdstraat 77\n"
            "7811 EP Emmen"
        ),
        "pii": [("herseninfarct", "GEZONDHEID"), ("T. Bakker", "NAAM"), ("NL02 ABNA 0123 4567 89", "IBAN"),
                ("Gerrit-Jan Hofstede", "NAAM"), ("Hoofdstraat 77", "ADRES"), ("7811 EP", "POSTCODE")],
        "keep": ["gemeente Emmen", "Postbus 30001, 7800 RA Emmen", "3 januari 2024", "artikel 9:11", "Awb",
                 "€ 2.450,00"],
    },
    {
        "id": "syn-english",
        "text": (
            "Dear Sir/Madam,\n\nMy name is Anna Kowalczyk and I live at Molenweg 3, 9401 AB Assen. "
            "I complained on 2 May 2024 about my housing allowance. My case number is HT-2024-55102 and my "
            "phone number is +48 601 234 567. Please contact me at anna.k@protonmail.com.\n\n"
            "Kind regards,\nAnna Kowalczyk"
        ),
        "pii": [("Anna Kowalczyk", "NAAM"), ("Molenweg 3", "ADRES"), ("9401 AB", "POSTCODE"),
                ("HT-2024-55102", "DOSSIERNUMMER"), ("+48 601 234 567", "TELEFOON"), ("anna.k@protonmail.com", "EMAIL")],
        "keep": ["Assen", "2 May 2024"],
    },
    {
        "id": "syn-notes",
        "text": (
            "notitie: mw el khatib (78 jaar) belde ivm de thuiszorg. haar dochter yasmina regelt alles. "
            "mw heeft parkinson. afspraak met collega Ruben op 14 mei. de 79-jarige buurman op nummer 4 "
            "helpt ook. bellen via 0591-612345 of 14 0591."
        ),
        "pii": [("el khatib", "NAAM"), ("78 jaar", "LEEFTIJD"), ("yasmina", "NAAM"), ("parkinson", "GEZONDHEID"),
                ("Ruben", "NAAM"), ("79-jarige", "LEEFTIJD"), ("de buurman op nummer 4", "ANDER"),
                ("0591-612345", "TELEFOON")],
        "keep": ["14 0591", "14 mei"],
    },
    {
        "id": "syn-ombudsman",
        "text": (
            "De Nationale ombudsman heeft onderzocht of het UWV behoorlijk heeft gehandeld. Verzoekster, "
            "mevrouw D.W. Hoekstra-Boersma uit Leeuwarden, ontving een WW-uitkering. Het UWV vorderde "
            "€ 3.120 terug. De teamleider Handhaving van het UWV, de heer Postma, heeft haar bezwaar niet "
            "gelezen. Mevrouw Hoekstra-Boersma heeft een burn-out gehad. Zie ook rapport 2024/031. "
            "Haar BSN is 123456782. De bakker op de hoek bevestigde dat zij daar werkte."
        ),
        "pii": [("D.W. Hoekstra-Boersma", "NAAM"), ("teamleider Handhaving", "FUNCTIE"), ("Postma", "NAAM"),
                ("Hoekstra-Boersma", "NAAM"), ("een burn-out", "GEZONDHEID"), ("123456782", "BSN")],
        "keep": ["Nationale ombudsman", "UWV", "Leeuwarden", "€ 3.120", "rapport 2024/031", "De bakker op de hoek"],
    },
]
