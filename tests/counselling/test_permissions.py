"""Every URL pattern and API route, requested by every role.

The table below classifies each named route. A route added without a line here fails
`test_every_route_is_classified`, so nobody can add a page that skips the policy.
"""

import re
from dataclasses import dataclass
from datetime import timedelta

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from activities.models import ActivitySeries, Meeting, SignUp
from channels.models import Attachment, CallBack, Inquiry, InquiryMessage, Visit
from clients.models import Consent, Household
from counselling.models import Case, CounsellingSession, FollowUp, Role
from outreach.models import OutreachEvent
from privacy.models import LegalHold, Restriction
from programmes.models import Enrolment, PlanGoal, Programme
from referrals.models import Organisation, Referral, Service
from volunteers.models import Match, Volunteer

ANONYMOUS = "anonymous"
EVERY_ROLE = frozenset(Role.values)
STAFF = frozenset({Role.RECEPTIONIST, Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN})
COORDINATORS = frozenset({Role.COORDINATOR, Role.ADMIN})
PUBLIC = frozenset({*EVERY_ROLE, ANONYMOUS})
CASEWORKERS = frozenset({Role.COUNSELLOR, Role.COORDINATOR, Role.ADMIN})
STAFF_AND_PARTNERS = STAFF | {Role.PARTNER}
KNOWLEDGE_EDITORS = frozenset(settings.KNOWLEDGE_EDITOR_ROLES)
COORDINATORS_AND_VOLUNTEERS = COORDINATORS | {Role.VOLUNTEER}


@dataclass(frozen=True)
class Rule:
    who: frozenset
    api: bool = False
    # "client", "office", "case", "consent" or "follow_up": the pk names an object in one office
    scope: str | None = None
    answers: frozenset = frozenset({200, 302, 405})  # what the allowed get (405: POST only)


