"""The Dutch documentation mentions every attribute, profile, code, metadata field and crosswalk value."""

import pytest

from openklachten.standard.exports import build


@pytest.fixture(scope="module")
def document():
    return build("markdown")


def test_every_attribute_is_documented(document, standard):
    for attribute in standard.attributes:
        assert f"### {attribute.label}\n" in document
        assert f"`{attribute.machine_name}`" in document
        assert attribute.description in document


def test_every_code_of_every_list_is_documented(document, standard):
    for codelist in standard.codelists.values():
        assert f"### Codelijst {codelist.name}\n" in document
        for code in codelist:
            assert f"| `{code.code}` | {code.label.replace('|', chr(92) + '|')} |" in document


def test_profiles_metadata_and_crosswalk_are_documented(document, standard):
    for profile in standard.profiles.values():
        assert f"### {profile.label} (`{profile.name}`)" in document
    for field in standard.metadata_fields:
        assert f"| {field.label} | `{field.machine_name}` |" in document
    assert "## Van V0.2 naar 1.0" in document
    assert "| Conclusie | onderzocht en gegrond | `gegrond` |" in document
    assert "| Verlenging beantwoordingstermijn | `verdaagd` |" in document


def test_every_value_type_is_explained(document, standard):
    from openklachten.standard.types import TYPES

    for attribute in standard.attributes:
        assert f"| `{attribute.type}` | {TYPES[attribute.type].label} |" in document


def test_document_is_dutch_and_says_it_is_generated(document):
    assert document.startswith("# Open Klachten Datastandaard 1.0\n")
    assert "gegenereerd" in document
