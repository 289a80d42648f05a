"""Satisfaction surveys: who is invited after a closed inquiry, and an answer, once.

Invitations are made by a periodic task, not by the services that close inquiries:
nothing imports reports, and a closing counsellor waits for nothing."""

from datetime import timedelta

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation

from channels.models import Inquiry
from counselling import outbox
from counselling.models import Outcome

from .models import SurveyAnswer, SurveyInvitation

BATCH = 500  # invitations per run: the rest wait for the next one
# Nothing to ask about: the newcomer was told we cannot help with this.
NOT_ASKED = [Outcome.OUT_OF_SCOPE]


def invitable_inquiries(now):
    """Closed inquiries of the last SURVEY_WINDOW_DAYS with an e-mail address, closed at
    least SURVEY_DELAY_HOURS ago (a reopened inquiry is not asked about), not yet asked."""
    asked = SurveyInvitation.objects.filter(source=SurveyInvitation.Source.INQUIRY)
    return (
        Inquiry.objects.filter(
            status=Inquiry.Status.CLOSED,
            closed_at__gte=now - timedelta(days=settings.SURVEY_WINDOW_DAYS),
            closed_at__lte=now - timedelta(hours=settings.SURVEY_DELAY_HOURS),
        )
        .exclude(email="")
        .exclude(outcome__in=NOT_ASKED)
        .exclude(pk__in=asked.values("source_id"))
        .select_related("topic")
        .order_by("closed_at", "pk")
    )


def invite_after_closed_inquiries(*, now=None) -> int:
    """Invite each newcomer whose inquiry was closed, by e-mail in their language, once.
    Returns how many were invited."""
    if "inquiry" not in settings.SURVEY_AFTER:
        return 0
    now = now or timezone.now()
    invited = 0
    for inquiry in invitable_inquiries(now)[:BATCH]:
        if _invite(inquiry):
            invited += 1
    return invited


def _invite(inquiry: Inquiry) -> bool:
    language = email_language(inquiry.language)
    try:
        with transaction.atomic():
            invitation = SurveyInvitation.objects.create(
                source=SurveyInvitation.Source.INQUIRY,
                source_id=inquiry.pk,
                office_id=inquiry.office_id,
                channel=inquiry.channel,
                topic_code=inquiry.topic.code if inquiry.topic else "",
                language=language,
                client_id=inquiry.client_id,
            )
            outbox.queue_email(
                kind="survey_invitation",
                to_email=inquiry.email,
                language=language,
                template="survey_invitation",
                context={"url": survey_url(invitation), "reference": inquiry.reference},
            )
    except IntegrityError:  # another run invited this newcomer a moment ago
        return False
    return True


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
