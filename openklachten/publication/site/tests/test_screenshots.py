"""`openklachten screenshots` serves this database in-process and saves a PNG per main page."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.browser


def test_screenshots_of_the_main_pages(live_data, tmp_path, capsys):
    call_command("screenshots", output=str(tmp_path))
    names = {p.stem for p in tmp_path.glob("*.png")}
    assert {"overzicht", "zoeken", "klacht", "vergelijken", "kaart", "organisatie", "standaard", "over"} <= names
    assert all(p.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and p.stat().st_size > 5000 for p in tmp_path.glob("*.png"))
    output = capsys.readouterr().out
    assert "(200) /klachten/" in output and "(400)" in output and "(404)" in output
