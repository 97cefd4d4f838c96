"""The publisher pages, mounted at the site root; everything lives under /aanleveren/."""

from django.contrib.auth import views as auth_views
from django.urls import path

from openklachten.registry.views import audit_log, deliveries, progress, report_texts, review, sampling, upload

app_name = "registry"

urlpatterns = [
    path("aanleveren/", upload.upload, name="upload"),
    path("aanleveren/verwerking/<uuid:pk>/", progress.submission_detail, name="submission"),
    path("aanleveren/verwerking/<uuid:pk>/status", progress.submission_status, name="submission_status"),
    path(
        "aanleveren/inloggen/",
        auth_views.LoginView.as_view(template_name="registry/inloggen.html", redirect_authenticated_user=True),
        name="login",
    ),
    path("aanleveren/uitloggen/", auth_views.LogoutView.as_view(next_page="/aanleveren/inloggen/"), name="logout"),
    path("aanleveren/leveringen/", deliveries.delivery_list, name="deliveries"),
    path("aanleveren/leveringen/<int:pk>/", deliveries.delivery_detail, name="delivery"),
    path("aanleveren/leveringen/<int:pk>/intrekken/", deliveries.withdraw_delivery, name="withdraw_delivery"),
    path(
        "aanleveren/leveringen/<int:pk>/terugzetten/", deliveries.undo_withdraw_delivery, name="undo_withdraw_delivery"
    ),
    path("aanleveren/leveringen/<int:pk>/steekproef/", sampling.sample, name="delivery_sample"),
    path("aanleveren/logboek/", audit_log.audit_log, name="audit_log"),
    path("aanleveren/klacht-intrekken/", deliveries.withdraw_complaint, name="withdraw_complaint"),
    path("aanleveren/klacht-terugzetten/", deliveries.undo_withdraw_complaint, name="undo_withdraw_complaint"),
    path("aanleveren/controle/", review.review_list, name="review"),
    path("aanleveren/controle/<int:pk>/", review.review_item, name="review_item"),
    path("aanleveren/jaarverslag/", report_texts.overview, name="report_texts"),
    path("aanleveren/jaarverslag/<slug:code>/<str:period>/", report_texts.edit, name="report_text"),
]
