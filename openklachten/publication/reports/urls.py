"""Report routes: per organisation (year, quarter, PDF) and the national Jaarbeeld."""

from django.urls import path, re_path

from openklachten.publication.reports import views

urlpatterns = [
    path("organisaties/<slug:code>/jaarverslag", views.organisatie_index, name="reports-index"),
    path("organisaties/<slug:code>/jaarverslag/<int:jaar>", views.jaarverslag, name="reports-jaarverslag"),
    path("organisaties/<slug:code>/jaarverslag/<int:jaar>.pdf", views.jaarverslag_pdf, name="reports-jaarverslag-pdf"),
    re_path(
        r"^organisaties/(?P<code>[-\w]+)/kwartaalrapportage/(?P<periode>\d{4}-K\d)$",
        views.kwartaal,
        name="reports-kwartaal",
    ),
    re_path(
        r"^organisaties/(?P<code>[-\w]+)/kwartaalrapportage/(?P<periode>\d{4}-K\d)\.pdf$",
        views.kwartaal_pdf,
        name="reports-kwartaal-pdf",
    ),
    path("jaarbeeld", views.jaarbeeld_index, name="reports-jaarbeeld-index"),
    path("jaarbeeld/<int:jaar>", views.jaarbeeld, name="reports-jaarbeeld"),
    path("jaarbeeld/<int:jaar>.pdf", views.jaarbeeld_pdf, name="reports-jaarbeeld-pdf"),
    path("jaarbeeld/<int:jaar>/<slug:soort>", views.jaarbeeld, name="reports-jaarbeeld-soort"),
    path("jaarbeeld/<int:jaar>/<slug:soort>.pdf", views.jaarbeeld_pdf, name="reports-jaarbeeld-soort-pdf"),
]
