from django.urls import path

from . import views

urlpatterns = [
    path("activities/", views.activity_list, name="activity-list"),
    path("activities/new/", views.activity_create, name="activity-create"),
    path("activities/<int:pk>/", views.activity_detail, name="activity-detail"),
    path("activities/<int:pk>/edit/", views.activity_edit, name="activity-edit"),
    path("activities/<int:pk>/meetings/new/", views.meeting_create, name="meeting-create"),
    path("meetings/<int:pk>/edit/", views.meeting_edit, name="meeting-edit"),
    path("meetings/<int:pk>/attendance/", views.meeting_attendance, name="meeting-attendance"),
    path("clients/<int:pk>/activities/", views.client_sign_up, name="activity-sign-up"),
    path("sign-ups/<int:pk>/cancel/", views.sign_up_cancel, name="sign-up-cancel"),
]