RULES = {
    "home": Rule(EVERY_ROLE),
    "healthz": Rule(PUBLIC, answers=frozenset({200, 503})),  # 503 while no worker runs
    "set-language": Rule(PUBLIC),
    "sitemap": Rule(PUBLIC),
    "survey": Rule(PUBLIC, answers=frozenset({404})),  # by token: tests/reports/
    "account": Rule(EVERY_ROLE),
    "login": Rule(PUBLIC),
    "logout": Rule(PUBLIC),
    "two-factor": Rule(EVERY_ROLE),
    "two-factor-setup": Rule(EVERY_ROLE),
    "password_reset": Rule(PUBLIC),
    "password_reset_done": Rule(PUBLIC),
    "password_reset_confirm": Rule(PUBLIC),
    "password_reset_complete": Rule(PUBLIC),
    "client-list": Rule(STAFF),
    "client-create": Rule(STAFF),
    "session-create": Rule(CASEWORKERS, scope="client"),
    "client-detail": Rule(STAFF, scope="client"),
    "client-edit": Rule(STAFF, scope="client"),
    "client-household": Rule(STAFF, scope="client"),
    "client-merge": Rule(COORDINATORS, scope="client"),
    "consent-create": Rule(STAFF, scope="client"),
    "consent-withdraw": Rule(STAFF, scope="consent"),
    "case-create": Rule(CASEWORKERS, scope="client"),
    "case-detail": Rule(STAFF, scope="case"),
    "case-edit": Rule(CASEWORKERS, scope="case"),
    "case-handover": Rule(CASEWORKERS, scope="case"),
    "case-status": Rule(CASEWORKERS, scope="case"),
    "follow-up-done": Rule(CASEWORKERS, scope="follow_up"),
    "audit-log": Rule(COORDINATORS),
    "privacy-retention": Rule(frozenset({Role.ADMIN})),
    "privacy-retention-preview": Rule(frozenset({Role.ADMIN})),
    "privacy-processing": Rule(frozenset({Role.ADMIN})),
    "privacy-processing-pdf": Rule(frozenset({Role.ADMIN})),
    "privacy-hold-place": Rule(COORDINATORS, scope="client"),
    "privacy-erase": Rule(COORDINATORS, scope="client"),
    "privacy-export": Rule(COORDINATORS, scope="client"),
    "privacy-hold-lift": Rule(COORDINATORS, scope="legal_hold"),
    "privacy-restriction-place": Rule(COORDINATORS, scope="client"),
    "privacy-restriction-lift": Rule(COORDINATORS, scope="restriction"),
    # Coordinators' dashboards (their scope: tests/reports/). A list without its `kind`
    # is a bad request, so the lists that need one answer 400 here.
    "reports-caseload": Rule(COORDINATORS),
    # By table and format: the made-up ones here are a 404, tests/reports/ opens real ones.
    "reports-caseload-export": Rule(COORDINATORS, answers=frozenset({404})),
    "reports-caseload-cases": Rule(COORDINATORS, answers=frozenset({400})),
    "reports-caseload-sessions": Rule(COORDINATORS),
    "reports-caseload-follow-ups": Rule(COORDINATORS, answers=frozenset({400})),
    "reports-caseload-inquiries": Rule(COORDINATORS),
    "reports-service": Rule(COORDINATORS),
    "reports-service-export": Rule(COORDINATORS, answers=frozenset({404})),
    # Starting the PDF is POST only.
    "reports-service-report": Rule(COORDINATORS, answers=frozenset({405})),
    "reports-funders": Rule(COORDINATORS),
    # Starting a file is POST only; a made-up format is a 404 (tests/reports/).
    "reports-funders-file": Rule(COORDINATORS, answers=frozenset({404, 405})),
    # Files are their requester's alone, so a made-up id is a 404: tests/reports/.
    "report-file": Rule(COORDINATORS, answers=frozenset({404})),
    "report-file-download": Rule(COORDINATORS, answers=frozenset({404})),
    "reassign": Rule(COORDINATORS),
    "reports-satisfaction": Rule(COORDINATORS),
    # The survey at the desk is the answer to a POST (tests/reports/test_survey_desk.py).
    "survey-desk-session": Rule(CASEWORKERS, scope="session", answers=frozenset({405})),
    "survey-desk-inquiry": Rule(STAFF, scope="inquiry", answers=frozenset({405})),
    "contact": Rule(PUBLIC),
    "contact-sent": Rule(PUBLIC),
    "inbox": Rule(STAFF),
    "inquiry-detail": Rule(STAFF, scope="inquiry"),
    "inquiry-reply": Rule(CASEWORKERS, scope="inquiry"),
    "inquiry-assign": Rule(STAFF, scope="inquiry"),
    "inquiry-close": Rule(STAFF, scope="inquiry"),
    "inquiry-link": Rule(STAFF, scope="inquiry"),
    "walk-ins": Rule(STAFF),
    "call-create": Rule(STAFF),
    "call-backs": Rule(STAFF),
    "call-attempt": Rule(STAFF, scope="call_back"),
    "visit-end": Rule(STAFF, scope="visit"),
    "call-next": Rule(CASEWORKERS, scope="office"),
    "waiting-room": Rule(PUBLIC, answers=frozenset({200, 404})),  # by office code
    "attachment-download": Rule(STAFF, scope="attachment"),
    "partner-directory": Rule(STAFF),
    "outreach-list": Rule(STAFF),
    "outreach-create": Rule(CASEWORKERS),
    "outreach-detail": Rule(STAFF, scope="outreach_event"),
    "outreach-edit": Rule(CASEWORKERS, scope="outreach_event"),
    "outreach-tally": Rule(STAFF, scope="outreach_event"),
    "outreach-tally-undo": Rule(STAFF, scope="outreach_event", answers=frozenset({405})),
    "outreach-contact": Rule(STAFF, scope="outreach_event"),
    "outreach-link-sessions": Rule(CASEWORKERS, scope="outreach_event", answers=frozenset({405})),
    "knowledge-home": Rule(PUBLIC),
    "knowledge-search": Rule(PUBLIC),
    "knowledge-page": Rule(PUBLIC, answers=frozenset({404})),  # by slug: tests/knowledge/
    # Editors (settings.KNOWLEDGE_EDITOR_ROLES). Pages go by slug and language, so the
    # made-up ones here are a 404: tests/knowledge/test_editing.py opens real ones.
    "knowledge-editor": Rule(KNOWLEDGE_EDITORS),
    "knowledge-editor-new": Rule(KNOWLEDGE_EDITORS),
    "knowledge-editor-page": Rule(KNOWLEDGE_EDITORS, answers=frozenset({404})),
    "knowledge-editor-language": Rule(KNOWLEDGE_EDITORS, answers=frozenset({404})),
    "knowledge-editor-publish": Rule(KNOWLEDGE_EDITORS, answers=frozenset({404})),
    "knowledge-editor-history": Rule(KNOWLEDGE_EDITORS, answers=frozenset({404})),
    "knowledge-editor-version": Rule(KNOWLEDGE_EDITORS, answers=frozenset({404})),
    "knowledge-editor-restore": Rule(KNOWLEDGE_EDITORS, answers=frozenset({404})),
    "knowledge-links": Rule(STAFF),  # staff find public pages to give clients
    "knowledge-page-pdf": Rule(PUBLIC, answers=frozenset({404})),  # by slug: tests/knowledge/
    "knowledge-feedback": Rule(PUBLIC, answers=frozenset({405})),  # POST only, public
    "knowledge-feedback-thanks": Rule(PUBLIC, answers=frozenset({404})),  # by slug
    "referral-create": Rule(CASEWORKERS, scope="case"),
    "referral-list": Rule(STAFF),
    "referral-detail": Rule(STAFF, scope="referral"),
    "referral-withdraw": Rule(CASEWORKERS, scope="referral"),
    "referral-letter": Rule(STAFF, scope="referral"),
    # The partner's side. The link is signed (a made-up token is a 400); the pages are
    # named by uid (a number is not one) and open only to the organisation's users or a
    # browser that confirmed a code: tests/referrals/test_partner_answers.py.
    "partner-home": Rule(frozenset({Role.PARTNER})),
    "partner-link": Rule(PUBLIC, answers=frozenset({400})),
    "partner-referral": Rule(PUBLIC, answers=frozenset({404})),
    "partner-answer": Rule(PUBLIC, answers=frozenset({404, 405})),
    "partner-letter": Rule(PUBLIC, answers=frozenset({404})),
    # Programmes: the enrolment page and its POST-only forms (which look the enrolment up
    # first, so another office's is a 404 there too); training for every staff member.
    "enrolment-list": Rule(STAFF),
    "enrolment-create": Rule(CASEWORKERS, scope="client"),
    "enrolment-detail": Rule(STAFF, scope="enrolment"),
    "enrolment-move": Rule(CASEWORKERS, scope="enrolment"),
    "plan-goal-create": Rule(CASEWORKERS, scope="enrolment"),
    "plan-goal-review": Rule(CASEWORKERS, scope="plan_goal"),
    "training-home": Rule(STAFF),
    "training-complete": Rule(STAFF, answers=frozenset({405})),  # POST only: tests/training/
    "training-matrix": Rule(COORDINATORS),
    # POST only; another office's volunteer is a 404: tests/training/
    "training-volunteer-complete": Rule(COORDINATORS, answers=frozenset({405})),
    "api-token": Rule(PUBLIC, api=True),
    "api-me": Rule(STAFF, api=True),
    "api-root": Rule(STAFF, api=True),
    "api-office-list": Rule(STAFF, api=True),
    "api-office-detail": Rule(STAFF, api=True, scope="office"),
    "api-client-list": Rule(STAFF, api=True),
    "api-client-detail": Rule(STAFF, api=True, scope="client"),
    "api-client-search": Rule(STAFF, api=True),  # POST-only
    # POST-only actions answer a GET with 405 before looking anything up, so scoping is
    # tested by POSTs in tests/counselling/test_api_casework.py.
    "api-client-merge": Rule(STAFF, api=True),
    "api-household-list": Rule(STAFF, api=True),
    "api-household-detail": Rule(STAFF, api=True, scope="household"),
    "api-consent-list": Rule(STAFF, api=True),
    "api-consent-detail": Rule(STAFF, api=True, scope="consent"),
    "api-consent-withdraw": Rule(STAFF, api=True),
    "api-case-list": Rule(STAFF, api=True),
    "api-case-detail": Rule(STAFF, api=True, scope="case"),
    "api-case-handover": Rule(STAFF, api=True),
    "api-case-set-status": Rule(STAFF, api=True),
    "api-session-list": Rule(STAFF, api=True),
    "api-session-detail": Rule(STAFF, api=True, scope="session"),
    "api-follow-up-list": Rule(STAFF, api=True),
    "api-follow-up-detail": Rule(STAFF, api=True, scope="follow_up"),
    "api-follow-up-done": Rule(STAFF, api=True),
    "api-contact": Rule(PUBLIC, api=True, answers=frozenset({405})),  # POST only, public
    "api-inquiry-list": Rule(STAFF, api=True),
    "api-inquiry-detail": Rule(STAFF, api=True, scope="inquiry"),
    "api-inquiry-reply": Rule(STAFF, api=True),
    "api-inquiry-assign": Rule(STAFF, api=True),
    "api-inquiry-close": Rule(STAFF, api=True),
    "api-call-back-list": Rule(STAFF, api=True),
    "api-call-back-detail": Rule(STAFF, api=True, scope="call_back"),
    "api-call-back-attempt": Rule(STAFF, api=True),
    "api-walk-in-list": Rule(STAFF, api=True),
    "api-walk-in-detail": Rule(STAFF, api=True, scope="visit"),
    "api-audit-event-list": Rule(COORDINATORS, api=True),
    # Outreach: any staff member reads, taps and records contacts; planning is for
    # caseworkers (tests/outreach/test_api.py posts).
    "api-outreach-event-list": Rule(STAFF, api=True),
    "api-outreach-event-detail": Rule(STAFF, api=True, scope="outreach_event"),
    "api-outreach-event-tally": Rule(STAFF, api=True),
    "api-outreach-event-undo": Rule(STAFF, api=True),
    "api-outreach-event-contacts": Rule(STAFF, api=True),
    # The directory holds no personal data: any staff member reads all of it.
    "api-partner-list": Rule(STAFF, api=True),
    "api-partner-detail": Rule(STAFF, api=True, answers=frozenset({200, 404})),
    "api-service-list": Rule(STAFF, api=True),
    "api-service-detail": Rule(STAFF, api=True, answers=frozenset({200, 404})),
    # Partner users name a referral by uid, so a number is "not found" for them; their
    # scope is tested in tests/referrals/test_api.py.
    "api-referral-list": Rule(STAFF_AND_PARTNERS, api=True),
    "api-referral-detail": Rule(
        STAFF_AND_PARTNERS, api=True, scope="referral", answers=frozenset({200, 404})
    ),
    "api-referral-events": Rule(
        STAFF_AND_PARTNERS, api=True, scope="referral", answers=frozenset({200, 404})
    ),
    "api-referral-status": Rule(STAFF_AND_PARTNERS, api=True, answers=frozenset({405})),
    # The knowledge base: pages for everyone (by slug, so a number is not found; staff-only
    # pages are tested in tests/knowledge/test_api.py), the workflow for editors.
    "api-knowledge-topic-list": Rule(PUBLIC, api=True),
    "api-knowledge-page-list": Rule(PUBLIC, api=True),
    "api-knowledge-page-detail": Rule(PUBLIC, api=True, answers=frozenset({404})),
    "api-knowledge-version-list": Rule(KNOWLEDGE_EDITORS, api=True),
    "api-knowledge-version-detail": Rule(
        KNOWLEDGE_EDITORS, api=True, answers=frozenset({200, 404})
    ),
    "api-knowledge-version-submit": Rule(KNOWLEDGE_EDITORS, api=True, answers=frozenset({405})),
    "api-knowledge-version-publish": Rule(KNOWLEDGE_EDITORS, api=True, answers=frozenset({405})),
    "api-knowledge-version-restore": Rule(KNOWLEDGE_EDITORS, api=True, answers=frozenset({405})),
    # Volunteers: coordinators keep the roster and the matches; a volunteer's limited
    # account opens its own page and reads its own matches (tests/volunteers/).
    "volunteer-list": Rule(COORDINATORS),
    "volunteer-create": Rule(COORDINATORS),
    "volunteer-alerts": Rule(COORDINATORS),
    "volunteer-detail": Rule(COORDINATORS, scope="volunteer"),
    "volunteer-edit": Rule(COORDINATORS, scope="volunteer"),
    "match-suggest": Rule(COORDINATORS, scope="client"),
    "match-create": Rule(COORDINATORS, scope="client"),
    "match-detail": Rule(COORDINATORS, scope="match"),
    "match-check-in": Rule(COORDINATORS, scope="match", answers=frozenset({405})),
    "match-end": Rule(COORDINATORS, scope="match", answers=frozenset({405})),
    "my-matches": Rule(frozenset({Role.VOLUNTEER})),
    "api-volunteer-list": Rule(COORDINATORS, api=True),
    "api-volunteer-detail": Rule(COORDINATORS, api=True, scope="volunteer"),
    "api-match-list": Rule(COORDINATORS_AND_VOLUNTEERS, api=True),
    "api-match-detail": Rule(COORDINATORS_AND_VOLUNTEERS, api=True, scope="match"),
    "api-match-check-ins": Rule(COORDINATORS, api=True, scope="match"),
    "api-match-end": Rule(COORDINATORS, api=True, answers=frozenset({405})),  # POST only
    # Programmes hold no personal data; enrolments and goals are scoped by office (the
    # POST-only actions are scoped in tests/programmes/test_api.py).
    "api-programme-list": Rule(STAFF, api=True),
    "api-programme-detail": Rule(STAFF, api=True, answers=frozenset({200, 404})),
    "api-enrolment-list": Rule(STAFF, api=True),
    "api-enrolment-detail": Rule(STAFF, api=True, scope="enrolment"),
    "api-enrolment-move": Rule(STAFF, api=True),
    "api-plan-goal-list": Rule(STAFF, api=True),
    "api-plan-goal-detail": Rule(STAFF, api=True, scope="plan_goal"),
    "api-plan-goal-review": Rule(STAFF, api=True),
    # Group activities: organisers run series, meetings and attendance; any staff member
    # reads them and signs clients up (tests/activities/).
    "activity-list": Rule(STAFF),
    "activity-create": Rule(CASEWORKERS),
    "activity-detail": Rule(STAFF, scope="series"),
    "activity-edit": Rule(CASEWORKERS, scope="series"),
    "meeting-create": Rule(CASEWORKERS, scope="series"),
    "meeting-edit": Rule(CASEWORKERS, scope="meeting"),
    "meeting-attendance": Rule(CASEWORKERS, scope="meeting"),
    "activity-sign-up": Rule(STAFF, scope="client"),
    "sign-up-cancel": Rule(STAFF, scope="sign_up", answers=frozenset({405})),  # POST only
    "api-activity-list": Rule(STAFF, api=True),
    "api-activity-detail": Rule(STAFF, api=True, scope="series"),
    "api-meeting-list": Rule(STAFF, api=True),
    "api-meeting-detail": Rule(STAFF, api=True, scope="meeting"),
    "api-meeting-attendance": Rule(STAFF, api=True, scope="meeting"),
    "api-sign-up-list": Rule(STAFF, api=True),
    "api-sign-up-detail": Rule(STAFF, api=True, scope="sign_up"),
    "api-sign-up-cancel": Rule(STAFF, api=True, answers=frozenset({405})),
    "api-schema": Rule(STAFF, api=True),
    "api-docs": Rule(STAFF, api=True),
}
# The Django admin is for administrators only, every page of it. Inside it the admin's
# own model rules still answer 403 (nobody adds or deletes audit events) or 404.
ADMIN_RULE = Rule(frozenset({Role.ADMIN}), answers=frozenset({200, 302, 403, 404, 405}))


