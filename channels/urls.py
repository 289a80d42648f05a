from django.urls import path

from . import calls, views, walk_ins

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

urlpatterns += [
    path("walk-ins/", walk_ins.walk_ins, name="walk-ins"),
    path("walk-ins/<int:pk>/end/", walk_ins.end_visit, name="visit-end"),
    path("offices/<int:pk>/call-next/", walk_ins.call_next, name="call-next"),
    # The waiting-room screen: public, numbers only.
    path("queue/<slug:code>/", walk_ins.waiting_room, name="waiting-room"),
]

urlpatterns += [
    path("calls/new/", calls.log_call, name="call-create"),
    path("call-backs/", calls.call_backs, name="call-backs"),
    path("call-backs/<int:pk>/attempt/", calls.record_attempt, name="call-attempt"),
]
