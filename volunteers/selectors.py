"""Reads over volunteers and matches. Callers pass a queryset already scoped by
volunteers/access.py; these functions filter it further and own its prefetching."""

from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.db.models.functions import Coalesce

from clients.models import Client

from .models import CheckIn, Match, Volunteer
from .sharing import LANGUAGE_NAMES, client_languages

SUGGESTIONS_SHOWN = 20


def roster(
    volunteers: QuerySet[Volunteer],
    *,
    office=None,
    kind: str = "",
    language: str = "",
    text: str = "",
    active: bool | None = True,
) -> QuerySet[Volunteer]:
    """The roster filtered, with offices and each volunteer's open matches counted."""
    if office is not None:
        volunteers = volunteers.filter(offices=office)
    if kind:
        volunteers = volunteers.filter(kinds__contains=[kind])
    if language:
        volunteers = volunteers.filter(languages__contains=[language])
    if text:
        volunteers = volunteers.filter(
            Q(first_name__icontains=text) | Q(last_name__icontains=text) | Q(skills__icontains=text)
        )
    if active is not None:
        volunteers = volunteers.filter(active=active)
    return (
        with_load(volunteers).prefetch_related("offices").order_by("first_name", "last_name", "pk")
    )


def with_load(volunteers: QuerySet[Volunteer]) -> QuerySet[Volunteer]:
    return volunteers.annotate(
        open_matches=Count("matches", filter=Q(matches__status=Match.Status.ACTIVE))
    )


@dataclass
class Suggestion:
    """A volunteer who could take the match, and why they rank where they do."""

    volunteer: Volunteer
    shared_languages: list[str] = field(default_factory=list)
    same_place: bool = False

    @property
    def open_matches(self) -> int:
        return self.volunteer.open_matches  # type: ignore[attr-defined]

    @property
    def shared_language_names(self) -> list[str]:
        return [str(LANGUAGE_NAMES.get(code, code)) for code in self.shared_languages]

    def rank(self) -> tuple:
        # Shared languages first, then the same place, then the lightest load.
        return (-len(self.shared_languages), not self.same_place, self.open_matches)


def suggestions(
    volunteers: QuerySet[Volunteer], *, client: Client, kind: str, office, today: date
) -> list[Suggestion]:
    """Active volunteers of `office` offering `kind` whose background check is valid
    today, best first: by languages shared with the client, then place, then load. One
    query."""
    candidates = with_load(
        volunteers.filter(
            active=True,
            offices=office,
            kinds__contains=[kind],
            background_checked_on__lte=today,
            background_check_expires_on__gte=today,
        )
    ).order_by("first_name", "last_name", "pk")
    languages = client_languages(client)
    place = client.municipality.strip().casefold()
    found = []
    for volunteer in candidates:
        found.append(
            Suggestion(
                volunteer=volunteer,
                shared_languages=[code for code in languages if code in volunteer.languages],
                same_place=bool(place)
                and place in {p.strip().casefold() for p in volunteer.places},
            )
        )
    found.sort(key=Suggestion.rank)  # stable: equal ranks keep name order
    return found[:SUGGESTIONS_SHOWN]


def client_matches(matches: QuerySet[Match], *, client: Client) -> list[Match]:
    """A client's matches for their page, active first, newest first."""
    return list(
        matches.filter(client=client)
        .select_related("volunteer", "office")
        .order_by("status", "-starts_on", "-pk")
    )


def match_detail(matches: QuerySet[Match]) -> QuerySet[Match]:
    return matches.select_related("client", "volunteer", "office", "made_by").prefetch_related(
        Prefetch("check_ins", queryset=CheckIn.objects.select_related("by"))
    )


def volunteer_matches(matches: QuerySet[Match]) -> QuerySet[Match]:
    """A volunteer's own list: the client row is read for the shared fields only."""
    return matches.select_related("client", "office").order_by("starts_on", "pk")


def expiring_checks(
    volunteers: QuerySet[Volunteer], *, today: date, days: int | None = None
) -> QuerySet[Volunteer]:
    """Active volunteers whose background check has expired or expires within `days`
    (settings.VOLUNTEER_CHECK_EXPIRY_DAYS), soonest first."""
    days = settings.VOLUNTEER_CHECK_EXPIRY_DAYS if days is None else days
    return volunteers.filter(
        active=True, background_check_expires_on__lte=today + timedelta(days=days)
    ).order_by("background_check_expires_on", "pk")


def quiet_matches(
    matches: QuerySet[Match], *, today: date, weeks: int | None = None
) -> QuerySet[Match]:
    """Active matches without a check-in (or, with none yet, started) in the last
    `weeks` (settings.VOLUNTEER_CHECK_IN_WEEKS), quietest first."""
    weeks = settings.VOLUNTEER_CHECK_IN_WEEKS if weeks is None else weeks
    return (
        matches.filter(status=Match.Status.ACTIVE)
        .annotate(last_check_in=Max("check_ins__on"))
        .annotate(quiet_since=Coalesce("last_check_in", "starts_on"))
        .filter(quiet_since__lt=today - timedelta(weeks=weeks))
        .select_related("client", "volunteer", "office")
        .order_by("quiet_since", "pk")
    )
