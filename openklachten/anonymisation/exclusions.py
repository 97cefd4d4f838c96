"""Exclusions: rules that keep a complaint's free text out of publication while it still counts in statistics.

OPENKLACHTEN_EXCLUSIONS lists the active rules, comma-separated:
  jeugd            youth care: Iv3 taakveld 6.72-6.74 or 6.82 (also sub-codes such as 6.72a; 6.81 is adult
                   care) or a theme of domein jeugd
  iv3:<a>-<b>      Iv3 taakvelden from a to b, e.g. iv3:6.71-6.71
  thema:<code>     a theme code from codelists/themas.csv
Empty: nothing is withheld.
"""

import os
import re
from collections.abc import Callable

# Youth-care taakvelden (Iv3 2023): 6.72-6.74 (maatwerk 18-) and 6.82 (geëscaleerde zorg 18-); 6.81 is 18+.
YOUTH_TAAKVELDEN = frozenset({"6.72", "6.73", "6.74", "6.82"})


def _iv3_number(code: str) -> float | None:
    match = re.match(r"\s*(\d+\.\d+)", str(code or ""))
    return float(match.group(1)) if match else None


def _themes(record: dict) -> list[str]:
    value = record.get("themas") or []
    if isinstance(value, str):
        value = re.split(r"[;,]", value)
    return [str(v).strip().lower() for v in value if str(v).strip()]


def _youth_themes() -> frozenset[str]:
    try:
        from openklachten.standard import reference

        return reference.youth_themes()
    except (ImportError, AttributeError, OSError):
        return frozenset({"jeugd", "jeugdhulp", "jeugdzorg"})


def _iv3_rule(low: float, high: float, reason: str) -> Callable[[dict], str | None]:
    def rule(record: dict) -> str | None:
        number = _iv3_number(record.get("iv3_taakveld"))
        return reason if number is not None and low <= number <= high else None

    return rule


def _theme_rule(codes: Callable[[], frozenset[str]], reason: str) -> Callable[[dict], str | None]:
    def rule(record: dict) -> str | None:
        return reason if set(_themes(record)) & codes() else None

    return rule


def _youth_taakvelden() -> frozenset[str]:
    try:
        from openklachten.standard import reference

        return frozenset(reference.youth_taakvelden()) | YOUTH_TAAKVELDEN
    except (ImportError, AttributeError, OSError):
        return YOUTH_TAAKVELDEN


def _youth(record: dict) -> str | None:
    code = str(record.get("iv3_taakveld") or "").strip().lower()
    base = re.match(r"\d+\.\d+", code)
    if code and (code in _youth_taakvelden() or (base and base.group() in YOUTH_TAAKVELDEN)):
        return "jeugdzorg (Iv3-taakveld 6.72–6.74 of 6.82)"
    return _theme_rule(_youth_themes, "jeugdzorg (thema in het domein jeugd)")(record)


def parse_rules(spec: str) -> list[Callable[[dict], str | None]]:
    """The rules named in a setting value; raises ValueError (Dutch) for an unknown rule."""
    rules = []
    for part in (p.strip() for p in (spec or "").split(",")):
        if not part:
            continue
        if part == "jeugd":
            rules.append(_youth)
        elif part.startswith("iv3:"):
            bounds = part[4:].split("-")
            low, high = _iv3_number(bounds[0]), _iv3_number(bounds[-1])
            if low is None or high is None:
                raise ValueError(f"Ongeldige uitsluitingsregel {part!r}: verwacht iv3:<van>-<tot>, bijv. iv3:6.72-6.82")
            rules.append(_iv3_rule(low, high, f"Iv3-taakveld {part[4:]}"))
        elif part.startswith("thema:"):
            code = part[6:].strip().lower()
            rules.append(_theme_rule(lambda code=code: frozenset({code}), f"thema {code}"))
        else:
            raise ValueError(f"Onbekende uitsluitingsregel {part!r}: gebruik jeugd, iv3:<van>-<tot> of thema:<code>")
    return rules


def configured_spec() -> str:
    try:
        from django.conf import settings

        if settings.configured:
            return getattr(settings, "EXCLUSIONS", "jeugd")
    except ImportError:
        pass
    return os.environ.get("OPENKLACHTEN_EXCLUSIONS", "jeugd")


def reason_to_withhold(record: dict, spec: str | None = None) -> str | None:
    """Why this record's free text must stay unpublished (Dutch), or None when it may be published."""
    for rule in parse_rules(configured_spec() if spec is None else spec):
        reason = rule(record)
        if reason:
            return reason
    return None
