"""The partner's side: the signed link, the one-time code, the referral page and the
answers. A partner may also sign in as a partner user, who sees the organisation's
referrals without codes. Anything the visitor may not see is a 404, like a missing one."""

import uuid
from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from counselling import access as staff_access
from counselling import audit
from counselling.models import AuditAction, Role

from . import links, selectors, services, sharing
from .access import partner_organisation, referrals_for
from .forms import AnswerForm, CodeForm
from .letters import letter_response
from .models import Referral

# How long a confirmed code opens the referral in this browser.
GRANT_HOURS = 8
GRANTS = "partner_referrals"


def _granted(request, referral: Referral) -> bool:
    """A partner user of the organisation, or a browser that confirmed a code."""
    organisation = partner_organisation(request.user)
    if organisation is not None and organisation.pk == referral.organisation_id:
        return True
    until = request.session.get(GRANTS, {}).get(referral.uid.hex)
    return until is not None and until > timezone.now().timestamp()


def _grant(request, referral: Referral) -> None:
    grants = {
        uid: until
        for uid, until in request.session.get(GRANTS, {}).items()
        if until > timezone.now().timestamp()
    }
    grants[referral.uid.hex] = (timezone.now() + timedelta(hours=GRANT_HOURS)).timestamp()
    request.session[GRANTS] = grants
    request.session.cycle_key()  # a fresh session id for the new right


def _partner_actor(request):
    return request.user if request.user.is_authenticated else None


def partner_link(request, token: str):
    """The page the e-mail's link opens: what is waiting, and how to confirm."""
    try:
        uid = links.referral_uid(token)
    except links.LinkExpired:
        return render(request, "referrals/partner_link_problem.html", {"expired": True}, status=410)
    except links.LinkInvalid:
        return render(request, "referrals/partner_link_problem.html", status=400)
    referral = (
        Referral.objects.select_related("service", "organisation", "office").filter(uid=uid).first()
    )
    if referral is None:
        return render(request, "referrals/partner_link_problem.html", status=400)
    if _granted(request, referral):
        return redirect("partner-referral", uid=referral.uid)
    form = CodeForm(request.POST if "code" in request.POST else None)
    context = {"referral": referral, "form": form, "token": token}
    if request.method == "POST" and referral.is_open_to_partner:
        if "send" in request.POST:
            try:
                services.issue_code(referral=referral)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(
                    request,
                    _("A code was sent to %(address)s. It works for %(minutes)s minutes.")
                    % {"address": referral.organisation.email, "minutes": services.CODE_MINUTES},
                )
            return redirect("partner-link", token=token)
        if form.is_valid() and services.check_code(
            referral=referral, code=form.cleaned_data["code"]
        ):
            _grant(request, referral)
            return redirect("partner-referral", uid=referral.uid)
        if form.is_bound and not form.errors:
            form.add_error("code", _("The code is wrong or no longer valid. Ask for a new one."))
        return render(request, "referrals/partner_link.html", context, status=400)
    return render(request, "referrals/partner_link.html", context)


def _referral_for_partner(request, uid) -> Referral:
    referral = get_object_or_404(selectors.referral_detail(Referral.objects.all()), uid=uid)
    if not _granted(request, referral):
        raise Http404
    return referral


def partner_referral(request, uid: uuid.UUID):
    referral = _referral_for_partner(request, uid)
    if referral.is_open_to_partner:
        audit.record(
            actor=_partner_actor(request),
            action=AuditAction.VIEW,
            obj=referral,
            request=request,
            detail={"partner": referral.organisation_id},
        )
    return render(
        request,
        "referrals/partner_referral.html",
        {
            "referral": referral,
            "shared": sharing.shown(referral.shared) if referral.is_open_to_partner else [],
            "form": AnswerForm(),
        },
    )


@require_POST
def partner_answer(request, uid: uuid.UUID):
    referral = _referral_for_partner(request, uid)
    form = AnswerForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.change_status(
                referral=referral,
                to=data["action"],
                actor=_partner_actor(request),
                by_partner=True,
                note=data["note"],
                decline_reason=data["decline_reason"],
                outcome=data["outcome"],
                request=request,
            )
        except ValidationError as error:
            form.add_error(None, error)
        else:
            messages.success(request, _("Thank you. The counsellor has been told."))
            return redirect("partner-referral", uid=referral.uid)
    shared = sharing.shown(referral.shared) if referral.is_open_to_partner else []
    context = {"referral": referral, "shared": shared, "form": form}
    return render(request, "referrals/partner_referral.html", context, status=400)


def partner_letter(request, uid: uuid.UUID):
    referral = _referral_for_partner(request, uid)
    if not referral.is_open_to_partner:
        raise Http404
    audit.record(
        actor=_partner_actor(request),
        action=AuditAction.PRINT,
        obj=referral,
        request=request,
        detail={"partner": referral.organisation_id},
    )
    return letter_response(referral)


@login_required
def partner_home(request):
    """A partner user's list: their organisation's referrals, newest first."""
    staff_access.require_role(request.user, Role.PARTNER)
    referrals = referrals_for(request.user).select_related("service", "office")
    page = Paginator(referrals.order_by("-created_at", "-pk"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "referrals/partner_home.html",
        {"page": page, "organisation": partner_organisation(request.user)},
    )
