"""Walk-ins: queue numbers, the waiting-room screen, and calling the next person in."""

from datetime import timedelta

from django.urls import reverse
from django.utils import timezone

from channels import services
from channels.models import Visit
from clients import taxonomy
from clients.models import Topic
from counselling.models import CounsellingSession


def _register(browser, office, **extra):
    data = {"office": office.pk, "language": "ru", "topic": "", "client_reference": "", **extra}
    return browser.post(reverse("walk-ins"), data)


def test_reception_gives_numbers_in_order_per_office_and_day(
    receptionist, sign_in, office_a, client_a
):
    browser = sign_in(receptionist)

    _register(browser, office_a)
    _register(browser, office_a, client_reference=client_a.reference)

    visits = list(Visit.objects.order_by("number"))
    assert [(v.number, v.status) for v in visits] == [(1, "waiting"), (2, "waiting")]
    assert visits[1].client == client_a
    assert visits[0].registered_by == receptionist
    page = browser.get(reverse("walk-ins")).content.decode()
    assert "Kovalenko" in page


def test_numbering_starts_again_each_day(receptionist, office_a):
    yesterday = Visit.objects.create(
        office=office_a,
        number=7,
        language="ru",
        registered_by=receptionist,
        day=timezone.localdate() - timedelta(days=1),
    )

    visit = services.register_visit(
        visit=Visit(office=office_a, language="uk"), registered_by=receptionist
    )

    assert visit.number == 1 and yesterday.number == 7


def test_an_unknown_client_reference_is_a_400(receptionist, sign_in, office_a, client_b):
    response = _register(sign_in(receptionist), office_a, client_reference=client_b.reference)

    assert response.status_code == 400
    assert "No client with this reference." in response.content.decode()
    assert not Visit.objects.exists()


def test_the_waiting_room_shows_numbers_and_never_names(client, receptionist, office_a, client_a):
    services.register_visit(
        visit=Visit(office=office_a, language="ru", client=client_a), registered_by=receptionist
    )

    page = client.get(reverse("waiting-room", args=[office_a.code])).content.decode()

    assert ">1<" in page
    assert "Kovalenko" not in page and "Olena" not in page
    assert 'http-equiv="refresh"' in page


def test_call_next_takes_the_longest_waiting_and_records_the_wait(
    counsellor, receptionist, sign_in, office_a
):
    first = services.register_visit(
        visit=Visit(office=office_a, language="ru"), registered_by=receptionist
    )
    services.register_visit(visit=Visit(office=office_a, language="uk"), registered_by=receptionist)
    Visit.objects.filter(pk=first.pk).update(arrived_at=timezone.now() - timedelta(minutes=25))

    response = sign_in(counsellor).post(reverse("call-next", args=[office_a.pk]))

    assert response.status_code == 302
    first.refresh_from_db()
    assert (first.status, first.served_by) == ("called", counsellor)
    assert first.waited_minutes == 25
    assert Visit.objects.filter(status="waiting").count() == 1


def test_calling_a_known_client_leads_to_the_session_form_and_the_session_serves_the_visit(
    counsellor, receptionist, sign_in, office_a, client_a
):
    taxonomy.load(Topic)
    housing = Topic.objects.get(code="housing")
    services.register_visit(
        visit=Visit(office=office_a, language="uk", client=client_a, topic=housing),
        registered_by=receptionist,
    )
    browser = sign_in(counsellor)

    called = browser.post(reverse("call-next", args=[office_a.pk]))
    form_page = browser.get(called["Location"])
    data = {
        **{k: v for k, v in form_page.context["form"].initial.items() if k != "topics"},
        "started_at": timezone.localtime().strftime("%Y-%m-%dT%H:%M"),
        "office": office_a.pk,
        "topics": ["housing"],
        "duration_minutes": "20",
        "outcome": "answered",
        "channel": "in_person",
    }
    saved = browser.post(called["Location"], data)

    assert called["Location"].startswith(reverse("session-create", args=[client_a.pk]))
    assert form_page.context["form"].initial["topics"] == ["housing"]
    assert saved.status_code == 302, saved.content.decode()[:2000]
    assert CounsellingSession.objects.get().client == client_a
    assert Visit.objects.get().status == "served"


def test_nobody_waiting_is_said_plainly(counsellor, sign_in, office_a):
    response = sign_in(counsellor).post(reverse("call-next", args=[office_a.pk]), follow=True)

    assert "Nobody is waiting." in response.content.decode()


def test_a_visitor_who_left_is_recorded_once(receptionist, sign_in, office_a):
    visit = services.register_visit(
        visit=Visit(office=office_a, language="ru"), registered_by=receptionist
    )
    browser = sign_in(receptionist)

    browser.post(reverse("visit-end", args=[visit.pk]), {"status": "left"})
    again = browser.post(reverse("visit-end", args=[visit.pk]), {"status": "served"}, follow=True)

    visit.refresh_from_db()
    assert visit.status == "left" and visit.ended_at is not None
    assert "This visit has already ended." in again.content.decode()


def test_an_unknown_ending_is_a_400(receptionist, sign_in, office_a):
    visit = services.register_visit(
        visit=Visit(office=office_a, language="ru"), registered_by=receptionist
    )

    response = sign_in(receptionist).post(reverse("visit-end", args=[visit.pk]), {"status": "x"})

    assert response.status_code == 400
    assert "served or left" in response.content.decode()
    assert Visit.objects.get().status == "waiting"
