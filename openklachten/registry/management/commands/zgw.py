"""openklachten zgw configure|sync|show|bench: a case system (ZGW Zaken API) as a source of complaints."""

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from openklachten.registry.importer import ImportRefused, resolve_organisation
from openklachten.registry.models import ZgwConnection


class Command(BaseCommand):
    help = "Koppeling met een zaaksysteem (ZGW Zaken API, bv. Open Zaak): instellen, synchroniseren, bekijken."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        configure = sub.add_parser("configure", help="Koppeling aanmaken of wijzigen.")
        configure.add_argument("--organisation", "--organisatie", required=True)
        configure.add_argument("--zaken-url", help="Basis-URL van de Zaken API (…/zaken/api/v1).")
        configure.add_argument("--catalogi-url", help="Basis-URL van de Catalogi API (…/catalogi/api/v1).")
        configure.add_argument("--client-id")
        configure.add_argument(
            "--secret-stdin",
            action="store_true",
            help="Lees het secret van stdin (zo komt het niet in de shellgeschiedenis).",
        )
        configure.add_argument("--zaaktype", action="append", help="Identificatie of URL; herhaalbaar.")
        configure.add_argument("--mapping", help="JSON-bestand met afwijkingen van de standaardmapping.")
        configure.add_argument("--interval", type=int, help="Synchroniseer elke N minuten (0 = niet automatisch).")

        run = sub.add_parser("sync", help="Synchroniseer: nieuwe en gewijzigde klachtzaken worden één aanlevering.")
        run.add_argument("--organisation", "--organisatie", required=True)
        run.add_argument("--dry-run", action="store_true", help="Toon omgezette klachten en fouten; sla niets op.")
        run.add_argument("--since", type=_date, help="Zaken gesloten vanaf JJJJ-MM-DD (plus alle open zaken).")

        show = sub.add_parser("show", help="Toon de koppeling (zonder secret) en de laatste synchronisaties.")
        show.add_argument("--organisation", "--organisatie", required=True)

        bench = sub.add_parser("bench", help="Meet zaken/s en verzoeken per zaak tegen een lokale nep-ZGW-server.")
        bench.add_argument("--zaken", type=int, default=10_000)

    def handle(self, action, **options):
        if action == "bench":
            from openklachten.registry.zgw.bench import run

            self.stdout.write(run(options["zaken"]))
            return
        try:
            organisation = resolve_organisation(options.pop("organisation"))
        except ImportRefused as exc:
            raise CommandError(str(exc)) from None
        getattr(self, f"_{action}")(organisation, **options)

    def _configure(self, organisation, **options):
        from openklachten.registry.zgw.configure import configure

        secret = sys.stdin.readline().rstrip("\n") if options["secret_stdin"] else None
        mapping = None
        if options["mapping"]:
            try:
                mapping = json.loads(Path(options["mapping"]).read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise CommandError(f"Mappingbestand onleesbaar: {exc}") from None
        try:
            connection = configure(
                organisation,
                zaken_url=options["zaken_url"],
                catalogi_url=options["catalogi_url"],
                client_id=options["client_id"],
                secret=secret,
                zaaktypen=options["zaaktype"],
                mapping=mapping,
                interval=options["interval"],
            )
        except ValidationError as exc:
            raise CommandError(" ".join(exc.messages)) from None
        self.stdout.write(
            f"Koppeling opgeslagen voor {organisation.name}."
            + (
                f" Synchroniseert elke {connection.sync_interval_minutes} minuten."
                if connection.sync_interval_minutes
                else ""
            )
        )

    def _sync(self, organisation, dry_run, since, **options):
        from openklachten.registry.zgw.report import render
        from openklachten.registry.zgw.sync import SyncRefused, sync

        connection = ZgwConnection.objects.filter(organisation=organisation).first()
        if connection is None:
            raise CommandError(
                f"{organisation.name} heeft geen ZGW-koppeling; maak die in /beheer/ of met "
                "`openklachten zgw configure`."
            )
        try:
            result = sync(connection, since=since, dry_run=dry_run)
        except SyncRefused as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(render(result))

    def _show(self, organisation, **options):
        connection = ZgwConnection.objects.filter(organisation=organisation).first()
        if connection is None:
            raise CommandError(f"{organisation.name} heeft geen ZGW-koppeling.")
        self.stdout.write(
            "\n".join(
                [
                    f"Organisatie: {organisation.name}",
                    f"Zaken API: {connection.zaken_api_url}",
                    f"Catalogi API: {connection.catalogi_api_url}",
                    f"Client-id: {connection.client_id}",
                    f"Secret: {'ingesteld (wordt niet getoond)' if connection.secret_encrypted else 'ONTBREEKT'}",
                    f"Zaaktypen: {', '.join(connection.zaaktypen)}",
                    "Mapping: "
                    + (json.dumps(connection.mapping, ensure_ascii=False) if connection.mapping else "standaard"),
                    f"Interval: {connection.sync_interval_minutes or 'niet automatisch'}",
                    f"Gesynchroniseerd tot en met: {connection.watermark or '-'}",
                    f"Laatste uitkomst: {connection.last_sync_status or '-'}",
                ]
            )
        )


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"ongeldige datum '{value}'; gebruik JJJJ-MM-DD") from None
