"""The kinds of record Silta keeps for a limited time, with the period and legal basis
each starts with. An administrator can change both (RetentionRule); these are the
defaults a new installation gets, and what the record of processing names."""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _


class RecordKind(models.TextChoices):
    CLOSED_CASES = "closed_cases", _("Closed cases and their clients")
    ANONYMOUS_INQUIRIES = "anonymous_inquiries", _("Anonymous inquiries")
    RAW_EMAILS = "raw_emails", _("Raw e-mails and attachments")
    SESSION_NOTES = "session_notes", _("Session notes")
    REFERRALS = "referrals", _("Referrals and what was shared")
    AUDIT_EVENTS = "audit_events", _("Audit events")
    SURVEY_ANSWERS = "survey_answers", _("Survey answers")
    VOLUNTEER_DATA = "volunteer_data", _("Volunteer data")


class Action(models.TextChoices):
    ANONYMISE = "anonymise", _("Anonymise: personal fields emptied, counts kept")
    DELETE = "delete", _("Delete")


@dataclass(frozen=True)
class Default:
    days: int
    action: str
    # Counted from what: shown beside the period.
    since: str
    legal_basis: str


DEFAULTS: dict[str, Default] = {
    RecordKind.CLOSED_CASES: Default(
        days=5 * 365,
        action=Action.ANONYMISE,
        since=_("the case was closed"),
        legal_basis=_(
            "GDPR Art. 6(1)(e) and 9(2)(g): the public task of integration counselling. "
            "Kept five years after the last case closes, to continue the work if the "
            "person comes back and to answer complaints."
        ),
    ),
    RecordKind.ANONYMOUS_INQUIRIES: Default(
        days=2 * 365,
        action=Action.ANONYMISE,
        since=_("the inquiry was closed"),
        legal_basis=_(
            "GDPR Art. 6(1)(e): answering the question. The text may still identify the "
            "person; after two years only its channel, topic, language and dates are kept."
        ),
    ),
    RecordKind.RAW_EMAILS: Default(
        days=180,
        action=Action.DELETE,
        since=_("the e-mail arrived"),
        legal_basis=_(
            "GDPR Art. 5(1)(c) and (e): the original message is kept only to recover from "
            "a fault in reading it. The message as read stays with the inquiry."
        ),
    ),
    RecordKind.SESSION_NOTES: Default(
        days=5 * 365,
        action=Action.ANONYMISE,
        since=_("the session"),
        legal_basis=_(
            "GDPR Art. 6(1)(e) and 9(2)(g): the counsellor's record of the advice given. "
            "The note is emptied; the session's channel, topics and duration are kept."
        ),
    ),
    RecordKind.REFERRALS: Default(
        days=3 * 365,
        action=Action.ANONYMISE,
        since=_("the referral was made"),
        legal_basis=_(
            "GDPR Art. 6(1)(a) or (e): the consent or legal basis recorded with the "
            "referral. What was shared is removed; the partner and the outcome are kept."
        ),
    ),
    RecordKind.AUDIT_EVENTS: Default(
        days=5 * 365,
        action=Action.DELETE,
        since=_("the event"),
        legal_basis=_(
            "GDPR Art. 5(2) and 32: accountability, and showing a person who looked at "
            "their file. Kept as long as the longest client record it describes."
        ),
    ),
    RecordKind.SURVEY_ANSWERS: Default(
        days=2 * 365,
        action=Action.ANONYMISE,
        since=_("the answer"),
        legal_basis=_(
            "GDPR Art. 6(1)(e): monitoring the quality of the service. Comments are "
            "removed; ratings are kept without any link to the person."
        ),
    ),
    RecordKind.VOLUNTEER_DATA: Default(
        days=365,
        action=Action.DELETE,
        since=_("the volunteer left"),
        legal_basis=_(
            "GDPR Art. 6(1)(b) and (c): the volunteer agreement and the background check "
            "the law requires for work with vulnerable people."
        ),
    ),
}
