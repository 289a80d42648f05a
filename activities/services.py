"""Writes for group activities. Each verb is one transaction and writes its audit event.

Places are counted under the series row lock (select_for_update): a sign-up, a
cancellation and a capacity change each take it first, so two sign-ups racing for the
last place are served one after the other and exactly one gets it.
"""

from datetime import date, datetime, time, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext as _

from clients.models import Client, Consent
from clients.restriction import refuse_if_restricted, unrestricted
from counselling import audit, outbox
from counselling.models import AuditAction, User

from .models import ActivitySeries, Attendance, Meeting, Reminder, SignUp

SERIES_FIELDS = (
    "kind", "title", "topic", "languages", "office", "place", "video_link", "facilitator",
    "facilitator_volunteer", "facilitator_name", "capacity", "starts_on", "ends_on",
    "description",
)  # fmt: skip
MEETING_FIELDS = (
    "starts_at", "ends_at", "place", "interpreter_language", "interpreter_mode",
    "interpreter_name", "cancelled",
)  # fmt: skip


def _locked(series: ActivitySeries) -> ActivitySeries:
    return ActivitySeries.objects.select_for_update().get(pk=series.pk)


def _confirmed(series: ActivitySeries) -> int:
    return series.sign_ups.filter(status=SignUp.Status.CONFIRMED).count()


def _check_series(series: ActivitySeries) -> None:
    """Rules that need the database; call while holding the series row lock."""
    errors: dict[str, str] = {}
    if series.ends_on < series.starts_on:
        errors["ends_on"] = _("The last day cannot be before the first day.")
    volunteer = series.facilitator_volunteer
    if volunteer and not volunteer.offices.filter(pk=series.office_id).exists():
        errors["facilitator_volunteer"] = _("Choose a volunteer of the series' office.")
    if series.pk:
        confirmed = _confirmed(series)
        if series.capacity < confirmed:
            errors["capacity"] = _(
                "%(confirmed)s people already have a confirmed place: the series needs at "
                "least that many places."
            ) % {"confirmed": confirmed}
        outside = series.meetings.exclude(
            starts_at__date__gte=series.starts_on, starts_at__date__lte=series.ends_on
        )
        if "ends_on" not in errors and outside.exists():
            errors["__all__"] = _(
                "Some meetings fall outside these dates: move them or change the dates."
            )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def create_series(*, user: User, values: dict, request: HttpRequest | None = None):
    series = ActivitySeries(created_by=user, **{k: values[k] for k in SERIES_FIELDS if k in values})
    _check_series(series)
    series.save()
    audit.record(actor=user, action=AuditAction.CREATE, obj=series, request=request)
    return series


@transaction.atomic
def update_series(
    *, user: User, series: ActivitySeries, values: dict, request: HttpRequest | None = None
) -> ActivitySeries:
    """Change a series. More places move the waiting list up."""
    series = _locked(series)
    changed = [name for name in SERIES_FIELDS if name in values]
    for name in changed:
        setattr(series, name, values[name])
    _check_series(series)
    series.save(update_fields=changed)
    promoted = _fill_places(series)
    audit.record(
        actor=user,
        action=AuditAction.UPDATE,
        obj=series,
        request=request,
        detail={"fields": changed, "promoted": [s.pk for s in promoted]},
    )
    return series


def _check_meeting(meeting: Meeting) -> None:
    series = meeting.series
    if meeting.ends_at <= meeting.starts_at:
        raise ValidationError({"ends_at": _("A meeting must end after it starts.")})
    day = timezone.localtime(meeting.starts_at).date()
    if not series.starts_on <= day <= series.ends_on:
        raise ValidationError(
            {
                "starts_at": _(
                    "The meeting must be within the series' dates (%(first)s to %(last)s)."
                )
                % {"first": series.starts_on.isoformat(), "last": series.ends_on.isoformat()}
            }
        )


@transaction.atomic
def add_meeting(
    *, user: User, series: ActivitySeries, values: dict, request: HttpRequest | None = None
) -> Meeting:
    series = _locked(series)  # its dates cannot change under us
    meeting = Meeting(series=series, **{k: values[k] for k in MEETING_FIELDS if k in values})
    _check_meeting(meeting)
    meeting.save()
    audit.record(actor=user, action=AuditAction.CREATE, obj=meeting, request=request)
    return meeting


