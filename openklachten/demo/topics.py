"""What complaints are about, per type of organisation: topics with their themes, seasons and causes.

A topic is the demo's own unit ("afval", "parkeren", "toeslagen"); it maps to theme codes and an Iv3
taakveld of the standard (resolved against the code lists in `codes.py`), to the departments that
handle it, to a seasonal profile and to the causes that dominate it.
"""

from dataclasses import dataclass

# Relative monthly volume (jan..dec). Shapes follow what complaint handlers report: tax assessments
# land in February, income tax in spring, refuse and parking complaints peak in summer, icy roads in winter.
SEASONS = {
    "vlak": (1.0,) * 12,
    "zomer": (0.75, 0.75, 0.9, 1.0, 1.1, 1.3, 1.55, 1.5, 1.1, 0.9, 0.8, 0.75),
    "winter": (2.4, 1.9, 0.9, 0.3, 0.15, 0.1, 0.1, 0.1, 0.15, 0.5, 1.3, 2.2),
    "aanslag": (1.3, 2.8, 2.4, 1.0, 0.8, 0.7, 0.6, 0.6, 0.7, 0.8, 0.8, 0.8),
    "aangifte": (0.7, 1.0, 2.2, 2.4, 1.6, 0.9, 0.7, 0.7, 0.8, 0.8, 0.7, 0.9),
    "schooljaar": (0.8, 0.8, 0.9, 0.9, 1.0, 1.0, 0.8, 1.8, 2.1, 1.0, 0.9, 0.8),
    "storm": (1.5, 1.3, 1.0, 0.8, 0.7, 0.8, 1.0, 1.0, 0.9, 1.1, 1.3, 1.6),
}
# Every organisation handles less in the summer holidays and around Christmas.
STAFFING = (1.0, 1.0, 1.05, 1.0, 1.0, 1.0, 0.85, 0.85, 1.05, 1.05, 1.0, 0.8)


@dataclass(frozen=True)
class Topic:
    key: str
    themes: tuple  # codes of the themas code list; the first is the main theme, the rest are added sometimes
    iv3: str | None  # Iv3 taakveld for municipal complaints; None when it has none
    departments: tuple
    season: str = "vlak"
    causes: tuple = ()  # oorzaak codes this topic adds weight to
    law: str = ""
    youth: bool = False


