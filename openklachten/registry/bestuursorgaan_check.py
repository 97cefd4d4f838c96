"""Refuse a delivery whose complaints are about another body than the organisation delivering it.

A coordinator who picks the wrong organisation in the upload form (or passes the wrong
`--organisation` on the command line) would otherwise publish another body's complaints under
their own name. The file's Bestuursorgaan column says whom the complaints are about; when it names
a different public body, nothing is stored and the publisher is told which organisation the file is for.

Ombudsmannen are the exception: they handle complaints about other bodies (second-line complaints,
and first-line complaints that skipped the body), so their files name those bodies by design.
A private body carrying out a public task ("private uitvoeringsorganisatie, namelijk ...") has no
TOOI identifier and is not compared either.
"""

from openklachten.registry.models import Organisation

MAX_ROWS_NAMED = 5  # enough rows to find the pattern in the file; the message stays readable


def mismatch_message(organisation: Organisation, records: list[dict], row_numbers: list) -> str | None:
    """A Dutch refusal when a record's bestuursorgaan is another public body, else None."""
    check = OtherBodies(organisation)
    check.add(records, row_numbers)
    return check.message()


class OtherBodies:
    """The rows that name another public body, collected chunk by chunk: a few row numbers and a count per body."""

    def __init__(self, organisation: Organisation):
        self.organisation = organisation
        self.others: dict[str, tuple[list, int]] = {}  # name -> (first rows, how many rows)

    def add(self, records: list[dict], row_numbers: list) -> None:
        organisation = self.organisation
        if organisation.type == "ombudsman":
            return
        for row, record in zip(row_numbers, records, strict=False):
            uri = record.get("bestuursorgaan_uri") or ""
            if not uri or uri == organisation.tooi_uri:
                continue
            name = record.get("bestuursorgaan_naam") or uri
            rows, count = self.others.get(name, ([], 0))
            if len(rows) < MAX_ROWS_NAMED:
                rows.append(row)
            self.others[name] = (rows, count + 1)

    @property
    def found(self) -> bool:
        return bool(self.others)

    def message(self) -> str | None:
        others = self.others
        if not others:
            return None
        names = sorted(others, key=lambda name: -others[name][1])
        described = "; ".join(_describe(name, *others[name]) for name in names)
        suggestion = names[0]
        return (
            f"Dit bestand hoort niet bij {self.organisation.name}: de kolom Bestuursorgaan noemt {described}. "
            f"Er is niets opgeslagen. Kies bij Organisatie de organisatie waarover de klachten gaan "
            f"(waarschijnlijk {suggestion}) of corrigeer de kolom Bestuursorgaan in het bestand."
        )


def _describe(name: str, rows: list, count: int) -> str:
    shown = ", ".join(str(row) for row in rows[:MAX_ROWS_NAMED])
    more = f" en nog {count - MAX_ROWS_NAMED:,}".replace(",", ".") if count > MAX_ROWS_NAMED else ""
    label = "rij" if count == 1 else "rijen"
    return f"{name} ({label} {shown}{more})"
