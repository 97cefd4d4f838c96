"""Tasks used by the job tests (they must be importable by a separate worker process)."""

import os
import signal
from pathlib import Path

from openklachten.registry.jobs.compat import task


@task()
def append_line(path: str, text: str) -> int:
    """Append a line to a file and return how many lines it has: an effect another process can see."""
    with Path(path).open("a", encoding="utf-8") as handle:
        handle.write(text + "\n")
    return len(Path(path).read_text(encoding="utf-8").splitlines())


@task()
def anonymise_in_a_pool(path: str, count: int) -> int:
    """Anonymise enough texts for the anonymiser's fork pool; write how many came back."""
    from openklachten.anonymisation import anonymise_many

    texts = [(f"Mevrouw Jansen belde op 06-1234{n:04d} over klacht {n}.", ()) for n in range(count)]
    results = list(anonymise_many(texts, processes=2))
    # What a forked child would do on SIGTERM: the default (exit), not the worker's "stop after this job".
    pid = os.fork()
    if pid == 0:
        default = signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
        os._exit(0 if default else 1)
    _, status = os.waitpid(pid, 0)
    child_default = os.waitstatus_to_exitcode(status) == 0
    Path(path).write_text(f"{sum('[TELEFOON' in r.text for r in results)} {child_default}", encoding="utf-8")
    return len(results)
