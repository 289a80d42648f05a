"""Satisfaction surveys: who is invited after a closed inquiry or a logged session, the
invitation shown at the desk, and an answer, once.

E-mailed invitations are made by a periodic task, not by the services that close
inquiries or log sessions: nothing imports reports, and a counsellor waits for nothing.
A client is asked at most once per SURVEY_WINDOW_DAYS, whatever they came for and
however often: a weekly client is not surveyed every week."""

from datetime import datetime, timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Exists, OuterRef, Prefetch, Q, QuerySet
from django.http import HttpRequest
from django.utils import timezone, translation

from channels.models import Inquiry
from clients.models import Client, Consent, Topic
from counselling import audit, outbox
from counselling.models import AuditAction, CounsellingSession, Outcome, User

from .models import SurveyAnswer, SurveyInvitation, desk_token

BATCH = 500  # invitations per run and kind: the rest wait for the next one
# Nothing to ask about: the newcomer was told we cannot help with this.
NOT_ASKED = [Outcome.OUT_OF_SCOPE]


def _email_consent(*, active: bool) -> Exists:
    consents = Consent.objects.filter(
        client_id=OuterRef("client_id"),
        scope=Consent.Scope.CONTACT_EMAIL,
        withdrawn_at__isnull=active,
    )
    return Exists(consents)


def _asked_lately(now: datetime) -> Exists:
    """The contact's client has had an invitation within the window (any source)."""
    since = now - timedelta(days=settings.SURVEY_WINDOW_DAYS)
    return Exists(
        SurveyInvitation.objects.filter(client_id=OuterRef("client_id"), created_at__gte=since)
    )


def invitable_inquiries(now: datetime) -> QuerySet[Inquiry]:
    """Closed inquiries of the last SURVEY_WINDOW_DAYS with an e-mail address, closed at
    least SURVEY_DELAY_HOURS ago (a reopened inquiry is not asked about), not yet asked.
    The newcomer gave the address to be answered by e-mail, so no consent record is
    needed; but a linked client who withdrew their consent to e-mail is not written to."""
    asked = SurveyInvitation.objects.filter(source=SurveyInvitation.Source.INQUIRY)
    withdrew = _email_consent(active=False) & ~_email_consent(active=True)
    return (
        Inquiry.objects.filter(
            status=Inquiry.Status.CLOSED,
            closed_at__gte=now - timedelta(days=settings.SURVEY_WINDOW_DAYS),
            closed_at__lte=now - timedelta(hours=settings.SURVEY_DELAY_HOURS),
        )
        .exclude(email="")
        .exclude(outcome__in=NOT_ASKED)
        .exclude(pk__in=asked.values("source_id"))
        .exclude(withdrew)
        .exclude(client__restricted_at__isnull=False)  # restricted processing: not asked
        .exclude(_asked_lately(now))
        .select_related("topic")
        .order_by("closed_at", "pk")
    )


def invitable_sessions(now: datetime) -> QuerySet[CounsellingSession]:
    """Sessions of the last SURVEY_WINDOW_DAYS, held at least SURVEY_DELAY_HOURS ago,
    not yet asked about, whose client has an e-mail address and an active consent to
    be contacted by e-mail. Active, not merely "not withdrawn": a client's address may
    have been noted for something else (a partner's reply), and a survey is a message
    they did not ask for, which the consent's scope exists to allow. Restricted
    sessions are not asked about: a message about them may reach someone the client
    would not tell (a shared mailbox)."""
    asked = SurveyInvitation.objects.filter(source=SurveyInvitation.Source.SESSION)
    return (
        CounsellingSession.objects.filter(
            started_at__gte=now - timedelta(days=settings.SURVEY_WINDOW_DAYS),
            started_at__lte=now - timedelta(hours=settings.SURVEY_DELAY_HOURS),
            restricted=False,
            client__merged_into__isnull=True,
            client__restricted_at__isnull=True,  # restricted processing: not asked
        )
        .exclude(client__email="")
        .exclude(outcome__in=NOT_ASKED)
        .exclude(pk__in=asked.values("source_id"))
        .filter(_email_consent(active=True))
        .exclude(_asked_lately(now))
        .select_related("client")
        .prefetch_related(topics_in_order())
        .order_by("started_at", "pk")
    )


def topics_in_order() -> Prefetch:
    return Prefetch("topics", queryset=Topic.objects.select_related("parent").order_by("position"))


def invite_after_closed_inquiries(*, now: datetime | None = None) -> int:
    """Invite each newcomer whose inquiry was closed, by e-mail in their language, once.
    Returns how many were invited."""
    if "inquiry" not in settings.SURVEY_AFTER:
        return 0
    now = now or timezone.now()
    invited = 0
    for inquiry in invitable_inquiries(now)[:BATCH]:
        facts = inquiry_facts(inquiry)
        context = {"reference": inquiry.reference}
        if _invite(facts, now=now, to_email=inquiry.email, template="survey_invitation", **context):
            invited += 1
    return invited


def invite_after_sessions(*, now: datetime | None = None) -> int:
    """Invite each client who had a session, by e-mail in their language, at most once
    per window. Returns how many were invited."""
    if "session" not in settings.SURVEY_AFTER:
        return 0
    now = now or timezone.now()
    invited = 0
    for session in invitable_sessions(now)[:BATCH]:
        facts = session_facts(session)
        template = "survey_after_session"
        if _invite(facts, now=now, to_email=session.client.email, template=template):
            invited += 1
    return invited


