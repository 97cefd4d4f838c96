"""Where the CBS gemeente boundaries and population figures come from.

Three places, first match wins: the directory of the setting `OPENKLACHTEN_GEO_DIR` (when set, only that one:
an operator who points somewhere means it), a newer year loaded with `openklachten geo import` (kept in
`DATA_DIR/geo`), and the files bundled with the package (boundaries 2025, population 2024-01-01), so a fresh
install shows the map and the figures per 10,000 inhabitants without any download.
"""

import re
from pathlib import Path

from django.conf import settings

BUNDLED = Path(__file__).parent / "data"
BOUNDARIES_PATTERN = "gemeenten-*.topojson"
POPULATION_FILE = "gemeenten-inwoners.csv"
_YEAR = re.compile(r"gemeenten-(\d{4})\.topojson$")


def imported_directory() -> Path:
    """Where `openklachten geo import` keeps a newer year (inside the data directory, so it survives upgrades)."""
    return Path(settings.DATA_DIR) / "geo"


def _candidates() -> list[Path]:
    configured = getattr(settings, "GEO_DIR", None)
    if configured is not None and str(configured) not in ("", "."):
        return [Path(configured)]
    return [imported_directory(), BUNDLED]


def _year(path: Path) -> int:
    found = _YEAR.search(path.name)
    return int(found.group(1)) if found else 0


def boundaries_file() -> Path | None:
    """The newest gemeenten-<jaar>.topojson (by the year in its name), or None: the site then shows a table."""
    for directory in _candidates():
        found = sorted(directory.glob(BOUNDARIES_PATTERN), key=_year) if directory.is_dir() else []
        if found:
            return found[-1]
    return None


def population_file() -> Path | None:
    """The population CSV (gemeentecode,gemeentenaam,inwoners,peildatum), or None: rates stay empty."""
    for directory in _candidates():
        if (directory / POPULATION_FILE).is_file():
            return directory / POPULATION_FILE
    return None
