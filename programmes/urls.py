from django.urls import path

from . import views

urlpatterns = [
    path("programmes/", views.enrolment_list, name="enrolment-list"),
    path("clients/<int:pk>/enrol/", views.enrolment_create, name="enrolment-create"),
    path("enrolments/<int:pk>/", views.enrolment_detail, name="enrolment-detail"),
    path("enrolments/<int:pk>/move/", views.enrolment_move, name="enrolment-move"),
    path("enrolments/<int:pk>/goals/", views.goal_create, name="plan-goal-create"),
    path("plan-goals/<int:pk>/review/", views.goal_review, name="plan-goal-review"),
]
