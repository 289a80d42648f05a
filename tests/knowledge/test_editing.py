"""The editors' screens: every page with its languages' states, the lists of what waits,
a new page, one language's text with the workflow's buttons, history and restore. Only
editors open them; the author of a text cannot publish it through the screen either."""

import datetime

import pytest
from django.utils import timezone, translation

from counselling.models import Role
from knowledge import services
from knowledge.models import Page, PageLanguage, PageVersion, Topic
from tests.conftest import make_user


@pytest.fixture(autouse=True)
def _in_english():
    with translation.override("en"):
        yield


@pytest.fixture
def editor(counsellor):
    return counsellor


@pytest.fixture
def reviewer(colleague):
    return colleague


@pytest.fixture
def page(db):
    return Page.objects.create(slug="language-courses", source_language="et")


def published(page, language, author, reviewer, title, body="Tekst."):
    version = services.save_draft(
        page=page, language=language, author=author, title=title, summary="", body=body
    )
    services.submit_for_review(version=version)
    services.publish(version=version, reviewer=reviewer)
    return version


def html(response) -> str:
    return response.content.decode()


def language_url(page, language):
    return f"/knowledge/editor/{page.slug}/{language}/"


# Who may open the editor.


@pytest.mark.parametrize(
    "path",
    [
        "/knowledge/editor/",
        "/knowledge/editor/new/",
        "/knowledge/editor/language-courses/",
        "/knowledge/editor/language-courses/et/",
        "/knowledge/editor/language-courses/et/history/",
    ],
)
def test_anonymous_visitors_are_sent_to_sign_in(client, page, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=")


@pytest.mark.parametrize("who", ["receptionist", "partner"])
def test_signed_in_people_who_are_not_editors_are_refused(client, page, request, who):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/knowledge/editor/").status_code == 403
    assert client.get(language_url(page, "et")).status_code == 403
    response = client.post(language_url(page, "et"), {"title": "X", "action": "save"})
    assert response.status_code == 403
    assert not page.versions.exists()


def test_the_staff_menu_links_the_editor_for_editors_only(client, editor, receptionist):
    client.force_login(editor)
    assert 'href="/knowledge/editor/"' in html(client.get("/inbox/"))
    client.force_login(receptionist)
    assert 'href="/knowledge/editor/"' not in html(client.get("/inbox/"))


@pytest.mark.parametrize(
    "path",
    [
        "/knowledge/editor/no-such-page/",
        "/knowledge/editor/no-such-page/et/",
        "/knowledge/editor/language-courses/xx/",
        "/knowledge/editor/language-courses/xx/history/",
        "/knowledge/editor/language-courses/et/history/987654/",
        "/knowledge/editor/%3Cscript%3E/et/",
    ],
)
def test_unknown_pages_languages_and_versions_are_a_404(client, page, editor, path):
    client.force_login(editor)
    assert client.get(path).status_code == 404


def test_a_version_of_another_language_is_a_404(client, page, editor, reviewer):
    version = published(page, "ru", editor, reviewer, "Курсы")
    client.force_login(editor)
    assert (
        client.get(f"/knowledge/editor/language-courses/et/history/{version.pk}/").status_code
        == 404
    )
    restore = f"/knowledge/editor/language-courses/et/history/{version.pk}/restore/"
    assert client.post(restore).status_code == 404
    assert not page.versions.filter(language="et").exists()


# The editor's home.


def test_home_lists_every_page_with_each_languages_state(client, page, editor, reviewer):
    published(page, "et", editor, reviewer, "Keelekursused")
    services.save_draft(page=page, language="ru", author=editor, title="Курсы", summary="", body="")
    staff_page = Page.objects.create(slug="handling-complaints", audience=Page.Audience.STAFF)
    staff_page.shared_count = 7
    staff_page.save()
    client.force_login(editor)
    response = client.get("/knowledge/editor/")
    text = html(response)
    assert response.status_code == 200
    assert "Keelekursused" in text and "handling-complaints" in text, "staff-only pages too"
    assert "Staff only" in text and "<td>7</td>" in text
    row = text.split("language-courses</bdi>")[1].split("</tr>")[0]
    assert 'class="state published"' in row and 'class="state draft"' in row
    assert row.count("Not started") == 5


def test_home_lists_what_waits_for_review_out_of_date_and_due(client, page, editor, reviewer):
    published(page, "et", editor, reviewer, "Keelekursused")
    published(page, "ru", editor, reviewer, "Языковые курсы")
    published(page, "et", editor, reviewer, "Eesti keele kursused")  # ru is out of date now
    other = Page.objects.create(slug="family-doctor", source_language="en")
    services.submit_for_review(
        version=services.save_draft(
            page=other, language="en", author=editor, title="A family doctor", summary="", body=""
        )
    )
    PageLanguage.objects.filter(page=page, language="et").update(
        last_reviewed_on=timezone.localdate() - datetime.timedelta(days=400)
    )
    client.force_login(editor)
    review = html(client.get("/knowledge/editor/", {"show": "review"}))
    assert "/knowledge/editor/family-doctor/en/" in review
    assert "/knowledge/editor/language-courses/" not in review
    stale = html(client.get("/knowledge/editor/", {"show": "out_of_date"}))
    assert "/knowledge/editor/language-courses/ru/" in stale
    assert "/knowledge/editor/family-doctor/" not in stale
    due = html(client.get("/knowledge/editor/", {"show": "due"}))
    assert "/knowledge/editor/language-courses/et/" in due
    assert "/knowledge/editor/language-courses/ru/" not in due, "reviewed today"


def test_home_filters_by_address_or_title(client, page, editor, reviewer):
    published(page, "et", editor, reviewer, "Keelekursused")
    Page.objects.create(slug="family-doctor")
    client.force_login(editor)
    found = html(client.get("/knowledge/editor/", {"q": "keelekur"}))
    assert "language-courses" in found and "family-doctor" not in found
    assert "family-doctor" in html(client.get("/knowledge/editor/", {"q": "DOCTOR"}))


def test_home_answers_an_unknown_list_with_a_400(client, page, editor):
    client.force_login(editor)
    response = client.get("/knowledge/editor/", {"show": "everything"})
    assert response.status_code == 400
    assert "Select a valid choice" in html(response)


def test_home_runs_the_same_queries_whatever_the_number_of_pages(
    client, editor, reviewer, django_assert_num_queries
):
    client.force_login(editor)

    def make_pages(count, start):
        for number in range(start, start + count):
            page = Page.objects.create(slug=f"page-{number:03d}", source_language="et")
            published(page, "et", editor, reviewer, f"Leht {number}")
            services.save_draft(
                page=page, language="ru", author=editor, title="Страница", summary="", body=""
            )

    make_pages(2, 0)
    # 1 session, 2 user, 3 count pages, 4 pages, 5 their languages' states
    with django_assert_num_queries(5):
        assert client.get("/knowledge/editor/").status_code == 200
    make_pages(60, 2)
    with django_assert_num_queries(5):
        response = client.get("/knowledge/editor/")
    assert "page-049" in html(response) and "page-050" not in html(response), "paginated"
    PageLanguage.objects.filter(language="et").update(
        last_reviewed_on=timezone.localdate() - datetime.timedelta(days=400)
    )
    # 1 session, 2 user, 3 count rows, 4 rows with their pages
    with django_assert_num_queries(4):
        assert client.get("/knowledge/editor/", {"show": "due"}).status_code == 200
    second = html(client.get("/knowledge/editor/", {"q": "page", "page": 2}))
    assert "page-061" in second and 'href="?q=page&amp;page=1"' in second


# A new page and its settings.


def test_an_editor_creates_a_page_and_is_taken_to_its_source_language(client, editor, page):
    topic = Topic.objects.get(code="registration-residence")
    client.force_login(editor)
    assert client.get("/knowledge/editor/new/").status_code == 200
    response = client.post(
        "/knowledge/editor/new/",
        {
            "slug": "residence-permit",
            "audience": "public",
            "source_language": "ru",
            "topics": [topic.pk],
            "related": [page.pk],
            "review_interval_days": "180",
        },
    )
    assert response.status_code == 302
    assert response["Location"] == "/knowledge/editor/residence-permit/ru/"
    created = Page.objects.get(slug="residence-permit")
    assert created.source_language == "ru" and created.review_interval_days == 180
    assert list(created.topics.all()) == [topic] and list(created.related.all()) == [page]
    assert "Page created" in html(client.get(response["Location"]))


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ({"slug": "language-courses"}, "already exists"),
        ({"slug": "new"}, "taken by the editor"),
        ({"slug": "not a slug!"}, "Enter a valid"),
        ({"review_interval_days": "0"}, "greater than or equal to 1"),
        ({"source_language": "xx"}, "Select a valid choice"),
        ({"topics": ["987654"]}, "Select a valid choice"),
    ],
)
def test_a_new_page_with_bad_settings_is_refused_with_the_reason(client, editor, page, data, error):
    client.force_login(editor)
    form = {
        "slug": "residence-permit",
        "audience": "public",
        "source_language": "et",
        "review_interval_days": "365",
        **data,
    }
    response = client.post("/knowledge/editor/new/", form)
    assert response.status_code == 400
    assert error in html(response)
    assert Page.objects.count() == 1


