"""openklachten token create --organisation <code> [--naam TEKST] | token revoke PREFIX | token list"""

from django.core.management.base import BaseCommand, CommandError

from openklachten.registry import audit
from openklachten.registry.importer import ImportRefused, resolve_organisation
from openklachten.registry.models import ApiToken


class Command(BaseCommand):
    help = "Tokens voor de aanlever-API maken, tonen en intrekken (een token hoort bij één organisatie)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Een nieuw token maken; het token staat alleen op de laatste regel.")
        create.add_argument("--organisation", "--organisatie", required=True, help="TOOI-id, code of naam.")
        create.add_argument("--naam", default="", help="Waarvoor het token is, bv. het zaaksysteem.")
        revoke = sub.add_parser("revoke", help="Een token intrekken (met het begin van het token, bv. okt_Ab12Cd34).")
        revoke.add_argument("prefix")
        listing = sub.add_parser("list", help="Tokens tonen (alleen het begin, nooit het hele token).")
        listing.add_argument("--organisation", "--organisatie", default=None)

    def handle(self, action, **options):
        with audit.acting_as(channel="cli"):
            self._run(action, **options)

    def _run(self, action, **options):
        if action == "create":
            organisation = self._organisation(options["organisation"])
            token, plain = ApiToken.issue(organisation, options["naam"])
            self.stderr.write(
                f"Token gemaakt voor {organisation.name} ({organisation.code}); bewaar het nu, "
                "het wordt niet meer getoond."
            )
            self.stdout.write(plain)
        elif action == "revoke":
            tokens = ApiToken.objects.filter(prefix=options["prefix"][:12], revoked_at__isnull=True)
            if tokens.count() != 1:
                raise CommandError(f"Geen (of meer dan één) actief token begint met {options['prefix']!r}.")
            token = tokens.get()
            token.revoke()
            self.stdout.write(f"Token {token.prefix}… van {token.organisation.name} is ingetrokken.")
        else:
            tokens = ApiToken.objects.select_related("organisation")
            if options["organisation"]:
                tokens = tokens.filter(organisation=self._organisation(options["organisation"]))
            for token in tokens:
                state = f"ingetrokken {token.revoked_at:%Y-%m-%d}" if token.revoked_at else "actief"
                self.stdout.write(f"{token.prefix}…\t{token.organisation.code}\t{state}\t{token.name}")

    def _organisation(self, value):
        try:
            return resolve_organisation(value)
        except ImportRefused as exc:
            raise CommandError(str(exc)) from exc
