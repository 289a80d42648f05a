"""The knowledge base through /api/v1/knowledge/: anyone reads topics and published pages
per language; staff-only pages exist only for staff; editors run the workflow through
the same services, and the services' refusals come back as 400s with their reasons."""

import pytest
from django.conf import settings
from django.utils import translation

from counselling.models import Role
from knowledge.models import Page, PageLanguage, PageVersion, Topic
from tests.conftest import make_user

PAGES = "/api/v1/knowledge/pages/"
VERSIONS = "/api/v1/knowledge/versions/"


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def page(db):
    page = Page.objects.create(
        slug="register-place-of-residence",
        source_language="et",
        title_en="Registering your place of residence",
        summary_en="Register within 30 days of moving.",
        body_en="1. Fill in the notice.\n\n<script>x</script>",
        title_uk="Реєстрація місця проживання",
        body_uk="Подайте повідомлення.",
    )
    page.topics.set([Topic.objects.get(code="registration-residence")])
    return page


@pytest.fixture
def staff_page(db):
    return Page.objects.create(
        slug="practice-note", audience=Page.Audience.STAFF, title_en="Practice note", body_en="x"
    )


# Reading


def test_anyone_lists_the_pages_published_in_a_language(client, page, staff_page):
    Page.objects.create(slug="english-only", title_en="Only in English")

    body = client.get(PAGES, {"language": "uk"}).json()

    assert body["count"] == 1
    (listed,) = body["results"]
    assert listed["slug"] == "register-place-of-residence"
    assert listed["title"] == "Реєстрація місця проживання"
    assert listed["topics"] == ["registration-residence"]
    assert listed["url"] == f"{settings.SITE_URL}/uk/knowledge/register-place-of-residence/"
    english = [p["slug"] for p in client.get(PAGES, {"language": "en"}).json()["results"]]
    assert english == ["english-only", "register-place-of-residence"], "no staff-only page"


def test_pages_filter_by_topic_and_its_subtopics(client, page):
    Page.objects.create(slug="doctor", title_en="Family doctor").topics.set(
        [Topic.objects.get(code="health-family-doctor")]
    )

    def slugs(topic):
        return [
            p["slug"]
            for p in client.get(PAGES, {"language": "en", "topic": topic}).json()["results"]
        ]

    assert slugs("registration") == ["register-place-of-residence"]  # the parent topic
    assert slugs("health-family-doctor") == ["doctor"]
    response = client.get(PAGES, {"language": "en", "topic": "no-such-topic"})
    assert response.status_code == 400 and "topic" in response.json()


def test_the_page_list_runs_a_fixed_number_of_queries(client, page, django_assert_num_queries):
    for number in range(20):
        Page.objects.create(slug=f"page-{number}", title_en=f"Page {number}").topics.set(
            [Topic.objects.get(code="registration-residence")]
        )
    with django_assert_num_queries(3):
        # 1 count, 2 the first page of pages, 3 their topics.
        body = client.get(PAGES, {"language": "en"}).json()
    assert body["count"] == 21


def test_a_page_reads_in_the_language_asked_for_with_sanitised_html(client, page):
    body = client.get(PAGES + "register-place-of-residence/", {"language": "en"}).json()

    assert body["language"] == "en" and body["fallback"] is False
    assert body["languages"] == ["en", "uk"]
    assert body["title"] == "Registering your place of residence"
    assert "<script>x</script>" in body["body"], "the Markdown as written"
    assert "<ol>" in body["body_html"] and "<script>" not in body["body_html"]
    assert body["url"] == f"{settings.SITE_URL}/en/knowledge/register-place-of-residence/"
    assert body["topics"] == ["registration-residence"] and body["updated_at"]


def test_a_missing_language_falls_back_and_says_so(client, page):
    body = client.get(PAGES + "register-place-of-residence/", {"language": "ru"}).json()

    assert (body["language"], body["fallback"]) == ("en", True)
    assert body["url"] == f"{settings.SITE_URL}/ru/knowledge/register-place-of-residence/"


def test_related_pages_show_only_what_the_reader_may_open(client, page, staff_page, counsellor):
    other = Page.objects.create(slug="doctor", title_en="Family doctor")
    unpublished = Page.objects.create(slug="draft-only")
    page.related.set([other, staff_page, unpublished])
    url = PAGES + "register-place-of-residence/"

    assert client.get(url, {"language": "en"}).json()["related"] == ["doctor"]
    client.force_login(counsellor)
    assert client.get(url, {"language": "en"}).json()["related"] == ["doctor", "practice-note"]