def test_bad_settings_are_refused_in_the_editors_language(client, editor, page):
    client.force_login(editor)
    response = client.post(
        "/knowledge/editor/new/",
        {"slug": "x", "audience": "public", "source_language": "et", "review_interval_days": "0"},
        HTTP_ACCEPT_LANGUAGE="et",
    )
    assert response.status_code == 400
    with translation.override("et"):
        expected = translation.gettext(
            "Ensure this value is greater than or equal to %(limit_value)s."
        ) % {"limit_value": 1}
    assert expected in html(response) and expected != "Ensure this value is greater"


def test_an_editor_changes_a_pages_settings_but_not_its_address(client, editor, page):
    client.force_login(editor)
    response = client.post(
        "/knowledge/editor/language-courses/",
        {
            "slug": "renamed",
            "audience": "staff",
            "source_language": "en",
            "review_interval_days": "90",
        },
    )
    assert response.status_code == 302
    page.refresh_from_db()
    assert (page.slug, page.audience, page.source_language, page.review_interval_days) == (
        "language-courses",
        "staff",
        "en",
        90,
    )
    bad = client.post(
        "/knowledge/editor/language-courses/",
        {"audience": "everyone", "source_language": "en", "review_interval_days": "90"},
    )
    assert bad.status_code == 400 and "Select a valid choice" in html(bad)
    page.refresh_from_db()
    assert page.audience == "staff"


