"""Bulk downloads: not rate-limited (they are the answer for anyone who needs everything)."""

from django.urls import path, re_path

from openklachten.publication.exports import views

urlpatterns = [
    path("downloads/", views.index, name="downloads"),
    path("downloads/klachten.meta.json", views.klachten_meta, name="downloads-meta"),
    re_path(r"^downloads/klachten-excel\.csv$", views.klachten, {"fmt": "csv-excel"}, name="downloads-excel"),
    re_path(r"^downloads/klachten\.(?P<fmt>csv|jsonl|parquet)$", views.klachten, name="downloads-klachten"),
    # One bulk file per organisation and format: the dcat:downloadURL of each organisation's dataset.
    re_path(
        r"^downloads/klachten-(?P<organisatie>[a-z0-9]+)\.(?P<fmt>csv|jsonl|parquet)$",
        views.organisatie,
        name="downloads-organisatie",
    ),
    path(
        "downloads/aanleveringen/<int:aanlevering_id>.meta.json",
        views.aanlevering_meta,
        name="downloads-aanlevering-meta",
    ),
    re_path(
        r"^downloads/aanleveringen/(?P<aanlevering_id>\d+)-excel\.csv$",
        views.aanlevering,
        {"fmt": "csv-excel"},
        name="downloads-aanlevering-excel",
    ),
    re_path(
        r"^downloads/aanleveringen/(?P<aanlevering_id>\d+)\.(?P<fmt>csv|jsonl|parquet)$",
        views.aanlevering,
        name="downloads-aanlevering",
    ),
]
