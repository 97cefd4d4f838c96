"""Where an import's memory goes: resident memory per phase of one `openklachten import`, in this process.

    python -m openklachten.benchmarks.import_phases FILE --organisation gm0363 [--tracemalloc]

A forked child samples this process's resident memory (and that of its other children: the anonymiser's
pool) every 50 ms and charges it to the phase running at that moment; the phases are marked by wrapping the
pipeline's seams (validation, anonymisation, spool, store, read-model build steps). With --tracemalloc the
largest Python allocations at the end of each phase are printed too (slow: for a 10 MB file, not 100 MB).
Used by `openklachten bench_import_memory --phases`; prints a table, changes nothing in the code it measures.
"""

import argparse
import contextlib
import functools
import json
import mmap
import os
import struct
import time
import tracemalloc
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE")


def _rss_mb(pid: int | str = "self") -> float:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE / 1e6
    except (OSError, IndexError, ValueError):
        return 0.0


def _children(pid: int) -> list[int]:
    pids = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        with contextlib.suppress(OSError):
            pids += [int(p) for p in (task / "children").read_text().split()]
    return pids


class Phases:
    """Phase markers in this process; the sampling runs in a forked child, so the import keeps one thread.

    (The anonymiser forks its pool only in a single-threaded process: a sampling thread here would change
    what is measured.) The current phase is an index in shared memory; the child reads it with each sample.
    """

    def __init__(self, trace: bool):
        self.trace = trace
        self.names = ["opstarten"]
        self.seconds: dict[str, float] = {}
        self.tops: dict[str, tuple] = {}
        self._since = time.monotonic()
        self._shared = mmap.mmap(-1, 8)
        self._results, writer = os.pipe()
        self._parent = os.getpid()
        self._child = os.fork()
        if self._child == 0:
            os.close(self._results)
            self._sample(writer)
            os._exit(0)
        os.close(writer)

    @property
    def current(self) -> str:
        return self.names[struct.unpack("q", self._shared[:8])[0]]

    def enter(self, name: str) -> str:
        previous = self.current
        self._account(previous)
        if name not in self.names:
            self.names.append(name)
        self._shared[:8] = struct.pack("q", self.names.index(name))
        return previous

    def _account(self, phase: str):
        now = time.monotonic()
        self.seconds[phase] = self.seconds.get(phase, 0.0) + now - self._since
        self._since = now
        if self.trace:
            total = tracemalloc.get_traced_memory()[0]
            best = self.tops.get(phase)
            if best is None or total > best[0]:  # a snapshot is slow: only when this phase's high-water mark rose
                self.tops[phase] = (total, tracemalloc.take_snapshot().statistics("lineno")[:6])

    def _sample(self, writer: int):
        own_peak: dict[int, float] = {}
        kids_peak: dict[int, float] = {}
        while self._shared[:8] != struct.pack("q", -1):
            index = struct.unpack("q", self._shared[:8])[0]
            own = _rss_mb(self._parent)
            kids = sum(_rss_mb(pid) for pid in _children(self._parent) if pid != os.getpid())
            own_peak[index] = max(own_peak.get(index, 0.0), own)
            kids_peak[index] = max(kids_peak.get(index, 0.0), kids)
            time.sleep(0.05)
        os.write(writer, json.dumps([own_peak, kids_peak]).encode())
        os.close(writer)

    def wrap(self, owner, attribute: str, name: str):
        original = getattr(owner, attribute)

        @functools.wraps(original)
        def marked(*args, **kwargs):
            previous = self.enter(name)
            try:
                return original(*args, **kwargs)
            finally:
                self.enter(previous)

        setattr(owner, attribute, marked)

    def stop(self) -> tuple[dict, dict]:
        """(peak RSS of this process, of its children) per phase name, in MB."""
        self._account(self.current)
        self._shared[:8] = struct.pack("q", -1)
        data = b""
        while chunk := os.read(self._results, 1 << 16):
            data += chunk
        os.waitpid(self._child, 0)
        own, kids = json.loads(data)
        return (
            {self.names[int(i)]: v for i, v in own.items()},
            {self.names[int(i)]: v for i, v in kids.items()},
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("path")
    parser.add_argument("--organisation", required=True)
    parser.add_argument("--tracemalloc", action="store_true")
    options = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "openklachten.config.settings")
    if options.tracemalloc:
        tracemalloc.start(1)
    import django

    django.setup()
    from django.core.management import call_command

    from openklachten.publication.readmodel import database, fulltext, kanonymity, rebuilds, source, writer
    from openklachten.registry import components, importer, spool

    phases = Phases(options.tracemalloc)
    phases.wrap(importer, "_prepare", "lezen+valideren")
    phases.wrap(importer.components, "anonymise_texts", "anonimiseren")
    phases.wrap(spool.Spool, "append", "spool schrijven")
    phases.wrap(importer, "_store", "opslaan")
    phases.wrap(rebuilds, "rebuild", "leesopslag: bron lezen")
    phases.wrap(writer, "_write_raw", "leesopslag: bron lezen")
    phases.wrap(kanonymity, "generalise_table", "leesopslag: k-anonimiteit")
    phases.wrap(fulltext, "build_index", "leesopslag: fulltext")
    phases.wrap(database, "build", "leesopslag: readmodel.duckdb")
    del components, source  # imported so the wrapped names are the ones the pipeline uses
    started = time.monotonic()
    cpu = os.times()
    call_command("import", options.path, organisation=options.organisation)
    own, kids = phases.stop()
    used = os.times()
    print(f"{'fase':32} {'piek RSS (MB)':>14} {'kinderen (MB)':>14} {'tijd (s)':>9}")
    for name in phases.names:
        print(f"{name:32} {own.get(name, 0):14.0f} {kids.get(name, 0):14.0f} {phases.seconds.get(name, 0):9.1f}")
    user = used.user - cpu.user + used.children_user - cpu.children_user
    system = used.system - cpu.system + used.children_system - cpu.children_system
    print(
        f"totaal: piek {max(own.values()):.0f} MB, {time.monotonic() - started:.1f} s, "
        f"CPU {user:.1f} s user + {system:.1f} s sys"
    )
    for name, (total, top) in phases.tops.items():
        print(f"\n[tracemalloc] {name}: {total / 1e6:.0f} MB Python-objecten aan het eind van de fase")
        for stat in top:
            print(f"   {stat.size / 1e6:8.1f} MB  {stat.traceback[0]}")


if __name__ == "__main__":
    main()
