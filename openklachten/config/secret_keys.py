"""The two secrets: refuse the public development defaults in production; the demo's generated pair.

SECRET_KEY signs sessions and CSRF tokens; rotating it only logs everyone out. LINK_SECRET keys the
HMAC that turns a publisher's case number into `klacht_key` (and from there the public id): with the
public default, anyone can hash likely case numbers and find them back, so it must be secret; and it
must never change after the first publication, because every key and public id would change with it
(re-imports would duplicate instead of update, links between first- and second-line complaints and
public URLs would break).

`openklachten demo` needs no configuration: it generates both once, at random, into
`<data dir>/geheimen.json`, and the settings read that file when the environment sets nothing, so the
public ids of the demo stay the same across restarts.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

DEFAULT_SECRET_KEY = "dev-only-not-secret-change-me"
DEFAULT_LINK_SECRET = "dev-only-link-secret-change-me"
# Environment variable -> its public development default.
DEFAULTS = {"SECRET_KEY": DEFAULT_SECRET_KEY, "OPENKLACHTEN_LINK_SECRET": DEFAULT_LINK_SECRET}
# Setting name in django.conf.settings for each variable.
SETTING_NAMES = {"SECRET_KEY": "SECRET_KEY", "OPENKLACHTEN_LINK_SECRET": "LINK_SECRET"}
FILENAME = "geheimen.json"
DATA_DIR_DEFAULT = "var"  # the default of OPENKLACHTEN_DATA_DIR (settings.py declares it)


class DefaultSecret(Exception):
    """A command that serves or changes published data was started with a public default secret."""


def data_dir_from_environment() -> Path:
    """The data directory as the settings will compute it (usable before Django is set up)."""
    return Path(os.environ.get("OPENKLACHTEN_DATA_DIR") or DATA_DIR_DEFAULT).expanduser()


def stored(data_dir: Path | None) -> dict[str, str]:
    """Secrets generated earlier into the data directory ({} when there are none)."""
    if data_dir is None:
        return {}
    try:
        values = json.loads((Path(data_dir) / FILENAME).read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}
    return {name: str(values[name]) for name in DEFAULTS if values.get(name)}


def generate(data_dir: Path) -> dict[str, str]:
    """Create `geheimen.json` with random secrets unless it exists; the stored values either way.

    Written once: an existing file is never overwritten, because a new link secret would change every
    public id. The file is readable by its owner only.
    """
    data_dir = Path(data_dir)
    existing = stored(data_dir)
    if len(existing) == len(DEFAULTS):
        return existing
    data_dir.mkdir(parents=True, exist_ok=True)
    values = {name: existing.get(name) or secrets.token_urlsafe(48) for name in DEFAULTS}
    path = data_dir / FILENAME
    temporary = path.with_suffix(".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        json.dump(values, handle, indent=2)
        handle.write("\n")
    os.replace(temporary, path)
    return values


def resolve(name: str, declared: str, data_dir: Path | None) -> str:
    """The environment's value; else the data directory's generated one; else the public default."""
    if name in os.environ:
        return declared
    return stored(data_dir).get(name) or declared


def defaults_in_use(settings) -> list[str]:
    """Names of the secrets that still hold their public development default."""
    return [name for name, default in DEFAULTS.items() if getattr(settings, SETTING_NAMES[name], None) == default]


def refuse_default_secrets(settings=None) -> None:
    """Raise DefaultSecret (Dutch message) when a default secret is in use and DEBUG is off.

    Every command that serves the site or changes what is published calls this before it starts
    (`openklachten serve`, `worker`, `import`: see cli.REQUIRES_SECRETS), as does the WSGI module.
    """
    if settings is None:
        from django.conf import settings
    names = defaults_in_use(settings)
    if not names or settings.DEBUG:
        return
    raise DefaultSecret(
        f"Geweigerd: {' en '.join(names)} {'heeft' if len(names) == 1 else 'hebben'} de openbare standaardwaarde "
        "uit de broncode. Zet in productie beide geheimen op een lange willekeurige waarde, bijvoorbeeld "
        'uit `python3 -c "import secrets; print(secrets.token_urlsafe(48))"`, via de omgevingsvariabelen '
        "SECRET_KEY en OPENKLACHTEN_LINK_SECRET. Lokaal ontwikkelen kan met DEBUG=1; `openklachten demo` "
        "maakt zelf willekeurige geheimen aan. Zie docs/configuration.md."
    )
