"""bench_anonymisation prints the CPU time per text on a given corpus (the numbers themselves are not asserted)."""

import json
from io import StringIO

from django.core.management import call_command


def test_prints_cpu_time_per_text(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    texts = ["Mevrouw Jansen belde vanaf 06-41873320.", "Klager, de heer M. Yilmaz, woont aan de Kerkstraat 4."]
    corpus.write_text("".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts)), encoding="utf-8")
    out = StringIO()
    call_command("bench_anonymisation", corpus=str(corpus), repeat=1, stdout=out)
    report = out.getvalue()
    assert "2 teksten" in report
    assert "ms CPU per tekst" in report
    assert "instructies" not in report  # only with --instructies
