"""The survey results for coordinators: numbers equal those counted here from the seeded
invitations and answers, only the coordinator's offices, no small groups, comments
anonymous and for coordinators only."""

import random
from dataclasses import dataclass
from datetime import date, datetime, time

import pytest
from django.utils import timezone

from clients.models import Topic
from counselling.models import Office
from reports.models import SurveyAnswer, SurveyInvitation
from reports.satisfaction import survey_results
from reports.selectors import Period, Scope
from reports.surveys import email_language

MARCH = Period(first=date(2026, 3, 1), last=date(2026, 3, 31))
QUERY = "from=2026-03-01&to=2026-03-31"


def at(day: date) -> datetime:
    return timezone.make_aware(datetime.combine(day, time(12)))


@dataclass
class Seed:
    office: Office
    channel: str
    topic_code: str
    language: str
    sent: date
    answered: date | None = None
    rating: int = 0
    information: str = ""
    comment: str = ""


def plant(seed: Seed) -> None:
    invitation = SurveyInvitation.objects.create(
        source="session",
        source_id=SurveyInvitation.objects.count() + 1,
        office=seed.office,
        channel=seed.channel,
        topic_code=seed.topic_code,
        language=email_language(seed.language),
        contact_language=seed.language,
        created_at=at(seed.sent),
    )
    if seed.answered:
        SurveyAnswer.objects.create(
            invitation=invitation,
            rating=seed.rating,
            got_information=seed.information,
            comment=seed.comment,
            answered_at=at(seed.answered),
        )


@pytest.fixture
def office_c(db):
    return Office.objects.create(name="Tartu", code="tartu", city="Tartu")


@pytest.fixture
def seeds(office_a, office_b, office_c, coordinator):
    """Invitations in February, March and April, some answered (a few across months),
    in three offices; the coordinator works in Tallinn and Tartu, not in Narva."""
    coordinator.offices.add(office_c)
    rng = random.Random(8)
    days = [date(2026, 2, 20), date(2026, 3, 1), date(2026, 3, 15), date(2026, 3, 31)]
    seeds = []
    for _ in range(160):
        sent = rng.choice(days)
        seed = Seed(
            office=rng.choice([office_a, office_b, office_c]),
            channel=rng.choice(["email", "web_form", "in_person", "walk_in", "phone"]),
            topic_code=rng.choice(["residence", "residence-first", "work-job-search", ""]),
            language=rng.choice(["ru", "uk", "en", "so"]),  # Silta does not speak Somali
            sent=sent,
        )
        if rng.random() < 0.7:
            seed.answered = rng.choice([sent, date(2026, 4, 1), date(2026, 3, 31)])
            seed.answered = max(seed.answered, sent)
            seed.rating = rng.randint(1, 5)
            seed.information = rng.choice(["yes", "partly", "no"])
            seed.comment = rng.choice(["", "", "Kiitos"])
        seeds.append(seed)
        plant(seed)
    return seeds


def expected(seeds, offices, *, channels=None, topics=None, language=None) -> dict:
    """Counted here, plainly, from the seeds."""

    def wanted(seed):
        return (
            seed.office in offices
            and (channels is None or seed.channel in channels)
            and (topics is None or seed.topic_code in topics)
            and (language is None or seed.language == language)
        )

    def in_march(day):
        return day is not None and MARCH.first <= day <= MARCH.last

    mine = [seed for seed in seeds if wanted(seed)]
    sent = [seed for seed in mine if in_march(seed.sent)]
    answers = [seed for seed in mine if in_march(seed.answered)]
    return {
        "invited": len(sent),
        "answered_of_invited": len([seed for seed in sent if seed.answered]),
        "answers": len(answers),
        "rating_sum": sum(seed.rating for seed in answers),
        "ratings": [len([s for s in answers if s.rating == n]) for n in range(1, 6)],
        "information": [
            len([s for s in answers if s.information == v]) for v in ("yes", "partly", "no")
        ],
    }


def numbers(group) -> dict:
    return {
        "invited": group.invited,
        "answered_of_invited": group.answered_of_invited,
        "answers": group.answers,
        "rating_sum": group.rating_sum,
        "ratings": group.rating_counts,
        "information": [group.information.get(v, 0) for v in ("yes", "partly", "no")],
    }


def test_numbers_are_the_seeded_ones_in_the_coordinators_offices(
    seeds, coordinator, office_a, office_c
):
    results = survey_results(user=coordinator, scope=Scope(period=MARCH))
    assert numbers(results.total) == expected(seeds, [office_a, office_c])
    assert [group.label for group in results.by_office] == ["Tallinn", "Tartu"], "not Narva"
    for group, office in zip(results.by_office, [office_a, office_c], strict=True):
        assert numbers(group) == expected(seeds, [office])
    by_topic = {group.label: numbers(group) for group in results.by_topic}
    residence = Topic.objects.get(code="residence").name
    wanted = expected(seeds, [office_a, office_c], topics={"residence", "residence-first"})
    assert by_topic[residence] == wanted, "a level-2 topic counts under its level-1 topic"
    by_channel = {group.label: numbers(group) for group in results.by_channel}
    assert by_channel["In person"] == expected(seeds, [office_a, office_c], channels={"in_person"})
    total = results.total
    assert total.average_rating == round(total.rating_sum / total.answers, 1)
    assert total.response_rate == round(100 * total.answered_of_invited / total.invited)


