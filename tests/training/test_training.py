"""Adviser training: a counsellor reads the required staff-only pages and marks them;
coordinators see who at their offices is missing what."""

from datetime import date, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils import timezone

from counselling.models import AuditEvent, Role
from knowledge.models import Page
from tests.conftest import make_user
from training import selectors, services
from training.models import Completion, TrainingModule
from volunteers.models import Volunteer


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
    coordinator, counsellor, sign_in, module, volunteers_module, pages, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    office = counsellor.offices.get()
    make_volunteer("Anna", office)
    browser = sign_in(coordinator)
    browser.get(reverse("training-matrix"))
    with CaptureQueriesContext(connection) as one:
        browser.get(reverse("training-matrix"))
    for number in range(10):
        person = make_user(f"adviser{number}", Role.COUNSELLOR, office)
        services.complete_page(user=person, page=pages[number % 2])
        volunteer = make_volunteer(f"Helper{number}", office)
        services.record_volunteer_completion(
            user=coordinator, volunteer=volunteer, module=volunteers_module,
            page=pages[number % 2], on=timezone.localdate(),
        )  # fmt: skip
    extra = TrainingModule.objects.create(name="Everyone", audience="all")
    extra.pages.set(pages[:1])

    with django_assert_num_queries(len(one)):
        assert browser.get(reverse("training-matrix")).status_code == 200


@pytest.fixture
def volunteers_module(pages):
    module = TrainingModule.objects.create(name="Volunteer basics", audience="volunteers")
    module.pages.set(pages)
    return module


def make_volunteer(first_name: str, office, **extra) -> Volunteer:
    volunteer = Volunteer.objects.create(first_name=first_name, last_name="Tamm", **extra)
    volunteer.offices.set([office])
    return volunteer


def test_the_matrix_lists_my_offices_active_volunteers_for_a_volunteers_module(
    coordinator, counsellor, counsellor_b, sign_in, module, volunteers_module, pages
):
    office = counsellor.offices.get()
    anna = make_volunteer("Anna", office)
    make_volunteer("Away", office, active=False)
    make_volunteer("Other", counsellor_b.offices.get())
    day = timezone.make_aware(datetime.combine(date(2026, 3, 2), time(12)))
    Completion.objects.create(volunteer=anna, page=pages[1], completed_at=day)

    rows = {row["module"].name: row for row in selectors.matrix(coordinator)}

    (member,) = rows["Volunteer basics"]["people"]  # not the inactive, not office B's
    assert member["person"] == anna and [p.slug for p in member["missing"]] == [
        "working-with-an-interpreter"
    ]
    assert all(not m["volunteer"] for m in rows["New adviser basics"]["people"])
    page = sign_in(coordinator).get(reverse("training-matrix")).content.decode()
    assert "Anna Tamm" in page and "02.03.2026" in page and "missing" in page
    assert "Other Tamm" not in page and "Away Tamm" not in page


def test_a_coordinator_records_the_day_a_volunteer_completed_a_page(
    coordinator, counsellor, sign_in, volunteers_module, pages
):
    anna = make_volunteer("Anna", counsellor.offices.get())
    browser = sign_in(coordinator)
    url = reverse("training-volunteer-complete", args=[volunteers_module.pk, anna.pk])

    response = browser.post(url, {"page": pages[0].pk, "completed_on": "2026-03-02"})

    assert response.status_code == 302
    completion = Completion.objects.get(volunteer=anna)
    assert completion.user is None and completion.page == pages[0]
    assert timezone.localtime(completion.completed_at).date() == date(2026, 3, 2)
    assert AuditEvent.objects.filter(
        actor_id=coordinator.pk, action="create", object_type="training.completion"
    ).exists()
    page = browser.get(reverse("training-matrix")).content.decode()
    assert "Recorded." in page and "02.03.2026" in page

    # Recording it again corrects the date.
    browser.post(url, {"page": pages[0].pk, "completed_on": "2026-03-05"})
    completion = Completion.objects.get(volunteer=anna)
    assert timezone.localtime(completion.completed_at).date() == date(2026, 3, 5)


def test_a_future_date_or_a_page_outside_the_module_is_refused(
    coordinator, counsellor, sign_in, volunteers_module, pages
):
    anna = make_volunteer("Anna", counsellor.offices.get())
    other = Page.objects.create(slug="other", audience="staff", title_en="Other")
    browser = sign_in(coordinator)
    url = reverse("training-volunteer-complete", args=[volunteers_module.pk, anna.pk])
    tomorrow = (timezone.localdate() + timedelta(days=1)).isoformat()

    future = browser.post(url, {"page": pages[0].pk, "completed_on": tomorrow})
    outside = browser.post(url, {"page": other.pk, "completed_on": "2026-03-02"})

    assert future.status_code == 400 and "The date cannot be in the future." in (
        future.content.decode()
    )
    assert outside.status_code == 400 and "This page is not part of the module." in (
        outside.content.decode()
    )
    assert browser.get(url).status_code == 405
    assert not Completion.objects.exists()
    with pytest.raises(ValidationError):
        services.record_volunteer_completion(
            user=coordinator, volunteer=anna, module=volunteers_module, page=other,
            on=timezone.localdate(),
        )  # fmt: skip


def test_another_offices_volunteer_or_a_staff_module_is_a_404(
    coordinator, counsellor, counsellor_b, sign_in, module, volunteers_module, pages
):
    ours = make_volunteer("Anna", counsellor.offices.get())
    theirs = make_volunteer("Other", counsellor_b.offices.get())
    browser = sign_in(coordinator)
    data = {"page": pages[0].pk, "completed_on": "2026-03-02"}

    other_office = browser.post(
        reverse("training-volunteer-complete", args=[volunteers_module.pk, theirs.pk]), data
    )
    staff_module = browser.post(
        reverse("training-volunteer-complete", args=[module.pk, ours.pk]), data
    )
    counsellors_try = sign_in(counsellor).post(
        reverse("training-volunteer-complete", args=[volunteers_module.pk, ours.pk]), data
    )

    assert other_office.status_code == 404 and staff_module.status_code == 404
    assert counsellors_try.status_code == 403
    assert not Completion.objects.exists()


def test_a_completion_is_by_a_user_or_a_volunteer_never_both_or_neither(counsellor, pages):
    anna = make_volunteer("Anna", counsellor.offices.get())
    for who in [{}, {"user": counsellor, "volunteer": anna}]:
        with pytest.raises(IntegrityError), transaction.atomic():
            Completion.objects.create(page=pages[0], **who)