def _routes(patterns=None, prefix="", namespace=""):
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from _routes(pattern.url_patterns, route, inner)
        else:
            assert isinstance(pattern, URLPattern)
            yield route, f"{namespace}{pattern.name}" if pattern.name else namespace


ROUTES = sorted(set(_routes()))
EXAMPLE_VALUES = {"format": "json", "app_label": "counselling", "url": "no-such-page/"}


def example_path(route: str, pk: int) -> str:
    """A concrete path for a route, with `pk` wherever the route takes an object id."""

    def value(name: str) -> str:
        if name in EXAMPLE_VALUES:
            return EXAMPLE_VALUES[name]
        if name == "uidb64":
            return "MQ"
        if name == "token":  # of a password-reset link
            return "set-password"
        return str(pk)

    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda m: value(m.group(1)), route)
    path = path.replace("<drf_format_suffix:format>", ".json")
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda m: value(m.group(1)), path)
    path = path.replace("^", "").replace("$", "").replace("\\.", ".").replace("/?", "/")
    return "/" + path


def rule_for(name: str) -> Rule:
    if name.startswith("admin:"):
        return ADMIN_RULE
    return RULES[name]


def test_every_route_is_classified():
    unclassified = [
        route for route, name in ROUTES if not name.startswith("admin:") and name not in RULES
    ]
    assert unclassified == [], "add these routes to RULES in this file"


