"""The list of committed generated files (`openklachten regenerate`); each app registers its own in `generated.py`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

# The repository root: generated files are committed relative to it (docs/standaard/...).
REPO_ROOT = Path(__file__).resolve().parents[2]


def same_bytes(committed: bytes, fresh: bytes) -> bool:
    return committed == fresh


@dataclass(frozen=True)
class Generator:
    """One committed file and how to regenerate it."""

    name: str
    path: str  # relative to the repository root
    build: Callable[[], str | bytes]
    same: Callable[[bytes, bytes], bool] = same_bytes  # compares committed with freshly built content
    app: str = ""

    def fresh(self) -> bytes:
        content = self.build()
        return content.encode("utf-8") if isinstance(content, str) else content

    def target(self, root: Path | None = None) -> Path:
        return (root or REPO_ROOT) / self.path

    def is_stale(self, root: Path | None = None, fresh: bytes | None = None) -> bool:
        target = self.target(root)
        if not target.exists():
            return True
        return not self.same(target.read_bytes(), self.fresh() if fresh is None else fresh)

    def write(self, root: Path | None = None) -> bool:
        """Write the file when stale; True when it changed. Unchanged files keep their bytes and mtime."""
        fresh = self.fresh()
        if not self.is_stale(root, fresh):
            return False
        target = self.target(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(fresh)
        return True


GENERATORS: dict[str, Generator] = {}


def register(name: str, path: str, build, *, same=same_bytes, app: str = "") -> Generator:
    generator = Generator(name, path, build, same, app)
    GENERATORS[name] = generator
    return generator


def generators() -> dict[str, Generator]:
    """All registered generators: imports `<app>.generated` of every installed app first."""
    from django.utils.module_loading import autodiscover_modules

    autodiscover_modules("generated")
    return dict(sorted(GENERATORS.items()))
