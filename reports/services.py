"""Verbs of the coordinators' pages. Reports reads every app, so a step that spans two
of them (cases live in counselling, inquiries in channels) is composed here, in one
transaction, from each app's own service."""

from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import HttpRequest
from django.utils.translation import gettext as _

from channels import services as channel_services
from channels.models import Inquiry
from counselling import audit, outbox
from counselling import services as counselling_services
from counselling.models import AuditAction, Case, CaseHandover, User

HANDOVER_EMAIL = "work_handed_over"


@dataclass(frozen=True)
class Reassignment:
    handovers: list[CaseHandover]
    inquiries: list[Inquiry]

    @property
    def cases(self) -> list[Case]:
        return [handover.case for handover in self.handovers]


@transaction.atomic
def reassign_work(
    *,
    by: User,
    from_user: User,
    to_user: User,
    reason: str,
    cases: Iterable[Case] | None = None,
    inquiries: Iterable[Inquiry] | None = None,
    request: HttpRequest | None = None,
) -> Reassignment:
    """Hand `from_user`'s open cases and inquiries in `by`'s offices (all of them, or the
    chosen ones; an empty list moves none of that kind) to `to_user` in one step, with a
    reason: a counsellor leaves or is ill. Each case keeps a handover row and a history
    line, each item an audit event; one more event sums the move up (ids and counts),
    and the new owner gets one e-mail listing what they received, in their language.
    Anything refused (see counselling.services.hand_over_caseload) leaves everything as
    it was."""
    handovers = counselling_services.hand_over_caseload(
        by=by, from_user=from_user, to_user=to_user, reason=reason, cases=cases, request=request
    )
    moved = channel_services.reassign_inquiries(
        by=by,
        from_user=from_user,
        to_user=to_user,
        reason=reason,
        inquiries=inquiries,
        request=request,
    )
    result = Reassignment(handovers=handovers, inquiries=moved)
    if not handovers and not moved:
        raise ValidationError(
            _("There is nothing to hand over: choose at least one case or inquiry."),
            code="empty",
        )
    offices = {case.office_id for case in result.cases} | {i.office_id for i in moved}
    audit.record(
        actor=by,
        action=AuditAction.UPDATE,
        # One office: filed under it; work from several: under the coordinator's own.
        office_id=offices.pop() if len(offices) == 1 else None,
        request=request,
        detail={
            "reassigned": True,
            "from": from_user.pk,
            "to": to_user.pk,
            "cases": [case.pk for case in result.cases],
            "inquiries": [inquiry.pk for inquiry in moved],
            "case_count": len(handovers),
            "inquiry_count": len(moved),
        },
    )
    if to_user.email:
        _tell_new_owner(result, by=by, from_user=from_user, to_user=to_user, reason=reason)
    return result


def _tell_new_owner(
    result: Reassignment, *, by: User, from_user: User, to_user: User, reason: str
) -> None:
    """One e-mail for the whole move, not one per case. It names no client: references
    and links only, the rest is behind the sign-in."""
    site = settings.SITE_URL
    outbox.queue_email(
        kind=HANDOVER_EMAIL,
        to_email=to_user.email,
        language=to_user.language,
        template=HANDOVER_EMAIL,
        context={
            "by": by.get_full_name() or by.get_username(),
            "from_name": from_user.get_full_name() or from_user.get_username(),
            "reason": reason.strip(),
            "cases": [(case.reference, site + case.get_absolute_url()) for case in result.cases],
            "inquiries": [(i.reference, site + i.get_absolute_url()) for i in result.inquiries],
        },
    )
