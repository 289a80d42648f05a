from django.urls import path

from . import views

# Staff pages under /privacy/ (see counselling/urls.py), no language prefix.
urlpatterns = [
    path("retention/", views.retention_rules, name="privacy-retention"),
    path("retention/preview/", views.retention_preview, name="privacy-retention-preview"),
    path("processing/", views.processing_record, name="privacy-processing"),
    path("processing/record.pdf", views.processing_record_pdf, name="privacy-processing-pdf"),
    path("clients/<int:pk>/hold/", views.hold_place, name="privacy-hold-place"),
    path("clients/<int:pk>/erase/", views.erase, name="privacy-erase"),
    path("clients/<int:pk>/export/", views.export, name="privacy-export"),
    path("holds/<int:pk>/lift/", views.hold_lift, name="privacy-hold-lift"),
    path("clients/<int:pk>/restrict/", views.restriction_place, name="privacy-restriction-place"),
    path("restrictions/<int:pk>/lift/", views.restriction_lift, name="privacy-restriction-lift"),
]
