"""The record of processing activities (GDPR Art. 30) as far as Silta can write it: what
the service does with personal data, generated from the configuration, so the page a
data-protection officer reads says what this installation really does.

Each activity names the retention kinds (privacy.kinds) that bound it; the periods come
from the administrators' rules at the moment the record is read."""

from dataclasses import dataclass, field

from django.conf import settings
from django.utils.translation import gettext as _

from clients.models import Consent
from counselling.models import Office, Role
from referrals.models import Organisation

from .kinds import RecordKind
from .models import RetentionRule


@dataclass
class Activity:
    name: str
    purpose: str
    data: list[str]
    people: list[str]
    recipients: list[str]
    kinds: list[str]
    safeguards: list[str]
    retention: list[RetentionRule] = field(default_factory=list)


def activities() -> list[Activity]:
    """Every activity, in the reader's language, with its retention rules as they are."""
    everywhere = [
        _("Access by role, to the staff of the client's offices only."),
        _("Every view, change, export and print of client data is in an append-only audit log."),
    ]
    two_factor = ", ".join(str(Role(role).label) for role in settings.TWO_FACTOR_REQUIRED_ROLES)
    kinds = Organisation.objects.order_by().values_list("kind", flat=True).distinct()
    partners = sorted(str(Organisation.Kind(kind).label) for kind in kinds)
    scopes = ", ".join(str(label) for _value, label in Consent.Scope.choices)
    hidden_below = settings.REPORT_SUPPRESS_BELOW
    listed = [
        Activity(
            name=_("Counselling and case work"),
            purpose=_("Guiding newcomers to the information and services they need."),
            data=[
                _("Identity and contact details"),
                _("Residence status, client segment and languages"),
                _("Case notes: may hold health data and experiences of violence"),
            ],
            people=[_("Newcomers who ask for guidance, and their household members")],
            recipients=[_("No one outside the service, except by referral")],
            kinds=[RecordKind.CLOSED_CASES, RecordKind.SESSION_NOTES],
            safeguards=[
                *everywhere,
                _("Restricted notes: only their author and the coordinators read them."),
                _("Two-factor sign-in for: %(roles)s.") % {"roles": two_factor},
            ],
        ),
        Activity(
            name=_("Inquiries by web form, e-mail, phone and walk-in"),
            purpose=_("Answering questions, anonymously if the person wishes."),
            data=[_("The question, the contact details given, the e-mail and its attachments")],
            people=[_("Anyone who asks, registered or not")],
            recipients=[_("No one outside the service")],
            kinds=[RecordKind.ANONYMOUS_INQUIRIES, RecordKind.RAW_EMAILS],
            safeguards=everywhere,
        ),
        Activity(
            name=_("Referrals to partner agencies"),
            purpose=_("Passing a client to the agency that can decide or help."),
            data=[_("What the counsellor chose to share for the referral")],
            people=[_("Clients referred")],
            recipients=partners or [_("No partner organisations yet")],
            kinds=[RecordKind.REFERRALS],
            safeguards=[
                _("Sent only with a recorded consent or legal basis (%(scopes)s).")
                % {"scopes": scopes},
                _("The e-mail holds no personal data: a signed, expiring link leads to it."),
            ],
        ),
        Activity(
            name=_("Satisfaction surveys"),
            purpose=_("Monitoring the quality of the service."),
            data=[_("A rating, whether the person got the information, a comment")],
            people=[_("People served, after an inquiry or a session")],
            recipients=[
                _("No one: results only for groups of %(n)s answers or more") % {"n": hidden_below}
            ],
            kinds=[RecordKind.SURVEY_ANSWERS],
            safeguards=[_("Never shown per counsellor; comments only with month and office.")],
        ),
        Activity(
            name=_("Statistics and funder reports"),
            purpose=_("Reporting the service's work to its funders and management."),
            data=[_("Counts by channel, segment, topic, language, sex and age group")],
            people=[_("Everyone served")],
            recipients=[_("Funders and ministries: numbers only")],
            kinds=[],
            safeguards=[
                _("Counts under %(n)s are hidden, and a second cell where one could be worked out.")
                % {"n": hidden_below},
                _("Participants are pseudonymous ids made with a key kept outside the data."),
            ],
        ),
        Activity(
            name=_("The audit log"),
            purpose=_("Showing who looked at or changed which record, and why."),
            data=[_("Who, what, which client (as a number), when, from which address")],
            people=[_("Staff and partner users; clients as numbers")],
            recipients=[_("The service's coordinators and administrators")],
            kinds=[RecordKind.AUDIT_EVENTS],
            safeguards=[_("No one can change an event; only the retention run removes old ones.")],
        ),
        Activity(
            name=_("Volunteers"),
            purpose=_("Matching newcomers with mentors, language partners and peer counsellors."),
            data=[_("Contact details, languages, availability, background-check dates")],
            people=[_("Volunteers")],
            recipients=[_("No one outside the service")],
            kinds=[RecordKind.VOLUNTEER_DATA],
            safeguards=[_("A volunteer sees only what a match shares of a client.")],
        ),
    ]
    rules = {rule.kind: rule for rule in RetentionRule.objects.all()}
    for activity in listed:
        activity.retention = [rules[kind] for kind in activity.kinds if kind in rules]
    return listed


def offices() -> list[str]:
    return list(Office.objects.order_by("name").values_list("name", flat=True))
