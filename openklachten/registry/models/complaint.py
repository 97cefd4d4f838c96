from django.db import models

from openklachten import standard
from openklachten.registry.models.delivery import Delivery
from openklachten.registry.models.organisation import Organisation
from openklachten.standard import policy


def current_engine_version() -> int:
    """The anonymisation engine's version: a complaint stored now was anonymised by this engine."""
    from openklachten.anonymisation import ENGINE_VERSION

    return ENGINE_VERSION


class PublicationState(models.TextChoices):
    PUBLISHED = "gepubliceerd", "Gepubliceerd"
    IN_REVIEW = "in_review", "Wacht op controle"
    WITHDRAWN = "ingetrokken", "Ingetrokken"


class WithdrawalReason(models.TextChoices):
    """How a complaint was withdrawn; decides whether a later delivery may bring it back."""

    NOT_WITHDRAWN = "", "Niet ingetrokken"
    ON_ITS_OWN = "los", "Los ingetrokken"  # stays withdrawn when a cumulative delivery repeats it
    WITH_DELIVERY = "aanlevering", "Met de aanlevering ingetrokken"  # a corrected re-delivery brings it back


def _max_length(machine_name: str) -> int:
    """The standard's maximum length of an attribute: intake rejects longer values, so the column never must."""
    return standard.load().attribute(machine_name).max_length


class PublishedManager(models.Manager):
    """Only what the public may see: published, from a delivery that is not withdrawn."""

    def get_queryset(self):
        return super().get_queryset().filter(state=PublicationState.PUBLISHED).exclude(delivery__status="ingetrokken")


class Complaint(models.Model):
    """One published klacht. Field names are the machine names of the Open Klachten Datastandaard 1.0.

    Free-text fields hold anonymised text only. The publisher's own case id (klacht_id) is never
    stored: `klacht_key` is a keyed hash of organisation + klacht_id, used for idempotent re-import
    and for linking a second-line complaint (`gerelateerde_klacht_key`) to its first-line one.
    """

    public_id = models.CharField(max_length=16, unique=True, help_text="Permanente publieke sleutel.")
    organisation = models.ForeignKey(Organisation, on_delete=models.PROTECT, related_name="complaints")
    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="complaints")
    klacht_key = models.CharField(max_length=64, db_index=True)
    gerelateerde_klacht_key = models.CharField(max_length=64, blank=True, db_index=True)
    state = models.CharField(
        max_length=20, choices=PublicationState.choices, default=PublicationState.PUBLISHED, db_index=True
    )
    published_at = models.DateTimeField(null=True, blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawal_reason = models.CharField(
        max_length=20, choices=WithdrawalReason.choices, blank=True, default=WithdrawalReason.NOT_WITHDRAWN
    )

    # Dates and process (structured; code-list values are stored as their code).
    ontvangstdatum = models.DateField(db_index=True)
    datum_registratie = models.DateField(null=True, blank=True)
    datum_afhandeling = models.DateField(null=True, blank=True)
    ontvangwijze = models.CharField(max_length=40, blank=True)
    status = models.CharField(max_length=20, blank=True)
    formeel_informeel = models.CharField(max_length=10, db_index=True)
    eerstelijns_tweedelijns = models.CharField(max_length=12, blank=True)
    reden_overslaan_eerstelijns = models.CharField(max_length=40, blank=True)
    beantwoordingstermijn = models.CharField(max_length=30, blank=True, help_text="Zoals aangeleverd (V0.2).")
    verdaagd = models.BooleanField(null=True, blank=True)
    adviescommissie = models.BooleanField(null=True, blank=True)
    herziening = models.BooleanField(null=True, blank=True)

    # Derived from the dates (Awb 9:11); never self-reported.
    behandelduur_dagen = models.IntegerField(null=True, blank=True)
    termijn_dagen = models.IntegerField(null=True, blank=True)
    binnen_termijn = models.BooleanField(null=True, blank=True)

    # Who and what.
    bestuursorgaan_uri = models.CharField(max_length=_max_length("bestuursorgaan"), blank=True)
    bestuursorgaan_naam = models.CharField(max_length=_max_length("bestuursorgaan"), blank=True)
    organisatieonderdeel = models.CharField(max_length=_max_length("organisatieonderdeel"), blank=True)
    type_klager = models.CharField(max_length=20, blank=True)
    woonplaats_klager = models.CharField(max_length=10, blank=True, help_text="CBS-code, na k-anonimisering.")
    leeftijdsgroep = models.CharField(max_length=10, blank=True)
    themas = models.JSONField(default=list, blank=True)
    iv3_taakveld = models.CharField(max_length=10, blank=True)
    oorzaak = models.CharField(max_length=40, blank=True)
    conclusie = models.CharField(max_length=40, blank=True)
    afdoeningswijze = models.CharField(max_length=60, blank=True)
    schriftelijk_oordeel = models.URLField(max_length=_max_length("schriftelijk_oordeel"), blank=True)
    verslagen_hoorzittingen = models.URLField(max_length=_max_length("verslagen_hoorzittingen"), blank=True)

    # Free text: anonymised only. Empty while the text is withheld (exclusion rule or review).
    wet_en_regelgeving = models.TextField(blank=True)
    bijzonderheden_bestuursorgaan = models.TextField(blank=True)
    gedraging = models.TextField(blank=True)
    bevindingen = models.TextField(blank=True)
    oordeel_klacht = models.TextField(blank=True)
    oordeel_klachtbehandeling = models.TextField(blank=True)
    aanbevelingen = models.TextField(blank=True)
    herstelmaatregelen = models.TextField(blank=True)
    # Which engine version last anonymised (or re-scanned) the free text: older ones are re-scanned
    # (registry/rescan.py) so an improved engine reaches what was already published.
    anonymisation_version = models.PositiveSmallIntegerField(
        default=current_engine_version, help_text="Versie van de anonimisering die de vrije tekst het laatst bewerkte."
    )
    tekst_achtergehouden = models.CharField(
        max_length=200, blank=True, help_text="Reden waarom de vrije tekst niet wordt gepubliceerd, anders leeg."
    )

    objects = models.Manager()
    published = PublishedManager()

    FREE_TEXT_FIELDS = policy.free_text_fields()  # from the standard's publish column

    class Meta:
        ordering = ["-ontvangstdatum", "id"]
        verbose_name = "klacht"
        verbose_name_plural = "klachten"
        constraints = [
            models.UniqueConstraint(fields=["organisation", "klacht_key"], name="unique_klacht_per_organisation"),
        ]
        indexes = [models.Index(fields=["organisation", "ontvangstdatum"])]

    def __str__(self) -> str:
        return f"Klacht {self.public_id}"
