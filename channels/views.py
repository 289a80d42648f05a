import json
import logging

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import FileResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from counselling import access as counselling_access
from counselling import audit
from counselling.audit import client_ip
from counselling.models import AuditAction

from . import access, selectors, services
from .forms import (
    AssignForm,
    CloseForm,
    ContactForm,
    InboxFilterForm,
    LinkClientForm,
    ReplyForm,
    form_stamp,
)
from .models import Attachment, Inquiry, InquiryChannel, RejectedSubmission

log = logging.getLogger(__name__)
REFERENCE_COOKIE, REFERENCE_COOKIE_AGE = "contact_reference", 3600


def contact(request):
    """The public inquiry form, in the language of its URL (/<lang>/contact/)."""
    form = ContactForm(
        request.POST or None,
        request.FILES or None,
        initial={
            "language": translation.get_language(),
            "stamp": form_stamp(),
            # A link from a knowledge page names its topic (?topic=housing).
            "topic": request.GET.get("topic", ""),
        },
    )
    if request.method != "POST":
        return render(request, "channels/contact.html", {"form": form})
    if services.too_many_from(client_ip(request) or ""):
        return _too_many(request, form)
    raw = services.keep_raw(
        channel=InquiryChannel.WEB_FORM,
        payload=_raw_form(request),
        content_type=request.content_type or "",
    )
    if not form.is_valid():
        if "stamp" in form.errors:  # expired or forged: the next try gets a fresh one
            form.data = form.data.copy()
            form.data["stamp"] = form_stamp()
        return render(request, "channels/contact.html", {"form": form}, status=400)
    refused = services.screen(form=form, raw=raw)
    if refused == RejectedSubmission.Reason.RATE_CONTACT:
        return _too_many(request, form)
    if refused:
        return redirect("contact-sent")  # as if it worked: telling a bot why teaches it
    data = form.cleaned_data
    inquiry, _created = services.submit_inquiry(
        inquiry=form.new_inquiry(),
        message=data["message"],
        attachments=data["attachments"],
        page_language=translation.get_language(),
        submission_key=data["stamp"]["key"],
        raw=raw,
        request=request,
    )
    # The reference is shown after a redirect, so reloading the page posts nothing. A
    # signed cookie carries it there: no session row for every anonymous visitor.
    response = redirect("contact-sent")
    response.set_signed_cookie(
        REFERENCE_COOKIE,
        inquiry.reference,
        salt=REFERENCE_COOKIE,
        max_age=REFERENCE_COOKIE_AGE,
        secure=settings.SESSION_COOKIE_SECURE,
        httponly=True,
        samesite="Lax",
    )
    return response


def _raw_form(request) -> bytes:
    """The post as it came (fields, and each file's declared name, type and size).
    File bytes are kept only once accepted, as attachments."""
    files = {
        name: [{"name": f.name, "type": f.content_type, "size": f.size} for f in uploads]
        for name, uploads in request.FILES.lists()
    }
    return json.dumps({"fields": dict(request.POST.lists()), "files": files}).encode()


def _too_many(request, form):
    form.add_error(None, services.TOO_MANY)
    return render(request, "channels/contact.html", {"form": form}, status=429)


def contact_sent(request):
    reference = request.get_signed_cookie(
        REFERENCE_COOKIE, default="", salt=REFERENCE_COOKIE, max_age=REFERENCE_COOKIE_AGE
    )
    return render(request, "channels/contact_sent.html", {"reference": reference})


# ---------------------------------------------------------------- the inbox


@login_required
def inbox(request):
    """Open inquiries of my offices from every channel, the most urgent first."""
    counselling_access.require_staff(request.user)
    filters = InboxFilterForm(request.GET or None, user=request.user)
    inquiries = selectors.inbox(
        user=request.user, filters=filters.cleaned_data if filters.is_valid() else {}
    )
    page = Paginator(inquiries, 50).get_page(request.GET.get("page"))
    shown = sorted({inquiry.client_id for inquiry in page if inquiry.client_id})
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        request=request,
        detail={"list": "inbox", "ids": [inquiry.pk for inquiry in page], "clients": shown},
    )
    context = {"filters": filters, "page": page, "now": timezone.now()}
    return render(request, "channels/inbox.html", context)


def _inquiry_or_404(request, pk: int) -> Inquiry:
    return get_object_or_404(
        access.inquiries_for(request.user).select_related("office", "assignee", "topic", "client"),
        pk=pk,
    )


