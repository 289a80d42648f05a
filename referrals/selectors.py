"""Reads over the partner directory. It holds no personal data: every staff member
may search it."""

import uuid
from collections.abc import Iterable

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django_countries import countries as country_names
from modeltranslation.utils import build_localized_fieldname

from clients.models import Client, Consent, Topic

from .models import Organisation, Referral, ReferralEvent, Service


def find_services(
    *,
    topic: Topic | None = None,
    language: str = "",
    country: str = "",
    place: str = "",
    text: str = "",
) -> QuerySet[Service]:
    """Active services of active partners: for a topic (a first-level topic takes in its
    subtopics), in a language, in a country, serving a place (or the whole country),
    whose name, organisation or description holds `text` in the current language."""
    services = Service.objects.filter(active=True, organisation__active=True)
    if country:
        services = services.filter(organisation__country=country)
    if topic is not None:
        services = services.filter(Q(topics=topic) | Q(topics__parent=topic))
    if language:
        services = services.filter(languages__contains=[language])
    if place:
        services = services.filter(Q(places=[]) | Q(places__contains=[place]))
    if text:  # in any language: a name may be translated into a few only
        matches = Q()
        for code, _name in settings.LANGUAGES:
            column = build_localized_fieldname("name", code)
            matches |= Q(**{f"{column}__icontains": text})
            matches |= Q(**{f"organisation__{column}__icontains": text})
            matches |= Q(**{f"{build_localized_fieldname('description', code)}__icontains": text})
        services = services.filter(matches)
    return (
        services.distinct()
        .select_related("organisation")
        .prefetch_related(Prefetch("topics", queryset=Topic.objects.order_by("position")))
        .order_by("organisation__name_en", "name_en", "pk")  # stable in every UI language
    )


def services_by_uid(uids: Iterable[uuid.UUID]) -> list[Service]:
    """The active services of active partners among these shared ids (a knowledge page's
    related services), with their organisations, in the order given; unknown or inactive
    ones are left out. One query, none for no ids."""
    uids = list(dict.fromkeys(uids))
    if not uids:
        return []
    found = Service.objects.filter(uid__in=uids, active=True, organisation__active=True)
    by_uid = {service.uid: service for service in found.select_related("organisation")}
    return [by_uid[uid] for uid in uids if uid in by_uid]


def service_choices() -> list[tuple[str, str]]:
    """Active services as (shared id, "Organisation: service") for a knowledge page's
    settings (settings.KNOWLEDGE_PARTNER_SERVICES)."""
    services = Service.objects.filter(active=True, organisation__active=True)
    services = services.select_related("organisation").order_by("organisation__name", "name")
    return [
        (str(service.uid), f"{service.organisation.name}: {service.name}") for service in services
    ]


def places() -> list[str]:
    """Every town some active service names, for the directory's place filter."""
    named = Service.objects.filter(active=True).values_list("places", flat=True)
    return sorted({place for service_places in named for place in service_places})


def countries() -> list[tuple[str, str]]:
    """(code, name) of the countries active partners work in."""
    codes = Organisation.objects.filter(active=True).values_list("country", flat=True)
    return sorted(
        {(code, str(country_names.name(code))) for code in codes.distinct()}, key=lambda c: c[1]
    )


def folded(name: str) -> str:
    """A name as consents and the directory are compared: case and spacing ignored."""
    return " ".join(name.split()).casefold()


def organisation_names(organisation: Organisation) -> set[str]:
    """The organisation's name in every language, folded for comparison."""
    names = (
        getattr(organisation, build_localized_fieldname("name", code)) or ""
        for code, _ in settings.LANGUAGES
    )
    return {folded(name) for name in names if name}


def sharing_consent(*, client: Client, organisation: Organisation) -> Consent | None:
    """The client's standing consent to share with this organisation, named in any of
    its languages; None when there is none (or it was withdrawn)."""
    names = organisation_names(organisation)
    consents = client.consents.filter(scope=Consent.Scope.SHARING, withdrawn_at__isnull=True)
    for consent in consents.order_by("-given_at"):
        if folded(consent.partner_name) in names:
            return consent
    return None


def case_clients(*, clients: QuerySet[Client], case) -> QuerySet[Client]:
    """Who a referral from this case may be for, among `clients` (those the caller may
    see): the case's client, or its household's members."""
    if case.client_id:
        return clients.filter(pk=case.client_id)
    return clients.filter(household_id=case.household_id).order_by("given_name", "pk")


def referral_detail(queryset: QuerySet[Referral]) -> QuerySet[Referral]:
    """A referral with everything its page shows, its events in order."""
    return queryset.select_related(
        "client", "case", "office", "service", "organisation", "made_by", "consent", "delivery"
    ).prefetch_related(Prefetch("events", queryset=ReferralEvent.objects.select_related("actor")))


def client_referral_times(*, referrals: QuerySet[Referral], client: Client) -> list[tuple]:
    """(time, id) of the client's referrals, for the client page's timeline."""
    return list(referrals.filter(client=client).values_list("created_at", "pk"))


def referrals_for_timeline(*, referrals: QuerySet[Referral], ids: list[int]) -> dict:
    if not ids:
        return {}
    return {r.pk: r for r in referral_detail(referrals.filter(pk__in=ids))}
