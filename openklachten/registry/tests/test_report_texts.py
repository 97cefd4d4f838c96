"""The coordinator's report text: plain text only, no personal data, published versions kept when corrected."""

import pytest

from openklachten.registry import report_texts
from openklachten.registry.factories import make_organisation
from openklachten.registry.models import ReportText


def test_sanitise_removes_markup_and_scripts():
    assert report_texts.sanitise("<p>Wij <b>leerden</b> veel.</p><script>alert(1)</script>") == "Wij leerden veel."
    assert report_texts.sanitise("&lt;script&gt;alert(1)&lt;/script&gt;Tekst") == "alert(1)Tekst"
    assert report_texts.sanitise("a\r\n\r\n\r\n\r\nb\x00") == "a\n\nb"
    assert "<" not in report_texts.sanitise("<img src=x onerror=alert(1)>Hallo")


def test_personal_data_is_refused_with_a_dutch_message(db):
    org = make_organisation()
    with pytest.raises(report_texts.InvalidText) as error:
        report_texts.save_concept(org, "2024", {"introductie": "Bel Jan de Vries op 06-12345678 voor vragen."})
    assert "introductie" in error.value.errors
    assert "mobiel telefoonnummer" in error.value.errors["introductie"]
    assert not ReportText.objects.exists()  # nothing saved


def test_publishing_a_correction_keeps_the_old_version(db):
    org = make_organisation()
    report_texts.save_concept(org, "2024", {"introductie": "Eerste versie."})
    first = report_texts.publish(org, "2024")
    assert report_texts.published(org, "2024") == first
    report_texts.save_concept(org, "2024", {"introductie": "Verbeterde versie."})
    assert report_texts.published(org, "2024").introductie == "Eerste versie."  # a concept is not public
    second = report_texts.publish(org, "2024")
    assert report_texts.published(org, "2024") == second
    old = report_texts.replaced(org, "2024")
    assert [o.pk for o in old] == [first.pk] and old[0].introductie == "Eerste versie." and old[0].replaced_at


def test_publish_without_concept_is_a_clear_error(db):
    with pytest.raises(report_texts.InvalidText, match="geen concepttekst"):
        report_texts.publish(make_organisation(), "2024")
