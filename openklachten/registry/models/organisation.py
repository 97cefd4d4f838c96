from django.conf import settings
from django.db import models


class OrganisationType(models.TextChoices):
    GEMEENTE = "gemeente", "Gemeente"
    PROVINCIE = "provincie", "Provincie"
    WATERSCHAP = "waterschap", "Waterschap"
    MINISTERIE = "ministerie", "Ministerie"
    ZBO = "zbo", "Zelfstandig bestuursorgaan / uitvoeringsorganisatie"
    OMBUDSMAN = "ombudsman", "Ombudsman"
    OVERIG = "overig", "Overig"


class Organisation(models.Model):
    """A complaint handler (klachtbehandelaar), identified by its TOOI identifier."""

    code = models.CharField(
        max_length=40, unique=True, help_text="Korte TOOI-code, bv. gm0363, pv27, ws0155, mnre1034."
    )
    tooi_uri = models.URLField(max_length=200, unique=True)
    name = models.CharField("officiële naam", max_length=200)
    type = models.CharField(max_length=20, choices=OrganisationType.choices, db_index=True)
    cbs_code = models.CharField(
        max_length=6, blank=True, help_text="CBS-gemeentecode (GM0363) voor gemeenten, anders leeg."
    )
    contact_email = models.EmailField(blank=True, help_text="Algemeen adres voor vragen over de dataset.")
    website = models.URLField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "organisatie"
        verbose_name_plural = "organisaties"

    def __str__(self) -> str:
        return self.name


class Publisher(models.Model):
    """A user account that may deliver complaints for one organisation."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="publishers")
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="publishers")

    class Meta:
        unique_together = [("user", "organisation")]
        verbose_name = "aanleverder"
        verbose_name_plural = "aanleveraars"

    def __str__(self) -> str:
        return f"{self.user} → {self.organisation}"
