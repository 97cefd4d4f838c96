"""Every environment variable the platform reads, declared once with a default and help text.

`openklachten envdocs` renders these declarations as the configuration table in docs/configuration.md;
a test fails when that file is stale, so no setting goes undocumented.
"""

import os
from dataclasses import dataclass
from pathlib import Path

DECLARED: dict[str, "Setting"] = {}


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str


def declare(name: str, default: str, help: str) -> str:
    """Register a setting and return its current value (environment first, then the default)."""
    DECLARED[name] = Setting(name, default, help)
    return os.environ.get(name, default)


def declare_bool(name: str, default: bool, help: str) -> bool:
    raw = declare(name, "1" if default else "0", help)
    return raw.strip().lower() in {"1", "true", "yes", "ja", "on"}


def declare_int(name: str, default: int, help: str) -> int:
    return int(declare(name, str(default), help))


def declare_path(name: str, default: str, help: str) -> Path | None:
    raw = declare(name, default, help)
    return Path(raw).expanduser() if raw else None


def markdown_table() -> str:
    """The configuration table for the docs, in declaration order."""
    lines = [
        "| Variabele | Standaard | Betekenis |",
        "| --- | --- | --- |",
    ]
    for setting in DECLARED.values():
        default = f"`{setting.default}`" if setting.default else "(leeg)"
        lines.append(f"| `{setting.name}` | {default} | {setting.help} |")
    return "\n".join(lines) + "\n"
