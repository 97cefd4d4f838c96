from openklachten.publication.readmodel import fulltext


def test_query_stems_are_dutch_snowball_stems_without_stopwords():
    assert fulltext.query_stems("De containers werden niet geleegd") == ["container", "leeg"]
    assert fulltext.query_stems("container") == fulltext.query_stems("containers")


def test_highlight_escapes_html_before_marking():
    fragment = fulltext.highlight("Boete <script>alert(1)</script> voor parkeren", fulltext.query_stems("parkeren"))
    assert "<script>" not in fragment
    assert "&lt;script&gt;" in fragment
    assert "<mark>parkeren</mark>" in fragment


def test_highlight_marks_inflected_forms_and_returns_none_without_hit():
    stems = fulltext.query_stems("klacht")
    assert fulltext.highlight("Twee klachten over geluid.", stems) == "Twee <mark>klachten</mark> over geluid."
    assert fulltext.highlight("Niets hier.", stems) is None