@pytest.mark.parametrize(
    "url", [PAGES, PAGES + "register-place-of-residence/", "/api/v1/knowledge/topics/"]
)
def test_an_unknown_language_is_a_400_that_says_which_exist(client, page, url):
    response = client.get(url, {"language": "xx" * 5000})

    assert response.status_code == 400
    (message,) = response.json()["language"]
    assert "Unknown language" in message and "uk" in message and len(message) < 200


def test_staff_only_pages_are_not_found_for_the_public_and_partners(
    client, staff_page, partner, counsellor
):
    url = PAGES + "practice-note/"
    assert client.get(url, {"language": "en"}).status_code == 404
    client.force_login(partner)
    assert client.get(url, {"language": "en"}).status_code == 404
    assert client.get(PAGES, {"language": "en"}).json()["count"] == 0
    client.force_login(counsellor)
    assert client.get(url, {"language": "en"}).json()["audience"] == "staff"


def test_unpublished_and_unknown_slugs_are_not_found(client, db):
    Page.objects.create(slug="empty")
    assert client.get(PAGES + "empty/").status_code == 404
    assert client.get(PAGES + "no-such-page/").status_code == 404


def test_topics_are_a_tree_named_in_the_language(client, db):
    tree = client.get("/api/v1/knowledge/topics/", {"language": "et"}).json()

    registration = next(topic for topic in tree if topic["code"] == "registration")
    assert registration["name"] == "Registreerimine ja dokumendid"
    assert "registration-residence" in [child["code"] for child in registration["children"]]


# Editing


@pytest.fixture
def editors(office_a, sign_in):
    return make_user("editor", Role.COUNSELLOR, office_a), make_user(
        "reviewer", Role.COORDINATOR, office_a
    )


def as_user(client, user):
    client.force_login(user)
    return client


def post(client, url, data=None):
    return client.post(url, data or {}, content_type="application/json")


def test_editors_create_a_page_draft_it_and_another_editor_publishes_it(client, editors, sign_in):
    editor, reviewer = editors
    browser = sign_in(editor)

    created = post(
        browser,
        PAGES,
        {"slug": "language-courses", "source_language": "et", "topics": ["language-courses"]},
    )
    assert created.status_code == 201, created.json()
    assert created.json()["topics"] == ["language-courses"]
    draft = post(
        browser,
        VERSIONS,
        {"page": "language-courses", "language": "et", "title": "Keelekursused", "body": "Tasuta."},
    )
    assert draft.status_code == 201, draft.json()
    version = draft.json()["id"]
    submitted = post(browser, f"{VERSIONS}{version}/submit/")
    assert submitted.json()["state"] == "review"

    refused = post(browser, f"{VERSIONS}{version}/publish/")
    assert refused.status_code == 400
    assert refused.json()["non_field_errors"] == [
        "Another editor must review and publish your text."
    ]

    published = post(sign_in(reviewer), f"{VERSIONS}{version}/publish/")
    assert published.status_code == 200
    assert published.json()["state"] == "published" and published.json()["last_reviewed_on"]
    client.logout()
    assert client.get(PAGES + "language-courses/", {"language": "et"}).json()["title"] == (
        "Keelekursused"
    )


def test_an_editor_lists_a_languages_versions_and_restores_one(client, editors, sign_in):
    editor, _ = editors
    browser = sign_in(editor)
    post(browser, PAGES, {"slug": "language-courses", "source_language": "et"})
    first = post(browser, VERSIONS, {"page": "language-courses", "language": "et", "title": "Üks"})
    post(browser, VERSIONS, {"page": "language-courses", "language": "et", "title": "Kaks"})
    post(browser, VERSIONS, {"page": "language-courses", "language": "ru", "title": "Один"})

    listed = browser.get(VERSIONS, {"slug": "language-courses", "language": "et"}).json()
    assert [v["title"] for v in listed["results"]] == ["Kaks", "Üks"]

    restored = post(browser, f"{VERSIONS}{first.json()['id']}/restore/")
    assert restored.status_code == 201 and restored.json()["title"] == "Üks"
    assert PageVersion.objects.filter(language="et").count() == 3
    assert PageLanguage.objects.get(language="et").state == "draft"


