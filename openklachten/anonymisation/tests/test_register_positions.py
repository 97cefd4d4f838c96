"""Names without a title in register-typical positions, spoken numbers, function titles (classes, not documents)."""

from openklachten.anonymisation.tests.helpers import found, redacted


def test_note_label_names_in_any_case():
    out = redacted("tel. petra: de aanslag klopt niet.\ntel. Abena: wil teruggebeld worden.")
    assert "petra" not in out and "Abena" not in out and "de aanslag klopt niet" in out


def test_note_label_is_not_a_word_inside_telefoon():
    assert found("telefoon: 06-12345678 graag bellen", "NAAM") == []


def test_lower_case_greeting_and_sign_off():
    out = redacted("Hoi kees,\nkun jij dit oppakken?\ngr anja")
    assert "kees" not in out and "anja" not in out and "kun jij dit oppakken" in out


def test_greeting_keeps_ordinary_words():
    assert found("hoi allemaal, dag iedereen", "NAAM") == []


def test_lower_case_speaker_labels_but_not_role_labels():
    out = redacted("joyce: ik bel namens mijn vader\nkcc: wat is zijn naam?\nBeller: ja")
    assert "joyce" not in out and "kcc:" in out and "Beller:" in out


def test_field_labels_are_no_speakers():
    assert found("Omschrijving: de stoep is kapot\nVerzonden: maandag", "NAAM") == []


def test_spoken_introduction_and_name_of_unit():
    out = redacted("dit is henk ik bel want jan van de buitendienst is niet gekomen")
    assert "henk" not in out and "jan" not in out and "buitendienst" in out


def test_spoken_numbers_typed_by_their_announcement():
    result = redacted(
        "mijn nummer is nul zes twaalf vierendertig zesenvijftig achtenzeventig en mijn bsn is "
        "vier drie twee drie een negen vier acht zeven"
    )
    assert "[TELEFOON-1]" in result and "[BSN-1]" in result and "vierendertig" not in result


def test_spoken_postcode_and_address():
    out = redacted("ik woon op de lindenlaan veertien en mijn postcode is drie vijf een twee a b")
    assert "lindenlaan" not in out and "drie vijf een twee" not in out


def test_counting_words_are_no_numbers():
    text = "we hebben drie kinderen en twee honden en wachten al vijf weken"
    assert redacted(text) == text


def test_function_compounds_and_portfolios():
    assert "coördinator leerlingenvervoer" in found("Doorgezet naar de coördinator leerlingenvervoer.", "FUNCTIE")
    assert "wijkcoördinator Noord" in found("De wijkcoördinator Noord heeft gebeld.", "FUNCTIE")
    assert found("De medewerker heeft gebeld.", "FUNCTIE") == []


def test_official_named_after_the_function():
    assert "Dmytro van der Zwart" in found("De wijkcoördinator Noord, Dmytro van der Zwart, belde.", "NAAM")


def test_name_stops_before_a_kept_public_body():
    out = redacted("Goedemiddag, met Ingrid van de Sociale Verzekeringsbank.")
    assert "Ingrid" not in out and "Sociale Verzekeringsbank" in out


def test_ocr_spaces_before_punctuation():
    out = redacted("Betreft : klacht over mw . Verbruggen , teamleider Zorg")
    assert "Verbruggen" not in out


def test_particle_from_a_form_field_does_not_spread():
    out = redacted("Tussenvoegsel: de\nAchternaam: Wit\nKlacht: de Omgevingsdienst reageert niet.")
    assert "Klacht: de Omgevingsdienst" in out and "Wit" not in out


def test_english_salutation_and_team_header_are_no_names():
    assert found("Dear Sir or Madam,\n\nMy complaint.", "NAAM") == []
    assert found("Aan: Wijkteam Oost\nOnderwerp: overlast", "NAAM") == []


def test_form_qualifier_after_telefoon_is_no_name():
    assert found("Telefoon overdag: 0522-291840\nTel. mobiel: 06-12345678", "NAAM") == []


def test_english_function_titles_and_adverbs():
    assert "customer service manager" in found("Our customer service manager will contact you.", "FUNCTIE")
    assert found("De teamleider vandaag belde niet terug.", "FUNCTIE") == []


def test_spoken_plate_slash_code_and_kind_first_street():
    assert found("mijn kenteken is g v d zeven twee vijf maar", "KENTEKEN") == ["g v d zeven twee vijf"]
    assert found("het dossier (Z/24/119283) ligt bij mij", "DOSSIERNUMMER") == ["Z/24/119283"]
    assert found("Ik woon aan de Laan van Nieuw Oost-Indië 88 in Den Haag", "ADRES") == ["Laan van Nieuw Oost-Indië 88"]
    assert found("Zie rapport 2023/118.", "DOSSIERNUMMER") == []