# One language's text and its workflow.


def test_the_form_is_prefilled_with_the_newest_text(client, page, editor, reviewer):
    published(page, "et", editor, reviewer, "Keelekursused", body="Vana tekst.")
    services.save_draft(
        page=page, language="et", author=editor, title="Keelekursused", summary="", body="Uus."
    )
    client.force_login(editor)
    text = html(client.get(language_url(page, "et")))
    assert "Uus.</textarea>" in text and "Vana tekst.</textarea>" not in text


def test_a_page_loaded_without_history_prefills_its_published_text(client, editor):
    page = Page.objects.create(slug="old", source_language="et", title_et="Vana leht")
    client.force_login(editor)
    assert 'value="Vana leht"' in html(client.get(language_url(page, "et")))


def test_save_draft_keeps_a_new_version_and_send_for_review_waits_for_a_reviewer(
    client, page, editor
):
    client.force_login(editor)
    data = {"title": "Keelekursused", "summary": "Lühidalt.", "body": "Tekst."}
    response = client.post(language_url(page, "et"), {**data, "action": "save"})
    assert response.status_code == 302
    assert PageLanguage.objects.get(page=page, language="et").state == "draft"
    assert "Draft saved." in html(client.get(language_url(page, "et")))
    client.post(language_url(page, "et"), {**data, "action": "review"})
    assert PageLanguage.objects.get(page=page, language="et").state == "review"
    assert page.versions.count() == 1, "the unchanged text was sent as it was"
    review = html(client.get("/knowledge/editor/", {"show": "review"}))
    assert "/knowledge/editor/language-courses/et/" in review


