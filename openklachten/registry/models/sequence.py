"""The publication sequence: which state of the public set a copy of it (the read model) must reflect.

One row. Every change in what is public (import, withdrawal, review decision) advances `number` in the
same transaction as the change itself, so the number and the data can never disagree, not even after a
crash. A change that may remove something from public view (anything but an import) also sets
`removal_number`: a public copy older than that may still show a withdrawn complaint and must not be served.
"""

import uuid

from django.db import models


def new_epoch() -> str:
    return uuid.uuid4().hex


class PublicationSequence(models.Model):
    """The number of the latest committed change in what is public, and of the latest one that removed."""

    number = models.PositiveBigIntegerField(
        default=0, help_text="Volgnummer van de laatste wijziging in wat openbaar is."
    )
    removal_number = models.PositiveBigIntegerField(
        default=0, help_text="Volgnummer van de laatste wijziging die iets uit de publicatie kan hebben gehaald."
    )
    # Which registry the numbers count: a copy built from another database (restored, replaced, a test
    # rolled back) may carry a higher number, but says nothing about this one.
    epoch = models.CharField(max_length=32, default=new_epoch, help_text="Identiteit van deze telling.")
    last_reason = models.CharField(max_length=20, blank=True, help_text="Soort van de laatste wijziging.")
    changed_at = models.DateTimeField(null=True, blank=True)
    # Public pages read organisation names from the registry, not from the read model: a rename must reach
    # pages cached per generation (publication.site.pagecache) without a rebuild.
    organisations_version = models.PositiveBigIntegerField(
        default=0, help_text="Telt wijzigingen in organisaties (namen op openbare pagina's)."
    )

    class Meta:
        verbose_name = "publicatievolgnummer"
        verbose_name_plural = "publicatievolgnummers"

    def __str__(self) -> str:
        return f"{self.number} (verwijdering: {self.removal_number})"


class PublicationChange(models.Model):
    """Which organisation a numbered change touched: lets the read model rebuild only those (incremental).

    One row per (change, organisation), written in the change's own transaction. A change whose organisations
    are unknown gets one row without organisation: a rebuild across it reads everything again.
    """

    number = models.PositiveBigIntegerField(db_index=True, help_text="Volgnummer van de wijziging.")
    # A plain id, no foreign key: the log must not lose rows when an organisation is deleted (the rebuild
    # then sees a gap and reads everything), nor block that deletion.
    organisation_id = models.PositiveBigIntegerField(
        null=True, blank=True, help_text="Organisatie van de wijziging; leeg: onbekend (alles opnieuw lezen)."
    )
    reason = models.CharField(max_length=20, blank=True, help_text="Soort wijziging.")

    class Meta:
        verbose_name = "publicatiewijziging"
        verbose_name_plural = "publicatiewijzigingen"

    def __str__(self) -> str:
        return f"{self.number}: organisatie {self.organisation_id} ({self.reason})"
