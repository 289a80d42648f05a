from django.urls import path

from . import views

# Public pages, under a language prefix (/uk/knowledge/): see counselling/urls.py.
public = [
    path("knowledge/", views.home, name="knowledge-home"),
    path("knowledge/search/", views.search, name="knowledge-search"),
    path("knowledge/<slug:slug>/", views.page, name="knowledge-page"),
]
