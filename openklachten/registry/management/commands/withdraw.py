"""openklachten withdraw --delivery ID | --complaint PUBLIC_ID [--undo]"""

from django.core.management.base import BaseCommand, CommandError

from openklachten.registry import audit, withdrawal


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
            help="Publiceer een ingetrokken aanlevering of los ingetrokken klacht opnieuw "
            "(los ingetrokken klachten van de aanlevering blijven ingetrokken).",
        )

    def handle(self, delivery=None, complaint=None, undo=False, **options):
        try:
            with audit.acting_as(channel="cli"):
                self._run(delivery, complaint, undo)
        except (withdrawal.NotFound, withdrawal.WithdrawalFailed) as exc:  # Dutch, never a traceback
            raise CommandError(str(exc)) from None

    def _run(self, delivery, complaint, undo):
        if undo and delivery:
            count = withdrawal.undo_withdraw_delivery(withdrawal.find_delivery(delivery))
            self.stdout.write(f"Aanlevering {delivery} is weer gepubliceerd ({count} klachten).")
        elif undo:
            withdrawal.undo_withdraw_complaint(withdrawal.find_complaint(complaint))
            self.stdout.write(f"Klacht {complaint} is weer gepubliceerd.")
        elif delivery:
            count = withdrawal.withdraw_delivery(withdrawal.find_delivery(delivery))
            self.stdout.write(f"Aanlevering {delivery} ingetrokken ({count} klachten).")
        else:
            withdrawal.withdraw_complaint(withdrawal.find_complaint(complaint))
            self.stdout.write(f"Klacht {complaint} ingetrokken.")
