"""openklachten envdocs: print (or write) the configuration table of docs/configuration.md."""

from pathlib import Path

from django.core.management.base import BaseCommand

from openklachten.config import env

INTRO = """# Configuratie

Open Klachten leest zijn instellingen uit omgevingsvariabelen. Zonder instellingen draait het
met SQLite in `var/`; zet `DATABASE_URL` voor PostgreSQL. Dit bestand is gegenereerd met
`openklachten envdocs --write docs/configuration.md`; een test faalt als het verouderd is.

## Geheimen

In productie zijn twee geheimen verplicht: `SECRET_KEY` en `OPENKLACHTEN_LINK_SECRET`. Met de openbare
standaardwaarde uit de broncode weigeren `openklachten serve`, `openklachten worker`, `openklachten import`
en de WSGI-applicatie te starten, tenzij `DEBUG` aan staat. Maak een waarde met
`python3 -c "import secrets; print(secrets.token_urlsafe(48))"`.

`openklachten demo` (en `make demo`) heeft geen instellingen nodig: het maakt de eerste keer zelf twee
willekeurige geheimen aan in `$OPENKLACHTEN_DATA_DIR/geheimen.json` (alleen leesbaar voor de eigenaar) en
gebruikt die daarna steeds opnieuw, zodat de publieke id's van de demo na een herstart gelijk blijven.
Elk commando dat die datamap gebruikt, leest dat bestand als de omgeving de geheimen niet zet; een
omgevingsvariabele gaat altijd voor.

### SECRET_KEY wisselen

`SECRET_KEY` ondertekent alleen sessies, CSRF-tokens en wachtwoordherstel-links; er is geen opgeslagen
gegeven van afgeleid. Wisselen (bijvoorbeeld na een lek of bij vertrek van een beheerder):

1. Zet de nieuwe waarde in `SECRET_KEY` en de oude in `SECRET_KEY_FALLBACKS`.
2. Herstart de site en de worker. Ingelogde gebruikers blijven ingelogd.
3. Haal na twee weken (de levensduur van een sessie) de oude waarde uit `SECRET_KEY_FALLBACKS` en herstart.

Na een lek slaat u stap 1's fallback over: dan moet iedereen direct opnieuw inloggen.

### OPENKLACHTEN_LINK_SECRET nooit wisselen

Het koppelgeheim is de sleutel van de HMAC die het eigen zaaknummer van een aanleveraar omzet in de
opgeslagen `klacht_key`; de publieke id van een klacht (in URL's, de API en de downloads) is daar weer van
afgeleid. Een ander geheim geeft elke klacht een andere sleutel en id: een volgende levering zou alle
klachten dubbel publiceren in plaats van bijwerken, los ingetrokken klachten zouden terugkomen, de
koppeling tussen eerste- en tweedelijnsklachten zou breken en alle publieke links zouden verdwijnen.
Kies het daarom één keer, vóór de eerste publicatie, en bewaar het zoals een databasewachtwoord (in een
back-up naast de database). Is het uitgelekt, dan kan iemand met een lijst waarschijnlijke zaaknummers
de sleutels narekenen; de gepubliceerde gegevens zelf bevatten geen zaaknummers. Herstel vraagt dan een
nieuwe, lege registratie waarin alle leveringen opnieuw worden aangeleverd.

## Alle instellingen

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
