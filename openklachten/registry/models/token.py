import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone

from openklachten.registry.models.organisation import Organisation

PREFIX = "okt_"


def hash_token(token: str) -> str:
    """SHA-256 of the token: tokens are 256-bit random, so a slow password hash adds nothing."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


class ApiToken(models.Model):
    """A bearer token of the delivery API. It belongs to exactly one organisation; only its hash is stored."""

    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(
        "omschrijving",
        max_length=100,
        blank=True,
        help_text="Waarvoor het token is, bv. het zaaksysteem dat aanlevert.",
    )
    prefix = models.CharField("begin van het token", max_length=16, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField("gemaakt", auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+", editable=False
    )
    last_used_at = models.DateTimeField("laatst gebruikt", null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField("ingetrokken", null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = "API-token"
        verbose_name_plural = "API-tokens"

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.organisation})"

    @property
    def active(self) -> bool:
        return self.revoked_at is None

    def set_new_value(self) -> str:
        """Give this token a fresh random value; returns it (the only time it is seen: only the hash is kept)."""
        plain = PREFIX + secrets.token_urlsafe(32)
        self.prefix, self.key_hash = plain[:12], hash_token(plain)
        return plain

    @classmethod
    def issue(cls, organisation: Organisation, name: str = "", created_by=None) -> tuple["ApiToken", str]:
        """A new token and its plain value."""
        token = cls(organisation=organisation, name=name, created_by=created_by)
        plain = token.set_new_value()
        token.save()
        token.log_creation()
        return token, plain

    def log_creation(self) -> None:
        from openklachten.registry import audit  # the audit module imports the models

        audit.record(audit.AuditAction.TOKEN_CREATED, self.organisation_id, token=self.prefix)

    @classmethod
    def find(cls, plain: str) -> "ApiToken | None":
        """The active token with this value, else None."""
        if not plain or not plain.startswith(PREFIX):
            return None
        token = (
            cls.objects.select_related("organisation")
            .filter(key_hash=hash_token(plain), revoked_at__isnull=True)
            .first()
        )
        if token is not None and (
            token.last_used_at is None or (timezone.now() - token.last_used_at).total_seconds() > 60
        ):
            cls.objects.filter(pk=token.pk).update(last_used_at=timezone.now())  # at most once a minute
        return token

    def revoke(self) -> None:
        from openklachten.registry import audit

        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])
            audit.record(audit.AuditAction.TOKEN_REVOKED, self.organisation_id, token=self.prefix)
