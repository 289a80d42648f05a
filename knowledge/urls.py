from django.urls import path

from . import editing, links, views

# Public pages, under a language prefix (/uk/knowledge/): see counselling/urls.py.
public = [
    path("knowledge/", views.home, name="knowledge-home"),
    path("knowledge/search/", views.search, name="knowledge-search"),
    path("knowledge/<slug:slug>/", views.page, name="knowledge-page"),
    path("knowledge/<slug:slug>/pdf/", views.page_pdf, name="knowledge-page-pdf"),
    path("knowledge/<slug:slug>/feedback/", views.feedback, name="knowledge-feedback"),
    path("knowledge/<slug:slug>/thanks/", views.feedback_thanks, name="knowledge-feedback-thanks"),
]

# Staff pages, at the root like the other staff pages (no page slug can shadow them).
staff = [
    path("knowledge/editor/", editing.editor_home, name="knowledge-editor"),
    path("knowledge/editor/new/", editing.page_create, name="knowledge-editor-new"),
    path("knowledge/editor/<slug:slug>/", editing.page_settings, name="knowledge-editor-page"),
    path(
        "knowledge/editor/<slug:slug>/<str:language>/",
        editing.language_edit,
        name="knowledge-editor-language",
    ),
    path(
        "knowledge/editor/<slug:slug>/<str:language>/publish/",
        editing.language_publish,
        name="knowledge-editor-publish",
    ),
    path(
        "knowledge/editor/<slug:slug>/<str:language>/history/",
        editing.history,
        name="knowledge-editor-history",
    ),
    path(
        "knowledge/editor/<slug:slug>/<str:language>/history/<int:pk>/",
        editing.version_detail,
        name="knowledge-editor-version",
    ),
    path(
        "knowledge/editor/<slug:slug>/<str:language>/history/<int:pk>/restore/",
        editing.version_restore,
        name="knowledge-editor-restore",
    ),
    # Counsellors' link search for replies and session notes.
    path("knowledge/links/", links.links, name="knowledge-links"),
]
