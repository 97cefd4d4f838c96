"""Invented personal data for the demo texts: names, addresses and identifiers with valid checksums.

Everything is composed from fragments at random, so no value describes a real person. Identifiers pass
their checksums (BSN elfproef, IBAN mod-97) so that the anonymiser cannot rely on invalid shapes.
"""

import random
import string

from openklachten.demo.sampling import between, pick
from openklachten.intake.dates import MONTH_NAMES

FIRST_NAMES = (
    "Marloes",
    "Jeroen",
    "Sanne",
    "Bram",
    "Annelies",
    "Kees",
    "Fenna",
    "Ruud",
    "Ingrid",
    "Thijs",
    "Petra",
    "Wouter",
    "Esther",
    "Gerrit",
    "Lotte",
    "Hendrik",
    "Mieke",
    "Joost",
    "Anouk",
    "Sjoerd",
    "Femke",
    "Dirk",
    "Willemijn",
    "Bart",
    "Yvonne",
    "Henk",
    "Lieke",
    "Teun",
    "Marjolein",
    "Koen",
    "Mohamed",
    "Fatima",
    "Youssef",
    "Samira",
    "Mehmet",
    "Ayşe",
    "Emre",
    "Zeynep",
    "Hamid",
    "Nadia",
    "Priya",
    "Rajesh",
    "Shanti",
    "Kwame",
    "Abena",
    "Tomasz",
    "Agnieszka",
    "Piotr",
    "Olena",
    "Dmytro",
    "Giovanni",
    "Lucía",
    "Jorge",
    "Mei",
    "Wei",
    "Thanh",
    "Rosalinde",
    "Chantal",
    "Romano",
    "Sharon",
)
INITIALS = "ABCDEFGHJKLMNPRSTW"
TUSSENVOEGSELS = ("", "", "", "", "", "van", "de", "van der", "van den", "van de", "ter", "den")
DUTCH_SURNAMES = (
    "Graaf",
    "Hoogendoorn",
    "Jansen",
    "Vermeulen",
    "Bosman",
    "Kuipers",
    "Brinkman",
    "Veenstra",
    "Dijkhuis",
    "Mulder",
    "Smit",
    "Dekker",
    "Wiersma",
    "Hofstede",
    "Koster",
    "Postma",
    "Scholten",
    "Timmerman",
    "Verhoeven",
    "Zwart",
    "Geerts",
    "Haverkamp",
    "Oosterhof",
    "Lammers",
    "Wolters",
    "Brouwer",
    "Ruiter",
    "Haasnoot",
    "Slingerland",
    "Berg",
    "Velde",
    "Heuvel",
    "Bakker",
    "Visser",
    "Meer",
    "Wal",
)
OTHER_SURNAMES = (
    "Yilmaz",
    "Öztürk",
    "Demir",
    "El Amrani",
    "Bouzidi",
    "Ouali",
    "Benali",
    "Kaya",
    "Aydın",
    "Ramdin",
    "Sewnath",
    "Jagesar",
    "Mensah",
    "Owusu",
    "Kowalski",
    "Nowak",
    "Wiśniewska",
    "Shevchenko",
    "Rossi",
    "García",
    "Nguyen",
    "Chen",
    "Tjon A Fong",
    "Landveld",
    "Tevreden",
)
STREET_STEMS = (
    "Kerk",
    "Linden",
    "Molen",
    "Beuken",
    "Eiken",
    "Dorps",
    "School",
    "Stations",
    "Haven",
    "Berken",
    "Wilgen",
    "Kastanje",
    "Prins Hendrik",
    "Oranje",
    "Meidoorn",
    "Zonnebloem",
    "Merel",
    "Vlinder",
    "Klaproos",
    "Esdoorn",
    "Burgemeester de Vries",
    "Koningin Julianna",
    "Tulpen",
    "Populieren",
)
STREET_SUFFIXES = ("straat", "laan", "weg", "plein", "singel", "hof", "dreef", "kade", "pad", "gracht")
MAIL_DOMAINS = ("gmail.com", "hotmail.com", "ziggo.nl", "kpnmail.nl", "outlook.com", "live.nl", "xs4all.nl")
BANKS = ("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "BUNQ", "RBRB")
HEALTH = (
    "een hartinfarct",
    "diabetes type 1",
    "MS",
    "een burn-out",
    "COPD",
    "een depressie",
    "autisme",
    "ADHD",
    "de ziekte van Parkinson",
    "borstkanker",
    "een herseninfarct",
    "long covid",
    "reuma",
    "een angststoornis",
    "epilepsie",
    "dementie",
)
# Job titles that single out one official (personal data) and roles many people hold (not personal data).
SINGLING_OUT_TITLES = (
    "teamleider Parkeren",
    "wijkcoördinator Noord",
    "afdelingshoofd Belastingen",
    "coördinator leerlingenvervoer",
    "hoofd Klantcontactcentrum",
    "teamleider Handhaving",
    "directeur Sociaal Domein",
    "manager Publiekszaken",
    "teamleider Wmo-loket",
    "projectleider herinrichting Stationsplein",
)
ROLES = (
    "consulent Werk en Inkomen",
    "casemanager Wmo",
    "jeugdconsulent",
    "boa",
    "medewerker van het KCC",
    "handhaver",
    "inspecteur",
    "klantmanager",
    "baliemedewerker",
    "behandelaar",
)
RELATIVES = ("haar zoon", "zijn dochter", "mijn moeder", "mijn vader", "haar man", "zijn vrouw", "onze buurman")


def elfproef_valid(digits: str) -> bool:
    """True when a 9-digit string passes the BSN eleven test (last weight -1)."""
    if len(digits) != 9 or not digits.isdigit():
        return False
    total = sum(int(d) * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2, -1), strict=False))
    return total % 11 == 0 and digits[0] != "0"


