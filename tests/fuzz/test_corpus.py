"""Every file of the bad-input corpus is handled cleanly: a Dutch answer, never a crash, never half-stored."""

import re
import subprocess

import pytest

from openklachten.intake.readers import UnreadableFile, read_table
from openklachten.intake.validation import validate
from openklachten.registry.importer import ImportRefused, import_delivery
from openklachten.registry.models import Complaint, Delivery
from tests.conftest import VENV_BIN, register_organisation
from tests.fuzz import corpus

# Words of the English error messages that used to reach publishers (csv, json, int conversion, Python).
ENGLISH = re.compile(r"\b(field|larger|limit|Exceeds|digits|Traceback|Error|list index|recursion)\b")


@pytest.fixture(scope="session")
def files(tmp_path_factory):
    return corpus.write(tmp_path_factory.mktemp("fuzz-corpus"))


def outcome(path) -> tuple[str, str]:
    try:
        report = validate(read_table(path))
    except UnreadableFile as refusal:
        return "refused", str(refusal)
    if report.valid:
        return "accepted", ""
    return "refused", " ".join(error.message for error in report.errors)


@pytest.mark.parametrize("item", corpus.CASES, ids=lambda item: item.name)
def test_the_reader_answers_in_dutch(files, item):
    result, message = outcome(files[item.name])
    assert item.expect in (result, "either"), f"{item.why}: {result} {message[:200]}"
    assert not ENGLISH.search(message), message[:300]


@pytest.mark.django_db
@pytest.mark.parametrize("item", corpus.CASES, ids=lambda item: item.name)
def test_an_import_is_all_or_nothing(files, item):
    organisation = register_organisation()
    before = Complaint.objects.count(), Delivery.objects.count()
    try:
        result = import_delivery(files[item.name], organisation)
        stored = result.ok
    except ImportRefused:
        stored = False
    after = Complaint.objects.count(), Delivery.objects.count()
    if stored:
        assert item.expect in ("accepted", "either") and after[1] == before[1] + 1
        assert after[0] > before[0], "an accepted delivery holds complaints"
    else:
        assert item.expect in ("refused", "either") and after == before
    for text in Complaint.objects.values_list("gedraging", flat=True):
        assert not re.search("[\x00\u200b\u202e\ufeff]", text)  # invisible characters never stored


@pytest.mark.parametrize("item", corpus.CASES, ids=lambda item: item.name)
def test_the_validate_command_never_shows_a_traceback(files, item):
    done = subprocess.run(
        [str(VENV_BIN / "openklachten"), "validate", str(files[item.name])], capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == (0 if item.expect == "accepted" else done.returncode)
    assert done.returncode in (0, 1, 2)
