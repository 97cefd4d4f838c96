"""The Dutch text a coordinator reads after a (dry-run) sync."""

from collections import Counter

from openklachten import standard
from openklachten.registry.reporting import summary
from openklachten.registry.zgw.sync import SyncResult

MAX_PRINTED_ISSUES = 200  # enough to see the pattern; the rest is counted
SHOWN_RECORDS = 20  # a dry run shows this many mapped records, enough to judge the mapping
TEXT_PREVIEW = "[tekst, {n} tekens]"  # raw free text is not printed: it is anonymised only on import


def render(result: SyncResult) -> str:
    lines = [_head(result)]
    if result.vanished:
        lines.append(f"{result.vanished} zaak/zaken verdwenen tijdens het lezen; die tellen als verwijderd.")
    if result.unused_properties:
        names = ", ".join(f"{name} ({n}x)" for name, n in result.unused_properties.most_common(10))
        lines.append(f"Niet gebruikte zaakeigenschappen (koppel ze eventueel in de mapping): {names}")
    if result.issues:
        lines += ["", f"{result.rejected} zaak/zaken met fouten (niet opgeslagen; de andere gaan wel door):"]
        lines += [f"  {issue}" for issue in result.issues[:MAX_PRINTED_ISSUES]]
        if len(result.issues) > MAX_PRINTED_ISSUES:
            lines.append(f"  … en nog {len(result.issues) - MAX_PRINTED_ISSUES} fout(en).")
        common = Counter((i.veld, i.bron) for i in result.issues).most_common(3)
        lines.append("Meest voorkomend: " + "; ".join(f"{veld} uit {bron} ({n}x)" for (veld, bron), n in common))
    if result.dry_run:
        lines += ["", *_records(result.records[:SHOWN_RECORDS])]
        if len(result.records) > SHOWN_RECORDS:
            lines.append(f"… en nog {len(result.records) - SHOWN_RECORDS} klacht(en).")
        lines += ["", "Proefrun: er is niets opgeslagen."]
    elif result.import_result is not None:
        lines += ["", summary(result.import_result)]
    if not result.dry_run:
        lines.append(f"Ingetrokken (zaak verdwenen of ander zaaktype): {result.withdrawn}.")
    return "\n".join(lines)


def _head(result: SyncResult) -> str:
    scope = f"gesloten vanaf {result.since:%d-%m-%Y} en alle open zaken" if result.since else "alle zaken"
    rate = result.zaken / result.seconds if result.seconds else 0
    return (
        f"{result.zaken} zaken gelezen ({scope}) met {result.requests} verzoeken in {result.seconds:.1f} s "
        f"({rate:.0f} zaken/s); {len(result.records)} klacht(en) klaar voor publicatie, {result.rejected} met fouten."
    )


def _records(records: list[dict]) -> list[str]:
    std = standard.load()
    lines = ["Omgezette klachten (vrije tekst wordt pas bij opslaan geanonimiseerd en hier niet getoond):"]
    for record in records:
        lines.append(f"- {record.get('klacht_id')}")
        for name, value in record.items():
            attribute = std.attribute(name)
            if name == "klacht_id":
                continue
            shown = TEXT_PREVIEW.format(n=len(str(value))) if attribute.type == "text" else value
            lines.append(f"    {attribute.label}: {shown}")
    return lines