def iban_valid(iban: str) -> bool:
    """True when an IBAN (spaces allowed) passes the ISO 7064 mod-97 check."""
    compact = iban.replace(" ", "").upper()
    rearranged = compact[4:] + compact[:4]
    numeric = "".join(str(int(c, 36)) for c in rearranged)
    return int(numeric) % 97 == 1


class PersonFactory:
    """Draws invented people and identifiers from one random stream."""

    def __init__(self, rng: random.Random):
        self.rng = rng

    def first_name(self) -> str:
        return pick(self.rng, FIRST_NAMES)

    def surname(self) -> str:
        if self.rng.random() < 0.35:
            return pick(self.rng, OTHER_SURNAMES)
        tussen = pick(self.rng, TUSSENVOEGSELS)
        last = pick(self.rng, DUTCH_SURNAMES)
        return f"{tussen} {last}" if tussen else last

    def person(self, casual: bool = True) -> dict:
        """A person with the forms a text may use: full name, initials form, surname with title.

        Casual people (complainants typing a form) sometimes write their name in lower case.
        """
        first, last = self.first_name(), self.surname()
        male = self.rng.random() < 0.5
        title = "de heer" if male else "mevrouw"
        full = f"{first} {last}"
        if casual and self.rng.random() < 0.05:  # people typing quickly in web forms
            full = full.lower()
        initial = first[0] if first[0] in string.ascii_uppercase else pick(self.rng, INITIALS)
        formal_last = last[0].upper() + last[1:] if last[:1].islower() else last
        return {
            "full": full,
            "first": first,
            "surname": formal_last,
            "initials": f"{initial}. {last}",
            "titled": f"{title} {formal_last}",
            "pronoun": "hij" if male else "zij",
            "possessive": "zijn" if male else "haar",
        }

    def street(self) -> str:
        return f"{pick(self.rng, STREET_STEMS)}{pick(self.rng, STREET_SUFFIXES)} {between(self.rng, 1, 240)}"

    def address(self) -> str:
        street = self.street()
        if self.rng.random() < 0.15:
            street += pick(self.rng, ("a", "b", "-2", " bis", "-III"))
        return street

    def postcode(self) -> str:
        letters = pick(self.rng, string.ascii_uppercase.replace("S", "")) + pick(
            self.rng, string.ascii_uppercase.replace("A", "").replace("D", "").replace("S", "")
        )
        number = between(self.rng, 1011, 9999)
        return f"{number} {letters}" if self.rng.random() < 0.8 else f"{number}{letters}"

    def phone(self) -> str:
        digits = f"{int(self.rng.random() * 1e8):08d}"
        style = self.rng.random()
        if style < 0.5:
            return f"06-{digits}"
        if style < 0.7:
            return f"06 {digits[:2]} {digits[2:4]} {digits[4:6]} {digits[6:]}"
        if style < 0.85:
            return f"+31 6 {digits}"
        area = pick(self.rng, ("010", "020", "030", "040", "050", "070", "073", "076"))
        return f"{area}-{digits[:7]}"

    def email(self, person: dict) -> str:
        local = person["first"].lower() + pick(self.rng, (".", "_", "")) + person["surname"].lower().replace(" ", "")
        local = local.translate(str.maketrans("öüışçéíáğ", "ouisceiag"))
        if self.rng.random() < 0.4:
            local += str(between(self.rng, 1, 99))
        return f"{local}@{pick(self.rng, MAIL_DOMAINS)}"

    def bsn(self) -> str:
        while True:
            digits = [between(self.rng, 1, 9)] + [between(self.rng, 0, 9) for _ in range(7)]
            partial = sum(d * w for d, w in zip(digits, (9, 8, 7, 6, 5, 4, 3, 2), strict=False))
            last = partial % 11  # partial - last must be divisible by 11
            if last < 10:
                text = "".join(map(str, digits)) + str(last)
                style = self.rng.random()
                if style < 0.7:
                    return text
                if style < 0.85:
                    return f"{text[:4]}.{text[4:6]}.{text[6:]}"
                return f"{text[:3]} {text[3:6]} {text[6:]}"

    def iban(self) -> str:
        bank = pick(self.rng, BANKS)
        account = f"{int(self.rng.random() * 1e10):010d}"
        numeric = "".join(str(int(c, 36)) for c in f"{bank}{account}NL00")
        check = 98 - int(numeric) % 97
        iban = f"NL{check:02d}{bank}{account}"
        if self.rng.random() < 0.35:
            return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        return iban

    def licence_plate(self) -> str:
        letters = "BDFGHJKLNPRSTVXZ"  # RDW uses no vowels (Y/E excepted in old series)
        L = lambda n: "".join(pick(self.rng, letters) for _ in range(n))  # noqa: E731
        D = lambda n: "".join(pick(self.rng, string.digits) for _ in range(n))  # noqa: E731
        return pick(
            self.rng,
            (
                lambda: f"{L(2)}-{D(3)}-{L(1)}",
                lambda: f"{D(1)}-{L(3)}-{D(2)}",
                lambda: f"{L(1)}-{D(3)}-{L(2)}",
                lambda: f"{D(2)}-{L(3)}-{D(1)}",
                lambda: f"{L(2)}-{D(2)}-{L(2)}",
                lambda: f"{D(2)}-{L(2)}-{D(2)}",
                lambda: f"{L(3)}-{D(2)}-{L(1)}",
            ),
        )()

    def case_number(self, year: int) -> str:
        n = between(self.rng, 1, 99999)
        return pick(
            self.rng, (f"Z-{year}-{n:06d}", f"{year}/{n:06d}", f"DOS-{n:07d}", f"{year}-{n:05d}-K", f"BZ{n:08d}")
        )

    def age(self) -> str:
        years = between(self.rng, 19, 96)
        return f"{years}-jarige" if self.rng.random() < 0.5 else f"{years} jaar oud"

    def birth_date(self) -> str:
        months = MONTH_NAMES
        day, month, year = between(self.rng, 1, 28), between(self.rng, 1, 12), between(self.rng, 1935, 2006)
        if self.rng.random() < 0.5:
            return f"{day:02d}-{month:02d}-{year}"
        return f"{day} {months[month - 1]} {year}"

    def health(self) -> str:
        return pick(self.rng, HEALTH)

    def official(self) -> tuple[str, bool]:
        """(job title, whether it singles out one official)."""
        if self.rng.random() < 0.5:
            return pick(self.rng, SINGLING_OUT_TITLES), True
        return pick(self.rng, ROLES), False

    def relative(self) -> str:
        name = self.first_name()
        return f"{pick(self.rng, RELATIVES)} {name.lower() if self.rng.random() < 0.3 else name}"