def test_numbers_by_office_channel_topic_and_language(seeds, coordinator, office_c):
    topic = Topic.objects.get(code="residence")
    scope = Scope(period=MARCH, office=office_c, channel="walk_in", topic=topic, language="ru")
    results = survey_results(user=coordinator, scope=scope)
    wanted = expected(
        seeds,
        [office_c],
        channels={"walk_in", "in_person"},  # a session in person came to the desk
        topics={"residence", "residence-first"},
        language="ru",
    )
    assert numbers(results.total) == wanted
    assert [group.label for group in results.by_office] == ["Tartu"]


def test_the_language_filter_is_the_newcomers_own_not_the_surveys(seeds, coordinator):
    """A Somali speaker asked in English counts under Somali."""
    offices = list(Office.objects.filter(staff=coordinator))
    results = survey_results(user=coordinator, scope=Scope(period=MARCH, language="so"))
    assert numbers(results.total) == expected(seeds, offices, language="so")
    assert results.total.answers > 0


def test_small_groups_are_hidden_and_their_neighbour_protects_them(
    client, sign_in, coordinator, office_a, office_c
):
    office_d = Office.objects.create(name="Pärnu", code="parnu", city="Pärnu")
    coordinator.offices.add(office_c, office_d)
    for office, count in ((office_a, 7), (office_c, 6), (office_d, 2)):
        for n in range(count):
            comment = f"{office.code} said {n}"
            seed = Seed(office, "email", "residence", "ru", date(2026, 3, 2), date(2026, 3, 3))
            seed.rating, seed.information, seed.comment = 4, "yes", comment
            plant(seed)
    results = survey_results(user=coordinator, scope=Scope(period=MARCH))
    hidden = {group.label: group.suppressed for group in results.by_office}
    assert hidden == {"Pärnu": True, "Tartu": True, "Tallinn": False}
    assert not results.total.suppressed
    comments = {comment.text.split()[0] for comment in results.comments}
    assert comments == {"tallinn", "tartu"}, "no comment of an office with fewer than 5"

    sign_in(coordinator)
    page = client.get(f"/reports/satisfaction/?{QUERY}").content.decode()
    assert page.count('class="suppressed">fewer than 5 answers') == 2
    assert "parnu said" not in page and "tallinn said 0" in page
    # The overall ratings less Tallinn's would give Pärnu's and Tartu's: not shown.
    assert results.total.details_hidden
    overall = page.split('id="satisfaction-total"')[1].split("</table>")[0]
    assert 'class="suppressed">hidden' in overall


def test_fewer_answers_than_the_threshold_show_no_numbers_and_no_comments(
    client, sign_in, coordinator, office_a
):
    for _ in range(4):
        seed = Seed(office_a, "email", "residence", "ru", date(2026, 3, 2), date(2026, 3, 3))
        seed.rating, seed.information, seed.comment = 1, "no", "Secret words"
        plant(seed)
    results = survey_results(user=coordinator, scope=Scope(period=MARCH))
    assert results.total.suppressed and results.comments == []
    sign_in(coordinator)
    page = client.get(f"/reports/satisfaction/?{QUERY}").content.decode()
    assert "Secret words" not in page and 'class="suppressed">fewer than 5 answers' in page


def test_counsellors_cannot_open_the_results_nor_read_comments(client, sign_in, counsellor, seeds):
    sign_in(counsellor)
    assert client.get(f"/reports/satisfaction/?{QUERY}").status_code == 403
    assert client.get(f"/reports/service/?{QUERY}").status_code == 403


@pytest.mark.parametrize(
    "query",
    [
        "from=2026-03-31&to=2026-03-01",
        "from=2000-01-01&to=2026-03-01",
        "from=2026-03-01&to=2026-03-31&channel=pigeon",
        "from=2026-03-01&to=2026-03-31&topic=999999",
        "from=march",
    ],
)
def test_bad_filters_are_a_clear_400(client, sign_in, coordinator, query):
    sign_in(coordinator)
    response = client.get(f"/reports/satisfaction/?{query}")
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()


def test_the_page_costs_the_same_few_queries_whatever_the_data(
    client, sign_in, coordinator, seeds, django_assert_num_queries
):
    sign_in(coordinator)
    # 1-3 the session, the user and their two-factor device; 4 the user's offices;
    # 5 topics to their level-1 topic; 6 the offices' names; 7-9 the tallies by office,
    # channel and topic; 10 the latest comments; 11 the audit event's office (the
    # actor's home office); 12 its insert; 13-14 the filter form's office and topic
    # choices, rendered.
    with django_assert_num_queries(14):
        page = client.get(f"/reports/satisfaction/?{QUERY}")
    assert page.status_code == 200
    assert "Kiitos" in page.content.decode()
