"""Beheer (/beheer/): organisations, publisher accounts, deliveries and complaints.

Raw text in the review quarantine is deliberately not shown here; only the publisher reviews it.
"""

from django import forms
from django.contrib import admin, messages

from openklachten.registry import withdrawal
from openklachten.registry.models import (
    ApiToken,
    AuditEntry,
    Complaint,
    Delivery,
    Organisation,
    Publisher,
    ScheduledJob,
    Submission,
)


class PublisherInline(admin.TabularInline):
    model = Publisher
    extra = 1
    autocomplete_fields = ["user"]
    verbose_name = "aanleveraar"


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "code", "type", "cbs_code"]
    list_filter = ["type"]
    search_fields = ["name", "code", "tooi_uri"]
    inlines = [PublisherInline]

    def get_readonly_fields(self, request, obj=None):
        # The identifier of an existing organisation never changes (link keys depend on the code), and
        # ombudsmen without a TOOI id carry a urn: that the URL field's form validation would refuse.
        return ["code", "tooi_uri"] if obj else []


@admin.register(Publisher)
class PublisherAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation"]
    search_fields = ["user__username", "organisation__name"]
    autocomplete_fields = ["user", "organisation"]


@admin.action(description="Geselecteerde aanleveringen intrekken")
def withdraw_deliveries(modeladmin, request, queryset):
    try:
        count = sum(withdrawal.withdraw_delivery(delivery) for delivery in queryset)
    except withdrawal.WithdrawalFailed as exc:
        modeladmin.message_user(request, str(exc), messages.ERROR)
    else:
        modeladmin.message_user(request, f"{count} klachten ingetrokken.", messages.SUCCESS)


@admin.register(Delivery)
class DeliveryAdmin(admin.ModelAdmin):
    list_display = ["pk", "organisation", "created_at", "source_filename", "row_count", "status"]
    list_filter = ["status", "organisation__type"]
    search_fields = ["organisation__name", "source_filename"]
    readonly_fields = [f.name for f in Delivery._meta.fields]
    actions = [withdraw_deliveries]

    def has_add_permission(self, request):
        return False  # deliveries only arrive through the import pipeline


@admin.action(description="Geselecteerde klachten intrekken")
def withdraw_complaints(modeladmin, request, queryset):
    try:
        for complaint in queryset:
            withdrawal.withdraw_complaint(complaint)
    except withdrawal.WithdrawalFailed as exc:
        modeladmin.message_user(request, str(exc), messages.ERROR)
        return
    modeladmin.message_user(request, f"{queryset.count()} klachten ingetrokken.", messages.SUCCESS)


@admin.register(Complaint)
class ComplaintAdmin(admin.ModelAdmin):
    list_display = ["public_id", "organisation", "ontvangstdatum", "formeel_informeel", "conclusie", "state"]
    list_filter = ["state", "formeel_informeel", "organisation__type"]
    search_fields = ["public_id"]
    list_select_related = ["organisation"]
    readonly_fields = [f.name for f in Complaint._meta.fields]
    actions = [withdraw_complaints]
    show_full_result_count = False  # COUNT(*) over every complaint on each page view is slow

    def has_add_permission(self, request):
        return False


@admin.register(ScheduledJob)
class ScheduledJobAdmin(admin.ModelAdmin):
    """Periodic jobs (e.g. a ZGW sync per connection): their interval can be changed or a job paused."""

    list_display = ["name", "task_path", "interval_seconds", "next_run", "last_run", "enabled"]
    list_filter = ["enabled"]
    search_fields = ["name", "task_path"]
    readonly_fields = ["task_path", "kwargs", "last_run"]

    def has_add_permission(self, request):
        return False  # created by the component that owns the job (jobs.schedule)


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    """Uploads and API deliveries with their status; the file itself is never shown (raw text)."""

    list_display = ["created_at", "organisation", "channel", "filename", "status", "delivery"]
    list_filter = ["status", "channel"]
    search_fields = ["organisation__name", "filename", "idempotency_key"]
    fields = [
        "id",
        "organisation",
        "channel",
        "user",
        "token",
        "filename",
        "status",
        "created_at",
        "started_at",
        "finished_at",
        "delivery",
        "idempotency_key",
        "report",
    ]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False


class ApiTokenForm(forms.ModelForm):
    class Meta:
        model = ApiToken
        fields = ["organisation", "name"]


@admin.action(description="Geselecteerde tokens intrekken")
def revoke_tokens(modeladmin, request, queryset):
    for token in queryset:
        token.revoke()
    modeladmin.message_user(request, f"{queryset.count()} token(s) ingetrokken.", messages.SUCCESS)


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens of the delivery API: made here (the value is shown once), revoked with the action."""

    list_display = ["prefix", "organisation", "name", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["revoked_at"]
    search_fields = ["organisation__name", "organisation__code", "name", "prefix"]
    autocomplete_fields = ["organisation"]
    actions = [revoke_tokens]

    def get_form(self, request, obj=None, **kwargs):
        if obj is None:
            kwargs["form"] = ApiTokenForm
        return super().get_form(request, obj, **kwargs)

    def get_readonly_fields(self, request, obj=None):
        if obj is None:
            return []
        return ["organisation", "prefix", "created_at", "created_by", "last_used_at"]

    def get_fields(self, request, obj=None):
        if obj is None:
            return ["organisation", "name"]
        return ["organisation", "name", "prefix", "created_at", "created_by", "last_used_at", "revoked_at"]

    def save_model(self, request, obj, form, change):
        if change:
            return super().save_model(request, obj, form, change)
        plain = obj.set_new_value()
        obj.created_by = request.user
        obj.save()
        obj.log_creation()
        messages.warning(
            request,
            f"Het nieuwe token voor {obj.organisation}: {plain} — kopieer het nu; het wordt nergens "
            "bewaard en niet meer getoond.",
        )


@admin.register(AuditEntry)
class AuditEntryAdmin(admin.ModelAdmin):
    """The audit log for staff: read-only (nobody edits or deletes what happened)."""

    list_display = ["created_at", "organisation", "actor", "channel", "action", "delivery_id", "complaint_public_id"]
    list_filter = ["action", "channel", "organisation__type"]
    search_fields = ["organisation__name", "organisation__code", "actor", "complaint_public_id"]
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in AuditEntry._meta.fields]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


from openklachten.registry.zgw import admin as zgw_admin  # noqa: E402,F401  (registers the ZGW connection admin)