def test_the_version_list_runs_a_fixed_number_of_queries(
    editors, sign_in, page, django_assert_num_queries
):
    editor, _ = editors
    browser = sign_in(editor)
    for number in range(15):
        PageVersion.objects.create(page=page, language="en", title=f"T{number}", author=editor)
    with django_assert_num_queries(5):
        # 1 session, 2 user, 3 the page named, 4 count, 5 the versions with their page.
        body = browser.get(VERSIONS, {"slug": page.slug}).json()
    assert body["count"] == 15


@pytest.mark.parametrize(
    ("url", "data", "field"),
    [
        (PAGES, {"slug": "has spaces", "source_language": "et"}, "slug"),
        (PAGES, {"slug": "ok", "source_language": "xx"}, "source_language"),
        (PAGES, {"slug": "ok", "source_language": "et", "topics": ["nope"]}, "topics"),
        (PAGES, ["not", "an", "object"], "non_field_errors"),
        (VERSIONS, {"page": "no-such-page", "language": "et", "title": "T"}, "page"),
        (
            VERSIONS,
            {"page": "register-place-of-residence", "language": "et", "title": " "},
            "title",
        ),
        (
            VERSIONS,
            {"page": "register-place-of-residence", "language": "et", "title": "T" * 201},
            "title",
        ),
    ],
)
def test_bad_input_is_a_400_naming_the_field_and_saves_nothing(
    editors, sign_in, page, url, data, field
):
    before = (Page.objects.count(), PageVersion.objects.count())

    response = post(sign_in(editors[0]), url, data)

    assert response.status_code == 400
    assert field in response.json()
    assert (Page.objects.count(), PageVersion.objects.count()) == before


def test_a_taken_address_is_a_400(editors, sign_in, page):
    response = post(
        sign_in(editors[0]), PAGES, {"slug": "register-place-of-residence", "source_language": "et"}
    )

    assert response.status_code == 400
    assert response.json()["non_field_errors"] == ["A page with this address already exists."]


def test_submitting_an_older_version_is_refused(editors, sign_in, page):
    editor, _ = editors
    browser = sign_in(editor)
    old = post(browser, VERSIONS, {"page": page.slug, "language": "et", "title": "Vana"}).json()
    post(browser, VERSIONS, {"page": page.slug, "language": "et", "title": "Uus"})

    response = post(browser, f"{VERSIONS}{old['id']}/submit/")

    assert response.status_code == 400
    assert "newer text" in response.json()["non_field_errors"][0]


@pytest.mark.parametrize("who", ["anonymous", "receptionist", "partner"])
def test_only_editors_edit(client, sign_in, receptionist, partner, page, who):
    if who != "anonymous":
        sign_in({"receptionist": receptionist, "partner": partner}[who])
    version = PageVersion.objects.create(page=page, language="en", title="T")

    attempts = [
        post(client, PAGES, {"slug": "new", "source_language": "et"}),
        post(client, VERSIONS, {"page": page.slug, "language": "en", "title": "T"}),
        client.get(VERSIONS),
        client.get(f"{VERSIONS}{version.pk}/"),
        post(client, f"{VERSIONS}{version.pk}/submit/"),
        post(client, f"{VERSIONS}{version.pk}/publish/"),
        post(client, f"{VERSIONS}{version.pk}/restore/"),
    ]

    assert {response.status_code for response in attempts} == {403}
    assert not Page.objects.filter(slug="new").exists()
    assert PageVersion.objects.count() == 1


def test_an_editor_without_two_factor_is_refused(client, editors):
    editor, _ = editors
    editor.role = Role.COORDINATOR  # coordinators need two-factor
    editor.save()
    client.force_login(editor)  # signed in, code not confirmed

    assert post(client, PAGES, {"slug": "new", "source_language": "et"}).status_code == 403


@pytest.mark.parametrize("slug", ["new", "search", "SEARCH"])
def test_an_address_the_site_uses_itself_is_refused(client, editors, sign_in, slug):
    browser = sign_in(editors[0])
    refused = post(browser, PAGES, {"slug": slug, "source_language": "et", "topics": []})
    assert refused.status_code == 400
    assert not Page.objects.filter(slug__iexact=slug).exists()


def test_a_text_too_long_is_refused_and_nothing_is_saved(client, editors, sign_in):
    browser = sign_in(editors[0])
    post(browser, PAGES, {"slug": "language-courses", "source_language": "et", "topics": []})
    refused = post(
        browser,
        VERSIONS,
        {"page": "language-courses", "language": "et", "title": "K", "body": "x" * 100_001},
    )
    assert refused.status_code == 400
    assert not PageVersion.objects.exists()
