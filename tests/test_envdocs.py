"""docs/configuration.md is generated from the settings registry and must not be stale."""

from pathlib import Path

from openklachten.config.management.commands.envdocs import render

DOCS = Path(__file__).resolve().parents[1] / "docs" / "configuration.md"


def test_configuration_docs_are_up_to_date():
    assert DOCS.read_text(encoding="utf-8") == render(), (
        "docs/configuration.md is verouderd: draai `openklachten envdocs --write docs/configuration.md`"
    )


def test_every_setting_has_dutch_help_text():
    from openklachten.config import env

    assert env.DECLARED
    assert all(setting.help.strip() for setting in env.DECLARED.values())
