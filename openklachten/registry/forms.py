"""Forms of the publisher pages (aanleveren)."""

from django import forms

from openklachten.registry import metadata_check
from openklachten.registry.models import Organisation

# The redaction types of the anonymiser (issue 4); the publisher picks one when adding a redaction.
REDACTION_TYPES = [
    ("NAAM", "Naam"),
    ("ADRES", "Adres"),
    ("POSTCODE", "Postcode"),
    ("TELEFOON", "Telefoonnummer"),
    ("EMAIL", "E-mailadres"),
    ("BSN", "BSN"),
    ("IBAN", "IBAN"),
    ("GEBOORTEDATUM", "Geboortedatum"),
    ("LEEFTIJD", "Leeftijd"),
    ("KENTEKEN", "Kenteken"),
    ("DOSSIERNUMMER", "Dossiernummer"),
    ("URL", "URL of account"),
    ("FUNCTIE", "Functie"),
    ("GEZONDHEID", "Gezondheid"),
    ("ANDER", "Ander persoonsgegeven"),
]


class UploadForm(forms.Form):
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        label="Organisatie",
        help_text="De organisatie waarover de klachten in het bestand gaan (kolom Bestuursorgaan).",
        error_messages={"required": "Kies de organisatie waarvoor u deze levering aanlevert."},
    )
    bestand = forms.FileField(
        label="Bestand met klachten",
        help_text="CSV, XLSX of JSON volgens de Open Klachten Datastandaard.",
    )
    periode_start = forms.DateField(
        label="Periode vanaf", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    periode_eind = forms.DateField(
        label="Periode tot en met", required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    contact = forms.CharField(
        label="Contact voor vragen over de dataset",
        required=False,
        max_length=200,
        help_text="Algemeen telefoonnummer of e-mailadres van de organisatie, geen persoonlijk adres.",
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields["organisation"]
        field.queryset = organisations
        # Preselecting the first of several organisations filed deliveries under the wrong one (issue 15):
        # whoever may deliver for several must choose; a single organisation is the only answer anyway.
        field.empty_label = None if organisations.count() == 1 else "Kies een organisatie"

    def clean_contact(self):
        contact = self.cleaned_data.get("contact", "")
        message = metadata_check.problem(contact)
        if message:
            raise forms.ValidationError(message)
        return contact

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("periode_start"), cleaned.get("periode_eind")
        if start and end and start > end:
            self.add_error("periode_eind", "De einddatum ligt voor de begindatum.")
        return cleaned

    def metadata(self) -> dict:
        """The Metadata-sheet fields of the standard that the publisher filled in."""
        data = self.cleaned_data
        metadata = {}
        if data.get("periode_start") and data.get("periode_eind"):
            metadata["periode"] = f"{data['periode_start']:%Y-%m-%d}/{data['periode_eind']:%Y-%m-%d}"
        if data.get("contact"):
            metadata["contact"] = data["contact"]
        return metadata


class WithdrawComplaintForm(forms.Form):
    public_id = forms.CharField(label="Publieke id van de klacht", max_length=16)


class AddSpanForm(forms.Form):
    start = forms.IntegerField(label="Begin (teken)", min_value=0)
    end = forms.IntegerField(label="Einde (teken)", min_value=1)
    type = forms.ChoiceField(label="Soort gegeven", choices=REDACTION_TYPES)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") is not None and cleaned.get("end") is not None and cleaned["end"] <= cleaned["start"]:
            raise forms.ValidationError("Het einde moet na het begin liggen.")
        return cleaned


class AddPhraseForm(forms.Form):
    phrase = forms.CharField(label="Tekst die weg moet", max_length=200)
    type = forms.ChoiceField(label="Soort gegeven", choices=REDACTION_TYPES)


class UndoForm(forms.Form):
    index = forms.IntegerField(min_value=0, widget=forms.HiddenInput)


class RetypeForm(forms.Form):
    index = forms.IntegerField(min_value=0, widget=forms.HiddenInput)
    type = forms.ChoiceField(label="Nieuwe soort", choices=REDACTION_TYPES)
