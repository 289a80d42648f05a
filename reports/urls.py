from django.urls import path

from . import desk_views, reassigning, satisfaction_views, views

# Staff pages under /reports/ (see counselling/urls.py), no language prefix.
urlpatterns = [
    path("caseload/", views.caseload, name="reports-caseload"),
    path("caseload/<slug:table>.<slug:fmt>", views.caseload_export, name="reports-caseload-export"),
    path("caseload/cases/", views.case_list, name="reports-caseload-cases"),
    path("caseload/sessions/", views.session_list, name="reports-caseload-sessions"),
    path("caseload/follow-ups/", views.follow_up_list, name="reports-caseload-follow-ups"),
    path("caseload/inquiries/", views.inquiry_list, name="reports-caseload-inquiries"),
    path("caseload/reassign/", reassigning.reassign, name="reassign"),
    path("satisfaction/", satisfaction_views.satisfaction, name="reports-satisfaction"),
    # The survey at the desk (POST), after a session or a closed inquiry.
    path("sessions/<int:pk>/survey/", desk_views.session_survey, name="survey-desk-session"),
    path("inquiries/<int:pk>/survey/", desk_views.inquiry_survey, name="survey-desk-inquiry"),
]
