from django.urls import path

from . import reassigning, service_views, views

# Staff pages under /reports/ (see counselling/urls.py), no language prefix.
urlpatterns = [
    path("caseload/", views.caseload, name="reports-caseload"),
    path("caseload/<slug:table>.<slug:fmt>", views.caseload_export, name="reports-caseload-export"),
    path("caseload/cases/", views.case_list, name="reports-caseload-cases"),
    path("caseload/sessions/", views.session_list, name="reports-caseload-sessions"),
    path("caseload/follow-ups/", views.follow_up_list, name="reports-caseload-follow-ups"),
    path("caseload/inquiries/", views.inquiry_list, name="reports-caseload-inquiries"),
    path("caseload/reassign/", reassigning.reassign, name="reassign"),
    path("service/", service_views.service, name="reports-service"),
    path(
        "service/<slug:table>.<slug:fmt>",
        service_views.service_export,
        name="reports-service-export",
    ),
]
