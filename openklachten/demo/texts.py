"""Compose the free-text fields of a demo complaint in several registers, with invented personal data.

Registers: a citizen's e-mail, a handler's summary, a web form, a telephone note, a counter note and an
ombudsman's finding. Every personal-data value that goes into a text is recorded in `Composer.pii`
(value, type) with the types of the anonymisation corpus, so the demo can also score the anonymiser.
"""

import datetime as dt
import random
import string

from openklachten.demo import phrases
from openklachten.demo.people import PersonFactory
from openklachten.demo.sampling import between, pick
from openklachten.intake.dates import MONTH_NAMES

MONTHS = MONTH_NAMES
_FORMATTER = string.Formatter()
_FIELDS: dict[str, tuple[str, ...]] = {}


def fields_of(template: str) -> tuple[str, ...]:
    """Slot names in a template, parsed once."""
    names = _FIELDS.get(template)
    if names is None:
        names = tuple(dict.fromkeys(f for _, f, _, _ in _FORMATTER.parse(template) if f))
        _FIELDS[template] = names
    return names


def amount(rng: random.Random) -> str:
    """A Dutch-formatted euro amount such as '€ 72,90' or '€ 1.250,00'."""
    euros = pick(rng, (between(rng, 15, 150), between(rng, 150, 2500)))
    cents = pick(rng, (0, 0, 50, 90, between(rng, 1, 99)))
    whole = f"{euros:,}".replace(",", ".")
    return f"€ {whole},{cents:02d}"


