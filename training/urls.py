from django.urls import path

from . import views

urlpatterns = [
    path("", views.training_home, name="training-home"),
    path("pages/<int:pk>/complete/", views.complete, name="training-complete"),
    path("matrix/", views.training_matrix, name="training-matrix"),
    path(
        "matrix/modules/<int:module_pk>/volunteers/<int:volunteer_pk>/complete/",
        views.record_volunteer_completion,
        name="training-volunteer-complete",
    ),
]