def move_invitations(sender, *, keep, duplicate, **kwargs) -> dict[str, int]:
    """A merged client's invitations follow them to the kept record (clients.signals):
    the once-per-window rule and the funder report then know them as one person."""
    moved = SurveyInvitation.objects.filter(client=duplicate).update(client=keep)
    return {"survey_invitations": moved}


def inquiry_facts(inquiry: Inquiry) -> dict:
    """What an invitation keeps of the inquiry it asks about (select the topic)."""
    return {
        "source": SurveyInvitation.Source.INQUIRY,
        "source_id": inquiry.pk,
        "office_id": inquiry.office_id,
        "channel": inquiry.channel,
        "topic_code": inquiry.topic.code if inquiry.topic else "",
        "language": email_language(inquiry.language),
        "contact_language": inquiry.language,
        "client_id": inquiry.client_id,
    }


def session_facts(session: CounsellingSession) -> dict:
    """What an invitation keeps of the session it asks about: its first topic, counted
    under its level-1 topic (prefetch the topics in order, with their parents)."""
    topic = next(iter(session.topics.all()), None)
    if topic is not None and topic.parent is not None:
        topic = topic.parent
    return {
        "source": SurveyInvitation.Source.SESSION,
        "source_id": session.pk,
        "office_id": session.office_id,
        "channel": session.channel,
        "topic_code": topic.code if topic else "",
        "language": email_language(session.client.preferred_language),
        "contact_language": session.client.preferred_language,
        "client_id": session.client_id,
    }


def _invite(facts: dict, *, now: datetime, to_email: str, template: str, **context) -> bool:
    since = now - timedelta(days=settings.SURVEY_WINDOW_DAYS)
    try:
        with transaction.atomic():
            client_id = facts["client_id"]
            if client_id is not None:
                # Two runs at once must not both ask one client about two sessions: hold
                # the client's row while looking again whether they were asked lately.
                Client.objects.select_for_update().filter(pk=client_id).first()
                recent = SurveyInvitation.objects.filter(client_id=client_id, created_at__gte=since)
                if recent.exists():
                    return False
            elif facts["source"] == SurveyInvitation.Source.INQUIRY:
                # Someone who writes in without a client record: once per window too,
                # known by their address.
                same_address = Inquiry.objects.filter(email__iexact=to_email).values("pk")
                recent = SurveyInvitation.objects.filter(
                    source=SurveyInvitation.Source.INQUIRY,
                    source_id__in=same_address,
                    created_at__gte=since,
                )
                if recent.exists():
                    return False
            invitation = SurveyInvitation.objects.create(**facts, created_at=now)
            outbox.queue_email(
                kind="survey_invitation",
                to_email=to_email,
                language=invitation.language,
                template=template,
                context={"url": survey_url(invitation), **context},
            )
    except IntegrityError:  # another run invited this newcomer a moment ago
        return False
    return True


@transaction.atomic
def invite_at_desk(
    *, facts: dict, about: Inquiry | CounsellingSession, by: User, request: HttpRequest
) -> SurveyInvitation | None:
    """The invitation to show the client at the desk: the one already made for this
    inquiry or session if it is still unanswered (pressing twice, or after the e-mail),
    else a new one with a short token. None when it has been answered. The event names
    the inquiry or session, never the invitation, so the trail does not lead from an
    answer to whoever showed the code."""
    invitation, created = _unanswered_or_new(facts)
    if invitation is not None:
        audit.record(
            actor=by,
            action=AuditAction.CREATE if created else AuditAction.VIEW,
            obj=about,
            request=request,
            detail={"survey": "desk"},
        )
    return invitation


def _unanswered_or_new(facts: dict) -> tuple[SurveyInvitation | None, bool]:
    lookup = Q(source=facts["source"], source_id=facts["source_id"])
    existing = SurveyInvitation.objects.filter(lookup).select_related("answer").first()
    if existing is None:
        invitation = SurveyInvitation(
            **facts, delivery=SurveyInvitation.Delivery.DESK, token=desk_token()
        )
        try:
            with transaction.atomic():
                invitation.save(force_insert=True)
            return invitation, True
        except IntegrityError:  # pressed twice at once: the other press made it
            existing = SurveyInvitation.objects.filter(lookup).select_related("answer").first()
    if existing is None or hasattr(existing, "answer"):
        return None, False
    return existing, False


def email_language(language: str) -> str:
    """The newcomer's language when Silta speaks it, else the default one."""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def survey_url(invitation: SurveyInvitation) -> str:
    with translation.override(invitation.language):
        return settings.SITE_URL + invitation.get_absolute_url()


@transaction.atomic
def answer(
    *, invitation: SurveyInvitation, rating: int, got_information: str, comment: str = ""
) -> SurveyAnswer | None:
    """Keep the answer, or None when this invitation has been answered already (one
    answer per invitation, even for two posts at the same moment)."""
    try:
        with transaction.atomic():
            return SurveyAnswer.objects.create(
                invitation=invitation,
                rating=rating,
                got_information=got_information,
                comment=comment,
            )
    except IntegrityError:
        return None
