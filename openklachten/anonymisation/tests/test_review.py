"""needs_review: a text with a low-confidence detection goes to the publisher's review queue."""

from openklachten.anonymisation import anonymise


def test_unknown_word_after_a_weak_trigger_needs_review():
    result = anonymise("De behandelaar, Xyqor, belde terug.")
    assert result.needs_review
    assert any(e.confidence < 0.75 for e in result.entities)


def test_validated_numbers_alone_need_no_review():
    assert not anonymise("Mijn BSN is 123456782 en mijn nummer 06-41873320.").needs_review


def test_text_without_personal_data_needs_no_review():
    assert not anonymise("De gemeente Zwolle besloot op 1 oktober 2023 anders.").needs_review