def test_a_text_without_a_title_is_refused_and_nothing_is_saved(client, page, editor):
    client.force_login(editor)
    response = client.post(language_url(page, "et"), {"title": " ", "action": "save"})
    assert response.status_code == 400
    assert "This field is required." in html(response)
    assert not page.versions.exists()


def test_the_author_cannot_publish_their_own_text_through_the_screen(
    client, page, editor, reviewer
):
    client.force_login(editor)
    client.post(language_url(page, "et"), {"title": "Keelekursused", "action": "review"})
    version = page.versions.get()
    screen = html(client.get(language_url(page, "et")))
    assert "another editor must review and publish it" in screen, "the button says so"
    response = client.post(f"{language_url(page, 'et')}publish/", {"version": version.pk})
    assert response.status_code == 400
    assert "Another editor must review and publish your text." in html(response)
    page.refresh_from_db()
    assert not page.title_et
    assert client.get("/et/knowledge/language-courses/").status_code == 404

    client.force_login(reviewer)
    assert "another editor must review" not in html(client.get(language_url(page, "et")))
    response = client.post(f"{language_url(page, 'et')}publish/", {"version": version.pk})
    assert response.status_code == 302
    assert "Published." in html(client.get(language_url(page, "et")))
    assert "Keelekursused" in html(client.get("/et/knowledge/language-courses/"))
    version.refresh_from_db()
    assert version.published_by == reviewer


def test_publishing_a_text_that_is_not_in_review_is_refused(client, page, editor, reviewer):
    version = services.save_draft(
        page=page, language="et", author=editor, title="Keelekursused", summary="", body=""
    )
    client.force_login(reviewer)
    response = client.post(f"{language_url(page, 'et')}publish/", {"version": version.pk})
    assert response.status_code == 400
    assert "Send the text for review before publishing it." in html(response)
    for bad in ("", "abc", "987654"):
        assert (
            client.post(f"{language_url(page, 'et')}publish/", {"version": bad}).status_code == 404
        )
    assert client.get(f"{language_url(page, 'et')}publish/").status_code == 405


def test_a_translation_shows_the_published_source_text_beside_it(client, page, editor, reviewer):
    published(page, "et", editor, reviewer, "Keelekursused", body="Eesti keele kursused.")
    client.force_login(editor)
    text = html(client.get(language_url(page, "ru")))
    assert "Published text in Estonian" in text
    assert '<article lang="et" dir="ltr">' in text and "Eesti keele kursused." in text
    assert "Published text in" not in html(client.get(language_url(page, "et")))


def test_an_out_of_date_translation_shows_what_changed_in_the_source(
    client, page, editor, reviewer
):
    published(
        page, "et", editor, reviewer, "Keelekursused", body="Kursused on tasuta.\nAlgus mais."
    )
    published(page, "ru", editor, reviewer, "Языковые курсы")
    published(
        page, "et", editor, reviewer, "Keelekursused", body="Kursused on tasuta.\nAlgus juunis."
    )
    client.force_login(editor)
    text = html(client.get(language_url(page, "ru")))
    assert "This translation is out of date" in text
    assert "<del>-Algus mais.</del>" in text and "<ins>+Algus juunis.</ins>" in text
    assert "out of date" not in html(client.get(language_url(page, "en")))


def test_an_arabic_text_is_written_right_to_left(client, page, editor):
    client.force_login(editor)
    text = html(client.get(language_url(page, "ar")))
    assert 'lang="ar" dir="rtl"' in text


