"""Person names through their context: titles, roles, initials, signatures, forms, lower case, other languages."""

import pytest

from openklachten.anonymisation.tests.helpers import found, redacted


@pytest.mark.parametrize(
    "text, name",
    [
        ("Klager, de heer M. Yilmaz, wonende", "M. Yilmaz"),
        ("zijn consulent, mevrouw Hoogendoorn, hem", "Hoogendoorn"),
        ("Telefonisch contact met mw. Jansen-Bakker, dochter", "Jansen-Bakker"),
        ("De behandelaar, de heer Van Leeuwen, heeft", "Van Leeuwen"),
        ("Dhr. Tomasz Kowalski belde", "Tomasz Kowalski"),
        ("Mevrouw Suzanne ter Haar klaagde", "Suzanne ter Haar"),
        ("Ondergetekende, A.J.M. van Dijk, eigenaar", "A.J.M. van Dijk"),
        ("klacht van mevrouw Hendrika Mulder-ter Horst over", "Hendrika Mulder-ter Horst"),
    ],
)
def test_name_after_a_title(text, name):
    assert name in found(text, "NAAM")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Doorgezet naar Wmo-consulent Frank Brinkman; bereikbaar", "Frank Brinkman"),
        ("Chauffeur Marco heeft dit gezien.", "Marco"),
        ("werd boos toen collega fleur zei dat", "fleur"),
        ("incident gemeld bij hanneke (leidinggevende balie)", "hanneke"),
    ],
)
def test_name_after_or_before_a_role(text, name):
    assert name in found(text, "NAAM")


def test_role_followed_by_an_organisation_is_no_name():
    assert (
        redacted("Hij had ruzie met een medewerker van Stadsbeheer.")
        == "Hij had ruzie met een medewerker van Stadsbeheer."
    )


@pytest.mark.parametrize(
    "text, name",
    [
        ("mevr de vries belde ivm container", "de vries"),
        ("terugbelverzoek mw iryna bondarenko – spreekt weinig", "iryna bondarenko"),
        ("dhr el amrani aan de balie", "el amrani"),
    ],
)
def test_lower_case_names_after_a_title(text, name):
    assert found(text, "NAAM") == [name]


def test_initials_with_surname():
    assert found("De betrokken hoofdagent, R. Wolters, verklaarde", "NAAM") == ["R. Wolters"]


@pytest.mark.parametrize(
    "text, name",
    [
        ("Bel me gewoon.\n\nMet vriendelijke groet,\nMarloes de Graaf", "Marloes de Graaf"),
        ("Hoogachtend,\n\nGerrit-Jan Hofstede\nHoofdstraat 77", "Gerrit-Jan Hofstede"),
        ("ik wil een dwangsom\n\ngroeten stefan mulder\n06 2918 4475", "stefan mulder"),
        ("kan dat omlaag. grt ilse", "ilse"),
        ("Met vriendelijke groeten,\nwed. A.M. Pauwels-Lindeman\nBisschop Bekkerslaan 9", "A.M. Pauwels-Lindeman"),
    ],
)
def test_signature_blocks(text, name):
    assert name in found(text, "NAAM")


def test_signature_of_an_organisation_stays():
    text = "Met vriendelijke groet,\nGemeente Utrecht\nTeam Parkeren"
    assert redacted(text) == text


@pytest.mark.parametrize(
    "text, name",
    [
        ("Van: Bram Oosterhuis <bram@example.nl>\nOnderwerp: klacht", "Bram Oosterhuis"),
        ("Naam: Fatma Yildiz-Demir\nAdres: Kastanjelaan 14", "Fatma Yildiz-Demir"),
        ("Mijn naam is Mahmoud Al-Shami. Ik woon", "Mahmoud Al-Shami"),
        ("Op zaterdag werd ik, Dmytro Shevchenko, staande gehouden", "Dmytro Shevchenko"),
        ("My name is Anna Kowalczyk and I live", "Anna Kowalczyk"),
        ("Beste Marieke,\n\nZoals afgesproken", "Marieke"),
    ],
)
def test_headers_forms_introductions_and_greetings(text, name):
    assert name in found(text, "NAAM")


def test_first_name_from_the_lists_without_trigger():
    assert "Sander" in found("De handhaver die ik sprak, Sander, zei dat", "NAAM")


def test_names_known_from_the_record_are_removed():
    out = redacted("Zij kwam gisteren langs met de papieren van Wouters.", names=["Els Wouters"])
    assert "Wouters" not in out


def test_institutions_named_after_people_stay():
    text = "De jeugdbeschermer van de William Schrikker Stichting en een kassière van Albert Heijn."
    out = redacted(text)
    assert "William Schrikker Stichting" in out and "Albert Heijn" in out


def test_names_in_capitals_after_a_title():
    assert found("DHR. J. JANSEN belde over de aanslag.", "NAAM") == ["J. JANSEN"]


def test_lower_case_initials_with_a_listed_surname():
    assert found("gebeld door j. smeets (balie 4)", "NAAM") == ["j. smeets"]


def test_foreign_surname_shape_is_a_guess_for_review():
    from openklachten.anonymisation import anonymise

    result = anonymise("Gisteren zei Kowalczyk dat hij niet kon komen.")
    assert "Kowalczyk" not in result.text and result.needs_review


@pytest.mark.parametrize(
    "text, name",
    [
        ("uh ja hallo met jan pietersen ik bel over mijn aanslag", "jan pietersen"),
        ("Goedemiddag, met Petra de Boer.", "Petra de Boer"),
    ],
)
def test_caller_introduces_themself(text, name):
    assert name in found(text, "NAAM")


def test_signature_with_a_role_line_before_the_name():
    out = redacted("Hoogachtend,\nDe klachtencoördinator,\nPiet de Vries\nGemeente Zwolle")
    assert out == "Hoogachtend,\nDe klachtencoördinator,\n[NAAM-1]\nGemeente Zwolle"


def test_chained_titles_and_a_bracketed_first_name():
    assert "E. de Ruiter" in found("met onze klachtenfunctionaris, mevrouw drs. E. de Ruiter, via", "NAAM")
    assert "J.P. (Jan-Pieter) Overbeek" in found("Behandelaar: J.P. (Jan-Pieter) Overbeek\n", "NAAM")


def test_ik_ben_takes_a_name_but_not_an_adjective():
    assert found("Ik ben Youssef Benali, BSN", "NAAM") == ["Youssef Benali"]
    assert found("ik ben boos en ik ben moe", "NAAM") == []


@pytest.mark.parametrize(
    "text", ["Mw. begrijpt niet waarom.", "Dhr. woont al sinds 1994 op deze plek.", "Mevrouw vraagt om uitstel."]
)
def test_title_used_as_a_pronoun_takes_no_verb_as_name(text):
    assert redacted(text) == text


def test_name_line_above_an_address_block():
    out = redacted("Hendriks\nDorpsweg 12\n7811 AB Emmen\n\nAan: gemeente Emmen")
    assert out.startswith("[NAAM-1]\n[ADRES-1]\n[POSTCODE-1] Emmen")
    organisation = "Gemeente Emmen\nPostbus 30001\n7800 RA Emmen"
    assert redacted(organisation) == organisation
