"""/beheer/: ZGW connections. The secret is write-only: the form never shows it, not even masked."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.template.response import TemplateResponse

from openklachten.registry.models import ZgwConnection, ZgwSync
from openklachten.registry.zgw import secrets
from openklachten.registry.zgw.configure import apply_schedule, check_mapping, check_zaaktypen


class ZgwConnectionForm(forms.ModelForm):
    zaken_api_url = forms.URLField(
        label="Zaken API-URL",
        assume_scheme="https",
        max_length=300,
        help_text=ZgwConnection._meta.get_field("zaken_api_url").help_text,
    )
    catalogi_api_url = forms.URLField(
        label="Catalogi API-URL",
        assume_scheme="https",
        max_length=300,
        help_text=ZgwConnection._meta.get_field("catalogi_api_url").help_text,
    )
    secret = forms.CharField(
        label="secret",
        required=False,
        strip=False,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"}),
        help_text="Wordt versleuteld opgeslagen en nooit meer getoond. Laat leeg om het huidige secret te houden.",
    )
    zaaktypen = forms.CharField(
        label="klacht-zaaktypen",
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Eén per regel: de identificatie (bv. KLACHT) of de URL van het zaaktype.",
    )

    class Meta:
        model = ZgwConnection
        fields = [
            "organisation",
            "zaken_api_url",
            "catalogi_api_url",
            "client_id",
            "secret",
            "zaaktypen",
            "mapping",
            "sync_interval_minutes",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["zaaktypen"] = "\n".join(self.instance.zaaktypen or [])

    def clean_zaaktypen(self):
        value = [line.strip() for line in self.cleaned_data["zaaktypen"].splitlines() if line.strip()]
        check_zaaktypen(value)
        return value

    def clean_mapping(self):
        value = self.cleaned_data.get("mapping") or {}
        check_mapping(value)
        return value

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("secret") and not self.instance.secret_encrypted:
            raise ValidationError({"secret": "Vul het secret in dat bij de client-id hoort."})
        return cleaned

    def save(self, commit=True):
        connection = super().save(commit=False)
        if self.cleaned_data.get("secret"):
            connection.secret_encrypted = secrets.encrypt(self.cleaned_data["secret"])
        if commit:
            connection.save()
        return connection


@admin.action(description="Proefrun: toon wat een synchronisatie zou opleveren (slaat niets op)")
def dry_run(modeladmin, request, queryset):
    from openklachten.registry.zgw.report import render
    from openklachten.registry.zgw.sync import SyncRefused, sync

    reports = []
    for connection in queryset.select_related("organisation"):
        try:
            text = render(sync(connection, dry_run=True))
        except SyncRefused as exc:
            text = str(exc)
        reports.append((connection, text))
    return TemplateResponse(
        request,
        "registry/zgw_proefrun.html",
        {**modeladmin.admin_site.each_context(request), "reports": reports, "title": "Proefrun"},
    )


@admin.action(description="Nu synchroniseren (als achtergrondtaak)")
def sync_now(modeladmin, request, queryset):
    from openklachten.registry.zgw.tasks import sync_connection

    for connection in queryset:
        sync_connection.enqueue(connection_id=connection.pk)
    modeladmin.message_user(
        request,
        f"{queryset.count()} synchronisatie(s) gestart; de uitkomst staat hieronder zodra de achtergrondtaak klaar is.",
        messages.SUCCESS,
    )


class ZgwSyncInline(admin.TabularInline):
    model = ZgwSync
    extra = 0
    max_num = 0
    can_delete = False
    fields = [
        "started_at",
        "finished_at",
        "status",
        "zaken",
        "imported",
        "rejected",
        "withdrawn",
        "requests",
        "delivery",
        "message",
    ]
    readonly_fields = fields
    ordering = ["-started_at"]


@admin.register(ZgwConnection)
class ZgwConnectionAdmin(admin.ModelAdmin):
    form = ZgwConnectionForm
    list_display = [
        "organisation",
        "zaken_api_url",
        "sync_interval_minutes",
        "watermark",
        "last_sync_at",
        "last_sync_status",
    ]
    readonly_fields = ["watermark", "last_sync_at", "last_sync_status"]
    autocomplete_fields = ["organisation"]
    actions = [dry_run, sync_now]
    inlines = [ZgwSyncInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        apply_schedule(obj)

    def delete_model(self, request, obj):
        obj.sync_interval_minutes = 0
        apply_schedule(obj)
        super().delete_model(request, obj)


@admin.register(ZgwSync)
class ZgwSyncAdmin(admin.ModelAdmin):
    list_display = ["connection", "started_at", "status", "zaken", "imported", "rejected", "withdrawn", "requests"]
    list_filter = ["status"]
    readonly_fields = [f.name for f in ZgwSync._meta.fields]

    def has_add_permission(self, request):
        return False
