"""Dump what an engine does to annotated sets, for replaying an OLD engine under the risk scorer (issue 12).

Run it with an old checkout first on the path, so `openklachten` is that engine:
    git archive <commit> openklachten | tar -x -C /tmp/old
    PYTHONPATH=/tmp/old python openklachten/anonymisation/replay_dump.py SET.txt ... > replay.jsonl
One line per text: id, set, the engine's output text, needs_review, entities (start, end, type) and the
keep-spans (keep.keep_spans; the detectors' own KEEP spans as far as the engine reports them). Standard
library and the engine only: it must run against engines of earlier sessions.
"""

import json
import sys
from pathlib import Path


def main(paths: list[str]) -> None:
    from openklachten.anonymisation import keep
    from openklachten.anonymisation.engine import anonymise
    from openklachten.anonymisation.marked import load_marked

    for path in paths:
        for doc in load_marked(Path(path)):
            result = anonymise(doc["text"])
            row = {
                "set": Path(path).name,
                "id": doc["id"],
                "output": result.text,
                "needs_review": result.needs_review,
                "entities": [[e.start, e.end, e.type] for e in result.entities],
                "kept": [list(span) for span in getattr(result, "kept", None) or keep.keep_spans(doc["text"])],
            }
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
