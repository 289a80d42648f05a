"""Adviser training: a counsellor reads the required staff-only pages and marks them;
coordinators see who at their offices is missing what."""

from datetime import datetime, time

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from counselling.models import Role
from knowledge.models import Page
from tests.conftest import make_user
from training import selectors, services
from training.models import Completion, TrainingModule


@pytest.fixture
def pages(db):
    return [
        Page.objects.create(slug=slug, audience="staff", title_en=title)
        for slug, title in [
            ("working-with-an-interpreter", "Working with an interpreter"),
            ("first-meeting", "The first meeting"),
        ]
    ]


@pytest.fixture
def module(pages):
    module = TrainingModule.objects.create(name="New adviser basics", audience="counsellors")
    module.pages.set(pages)
    return module


def test_a_counsellor_sees_the_required_pages_and_marks_one_read(
    counsellor, sign_in, module, pages
):
    browser = sign_in(counsellor)
    page = browser.get(reverse("training-home")).content.decode()
    assert "New adviser basics" in page and "2 pages still to read" in page
    assert pages[0].get_absolute_url() in page

    response = browser.post(reverse("training-complete", args=[pages[0].pk]))

    assert response.status_code == 302
    page = browser.get(reverse("training-home")).content.decode()
    assert "Marked as read." in page and "1 page still to read" in page
    assert Completion.objects.get(user=counsellor).page == pages[0]


def test_marking_a_page_again_keeps_the_first_date(counsellor, module, pages):
    first_day = timezone.make_aware(datetime.combine(timezone.localdate(), time(8)))
    first = services.complete_page(user=counsellor, page=pages[0], at=first_day)

    again = services.complete_page(user=counsellor, page=pages[0])

    assert again.pk == first.pk and again.completed_at == first_day
    assert Completion.objects.count() == 1


def test_a_page_outside_the_users_training_is_refused(
    counsellor, receptionist, sign_in, module, pages
):
    public = Page.objects.create(slug="public", title_en="For everyone")
    with pytest.raises(ValidationError):
        services.complete_page(user=receptionist, page=pages[0])  # counsellors' module

    browser = sign_in(counsellor)
    assert browser.post(reverse("training-complete", args=[public.pk])).status_code == 404
    assert browser.get(reverse("training-complete", args=[pages[0].pk])).status_code == 405
    assert not Completion.objects.exists()


def test_the_matrix_shows_who_at_my_offices_is_missing_what(
    coordinator, counsellor, colleague, counsellor_b, receptionist, sign_in, module, pages
):
    services.complete_page(user=counsellor, page=pages[0])
    services.complete_page(user=counsellor, page=pages[1])
    services.complete_page(user=colleague, page=pages[1])
    make_user("gone", Role.COUNSELLOR, counsellor.offices.get(), is_active=False)

    (row,) = selectors.matrix(coordinator)

    missing = {m["person"].username: [p.slug for p in m["missing"]] for m in row["people"]}
    assert missing == {
        "mari": [],
        "oksana": ["working-with-an-interpreter"],
        "kristi": ["first-meeting", "working-with-an-interpreter"],
    }  # the other office's counsellor, the receptionist and the inactive are not listed
    page = sign_in(coordinator).get(reverse("training-matrix")).content.decode()
    assert "Working with an interpreter" in page and "missing" in page
    assert timezone.localdate().strftime("%d.%m.%Y") in page


def test_only_coordinators_open_the_matrix(counsellor, sign_in, module):
    assert sign_in(counsellor).get(reverse("training-matrix")).status_code == 403


def test_the_matrix_runs_the_same_queries_for_more_people_and_modules(
    coordinator, counsellor, sign_in, module, pages, django_assert_max_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    browser = sign_in(coordinator)
    browser.get(reverse("training-matrix"))
    with CaptureQueriesContext(connection) as one:
        browser.get(reverse("training-matrix"))
    office = counsellor.offices.get()
    for number in range(10):
        person = make_user(f"adviser{number}", Role.COUNSELLOR, office)
        services.complete_page(user=person, page=pages[number % 2])
    extra = TrainingModule.objects.create(name="Everyone", audience="all")
    extra.pages.set(pages[:1])

    with django_assert_max_num_queries(len(one)):
        assert browser.get(reverse("training-matrix")).status_code == 200