@transaction.atomic
def update_meeting(
    *, user: User, meeting: Meeting, values: dict, request: HttpRequest | None = None
) -> Meeting:
    series = _locked(meeting.series)
    meeting = Meeting.objects.select_for_update().get(pk=meeting.pk)
    meeting.series = series
    changed = [name for name in MEETING_FIELDS if name in values]
    for name in changed:
        setattr(meeting, name, values[name])
    _check_meeting(meeting)
    meeting.save(update_fields=changed)
    audit.record(
        actor=user,
        action=AuditAction.UPDATE,
        obj=meeting,
        request=request,
        detail={"fields": changed},
    )
    return meeting


@transaction.atomic
def sign_up(
    *, user: User, series: ActivitySeries, client: Client, request: HttpRequest | None = None
) -> SignUp:
    """A place if one is free, else the end of the waiting list. Signing up again after
    cancelling reuses the row (one per client per series)."""
    refuse_if_restricted(client)
    series = _locked(series)
    if series.ends_on < timezone.localdate():
        raise ValidationError(_("This activity has ended."))
    existing = SignUp.objects.filter(series=series, client=client).first()
    if existing is not None and existing.status != SignUp.Status.CANCELLED:
        raise ValidationError(_("This client is already signed up for this activity."))
    full = _confirmed(series) >= series.capacity
    status = SignUp.Status.WAITING if full else SignUp.Status.CONFIRMED
    entry = existing or SignUp(series=series, client=client)
    entry.status, entry.signed_up_at, entry.signed_up_by = status, timezone.now(), user
    entry.cancelled_at = None
    entry.save()
    audit.record(
        actor=user,
        action=AuditAction.CREATE,
        obj=entry,
        office_id=series.office_id,
        request=request,
        detail={"status": status},
    )
    return entry


@transaction.atomic
def cancel_sign_up(
    *, user: User, sign_up: SignUp, request: HttpRequest | None = None
) -> SignUp | None:
    """Cancel a place or a waiting-list entry. A freed place goes to the first person
    waiting, who is told by e-mail; returns that person's sign-up, if any."""
    series = _locked(sign_up.series)
    entry = (
        SignUp.objects.select_for_update(of=("self",)).select_related("client").get(pk=sign_up.pk)
    )
    refuse_if_restricted(entry.client)
    if entry.status == SignUp.Status.CANCELLED:
        raise ValidationError(_("This sign-up is already cancelled."))
    entry.status, entry.cancelled_at = SignUp.Status.CANCELLED, timezone.now()
    entry.save(update_fields=["status", "cancelled_at"])
    promoted = _fill_places(series)
    audit.record(
        actor=user,
        action=AuditAction.UPDATE,
        obj=entry,
        office_id=series.office_id,
        request=request,
        detail={"status": entry.status, "promoted": [s.pk for s in promoted]},
    )
    return promoted[0] if promoted else None


def _fill_places(series: ActivitySeries) -> list[SignUp]:
    """Move the waiting list up into free places, first come first served, and tell each
    person. Call while holding the series row lock."""
    free = series.capacity - _confirmed(series)
    if free <= 0:
        return []
    # A restricted client keeps their place in the queue, unchanged, until it is lifted.
    waiting = list(
        series.sign_ups.filter(status=SignUp.Status.WAITING)
        .filter(unrestricted("client__"))
        .select_related("client")
        .order_by("signed_up_at", "pk")[:free]
    )
    for entry in waiting:
        entry.status = SignUp.Status.CONFIRMED
        entry.save(update_fields=["status"])
        _email_client(entry.client, "activity_place_free", {"series": series})
    return waiting


def email_consent() -> Exists:
    """The sign-up's client has an active consent to be contacted by e-mail (as surveys
    ask): an address noted for something else is not an invitation to write."""
    return Exists(
        Consent.objects.filter(
            client_id=OuterRef("client_id"),
            scope=Consent.Scope.CONTACT_EMAIL,
            withdrawn_at__isnull=True,
        )
    )