@pytest.fixture
def people(
    receptionist,
    counsellor,
    coordinator,
    administrator,
    partner,
    volunteer_user,
    client_a,
    client_b,
    office_b,
):
    return {
        Role.RECEPTIONIST: receptionist,
        Role.COUNSELLOR: counsellor,
        Role.COORDINATOR: coordinator,
        Role.ADMIN: administrator,
        Role.PARTNER: partner,
        Role.VOLUNTEER: volunteer_user,
    }


@pytest.fixture
def objects(client_a, client_b, office_a, office_b, volunteer_user):
    """Per scope, one object in office A (the personas' own) and one in office B."""
    pairs = {"client": (client_a, client_b), "office": (office_a, office_b)}
    pairs["case"] = tuple(Case.objects.get(client=c) for c in (client_a, client_b))
    pairs["consent"] = tuple(
        Consent.objects.create(client=c, scope="processing", recorded_by=case.owner)
        for c, case in zip((client_a, client_b), pairs["case"], strict=True)
    )
    pairs["follow_up"] = tuple(
        FollowUp.objects.create(
            client=c, assigned_to=case.owner, due_on=timezone.localdate(), description="x"
        )
        for c, case in zip((client_a, client_b), pairs["case"], strict=True)
    )
    pairs["session"] = tuple(
        CounsellingSession.objects.create(client=c, counsellor=case.owner, office=case.office)
        for c, case in zip((client_a, client_b), pairs["case"], strict=True)
    )
    pairs["household"] = tuple(
        Household.objects.create(name="Family", registered_office_id=office.pk)
        for office in (office_a, office_b)
    )
    pairs["inquiry"] = tuple(
        Inquiry.objects.create(
            channel="web_form", office=office, language="ru", due_at=timezone.now()
        )
        for office in (office_a, office_b)
    )
    pairs["attachment"] = tuple(
        Attachment.objects.create(
            message=InquiryMessage.objects.create(inquiry=inquiry, direction="in", body="x"),
            file=ContentFile(b"%PDF-1.4 x", name="a.pdf"),
            filename="a.pdf",
            content_type="application/pdf",
            size=10,
        )
        for inquiry in pairs["inquiry"]
    )
    pairs["visit"] = tuple(
        Visit.objects.create(office=office, number=1, language="ru", registered_by=case.owner)
        for office, case in zip((office_a, office_b), pairs["case"], strict=True)
    )
    pairs["call_back"] = tuple(
        CallBack.objects.create(
            inquiry=inquiry, phone="+37251234567", language="ru", due_at=timezone.now()
        )
        for inquiry in pairs["inquiry"]
    )
    organisation = Organisation.objects.create(
        name="Partner", kind="ngo", country="EE", email="partner@example.org", language="et"
    )
    service = Service.objects.create(organisation=organisation, name="Help")
    pairs["referral"] = tuple(
        Referral.objects.create(
            client=c,
            case=case,
            office=case.office,
            service=service,
            organisation=organisation,
            made_by=case.owner,
            reason="x",
            wished_by=timezone.localdate(),
            language="et",
            override_basis="public_task",
        )  # fmt: skip
        for c, case in zip((client_a, client_b), pairs["case"], strict=True)
    )
    pairs["series"] = tuple(
        ActivitySeries.objects.create(
            kind="language_cafe",
            title="Café",
            office=case.office,
            capacity=10,
            starts_on=timezone.localdate(),
            ends_on=timezone.localdate(),
            created_by=case.owner,
        )  # fmt: skip
        for case in pairs["case"]
    )
    pairs["meeting"] = tuple(
        Meeting.objects.create(
            series=series, starts_at=timezone.now(), ends_at=timezone.now() + timedelta(hours=1)
        )
        for series in pairs["series"]
    )
    pairs["sign_up"] = tuple(
        SignUp.objects.create(
            series=series, client=c, status="confirmed", signed_up_by=series.created_by
        )
        for series, c in zip(pairs["series"], (client_a, client_b), strict=True)
    )
    pairs["legal_hold"] = tuple(
        LegalHold.objects.create(client=c, reason="complaint", placed_by=case.owner)
        for c, case in zip((client_a, client_b), pairs["case"], strict=True)
    )
    # The rows only: the clients' records stay writable for the other routes.
    pairs["restriction"] = tuple(
        Restriction.objects.create(client=c, reason="contested", placed_by=case.owner)
        for c, case in zip((client_a, client_b), pairs["case"], strict=True)
    )
    # The volunteer persona is office A's volunteer, so office A's match is its own.
    pairs["volunteer"] = tuple(
        Volunteer.objects.create(first_name="Amina", user=user, kinds=["peer_counsellor"])
        for user in (volunteer_user, None)
    )
    for volunteer, office in zip(pairs["volunteer"], (office_a, office_b), strict=True):
        volunteer.offices.set([office])
    pairs["match"] = tuple(
        Match.objects.create(
            client=c,
            volunteer=volunteer,
            office=case.office,
            kind="peer_counsellor",
            starts_on=timezone.localdate(),
            shared_fields=["first_name"],
            made_by=case.owner,
        )
        for c, volunteer, case in zip(
            (client_a, client_b), pairs["volunteer"], pairs["case"], strict=True
        )
    )
    programme = Programme.objects.get(code="support_person")
    pairs["enrolment"] = tuple(
        Enrolment.objects.create(
            client=c,
            programme=programme,
            office=case.office,
            phase=programme.first_phase(),
            responsible=case.owner,
        )  # fmt: skip
        for c, case in zip((client_a, client_b), pairs["case"], strict=True)
    )
    pairs["plan_goal"] = tuple(
        PlanGoal.objects.create(enrolment=enrolment, kind="housing")
        for enrolment in pairs["enrolment"]
    )
    pairs["outreach_event"] = tuple(
        OutreachEvent.objects.create(
            title="Pop-up",
            office=office,
            place="Mall",
            starts_at=timezone.now(),
            ends_at=timezone.now() + timedelta(hours=2),
        )  # fmt: skip
        for office in (office_a, office_b)
    )
    return {scope: (own.pk, other.pk) for scope, (own, other) in pairs.items()}


