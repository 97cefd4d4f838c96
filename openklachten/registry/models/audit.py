"""The audit log of publisher actions: who did what, when, for which organisation.

Entries hold identifiers and counts only, never raw text or personal data (`registry.audit.record`
checks every detail). The log is shown to the organisation's own users (/aanleveren/logboek/) and
to staff (/beheer/, read-only); nothing public reads it.
"""

from django.conf import settings
from django.db import models

from openklachten.registry.models.organisation import Organisation


class AuditAction(models.TextChoices):
    SUBMITTED = "aanlevering_ontvangen", "Aanlevering ontvangen"
    IMPORTED = "aanlevering_verwerkt", "Aanlevering verwerkt"
    DELIVERY_WITHDRAWN = "aanlevering_ingetrokken", "Aanlevering ingetrokken"
    DELIVERY_RESTORED = "aanlevering_teruggezet", "Intrekken van aanlevering ongedaan gemaakt"
    COMPLAINT_WITHDRAWN = "klacht_ingetrokken", "Klacht ingetrokken"
    COMPLAINT_RESTORED = "klacht_teruggezet", "Intrekken van klacht ongedaan gemaakt"
    TEXT_APPROVED = "tekst_goedgekeurd", "Tekst goedgekeurd"
    REDACTION_ADDED = "redactie_toegevoegd", "Redactie toegevoegd"
    REDACTION_REMOVED = "redactie_verwijderd", "Redactie ongedaan gemaakt"
    REDACTION_RETYPED = "redactie_gewijzigd", "Soort van redactie gewijzigd"
    SAMPLE_DRAWN = "steekproef_getrokken", "Steekproef getrokken"
    BULK_APPROVED = "rest_goedgekeurd", "Overige teksten na steekproef goedgekeurd"
    TOKEN_CREATED = "token_aangemaakt", "API-token aangemaakt"
    TOKEN_REVOKED = "token_ingetrokken", "API-token ingetrokken"
    REPORT_PUBLISHED = "toelichting_gepubliceerd", "Toelichting jaarverslag gepubliceerd"
    ZGW_SYNC = "zgw_synchronisatie", "Zaaksysteem gesynchroniseerd"


DETAIL_LABELS = {  # how the details read on the log page
    "inzending": "inzending",
    "rijen": "rijen",
    "nieuw": "nieuw",
    "bijgewerkt": "bijgewerkt",
    "ter_controle": "ter controle",
    "achtergehouden": "tekst achtergehouden",
    "overgeslagen_ingetrokken": "overgeslagen (eerder ingetrokken)",
    "klachten": "klachten",
    "veld": "veld",
    "redacties": "redacties",
    "soort": "soort",
    "oude_soort": "was",
    "aantal": "aantal",
    "steekproef": "steekproef",
    "in_controle": "in controle",
    "goedgekeurd": "goedgekeurd",
    "token": "token",
    "periode": "periode",
    "zaken": "zaken",
    "ingetrokken": "ingetrokken",
    "afgekeurd": "met fouten",
}


class AuditEntry(models.Model):
    """One publisher action. `actor` is the name shown: a user name, a token prefix or "systeem"."""

    created_at = models.DateTimeField("tijdstip", auto_now_add=True, db_index=True)
    organisation = models.ForeignKey(
        Organisation, on_delete=models.PROTECT, related_name="audit_entries", verbose_name="organisatie"
    )
    action = models.CharField("actie", max_length=40, choices=AuditAction.choices, db_index=True)
    actor = models.CharField("door", max_length=150)
    channel = models.CharField("kanaal", max_length=10)  # web | api | zgw | cli | beheer | systeem
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    token = models.ForeignKey("registry.ApiToken", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    delivery_id = models.PositiveIntegerField("aanlevering", null=True, blank=True)  # no FK: the log outlives it
    complaint_public_id = models.CharField("klacht", max_length=16, blank=True)
    details = models.JSONField("gegevens", default=dict, blank=True)  # counts and codes only (audit.record)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "logboekregel"
        verbose_name_plural = "logboek"
        indexes = [models.Index(fields=["organisation", "-created_at"], name="audit_org_recent")]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor}: {self.get_action_display()}"

    @property
    def summary(self) -> str:
        """The details in words, e.g. "klachten: 12, veld: gedraging"."""
        return ", ".join(f"{DETAIL_LABELS.get(key, key)}: {value}" for key, value in (self.details or {}).items())
