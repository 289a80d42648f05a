"""Volunteers of office A and B, and a client of office A with languages and a place."""

from datetime import timedelta

import pytest
from django.utils import timezone

from volunteers.models import Match, SupportKind, Volunteer

TODAY = timezone.localdate()
YEAR = timedelta(days=365)


def make_volunteer(
    first_name: str,
    *offices,
    languages=("ru",),
    places=(),
    kinds=(SupportKind.ADAPTATION_MENTOR,),
    checked_on=TODAY - timedelta(days=30),
    expires_on=TODAY + YEAR,
    active=True,
    **extra,
) -> Volunteer:
    volunteer = Volunteer.objects.create(
        first_name=first_name,
        last_name="Volunteer",
        languages=list(languages),
        places=list(places),
        kinds=list(kinds),
        background_checked_on=checked_on,
        background_check_expires_on=expires_on,
        active=active,
        **extra,
    )
    volunteer.offices.set(offices)
    return volunteer


def make_match(client, volunteer, office, *, made_by, kind=SupportKind.ADAPTATION_MENTOR, **extra):
    values = {"starts_on": TODAY, "shared_fields": ["first_name", "languages"], **extra}
    return Match.objects.create(
        client=client, volunteer=volunteer, office=office, kind=kind, made_by=made_by, **values
    )


@pytest.fixture
def newcomer(client_a):
    """Office A's client: speaks Dari and Russian, lives in Annelinn, has private details."""
    client_a.preferred_language = "prs"
    client_a.other_languages = ["ru"]
    client_a.municipality = "Annelinn"
    client_a.phone = "+37255512345"
    client_a.id_code = "38001010000"
    client_a.segment = "bip"
    client_a.save()
    return client_a


@pytest.fixture
def mentor(office_a):
    return make_volunteer("Farid", office_a, languages=["prs", "en"], places=["Annelinn"])
