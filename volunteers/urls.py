from django.urls import path

from . import views

urlpatterns = [
    path("volunteers/", views.volunteer_list, name="volunteer-list"),
    path("volunteers/new/", views.volunteer_create, name="volunteer-create"),
    path("volunteers/alerts/", views.alerts, name="volunteer-alerts"),
    path("volunteers/<int:pk>/", views.volunteer_detail, name="volunteer-detail"),
    path("volunteers/<int:pk>/edit/", views.volunteer_edit, name="volunteer-edit"),
    path("clients/<int:pk>/volunteers/", views.match_suggest, name="match-suggest"),
    path("clients/<int:pk>/matches/new/", views.match_create, name="match-create"),
    path("matches/<int:pk>/", views.match_detail, name="match-detail"),
    path("matches/<int:pk>/check-ins/", views.match_check_in, name="match-check-in"),
    path("matches/<int:pk>/end/", views.match_end, name="match-end"),
    # The limited account of a peer counsellor (Role.VOLUNTEER).
    path("volunteer/", views.my_matches, name="my-matches"),
]
