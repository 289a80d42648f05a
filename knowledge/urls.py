from django.urls import path

from . import links, views

# Public pages, under a language prefix (/uk/knowledge/): see counselling/urls.py.
public = [
    path("knowledge/", views.home, name="knowledge-home"),
    path("knowledge/search/", views.search, name="knowledge-search"),
    path("knowledge/<slug:slug>/", views.page, name="knowledge-page"),
]

# Staff tools, without a language prefix (so no page slug can shadow them).
staff = [
    path("knowledge/links/", links.links, name="knowledge-links"),
]