def email_language(language: str) -> str:
    """The client's language when Silta speaks it, else the default one."""
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _email_client(client: Client, template: str, context: dict):
    if not client.email or client.restricted_at is not None:
        return None
    consented = Consent.objects.filter(
        client=client, scope=Consent.Scope.CONTACT_EMAIL, withdrawn_at__isnull=True
    ).exists()
    if not consented:
        return None
    return outbox.queue_email(
        kind="activity",
        to_email=client.email,
        language=email_language(client.preferred_language),
        template=template,
        context=context,
    )


@transaction.atomic
def record_attendance(
    *,
    user: User,
    meeting: Meeting,
    marks: dict[int, str],
    anonymous_count: int,
    request: HttpRequest | None = None,
) -> Meeting:
    """Marks by sign-up id, for confirmed participants of the meeting's series only; one
    mark per participant, replaced when ticked again."""
    meeting = Meeting.objects.select_for_update().select_related("series").get(pk=meeting.pk)
    confirmed = set(
        meeting.series.sign_ups.filter(status=SignUp.Status.CONFIRMED).values_list("pk", flat=True)
    )
    unknown = set(marks) - confirmed
    # A restricted participant's attendance stays as it was: marks for them are not kept.
    frozen = set(
        meeting.series.sign_ups.filter(pk__in=marks)
        .exclude(unrestricted("client__"))
        .values_list("pk", flat=True)
    )
    marks = {sign_up_id: mark for sign_up_id, mark in marks.items() if sign_up_id not in frozen}
    if unknown:
        raise ValidationError(_("Attendance can only be marked for confirmed participants."))
    if set(marks.values()) - set(Attendance.Status.values):
        raise ValidationError(_("Choose present, absent or excused."))
    for sign_up_id, status in marks.items():
        Attendance.objects.update_or_create(
            meeting=meeting,
            sign_up_id=sign_up_id,
            defaults={"status": status, "recorded_by": user},
        )
    meeting.anonymous_count = anonymous_count
    meeting.save(update_fields=["anonymous_count"])
    audit.record(
        actor=user,
        action=AuditAction.UPDATE,
        obj=meeting,
        request=request,
        detail={"attendance": len(marks), "anonymous": anonymous_count},
    )
    return meeting


def send_reminders(*, now: datetime | None = None) -> int:
    """Remind each confirmed participant with an e-mail address and an active consent to
    e-mail, the day before a meeting, once: a Reminder row per participant per meeting
    makes a rerun (hourly from beat) find nothing left to do. Returns how many."""
    now = now or timezone.now()
    tomorrow: date = timezone.localtime(now).date() + timedelta(days=1)
    midnight = timezone.make_aware(datetime.combine(tomorrow, time.min))
    sent = 0
    meeting_ids = list(
        Meeting.objects.filter(
            cancelled=False,
            starts_at__gte=midnight,
            starts_at__lt=timezone.make_aware(
                datetime.combine(tomorrow + timedelta(days=1), time.min)
            ),
        )
        .order_by("starts_at", "pk")
        .values_list("pk", flat=True)
    )
    for meeting_id in meeting_ids:
        with transaction.atomic():
            # A second run at the same moment skips the meeting rather than waiting for it.
            meeting = (
                Meeting.objects.select_for_update(skip_locked=True, of=("self",))
                .select_related("series", "series__office")
                .filter(pk=meeting_id)
                .first()
            )
            if meeting is None:
                continue
            due = (
                SignUp.objects.filter(series_id=meeting.series_id, status=SignUp.Status.CONFIRMED)
                .exclude(client__email="")
                .filter(unrestricted("client__"))
                .filter(email_consent())
                .exclude(Exists(Reminder.objects.filter(meeting=meeting, sign_up=OuterRef("pk"))))
                .select_related("client")
                .order_by("pk")
            )
            for entry in due:
                message = outbox.queue_email(
                    kind="activity-reminder",
                    to_email=entry.client.email,
                    language=email_language(entry.client.preferred_language),
                    template="activity_reminder",
                    context={"series": meeting.series, "meeting": meeting},
                )
                Reminder.objects.create(meeting=meeting, sign_up=entry, message=message)
                sent += 1
    return sent
