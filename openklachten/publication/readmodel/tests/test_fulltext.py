from openklachten.publication.readmodel import fulltext


def test_query_stems_are_dutch_snowball_stems_without_stopwords():
    assert fulltext.query_stems("De containers werden niet geleegd") == ["container", "leg"]
    assert fulltext.query_stems("container") == fulltext.query_stems("containers")


def test_open_and_closed_spelling_meet():
    """Snowball leaves parkeren -> parker but parkeer -> parkeer; the doubled vowel is collapsed (issue 15)."""
    assert fulltext.stem("parkeren") == fulltext.stem("parkeer") == fulltext.stem("geparkeerd")
    assert fulltext.stem("toeslagen") == fulltext.stem("toeslag")


def test_compounds_split_into_known_parts():
    from openklachten.publication.readmodel.compounds import Splitter

    known = [fulltext.stem(w) for w in ("parkeren", "vergunning", "huur", "toeslag", "boete", "verkeer", "zoeken")]
    split = Splitter(known)
    assert split.parts("parkeervergunning") == (fulltext.stem("parkeren"), fulltext.stem("vergunning"))
    assert split.parts("Huurtoeslag") == (fulltext.stem("huur"), fulltext.stem("toeslag"))
    assert split.parts("verkeersboete") == (fulltext.stem("verkeer"), fulltext.stem("boete"))  # linking s
    assert split.parts("onderzoek") == ()  # a particle, not a compound
    assert split.parts("toeslag") == ()


def test_highlight_escapes_html_before_marking():
    fragment = fulltext.highlight("Boete <script>alert(1)</script> voor parkeren", fulltext.query_stems("parkeren"))
    assert "<script>" not in fragment
    assert "&lt;script&gt;" in fragment
    assert "<mark>parkeren</mark>" in fragment


def test_highlight_marks_inflected_forms_and_returns_none_without_hit():
    stems = fulltext.query_stems("klacht")
    assert fulltext.highlight("Twee klachten over geluid.", stems) == "Twee <mark>klachten</mark> over geluid."
    assert fulltext.highlight("Niets hier.", stems) is None