def dutch_date(day) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class Composer:
    """Builds the text fields of one record at a time; `pii` lists what the last record contains."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.people = PersonFactory(rng)
        self.pii: list[tuple[str, str]] = []
        self._person = None
        self._context: dict = {}

    # -- slots -------------------------------------------------------------------------------------
    def _complainant(self) -> dict:
        if self._person is None:
            self._person = self.people.person()
        return self._person

    def _slot(self, name: str) -> str:
        rng, people, ctx = self.rng, self.people, self._context
        if name in ctx:
            return ctx[name]
        pii_type = None
        if name == "adres":
            value, pii_type = people.address(), "ADRES"
        elif name == "straat":
            value = people.street().rsplit(" ", 1)[0]
        elif name == "postcode":
            value, pii_type = people.postcode(), "POSTCODE"
        elif name == "telefoon":
            value, pii_type = people.phone(), "TELEFOON"
        elif name == "email":
            value, pii_type = people.email(self._complainant()), "EMAIL"
        elif name == "bsn":
            value, pii_type = people.bsn(), "BSN"
        elif name == "iban":
            value, pii_type = people.iban(), "IBAN"
        elif name == "kenteken":
            value, pii_type = people.licence_plate(), "KENTEKEN"
        elif name == "dossier":
            value, pii_type = people.case_number(ctx["jaar"]), "DOSSIERNUMMER"
        elif name == "leeftijd":
            value, pii_type = people.age(), "LEEFTIJD"
        elif name == "geboortedatum":
            value, pii_type = people.birth_date(), "GEBOORTEDATUM"
        elif name == "gezondheid":
            value, pii_type = people.health(), "GEZONDHEID"
        elif name == "functie":
            value, singles_out = people.official()
            pii_type = "FUNCTIE" if singles_out else None
        elif name == "familielid":
            value, pii_type = people.relative(), "ANDER"
        elif name == "buren":
            value, pii_type = f"de buren op nummer {between(rng, 1, 120)}", "ANDER"
        elif name == "ambtenaar":
            official = people.person(casual=False)
            titled = rng.random() < 0.6
            value = official["titled"] if titled else official["full"]
            self.pii.append((official["surname"] if titled else value, "NAAM"))
            ctx[name] = value
            return value
        elif name == "datum":  # a procedural date a few weeks after receipt: public context, not personal
            value = dutch_date(self._received + dt.timedelta(days=between(rng, 3, 30)))
        elif name == "Org":
            value = capitalise(ctx["org"])
        elif name == "bedrag":
            value = amount(rng)
        elif name == "weken":
            value = str(between(rng, 7, 26))
        elif name == "vereiste":
            value = pick(rng, phrases.VEREISTEN)
        else:
            raise KeyError(name)
        if pii_type:
            self.pii.append((value, pii_type))
        ctx[name] = value
        return value

    def fill(self, template: str) -> str:
        if "{" not in template:
            return template
        return template.format_map({name: self._slot(name) for name in fields_of(template)})

    def _name(self, form: str) -> str:
        person = self._complainant()
        value = person[form]
        recorded = person["surname"] if form == "titled" else value
        self.pii.append((recorded, "NAAM"))
        return value

    # -- fields ------------------------------------------------------------------------------------
    def start(self, *, year: int, org_name: str, place: str, received, mailbox: str = "") -> None:
        """Begin a new record: a new complainant and fresh slot values."""
        self.pii = []
        self._person = None
        self._received = received
        self._context = {"jaar": year, "org": org_name, "plaats": place, "mailbox": mailbox}

    def situation(self, topic: str) -> str:
        return self.fill(pick(self.rng, phrases.SITUATIONS[topic]))

    def gedraging_informal(self, topic: str) -> str:
        """A short note: telephone, counter or chat, 1-3 sentences."""
        rng = self.rng
        clause = self.situation(topic)
        ending = self.fill(pick(rng, phrases.INFORMAL_ENDINGS))
        style = rng.random()
        if style < 0.35:
            first = self._complainant()["first"]
            who = first.lower() if rng.random() < 0.4 else first
            self.pii.append((who, "NAAM"))
            text = f"tel. {who}: {clause}. {ending}"
        elif style < 0.6:
            text = f"Melder belt omdat {clause}. {ending}"
        elif style < 0.8:
            text = f"Klant aan de balie ontevreden omdat {clause}. {ending}"
        else:
            text = f"Klager geeft aan dat {clause}. {ending}"
        return text.strip()

    def gedraging_formal(self, topic: str) -> str:
        """A formal complaint as delivered: pasted e-mail, handler's summary or web form."""
        rng = self.rng
        clause = self.situation(topic)
        style = rng.random()
        if style < 0.3:
            extras = self._citizen_extras()
            name = self._name("full")
            address = f"{self._slot('adres')}\n{self._slot('postcode')} {self._context['plaats']}"
            return (
                f"{pick(rng, phrases.OPENINGS)}\n\nIk wil een klacht indienen omdat {clause}. {extras}\n\n"
                f"{pick(rng, phrases.CLOSINGS)}\n{name}\n{address}"
            )
        if style < 0.65:
            titled = self._name("titled") if rng.random() < 0.6 else self._name("initials")
            female = self._complainant()["pronoun"] == "zij"
            leads = ("Klager", "Klaagster", "Verzoekster") if female else ("Klager", "Verzoeker", "Betrokkene")
            lead = pick(rng, leads)
            return (
                f"{lead}, {titled}, wonende aan de {self._slot('adres')}, {self._slot('postcode')} "
                f"{self._context['plaats']}, stelt dat {clause}. {self._third_person_extra()}"
            )
        if style < 0.85:
            extras = self._citizen_extras()
            name = self._name("full")
            return (
                f"Naam: {name}\nE-mail: {self._slot('email')}\nTelefoon: {self._slot('telefoon')}\n"
                f"Omschrijving: Ik klaag erover dat {clause}. {extras}"
            )
        if style < 0.92:
            leeftijd = self._slot("leeftijd")
            return f"De {leeftijd} klager klaagt erover dat {clause}. {self._third_person_extra()}"
        if style < 0.97:
            return self._mail_with_headers(clause)
        return self._call_transcript(clause)

    def _mail_with_headers(self, clause: str) -> str:
        """A forwarded e-mail with its header block, as it lands in the complaints mailbox."""
        rng = self.rng
        name, email = self._name("full"), self._slot("email")
        sent = f"{self._slot('datum')} {between(rng, 8, 22):02d}:{between(rng, 0, 59):02d}"
        return (
            f"Van: {name} <{email}>\nVerzonden: {sent}\nAan: {self._context['mailbox']}\n"
            f"Onderwerp: klacht\n\n{pick(rng, phrases.OPENINGS)}\n\nIk wil een klacht indienen omdat {clause}. "
            f"{self._citizen_extras()}\n\n{pick(rng, phrases.CLOSINGS)}\n{self._complainant()['first']}"
        )

    def _call_transcript(self, clause: str) -> str:
        """A telephone call written down turn by turn."""
        rng = self.rng
        return (
            f"Medewerker: Goedemiddag, u spreekt met de {self._slot('functie')}.\n"
            f"Beller: Ja, met {self._name('full')}. Ik bel omdat {clause}.\n"
            f"Medewerker: Mag ik uw postcode en huisnummer?\n"
            f"Beller: {self._slot('postcode')}, nummer {between(rng, 1, 200)}.\n"
            f"Medewerker: Ik zet uw klacht door; u wordt teruggebeld op {self._slot('telefoon')}."
        )

    def _citizen_extras(self) -> str:
        chosen = self.rng.sample(phrases.CITIZEN_EXTRAS, between(self.rng, 1, 2))
        return " ".join(self.fill(t) for t in chosen)

    def _third_person_extra(self) -> str:
        return self.fill(
            pick(
                self.rng,
                (
                    "Het betreft dossiernummer {dossier}.",
                    "Klager heeft {gezondheid} en kan daardoor niet naar het loket komen.",
                    "Klager is bereikbaar op {telefoon}.",
                    "Volgens klager heeft de {functie} toegezegd terug te bellen, wat niet is gebeurd.",
                    "Klager verzoekt het bedrag van {bedrag} terug te storten op {iban}.",
                    "Klager (BSN {bsn}) heeft eerder bezwaar gemaakt.",
                    "",
                ),
            )
        )

    def bevindingen(self, oorzaak: str, second_line_of: str | None = None) -> str:
        rng = self.rng
        finding = self.fill(pick(rng, phrases.FINDINGS.get(oorzaak, phrases.FINDINGS["anders"])))
        if second_line_of:
            lead = pick(
                rng,
                (
                    f"De ombudsman heeft informatie opgevraagd bij {second_line_of}. "
                    f"Uit de reactie en het dossier blijkt dat {finding}.",
                    f"Uit het onderzoek van de ombudsman blijkt dat {finding}.",
                    f"De ombudsman stelt vast dat {finding}. {capitalise(second_line_of)} heeft dit in de reactie "
                    f"van {self._slot('datum')} erkend.",
                ),
            )
        else:
            lead = f"Uit het dossier ({self._slot('dossier')}) blijkt dat {finding}."
        contact = self.fill(
            pick(
                rng,
                (
                    "Op {datum} is telefonisch met klager gesproken.",
                    "De {functie}, {ambtenaar}, heeft de gang van zaken toegelicht.",
                    "Klager is op {datum} gehoord (artikel 9:10 Awb).",
                    "",
                ),
            )
        )
        return f"{lead} {contact}".strip()

    def oordeel(self, conclusie: str, overrun: bool) -> str:
        text = capitalise(self.fill(pick(self.rng, phrases.VERDICTS[conclusie])))
        return f"{text} {phrases.OVERRUN_SENTENCE}" if overrun else text

    def aanbevelingen(self, org_name: str) -> str:
        chosen = self.rng.sample(phrases.RECOMMENDATIONS, between(self.rng, 1, 2))
        return f"De klachtbehandelaar beveelt {org_name} aan: " + " ".join(chosen)

    def herstel(self, afdoeningswijze: str) -> str:
        options = phrases.REMEDIES.get(afdoeningswijze)
        return self.fill(pick(self.rng, options)) if options else ""

    def oordeel_klachtbehandeling(self, first_line_name: str) -> str:
        return capitalise(pick(self.rng, phrases.HANDLING_VERDICTS).format(org=first_line_name))
