from django.db import models

from openklachten.registry.models.delivery import Delivery
from openklachten.registry.models.organisation import Organisation


class ZgwConnection(models.Model):
    """An organisation's case system (ZGW Zaken API + Catalogi API) as a source of complaints.

    The secret is stored encrypted with a key derived from SECRET_KEY (registry.zgw.secrets) and is
    never shown again after saving. `watermark` is the date of the last successful sync: the next
    one asks for zaken closed since then (with some overlap) plus every open one.
    """

    organisation = models.OneToOneField(
        Organisation, on_delete=models.CASCADE, related_name="zgw_connection", verbose_name="organisatie"
    )
    zaken_api_url = models.URLField(
        "Zaken API-URL", max_length=300, help_text="Bijvoorbeeld https://zaken.gemeente.nl/zaken/api/v1"
    )
    catalogi_api_url = models.URLField(
        "Catalogi API-URL", max_length=300, help_text="Bijvoorbeeld https://zaken.gemeente.nl/catalogi/api/v1"
    )
    client_id = models.CharField("client-id", max_length=200)
    secret_encrypted = models.TextField("secret (versleuteld)", blank=True, editable=False)
    zaaktypen = models.JSONField(
        "klacht-zaaktypen",
        default=list,
        help_text="Identificaties (bv. KLACHT) of URL's van de zaaktypen die klachten zijn; alle versies tellen mee.",
    )
    mapping = models.JSONField(
        "mapping",
        default=dict,
        blank=True,
        help_text='Afwijkingen van de standaardmapping, bv. {"eigenschappen": {"Soort klacht": "formeel_informeel"}, '
        '"waarden": {"oorzaak": {"Te lange wachttijd": "vertraging"}}, "vast": {"type_klager": "individu"}}. '
        "Zie docs/koppelen-zaaksysteem.md.",
    )
    sync_interval_minutes = models.PositiveIntegerField(
        "synchroniseren elke (minuten)", default=0, help_text="0 = niet automatisch; bijvoorbeeld 60 voor elk uur."
    )
    watermark = models.DateField("gesynchroniseerd tot en met", null=True, blank=True)
    last_sync_at = models.DateTimeField("laatste synchronisatie", null=True, blank=True)
    last_sync_status = models.CharField("uitkomst laatste synchronisatie", max_length=500, blank=True)

    class Meta:
        verbose_name = "ZGW-koppeling"
        verbose_name_plural = "ZGW-koppelingen"

    def __str__(self) -> str:
        return f"ZGW-koppeling {self.organisation}"


class SyncStatus(models.TextChoices):
    RUNNING = "bezig", "Bezig (of afgebroken)"
    DONE = "geslaagd", "Geslaagd"
    FAILED = "mislukt", "Mislukt"


class ZgwSync(models.Model):
    """One run of a connection; a run that stays 'bezig' was killed (nothing of it was stored).

    Per-zaak problems are kept grouped by field, value and mapping, without the zaak identificaties:
    the platform never stores a case system's own case numbers (see registry.linking).
    """

    connection = models.ForeignKey(ZgwConnection, on_delete=models.CASCADE, related_name="syncs")
    started_at = models.DateTimeField("begonnen", auto_now_add=True)
    finished_at = models.DateTimeField("klaar", null=True, blank=True)
    status = models.CharField(max_length=20, choices=SyncStatus.choices, default=SyncStatus.RUNNING)
    delivery = models.ForeignKey(
        Delivery, null=True, blank=True, on_delete=models.SET_NULL, related_name="zgw_syncs", verbose_name="aanlevering"
    )
    since = models.DateField("zaken gesloten vanaf", null=True, blank=True)
    zaken = models.PositiveIntegerField("zaken gelezen", default=0)
    imported = models.PositiveIntegerField("klachten opgeslagen", default=0)
    rejected = models.PositiveIntegerField("zaken met fouten", default=0)
    withdrawn = models.PositiveIntegerField("ingetrokken", default=0)
    requests = models.PositiveIntegerField("verzoeken", default=0)
    problems = models.JSONField("fouten per veld", default=list, blank=True)
    message = models.TextField("melding", blank=True)

    class Meta:
        ordering = ["-started_at"]
        verbose_name = "ZGW-synchronisatie"
        verbose_name_plural = "ZGW-synchronisaties"
