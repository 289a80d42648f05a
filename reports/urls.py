from django.urls import path

from . import (
    desk_views,
    file_views,
    funder_views,
    reassigning,
    satisfaction_views,
    service_views,
    views,
)

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
    path("service/report.pdf", service_views.service_report, name="reports-service-report"),
    path(
        "service/<slug:table>.<slug:fmt>",
        service_views.service_export,
        name="reports-service-export",
    ),
    path("funders/", funder_views.funder_report, name="reports-funders"),
    path("funders/file.<slug:fmt>", funder_views.funder_file, name="reports-funders-file"),
    path("files/<int:pk>/", file_views.report_file, name="report-file"),
    path("files/<int:pk>/download", file_views.report_file_download, name="report-file-download"),
    path("satisfaction/", satisfaction_views.satisfaction, name="reports-satisfaction"),
    # The survey at the desk (POST), after a session or a closed inquiry.
    path("sessions/<int:pk>/survey/", desk_views.session_survey, name="survey-desk-session"),
    path("inquiries/<int:pk>/survey/", desk_views.inquiry_survey, name="survey-desk-inquiry"),
]