# History and restore.


def test_history_lists_versions_newest_first_and_restore_brings_back_a_draft(
    client, page, editor, reviewer
):
    first = published(page, "et", editor, reviewer, "Keelekursused", body="Esimene tekst.")
    published(page, "et", editor, reviewer, "Vale pealkiri", body="Vale tekst.")
    client.force_login(editor)
    listing = html(client.get(f"{language_url(page, 'et')}history/"))
    assert listing.index("Vale pealkiri") < listing.index("Keelekursused"), "newest first"
    assert listing.count(reviewer.username) == 2, "published by"
    one = html(client.get(f"{language_url(page, 'et')}history/{first.pk}/"))
    assert "Esimene tekst." in one and "Restore" in one
    restore = f"{language_url(page, 'et')}history/{first.pk}/restore/"
    assert client.get(restore).status_code == 405
    response = client.post(restore)
    assert response.status_code == 302 and response["Location"] == language_url(page, "et")
    newest = PageVersion.objects.filter(page=page, language="et").first()
    assert (newest.title, newest.body, newest.author) == ("Keelekursused", "Esimene tekst.", editor)
    assert newest.published_at is None and page.versions.count() == 3
    screen = html(client.get(language_url(page, "et")))
    assert "back as a new draft" in screen and "Esimene tekst.</textarea>" in screen
    page.refresh_from_db()
    assert page.title_et == "Vale pealkiri", "readers see the published text until review"


def test_another_editors_name_appears_in_the_history(client, page, editor, office_a):
    writer = make_user("writer", Role.COORDINATOR, office_a, first_name="Liis", last_name="Tamm")
    services.save_draft(
        page=page, language="et", author=writer, title="Pealkiri", summary="", body=""
    )
    client.force_login(editor)
    assert "Liis Tamm" in html(client.get(f"{language_url(page, 'et')}history/"))


def test_editors_read_what_readers_said_about_a_page(client, editor, page):
    services.give_feedback(page=page, language="ru", helpful=False, comment="Где <b>адрес</b>?")
    services.give_feedback(page=page, language="et", helpful=True)
    services.give_feedback(page=page, language="et", helpful=True)
    client.force_login(editor)
    body = html(client.get("/knowledge/editor/language-courses/"))
    assert "Helpful: 2 · Not helpful: 1" in body
    assert "Где &lt;b&gt;адрес&lt;/b&gt;?" in body, "a reader's comment is shown as text"


def test_only_a_coordinator_makes_a_published_staff_page_public(
    client, sign_in, editor, reviewer, coordinator, page
):
    published(page, "et", editor, reviewer, "Praktika")
    Page.objects.filter(pk=page.pk).update(audience="staff")
    settings_form = {"audience": "public", "source_language": "et", "review_interval_days": "365"}
    client.force_login(editor)
    refused = client.post("/knowledge/editor/language-courses/", settings_form)
    assert refused.status_code == 400
    assert "Only a coordinator can change who may read a published page." in html(refused)
    assert Page.objects.get(pk=page.pk).audience == "staff"
    sign_in(coordinator)
    assert client.post("/knowledge/editor/language-courses/", settings_form).status_code == 302
    assert Page.objects.get(pk=page.pk).audience == "public"


def test_an_editor_names_the_partner_services_that_can_help(client, editor, page):
    from referrals.models import Organisation, Service

    office = Organisation.objects.create(name="Töötukassa", email="info@example.org")
    service = Service.objects.create(organisation=office, name="Job search counselling")
    client.force_login(editor)
    response = client.post(
        "/knowledge/editor/language-courses/",
        {
            "audience": "public",
            "source_language": "et",
            "review_interval_days": "365",
            "service_uids": [str(service.uid)],
        },
    )
    assert response.status_code == 302
    assert Page.objects.get(pk=page.pk).service_uids == [service.uid]
    assert "Töötukassa: Job search counselling" in html(
        client.get("/knowledge/editor/language-courses/")
    )