_T = Topic
TOPICS = {
    t.key: t
    for t in (
        _T(
            "afval",
            ("afval",),
            "7.3",
            ("Afval en Grondstoffen", "Stadsreiniging"),
            "zomer",
            ("inactiviteit", "fout-in-uitvoering"),
            "Afvalstoffenverordening",
        ),
        _T(
            "parkeren",
            ("parkeren",),
            "2.2",
            ("Parkeren", "Parkeerbeheer", "Handhaving Parkeren"),
            "zomer",
            ("boete", "besluit"),
            "artikel 225 Gemeentewet",
        ),
        _T(
            "gladheid",
            ("openbare-ruimte",),
            "2.1",
            ("Beheer Openbare Ruimte", "Wegbeheer"),
            "winter",
            ("inactiviteit", "handhaving"),
            "artikel 6:174 BW",
        ),
        _T(
            "openbare-ruimte",
            (
                "openbare-ruimte",
                "groen",
            ),
            "5.7",
            ("Beheer Openbare Ruimte", "Stadsdeel Centrum", "Wijkteam"),
            "zomer",
            ("inactiviteit",),
            "",
        ),
        _T(
            "verkeer",
            ("verkeer",),
            "2.1",
            ("Verkeer en Mobiliteit",),
            "vlak",
            ("besluit", "informatieverstrekking"),
            "Wegenverkeerswet 1994",
        ),
        _T(
            "gemeentebelastingen",
            ("belastingen-gemeentelijk",),
            "0.62",
            ("Belastingen", "Heffingen en Invordering"),
            "aanslag",
            ("besluit", "fout-in-uitvoering"),
            "artikel 22 Wet WOZ",
        ),
        _T(
            "bijstand",
            ("bijstand",),
            "6.3",
            ("Werk en Inkomen", "Participatie"),
            "vlak",
            ("besluit", "vertraging", "bejegening"),
            "artikel 17 Participatiewet",
        ),
        _T(
            "schulden",
            ("schuldhulpverlening",),
            "6.3",
            ("Schuldhulpverlening",),
            "vlak",
            ("geboden-hulp", "vertraging"),
            "Wet gemeentelijke schuldhulpverlening",
        ),
        _T(
            "wmo",
            ("wmo",),
            "6.71",
            ("Wmo-loket", "Sociaal Domein"),
            "vlak",
            ("geboden-hulp", "vertraging", "besluit"),
            "artikel 2.3.5 Wmo 2015",
        ),
        _T(
            "jeugdhulp",
            ("jeugdzorg",),
            "6.72",
            ("Jeugd en Gezin", "Centrum voor Jeugd en Gezin"),
            "vlak",
            ("geboden-hulp", "vertraging"),
            "artikel 2.3 Jeugdwet",
            youth=True,
        ),
        _T(
            "jeugdbescherming",
            ("jeugdbescherming",),
            "6.82",
            ("Jeugdbescherming",),
            "vlak",
            ("geboden-hulp", "bejegening"),
            "Jeugdwet",
            youth=True,
        ),
        _T(
            "vergunningen",
            ("omgevingsvergunning",),
            "8.3",
            ("Vergunningen", "Vergunningverlening, Toezicht en Handhaving"),
            "vlak",
            ("vertraging", "besluit"),
            "Omgevingswet",
        ),
        _T(
            "burgerzaken",
            ("burgerzaken",),
            "0.2",
            ("Burgerzaken", "Publiekszaken"),
            "zomer",
            ("bereikbaarheid", "bejegening"),
            "Wet basisregistratie personen",
        ),
        _T(
            "overlast",
            (
                "openbare-orde-en-veiligheid",
                "handhaving",
            ),
            "1.2",
            ("Toezicht en Handhaving", "Openbare Orde en Veiligheid"),
            "zomer",
            ("handhaving", "bejegening"),
            "Algemene Plaatselijke Verordening",
        ),
        _T(
            "wonen",
            ("wonen",),
            "8.3",
            ("Wonen", "Woonruimteverdeling"),
            "vlak",
            ("besluit", "informatieverstrekking"),
            "Huisvestingswet 2014",
        ),
        _T(
            "leerlingenvervoer",
            ("onderwijs",),
            "4.3",
            ("Leerlingzaken", "Onderwijs"),
            "schooljaar",
            ("fout-in-uitvoering", "geboden-hulp"),
            "artikel 4 Wet op het primair onderwijs",
        ),
        _T("riolering", ("riolering",), "7.2", ("Riolering en Water",), "storm", ("inactiviteit",), ""),
        _T(
            "dienstverlening",
            ("dienstverlening",),
            "0.1",
            ("Klantcontactcentrum", "Publieksdienstverlening", "Bestuursondersteuning"),
            "vlak",
            ("bejegening", "bereikbaarheid", "informatieverstrekking"),
            "artikel 9:1 Awb",
        ),
        _T(
            "privacy",
            ("registraties-en-gegevens",),
            "0.4",
            ("Informatiebeheer", "Privacy Office"),
            "vlak",
            ("privacy",),
            "artikel 15 AVG",
        ),
        _T(
            "woo",
            ("informatieverzoeken",),
            "0.1",
            ("Juridische Zaken", "Woo-team"),
            "vlak",
            ("vertraging", "inactiviteit"),
            "artikel 4.4 Wet open overheid",
        ),
        _T(
            "subsidies",
            ("subsidies",),
            None,
            ("Subsidies", "Subsidieloket"),
            "vlak",
            ("besluit", "vertraging"),
            "artikel 4:46 Awb",
        ),
        _T(
            "provinciale-wegen",
            ("verkeer",),
            None,
            ("Wegen en Vaarwegen",),
            "winter",
            ("inactiviteit", "handhaving"),
            "",
        ),
        _T(
            "openbaar-vervoer",
            ("openbaar-vervoer",),
            None,
            ("Openbaar Vervoer",),
            "schooljaar",
            ("geboden-hulp", "informatieverstrekking"),
            "Wet personenvervoer 2000",
        ),
        _T(
            "natuur",
            ("natuur-en-landschap",),
            None,
            ("Natuur en Landschap", "Omgevingsdienst"),
            "zomer",
            ("handhaving", "besluit"),
            "Wet natuurbescherming",
        ),
        _T(
            "waterschapsbelasting",
            ("belastingen-waterschap",),
            None,
            ("Belastingen", "Invordering"),
            "aanslag",
            ("besluit", "fout-in-uitvoering"),
            "artikel 117 Waterschapswet",
        ),
        _T(
            "wateroverlast",
            ("water",),
            None,
            ("Watersysteem", "Peilbeheer"),
            "storm",
            ("inactiviteit", "geboden-hulp"),
            "Waterwet",
        ),
        _T(
            "waterkwaliteit",
            (
                "water",
                "milieu",
            ),
            None,
            ("Waterkwaliteit", "Zuivering"),
            "zomer",
            ("handhaving",),
            "Waterwet",
        ),
        _T(
            "uitkeringen",
            ("werknemersverzekeringen",),
            None,
            ("Uitkeringen", "Klantcontact", "Sociaal Medische Zaken"),
            "vlak",
            ("vertraging", "besluit", "bereikbaarheid"),
            "Werkloosheidswet",
        ),
        _T(
            "inkomstenbelasting",
            ("belastingen-rijk",),
            None,
            ("Particulieren", "BelastingTelefoon"),
            "aangifte",
            ("bereikbaarheid", "vertraging", "fout-in-uitvoering"),
            "Algemene wet inzake rijksbelastingen",
        ),
        _T(
            "toeslagen",
            ("toeslagen",),
            None,
            ("Dienst Toeslagen", "Herstel Toeslagen"),
            "vlak",
            ("besluit", "vertraging", "informatieverstrekking"),
            "Algemene wet inkomensafhankelijke regelingen",
        ),
        _T(
            "boetes",
            ("boetes-en-inning",),
            None,
            ("Inning", "Klantcontact"),
            "vlak",
            ("boete", "informatieverstrekking"),
            "Wet administratiefrechtelijke handhaving verkeersvoorschriften",
        ),
        _T(
            "studiefinanciering",
            ("studiefinanciering",),
            None,
            ("Studiefinanciering", "Terugbetalen"),
            "schooljaar",
            ("fout-in-uitvoering", "bereikbaarheid"),
            "Wet studiefinanciering 2000",
        ),
        _T(
            "pensioen-kinderbijslag",
            ("volksverzekeringen",),
            None,
            ("AOW", "Kinderbijslag"),
            "vlak",
            ("vertraging", "informatieverstrekking"),
            "Algemene Ouderdomswet",
        ),
        _T(
            "verblijf",
            ("migratie",),
            None,
            ("Verblijf", "Naturalisatie"),
            "vlak",
            ("vertraging", "inactiviteit"),
            "Vreemdelingenwet 2000",
        ),
        _T(
            "rijbewijs",
            ("voertuigen-en-rijbewijzen",),
            None,
            ("Rijgeschiktheid", "Examens"),
            "vlak",
            ("vertraging", "bereikbaarheid"),
            "Wegenverkeerswet 1994",
        ),
    )
}

