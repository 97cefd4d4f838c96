"""openklachten withdraw --delivery ID | --complaint PUBLIC_ID [--undo]"""

from django.core.management.base import BaseCommand, CommandError

from openklachten.registry import withdrawal


class Command(BaseCommand):
    help = "Trek een aanlevering of één klacht in: die verdwijnt uit elke publieke weergave."

    def add_arguments(self, parser):
        group = parser.add_mutually_exclusive_group(required=True)
        group.add_argument("--delivery", "--aanlevering", help="Nummer van de aanlevering.")
        group.add_argument("--complaint", "--klacht", help="Publieke id van de klacht.")
        parser.add_argument(
            "--undo",
            "--terugdraaien",
            action="store_true",
            help="Publiceer een los ingetrokken klacht opnieuw (alleen met --complaint).",
        )

    def handle(self, delivery=None, complaint=None, undo=False, **options):
        try:
            if undo:
                if not complaint:
                    raise CommandError(
                        "--undo werkt alleen met --complaint; een ingetrokken aanlevering publiceert u "
                        "opnieuw door het (verbeterde) bestand opnieuw aan te leveren."
                    )
                withdrawal.undo_withdraw_complaint(withdrawal.find_complaint(complaint))
                self.stdout.write(f"Klacht {complaint} is weer gepubliceerd.")
            elif delivery:
                count = withdrawal.withdraw_delivery(withdrawal.find_delivery(delivery))
                self.stdout.write(f"Aanlevering {delivery} ingetrokken ({count} klachten).")
            else:
                withdrawal.withdraw_complaint(withdrawal.find_complaint(complaint))
                self.stdout.write(f"Klacht {complaint} ingetrokken.")
        except withdrawal.NotFound as exc:
            raise CommandError(str(exc)) from None
