"""Reads over the partner directory. It holds no personal data: every staff member
may search it."""

from django.conf import settings
from django.db.models import Prefetch, Q, QuerySet
from django_countries import countries as country_names
from modeltranslation.utils import build_localized_fieldname

from clients.models import Topic

from .models import Organisation, Service


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