@login_required
def inquiry_detail(request, pk: int):
    counselling_access.require_staff(request.user)
    inquiry = _inquiry_or_404(request, pk)
    context = _detail_context(request, inquiry)
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=inquiry,
        client_id=inquiry.client_id,
        office_id=inquiry.office_id,
        request=request,
        detail={"clients": [client.pk for client in context["suggested"]]},
    )
    return render(request, "channels/inquiry_detail.html", context)


def _detail_context(request, inquiry, **forms):
    return {
        "inquiry": inquiry,
        "thread": selectors.thread(inquiry),
        "suggested": selectors.suggested_clients(user=request.user, inquiry=inquiry),
        "link_form": forms.get("link_form") or LinkClientForm(clients=None),
        "reply_form": forms.get("reply_form") or ReplyForm(),
        "assign_form": forms.get("assign_form")
        or AssignForm(inquiry=inquiry, initial={"assignee": inquiry.assignee_id}),
        "close_form": forms.get("close_form") or CloseForm(),
        "now": timezone.now(),
    }


@login_required
def inquiry_reply(request, pk: int):
    counselling_access.require_role(request.user, *counselling_access.SESSION_ROLES)
    inquiry = _inquiry_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = ReplyForm(request.POST)
    if not inquiry.email:
        form.add_error(
            None, _("This person gave no e-mail address. Call them or wait for the visit.")
        )
    if not form.is_valid():
        context = _detail_context(request, inquiry, reply_form=form)
        return render(request, "channels/inquiry_detail.html", context, status=400)
    services.reply(
        inquiry=inquiry, author=request.user, body=form.cleaned_data["body"], request=request
    )
    messages.success(request, _("Reply sent."))
    return redirect(inquiry)


@login_required
def inquiry_assign(request, pk: int):
    counselling_access.require_staff(request.user)
    inquiry = _inquiry_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = AssignForm(request.POST, inquiry=inquiry)
    if not form.is_valid():
        context = _detail_context(request, inquiry, assign_form=form)
        return render(request, "channels/inquiry_detail.html", context, status=400)
    assignee = request.user if "claim" in request.POST else form.cleaned_data["assignee"]
    services.assign(inquiry=inquiry, assignee=assignee, by=request.user, request=request)
    messages.success(request, _("Inquiry assigned."))
    return redirect(inquiry)


@login_required
def inquiry_close(request, pk: int):
    counselling_access.require_staff(request.user)
    inquiry = _inquiry_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    form = CloseForm(request.POST)
    if not form.is_valid():
        context = _detail_context(request, inquiry, close_form=form)
        return render(request, "channels/inquiry_detail.html", context, status=400)
    services.close(
        inquiry=inquiry, outcome=form.cleaned_data["outcome"], by=request.user, request=request
    )
    messages.success(request, _("Inquiry closed."))
    return redirect("inbox")


@login_required
def attachment_download(request, pk: int):
    """An attachment, to staff who may read its inquiry; served as a download so that
    nothing a newcomer sent runs in our origin."""
    counselling_access.require_staff(request.user)
    attachment = get_object_or_404(
        Attachment.objects.select_related("message__inquiry").filter(
            message__inquiry__in=access.inquiries_for(request.user)
        ),
        pk=pk,
    )
    inquiry = attachment.message.inquiry
    audit.record(
        actor=request.user,
        action=AuditAction.VIEW,
        obj=attachment,
        client_id=inquiry.client_id,
        office_id=inquiry.office_id,
        request=request,
    )
    return FileResponse(
        attachment.file.open("rb"),
        as_attachment=True,
        filename=attachment.filename,
        content_type=attachment.content_type,
    )


@login_required
def inquiry_link(request, pk: int):
    """Link the inquiry to a client (or, with `unlink`, undo it)."""
    counselling_access.require_staff(request.user)
    inquiry = _inquiry_or_404(request, pk)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if "unlink" in request.POST:
        services.link_client(inquiry=inquiry, client=None, by=request.user, request=request)
        return redirect(inquiry)
    form = LinkClientForm(request.POST, clients=counselling_access.clients_for(request.user))
    if not form.is_valid():
        context = _detail_context(request, inquiry, link_form=form)
        return render(request, "channels/inquiry_detail.html", context, status=400)
    services.link_client(
        inquiry=inquiry, client=form.cleaned_data["client"], by=request.user, request=request
    )
    messages.success(request, _("Inquiry linked to the client."))
    return redirect(inquiry)
