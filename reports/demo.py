"""Fictional survey answers for `make run`: newcomers whose inquiry was closed in the
past year were invited, and about 250 answered, mostly content, a few with a comment in
their own language. Called by the load_demo command after the inquiries' history."""

import math
import random
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from channels.models import Inquiry

from .models import SurveyAnswer, SurveyInvitation
from .surveys import NOT_ASKED, inquiry_facts

# Answers older than this are the year's history; none means it is still to be loaded.
HISTORY = timedelta(days=60)
ANSWERS = 250
RATINGS = {5: 55, 4: 28, 3: 10, 2: 4, 1: 3}
# Did they get the information they needed, by rating.
INFORMATION = {
    "good": {"yes": 88, "partly": 10, "no": 2},
    "fair": {"yes": 35, "partly": 50, "no": 15},
    "poor": {"yes": 5, "partly": 35, "no": 60},
}
COMMENTS = {
    "ru": (
        [
            "Спасибо, всё объяснили очень понятно.",
            "Быстро ответили, помогли заполнить заявление.",
            "Очень вежливый консультант, спасибо!",
        ],
        ["Долго ждала ответа.", "Не всё поняла, пришлось звонить ещё раз."],
    ),
    "uk": (
        [
            "Дякую за допомогу, все стало зрозуміло.",
            "Швидко відповіли українською, це дуже важливо.",
        ],
        ["Довго чекала в черзі.", "Хотілося б більше інформації про житло."],
    ),
    "en": (
        [
            "Very helpful, thank you!",
            "Clear answer and a useful link to the guide.",
            "The counsellor took time to explain everything.",
        ],
        ["The answer came late.", "I still do not know which form to use."],
    ),
    "et": (
        ["Aitäh, väga selge vastus.", "Kiire ja sõbralik abi."],
        ["Vastust tuli kaua oodata."],
    ),
    "fi": (
        ["Kiitos, sain hyvän vastauksen.", "Ystävällinen ja nopea palvelu."],
        ["Vastaus tuli hitaasti."],
    ),
    "ar": (
        ["شكرًا جزيلًا، كانت المساعدة مفيدة جدًا.", "شرحوا لي كل شيء بوضوح."],
        ["انتظرت طويلًا للحصول على الرد."],
    ),
    "so": (["Mahadsanid, aad bay ii caawiyeen."], ["Jawaabtu way soo daahday."]),
    "fa": (["ممنون، خیلی کمک کردید."], ["جواب دیر رسید."]),
    "prs": (["تشکر، معلومات خوب گرفتم."], ["جواب دیر رسید."]),
}


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), list(weights.values()))[0]


@transaction.atomic
def load() -> dict[str, int]:
    now = timezone.now()
    if SurveyAnswer.objects.filter(answered_at__lt=now - HISTORY).exists():
        return {}
    return _past_surveys(now)


def _past_surveys(now) -> dict[str, int]:
    """An invitation for each closed inquiry with an e-mail address not yet asked, a
    client at most once per SURVEY_WINDOW_DAYS (as the periodic invitation run would
    have made them, so it finds nothing left to send), and answers to about a third."""
    rng = random.Random(4)
    asked = SurveyInvitation.objects.filter(source=SurveyInvitation.Source.INQUIRY)
    inquiries = list(
        Inquiry.objects.filter(status=Inquiry.Status.CLOSED, closed_at__isnull=False)
        .exclude(email="")
        .exclude(outcome__in=NOT_ASKED)
        .exclude(pk__in=asked.values("source_id"))
        .select_related("topic")
        .order_by("pk")
    )
    delay = timedelta(hours=settings.SURVEY_DELAY_HOURS)
    window = timedelta(days=settings.SURVEY_WINDOW_DAYS)
    last_asked: dict[int, datetime] = {}
    invitations = []
    for inquiry in sorted(inquiries, key=lambda inquiry: inquiry.closed_at):
        invited_at = inquiry.closed_at + delay + timedelta(minutes=rng.randrange(15))
        client_id = inquiry.client_id
        if client_id is not None:
            if client_id in last_asked and invited_at - last_asked[client_id] < window:
                continue
            last_asked[client_id] = invited_at
        invitations.append(SurveyInvitation(**inquiry_facts(inquiry), created_at=invited_at))
    SurveyInvitation.objects.bulk_create(invitations)
    spoken = {inquiry.pk: inquiry.language for inquiry in inquiries}
    answers = []
    for invitation in rng.sample(invitations, k=min(ANSWERS, len(invitations))):
        answered_at = invitation.created_at + timedelta(hours=rng.lognormvariate(math.log(5), 1.2))
        if answered_at >= now:
            continue
        rating = _weighted(rng, RATINGS)
        band = "good" if rating >= 4 else "fair" if rating == 3 else "poor"
        praise, complaints = COMMENTS.get(spoken[invitation.source_id], COMMENTS["en"])
        comment = ""
        if rng.random() < 0.3:
            comment = rng.choice(praise if rating >= 4 else complaints)
        answers.append(
            SurveyAnswer(
                invitation=invitation,
                rating=rating,
                got_information=_weighted(rng, INFORMATION[band]),
                comment=comment,
                answered_at=answered_at,
            )
        )
    SurveyAnswer.objects.bulk_create(answers)
    return {"survey_invitations": len(invitations), "survey_answers": len(answers)}