# Topic weights per organisation type; ZBOs get their own mix by a word in their name.
TYPE_TOPICS = {
    "gemeente": {
        "afval": 14,
        "parkeren": 9,
        "gladheid": 3,
        "openbare-ruimte": 8,
        "verkeer": 4,
        "gemeentebelastingen": 8,
        "bijstand": 8,
        "schulden": 3,
        "wmo": 7,
        "jeugdhulp": 4,
        "jeugdbescherming": 1,
        "vergunningen": 5,
        "burgerzaken": 5,
        "overlast": 6,
        "wonen": 3,
        "leerlingenvervoer": 2,
        "riolering": 2,
        "dienstverlening": 7,
        "privacy": 1,
        "woo": 1,
    },
    "provincie": {
        "subsidies": 5,
        "provinciale-wegen": 6,
        "openbaar-vervoer": 6,
        "natuur": 4,
        "vergunningen": 3,
        "dienstverlening": 3,
        "woo": 2,
    },
    "waterschap": {
        "waterschapsbelasting": 10,
        "wateroverlast": 5,
        "waterkwaliteit": 3,
        "dienstverlening": 2,
        "vergunningen": 1,
    },
    "ministerie": {"dienstverlening": 4, "woo": 4, "subsidies": 3, "privacy": 1, "verblijf": 1},
    "zbo": {"dienstverlening": 3, "privacy": 1},
    "overig": {"dienstverlening": 3},
}
ZBO_TOPICS = {
    "uwv": {"uitkeringen": 10, "dienstverlening": 3, "privacy": 1},
    "belastingdienst": {"inkomstenbelasting": 9, "toeslagen": 6, "dienstverlening": 2},
    "toeslagen": {"toeslagen": 10, "dienstverlening": 2},
    "cjib": {"boetes": 12, "dienstverlening": 2},
    "centraal justitieel": {"boetes": 12, "dienstverlening": 2},
    "duo": {"studiefinanciering": 10, "dienstverlening": 2},
    "dienst uitvoering onderwijs": {"studiefinanciering": 10, "dienstverlening": 2},
    "svb": {"pensioen-kinderbijslag": 10, "dienstverlening": 2},
    "sociale verzekeringsbank": {"pensioen-kinderbijslag": 10, "dienstverlening": 2},
    "ind": {"verblijf": 10, "dienstverlening": 2},
    "immigratie": {"verblijf": 10, "dienstverlening": 2},
    "cbr": {"rijbewijs": 10, "dienstverlening": 2},
    "rijvaardigheid": {"rijbewijs": 10, "dienstverlening": 2},
    "rdw": {"rijbewijs": 4, "boetes": 2, "dienstverlening": 3},
    "rijksdienst voor het wegverkeer": {"rijbewijs": 4, "boetes": 2, "dienstverlening": 3},
}

# Oorzaak base weights per organisation type; a topic's own causes get BOOST on top.
CAUSES = {
    "vertraging": 14,
    "inactiviteit": 9,
    "bejegening": 10,
    "informatieverstrekking": 12,
    "geboden-hulp": 8,
    "boete": 2,
    "besluit": 9,
    "fout-in-uitvoering": 8,
    "bereikbaarheid": 5,
    "privacy": 1,
    "ongelijke-behandeling": 2,
    "handhaving": 3,
    "anders": 4,
}
CAUSE_BOOST = 18


def topics_for(org_type: str, name: str) -> dict:
    """Topic weights for an organisation: ZBOs by a keyword in their name, others by type."""
    if org_type == "zbo":
        lowered = name.lower()
        for keyword, mix in ZBO_TOPICS.items():
            if keyword in lowered.split() or (" " in keyword and keyword in lowered):
                return mix
        return TYPE_TOPICS["zbo"]
    return TYPE_TOPICS.get(org_type, TYPE_TOPICS["overig"])
