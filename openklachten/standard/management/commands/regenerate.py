"""`openklachten regenerate [--check] [NAME ...]`: rewrite every committed generated file that is stale."""

from django.core.management.base import BaseCommand, CommandError

from openklachten.standard.generation import generators


class Command(BaseCommand):
    help = "Genereer alle vastgelegde afgeleide bestanden opnieuw (schema's, sjabloon, documentatie, OpenAPI)."

    def add_arguments(self, parser):
        parser.add_argument("names", nargs="*", metavar="NAAM", help="Alleen deze generatoren (standaard: alle).")
        parser.add_argument(
            "--check", action="store_true", help="Schrijf niets; stop met code 1 als een bestand verouderd is."
        )
        parser.add_argument("--list", dest="show_list", action="store_true", help="Toon de geregistreerde generatoren.")

    def handle(self, *args, names, check, show_list, **options):
        registered = generators()
        unknown = sorted(set(names) - set(registered))
        if unknown:
            raise CommandError(f"Onbekende generator: {', '.join(unknown)}. Beschikbaar: {', '.join(registered)}.")
        selected = [registered[n] for n in (names or registered)]
        if show_list:
            for generator in selected:
                self.stdout.write(f"{generator.name}\t{generator.path}")
            return
        stale = []
        for generator in selected:
            if check:
                if generator.is_stale():
                    stale.append(generator)
                    self.stdout.write(f"verouderd: {generator.path} ({generator.name})")
                else:
                    self.stdout.write(f"actueel:   {generator.path}")
            else:
                changed = generator.write()
                self.stdout.write(f"{'bijgewerkt' if changed else 'actueel:  '} {generator.path}")
        if stale:
            raise CommandError(
                f"{len(stale)} afgeleid(e) bestand(en) verouderd. Voer 'openklachten regenerate' uit en leg ze vast."
            )
