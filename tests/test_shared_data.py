"""The ../shared helper: a missing file skips on a developer's machine and fails in CI."""

import pytest

from tests.shared_data import require_shared


def test_present_file_is_returned(tmp_path):
    path = tmp_path / "er.txt"
    path.write_text("x")
    assert require_shared(path, "Testbestand") == path


def test_missing_file_skips_outside_ci(tmp_path, monkeypatch):
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception, match="niet gevonden"):
        require_shared(tmp_path / "weg.txt", "Testbestand")


@pytest.mark.parametrize("value", ["true", "1", "TRUE"])
def test_missing_file_fails_in_ci(tmp_path, monkeypatch, value):
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match="in CI moet dit bestand er zijn"):
        require_shared(tmp_path / "weg.txt", "Testbestand")
