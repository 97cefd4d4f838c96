"""Distributions of channels, complainants and outcomes, and a fast weighted sampler.

Numbers are believable rather than measured: most complaints are informal, most formal ones are
handled in time, and ombudsmen mostly refer back, intervene or mediate instead of writing reports.
"""

from openklachten.demo.sampling import Weighted

# Share of informal complaints per organisation type (~70% overall; the seed README: "het overgrote deel").
INFORMAL_SHARE = {
    "gemeente": 0.74,
    "provincie": 0.6,
    "waterschap": 0.72,
    "ministerie": 0.5,
    "zbo": 0.73,
    "ombudsman": 0.55,
    "overig": 0.7,
}
# Share of formal complaints that go to an adviser or advisory committee (afdeling 9.3 Awb).
ADVIESCOMMISSIE = {"gemeente": 0.12, "provincie": 0.2, "waterschap": 0.15, "ministerie": 0.1, "zbo": 0.03}
VERDAAGD = 0.1  # extension letter sent (art. 9:11 lid 2 Awb)

CHANNELS_INFORMAL = Weighted(
    {
        "telefoon": 44,
        "digitaal-formulier": 18,
        "e-mail": 14,
        "kantoor-spreekuur": 9,
        "kantoor-op-afspraak": 3,
        "sociale-media": 10,
        "brief": 1,
        "anders": 1,
    }
)
CHANNELS_FORMAL = Weighted(
    {"digitaal-formulier": 42, "e-mail": 30, "brief": 20, "telefoon": 3, "kantoor-op-afspraak": 3, "anders": 2}
)
TYPE_KLAGER = Weighted({"individu": 90, "groep": 3, "rechtspersoon": 7})
LEEFTIJD = Weighted({"18-29": 14, "30-44": 26, "45-64": 33, "65-74": 15, "75+": 9, "0-17": 0.5})
LEEFTIJD_BY_TOPIC = {
    "studiefinanciering": Weighted({"18-29": 80, "30-44": 18, "45-64": 2}),
    "pensioen-kinderbijslag": Weighted({"30-44": 30, "45-64": 10, "65-74": 40, "75+": 20}),
    "leerlingenvervoer": Weighted({"30-44": 60, "45-64": 35, "18-29": 5}),
}

CONCLUSIE_FIRST_LINE = Weighted(
    {"gegrond": 22, "deels-gegrond": 18, "ongegrond": 30, "geen-oordeel": 18, "niet-ontvankelijk": 8, "onbevoegd": 4}
)
AFDOENING_BY_CONCLUSIE = {
    "gegrond": Weighted(
        {
            "excuses": 30,
            "herstel": 25,
            "nieuw-besluit": 10,
            "specifieke-actie": 15,
            "oordeel-gegeven": 20,
            "besluit-vernietigd": 4,
        }
    ),
    "deels-gegrond": Weighted(
        {"excuses": 25, "opheldering": 25, "herstel": 15, "specifieke-actie": 10, "oordeel-gegeven": 25}
    ),
    "ongegrond": Weighted({"opheldering": 35, "oordeel-gegeven": 40, "vraag-beantwoord": 15, "geluisterd": 10}),
    "geen-oordeel": Weighted({"goed-gesprek": 40, "geluisterd": 20, "vraag-beantwoord": 20, "klacht-ingetrokken": 20}),
    "niet-ontvankelijk": Weighted({"oordeel-gegeven": 50, "doorverwezen": 50}),
    "onbevoegd": Weighted({"doorverwezen": 1}),
}

# Ombudsman: how a second-line complaint ends, depending on whether a first-line complaint preceded it.
OMBUDSMAN_LINKED = Weighted(
    {
        "interventie": 25,
        "bemiddeling": 8,
        "kennelijk-ongegrond": 12,
        "vraag-beantwoord": 10,
        "geluisterd": 6,
        "goed-gesprek": 6,
        "verwijzen-of-informeren": 10,
        "rapport": 8,
        "aanbeveling": 6,
    }
)
BULK_SHARE = 0.25  # of linked cases at mass executive agencies: handled in a bulk intervention
OMBUDSMAN_UNLINKED = Weighted(
    {"terugverwijzen-interne-behandeling": 60, "verwijzen-of-informeren": 25, "kennelijk-ongegrond": 15}
)
CONCLUSIE_BY_OMBUDSMAN_AFDOENING = {
    "rapport": Weighted({"gegrond": 45, "deels-gegrond": 30, "ongegrond": 25}),
    "aanbeveling": Weighted({"gegrond": 70, "deels-gegrond": 30}),
    "kennelijk-ongegrond": Weighted({"ongegrond": 1}),
    "terugverwijzen-interne-behandeling": Weighted({"niet-ontvankelijk": 1}),
    "verwijzen-of-informeren": Weighted({"onbevoegd": 40, "niet-ontvankelijk": 60}),
}
REDEN_OVERSLAAN = Weighted({"": 35, "termijnoverschrijding": 35, "spoed": 15, "ander-falen": 15})
LINK_SHARE = 0.75  # second-line complaints that name the preceding first-line complaint

# Youth care Iv3 codes after the 2023 split (Iv3 taakvelden 6.71-6.82 were split from 2023 on).
IV3_SPLIT_YEAR = 2023
IV3_SPLIT = {
    "6.71": ("6.71a", "6.71b", "6.71c", "6.71d"),
    "6.72": ("6.72a", "6.72b", "6.72c", "6.72d", "6.73a", "6.73b", "6.73c", "6.74a", "6.74b"),
    "6.81": ("6.81a", "6.81b"),
    "6.82": ("6.82a", "6.82b"),
}
# Mass executive agencies where the Nationale ombudsman sometimes intervenes in bulk.
BULK_AGENCIES = ("oorg12368", "toeslagen", "cjib", "zb000117")
# Days of the week complaints arrive (mon..sun): forms and e-mail also come in at weekends.
WEEKDAY = (1.15, 1.05, 1.0, 1.0, 0.9, 0.3, 0.2)