def _signed_in_as(client, sign_in, people, who):
    client.logout()
    if who != ANONYMOUS:
        sign_in(people[who])
    return client


def _assert_refused(response, rule, who, path):
    if rule.api:
        expected = {401, 403} if who == ANONYMOUS else {403}
        assert response.status_code in expected, (who, path, response.status_code)
        if path.startswith("/api/v1/"):
            assert response["Content-Type"].startswith("application/json")
    elif who == ANONYMOUS or rule is ADMIN_RULE:
        # The admin's own login page forwards to ours (see SiltaAdminSite.login).
        assert response.status_code == 302, (who, path, response.status_code)
        location = response["Location"]
        assert location.startswith(("/account/login/?next=", "/admin/login/?next=")) or (
            path == "/admin/logout/" and location == "/admin/"
        ), (who, path, location)
    else:
        assert response.status_code == 403, (who, path, response.status_code)


def _assert_served(response, rule, who, path):
    """Allowed: the page answers as the rule says, and never by sending a signed-in
    person back to the login page."""
    assert response.status_code in rule.answers, (who, path, response.status_code)
    if response.status_code == 302 and who != ANONYMOUS:
        assert not response["Location"].startswith("/account/login/"), (who, path)


@pytest.mark.parametrize(("route", "name"), ROUTES, ids=[route for route, _ in ROUTES])
def test_route_answers_each_role_by_the_policy(route, name, client, sign_in, people, objects):
    if not name.startswith("admin:") and name not in RULES:
        pytest.fail(f"{route} is not classified in RULES")
    rule = rule_for(name)
    own = objects[rule.scope or "client"][0]
    path = example_path(route, own)
    for who in [ANONYMOUS, *EVERY_ROLE]:
        response = _signed_in_as(client, sign_in, people, who).get(path)
        if who in rule.who:
            _assert_served(response, rule, who, path)
        else:
            _assert_refused(response, rule, who, path)


def _main(response) -> bytes:
    """The page's own content, without the per-request CSRF token and return path."""
    return response.content.partition(b"<main")[2] or response.content


SCOPED = [(route, name) for route, name in ROUTES if name in RULES and RULES[name].scope]


@pytest.mark.parametrize(("route", "name"), SCOPED, ids=[route for route, _ in SCOPED])
def test_objects_of_another_office_answer_404_like_missing_ones(
    route, name, client, sign_in, people, objects
):
    rule = RULES[name]
    other = objects[rule.scope][1]
    for who in sorted(rule.who):
        signed_in = _signed_in_as(client, sign_in, people, who)
        other_office = signed_in.get(example_path(route, other))
        missing = signed_in.get(example_path(route, 987654))
        assert missing.status_code == 404, (who, route)
        if who == Role.ADMIN:
            assert other_office.status_code in {200, 405}, route  # 405: POST-only
        else:
            assert other_office.status_code == 404, (who, route)
            assert _main(other_office) == _main(missing), "the 404 must not tell the two apart"
