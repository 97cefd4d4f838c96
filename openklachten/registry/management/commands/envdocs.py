"""openklachten envdocs: print (or write) the configuration table of docs/configuration.md."""

from pathlib import Path

from django.core.management.base import BaseCommand

from openklachten.config import env

INTRO = """# Configuratie

Open Klachten leest zijn instellingen uit omgevingsvariabelen. Zonder instellingen draait het
met SQLite in `var/`; zet `DATABASE_URL` voor PostgreSQL. Dit bestand is gegenereerd met
`openklachten envdocs --write docs/configuration.md`; een test faalt als het verouderd is.

"""


def render() -> str:
    """The docs page; defaults derived from the data directory are shown relative to it."""
    from django.conf import settings

    data_dir = str(settings.DATA_DIR)
    table = env.markdown_table().replace(f"`{data_dir}/", "`$OPENKLACHTEN_DATA_DIR/")
    return INTRO + table


class Command(BaseCommand):
    help = "Toon de tabel met alle omgevingsvariabelen (Markdown), of schrijf die naar een bestand."

    def add_arguments(self, parser):
        parser.add_argument("--write", metavar="PAD", help="Schrijf naar dit bestand in plaats van stdout.")

    def handle(self, write=None, **options):
        if write:
            Path(write).write_text(render(), encoding="utf-8")
        else:
            self.stdout.write(render(), ending="")
