"""Fictional group activities for `make run` (issue 9's demo): a weekly Russian–Estonian
language café in Narva led by a volunteer, and a women's support group at the Tartu
support-person reception with a Persian interpreter, each with sign-ups, a waiting
list and attendance at the meetings held so far. Called by load_demo."""

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from clients.models import Client, Topic
from counselling.models import InterpreterMode, Office, User

from .models import ActivitySeries, Attendance, Meeting, SignUp

WEEKS_BEFORE, WEEKS_AFTER = 10, 8


def load() -> dict[str, int]:
    if ActivitySeries.objects.exists():
        return {}
    offices = {office.code: office for office in Office.objects.all()}
    if not {"narva", "tartu"} <= set(offices):
        return {}
    rng = random.Random(2029)
    with transaction.atomic():
        cafe = _series(
            office=offices["narva"],
            kind=ActivitySeries.Kind.LANGUAGE_CAFE,
            title="Russian–Estonian language café",
            topic="language",
            languages=["et", "ru"],
            place="Narva library, reading room",
            facilitator_name="Liis Mägi (volunteer language partner)",
            capacity=12,
            description="Speak Estonian over tea with Estonian speakers; all levels welcome.",
        )
        group = _series(
            office=offices["tartu"],
            kind=ActivitySeries.Kind.SUPPORT_GROUP,
            title="Women's support group",
            topic="health",
            languages=["ar", "fa", "en"],
            place="Tartu reception, group room",
            facilitator=User.objects.filter(username="counsellor.tartu").first(),
            capacity=8,
            description="A safe space to share the first months in Estonia; childcare on site.",
        )
        meetings = _meetings(cafe, weekday=2, hour=17, every=1) + _meetings(
            group, weekday=3, hour=11, every=2, interpreter=("fa", "Tõlkebüroo Example")
        )
        clients = Client.objects.filter(merged_into__isnull=True).order_by("pk")
        cafe_people = list(
            clients.filter(registered_office_id=cafe.office_id, preferred_language__in=["ru", "uk"])
        )[:15]
        group_people = list(
            clients.filter(
                registered_office_id=group.office_id, gender="female"
            ).exclude(preferred_language__in=["et"])
        )[:9]  # fmt: skip
        sign_ups = _sign_ups(cafe, cafe_people) + _sign_ups(group, group_people)
        marks = _attendance(rng, meetings)
    return {
        "group activities": 2,
        "activity meetings": len(meetings),
        "activity sign-ups": sign_ups,
        "attendance marks": marks,
    }


def _series(*, office: Office, topic: str, facilitator=None, **values) -> ActivitySeries:
    today = timezone.localdate()
    creator = facilitator or User.objects.filter(offices=office, role="coordinator").first()
    return ActivitySeries.objects.create(
        office=office,
        topic=Topic.objects.filter(code=topic).first(),
        facilitator=facilitator,
        starts_on=today - timedelta(weeks=WEEKS_BEFORE),
        ends_on=today + timedelta(weeks=WEEKS_AFTER),
        created_by=creator or User.objects.filter(role="admin").first(),
        **values,
    )


def _meetings(series, *, weekday: int, hour: int, every: int, interpreter=None) -> list[Meeting]:
    first: date = series.starts_on + timedelta(days=(weekday - series.starts_on.weekday()) % 7)
    meetings = []
    day = first
    while day <= series.ends_on:
        starts = timezone.make_aware(datetime.combine(day, time(hour)))
        language, name = interpreter or ("", "")
        meetings.append(
            Meeting(
                series=series,
                starts_at=starts,
                ends_at=starts + timedelta(minutes=90),
                interpreter_language=language,
                interpreter_mode=InterpreterMode.ON_SITE if language else "",
                interpreter_name=name,
            )
        )
        day += timedelta(weeks=every)
    return Meeting.objects.bulk_create(meetings)


def _sign_ups(series: ActivitySeries, people: list[Client]) -> int:
    """The first come get the places; the rest wait, in the order they came."""
    creator = series.facilitator or series.created_by
    start = timezone.make_aware(datetime.combine(series.starts_on, time(9)))
    SignUp.objects.bulk_create(
        SignUp(
            series=series,
            client=person,
            status=SignUp.Status.CONFIRMED if n < series.capacity else SignUp.Status.WAITING,
            signed_up_at=start - timedelta(days=14) + timedelta(hours=n * 5),
            signed_up_by=creator,
        )
        for n, person in enumerate(people)
    )
    return len(people)


def _attendance(rng: random.Random, meetings: list[Meeting]) -> int:
    """Marks for the meetings already held: most come, a few excuse themselves."""
    now = timezone.now()
    held = [meeting for meeting in meetings if meeting.starts_at < now]
    marks = []
    for meeting in held:
        series = meeting.series
        confirmed = SignUp.objects.filter(series=series, status=SignUp.Status.CONFIRMED)
        for entry in confirmed:
            status = rng.choices(
                [Attendance.Status.PRESENT, Attendance.Status.ABSENT, Attendance.Status.EXCUSED],
                [0.75, 0.15, 0.10],
            )[0]
            marks.append(
                Attendance(
                    meeting=meeting,
                    sign_up=entry,
                    status=status,
                    recorded_by=series.facilitator or series.created_by,
                )
            )
        meeting.anonymous_count = rng.randrange(0, 5)
    Meeting.objects.bulk_update(held, ["anonymous_count"])
    Attendance.objects.bulk_create(marks)
    return len(marks)
