from django.urls import path

from . import views

# Public pages, under a language prefix (/et/contact/): see counselling/urls.py.
public = [
    path("contact/", views.contact, name="contact"),
    path("contact/sent/", views.contact_sent, name="contact-sent"),
]

urlpatterns = [
    path("inbox/", views.inbox, name="inbox"),
    path("inquiries/<int:pk>/", views.inquiry_detail, name="inquiry-detail"),
    path("inquiries/<int:pk>/reply/", views.inquiry_reply, name="inquiry-reply"),
    path("inquiries/<int:pk>/assign/", views.inquiry_assign, name="inquiry-assign"),
    path("inquiries/<int:pk>/close/", views.inquiry_close, name="inquiry-close"),
    path("inquiries/<int:pk>/client/", views.inquiry_link, name="inquiry-link"),
    path("attachments/<int:pk>/", views.attachment_download, name="attachment-download"),
]
