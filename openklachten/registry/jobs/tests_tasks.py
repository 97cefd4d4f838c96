"""Tasks used by the job tests (they must be importable by a separate worker process)."""

from pathlib import Path

from openklachten.registry.jobs.compat import task


@task()
def append_line(path: str, text: str) -> int:
    """Append a line to a file and return how many lines it has: an effect another process can see."""
    with Path(path).open("a", encoding="utf-8") as handle:
        handle.write(text + "\n")
    return len(Path(path).read_text(encoding="utf-8").splitlines())
