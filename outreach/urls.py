from django.urls import path

from . import views

urlpatterns = [
    path("outreach/", views.event_list, name="outreach-list"),
    path("outreach/new/", views.event_create, name="outreach-create"),
    path("outreach/<int:pk>/", views.event_detail, name="outreach-detail"),
    path("outreach/<int:pk>/edit/", views.event_edit, name="outreach-edit"),
    path("outreach/<int:pk>/tally/", views.tally, name="outreach-tally"),
    path("outreach/<int:pk>/tally/undo/", views.tally_undo, name="outreach-tally-undo"),
    path("outreach/<int:pk>/contacts/new/", views.contact_create, name="outreach-contact"),
    path("outreach/<int:pk>/sessions/", views.link_sessions, name="outreach-link-sessions"),
]
