from django.urls import path

from . import reassigning, views

# Staff pages under /reports/ (see counselling/urls.py), no language prefix.
urlpatterns = [
    path("caseload/", views.caseload, name="reports-caseload"),
    path("caseload/<slug:table>.<slug:fmt>", views.caseload_export, name="reports-caseload-export"),
    path("caseload/cases/", views.case_list, name="reports-caseload-cases"),
    path("caseload/sessions/", views.session_list, name="reports-caseload-sessions"),
    path("caseload/follow-ups/", views.follow_up_list, name="reports-caseload-follow-ups"),
    path("caseload/inquiries/", views.inquiry_list, name="reports-caseload-inquiries"),
    path("caseload/reassign/", reassigning.reassign, name="reassign"),
]
