"""Fictional partner directory for `make run`: about 22 organisations of DOMAIN.md §4,
each with one to three services. Addresses are at example.org; called by load_demo."""

import math
import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from simple_history.utils import bulk_create_with_history

from clients.models import Consent, Topic
from counselling import demo_times
from counselling.models import Case, Role, User
from counselling.workdays import add_working_days
from knowledge.models import Page

from . import sharing
from .models import MINIMUM_SHARED, Organisation, PartnerMember, Referral, ReferralEvent, Service
from .selectors import folded, organisation_names

EE, FI = "EE", "FI"
# name (English, local), kind, country, correspondence language, services:
# (name, topic codes, languages, places, working days to answer)
PARTNERS = [
    (
        "Police and Border Guard Board",
        "Politsei- ja Piirivalveamet",
        "migration",
        EE,
        "et",
        [
            ("Residence permits and extensions", ["residence"], ["et", "ru", "en"], [], 10),
            ("Temporary protection", ["residence"], ["et", "ru", "en", "uk"], [], 5),
        ],
    ),
    (
        "Unemployment Insurance Fund",
        "Töötukassa",
        "employment",
        EE,
        "et",
        [
            ("Job search counselling", ["work"], ["et", "ru", "en", "uk"], [], 5),
            ("Labour market training", ["work", "language"], ["et", "ru"], [], 10),
        ],
    ),
    (
        "Social Insurance Board",
        "Sotsiaalkindlustusamet",
        "social_insurance",
        EE,
        "et",
        [
            ("Support-person service", ["programmes"], ["et", "ru", "en", "ar"], [], 5),
            ("Victim support", ["rights", "family"], ["et", "ru", "en"], [], 2),
        ],
    ),
    (
        "Health Insurance Fund",
        "Tervisekassa",
        "health_insurance",
        EE,
        "et",
        [
            ("Health insurance cover", ["health"], ["et", "ru", "en"], [], 10),
        ],
    ),
    (
        "Tax and Customs Board",
        "Maksu- ja Tolliamet",
        "registers",
        EE,
        "et",
        [
            ("Income tax returns", ["tax"], ["et", "ru", "en"], [], 10),
        ],
    ),
    (
        "Tallinn Social Welfare Department",
        "Tallinna Sotsiaal- ja Tervishoiuamet",
        "municipality",
        EE,
        "et",
        [
            ("Social benefits", ["social"], ["et", "ru"], ["Tallinn"], 10),
            ("Housing support", ["housing"], ["et", "ru", "en"], ["Tallinn"], 10),
        ],
    ),
    (
        "Narva City Government",
        "Narva Linnavalitsus",
        "municipality",
        EE,
        "et",
        [
            ("Residence registration", ["registration"], ["et", "ru"], ["Narva"], 5),
            ("Social work", ["social", "family"], ["ru", "et"], ["Narva"], 10),
        ],
    ),
    (
        "Tartu Social Services",
        "Tartu Sotsiaalabi",
        "municipality",
        EE,
        "et",
        [
            ("Family support", ["family", "social"], ["et", "en", "ru"], ["Tartu"], 10),
        ],
    ),
    (
        "Integration Foundation",
        "Integratsiooni Sihtasutus",
        "integration",
        EE,
        "et",
        [
            ("Settle in Estonia programme", ["programmes"], ["et", "ru", "en", "uk"], [], 10),
            ("Estonian language houses", ["language"], ["et", "ru", "en"], ["Tallinn", "Narva"], 5),
            ("Returnee adviser", ["everyday"], ["et", "en", "ru"], [], 10),
        ],
    ),
    (
        "Education and Youth Board",
        "Haridus- ja Noorteamet",
        "integration",
        EE,
        "et",
        [
            ("Language and citizenship exams", ["citizenship", "language"], ["et", "ru"], [], 10),
        ],
    ),
    (
        "Labour Inspectorate",
        "Tööinspektsioon",
        "rights",
        EE,
        "et",
        [
            ("Employment rights advice", ["work", "rights"], ["et", "ru", "en"], [], 5),
        ],
    ),
    (
        "Estonian Refugee Council",
        "Eesti Pagulasabi",
        "ngo",
        EE,
        "en",
        [
            ("Adaptation support", ["everyday", "housing"], ["et", "en", "ar", "uk", "ru"], [], 5),
            (
                "Mental health support",
                ["health"],
                ["en", "ar", "uk", "ru"],
                ["Tallinn", "Tartu"],
                5,
            ),
        ],
    ),
    (
        "Estonian Human Rights Centre",
        "Eesti Inimõiguste Keskus",
        "ngo",
        EE,
        "en",
        [
            ("Legal aid for refugees", ["rights", "residence"], ["et", "en", "ru"], [], 10),
        ],
    ),
    (
        "Legal Information Centre for Human Rights",
        "Inimõiguste Teabekeskus",
        "ngo",
        EE,
        "ru",
        [
            (
                "Citizenship and undetermined citizenship advice",
                ["citizenship", "rights"],
                ["ru", "et", "en"],
                [],
                10,
            ),
        ],
    ),
    (
        "Johannes Mihkelson Centre",
        "Johannes Mihkelsoni Keskus",
        "ngo",
        EE,
        "et",
        [
            (
                "Counselling for victims of violence",
                ["family", "health"],
                ["et", "ru", "en"],
                [],
                2,
            ),
        ],
    ),
    (
        "IOM Estonia",
        "IOM Eesti",
        "ngo",
        EE,
        "en",
        [
            ("Voluntary return counselling", ["residence"], ["en", "ru", "ar", "fa"], [], 10),
        ],
    ),
    (
        "Finnish Immigration Service",
        "Maahanmuuttovirasto (Migri)",
        "migration",
        FI,
        "fi",
        [
            ("Residence permits", ["residence"], ["fi", "sv", "en"], [], 10),
            ("Citizenship applications", ["citizenship"], ["fi", "sv", "en"], [], 20),
        ],
    ),
    (
        "Kela",
        "Kela",
        "social_insurance",
        FI,
        "fi",
        [
            ("Residence-based social security", ["social", "health"], ["fi", "sv", "en"], [], 10),
            ("Housing allowance", ["housing"], ["fi", "sv", "en"], [], 10),
        ],
    ),
    (
        "Helsinki Employment Services",
        "Helsingin työllisyyspalvelut",
        "employment",
        FI,
        "fi",
        [
            (
                "Integration training",
                ["work", "language"],
                ["fi", "sv", "en", "so", "ar"],
                ["Helsinki"],
                10,
            ),
        ],
    ),
    (
        "Digital and Population Data Services Agency",
        "Digi- ja väestötietovirasto (DVV)",
        "registers",
        FI,
        "fi",
        [
            ("Registration of foreigners", ["registration"], ["fi", "sv", "en"], [], 10),
        ],
    ),
    (
        "Finnish Red Cross",
        "Suomen Punainen Risti",
        "ngo",
        FI,
        "fi",
        [
            ("Family tracing and reunification", ["family"], ["fi", "en", "ar", "so"], [], 10),
        ],
    ),
    (
        "Refugee Advice Centre",
        "Pakolaisneuvonta",
        "ngo",
        FI,
        "fi",
        [
            (
                "Legal advice for asylum seekers",
                ["rights", "residence"],
                ["fi", "en", "ar", "fa", "so"],
                ["Helsinki"],
                10,
            ),
        ],
    ),
]


@transaction.atomic
def load() -> dict[str, int]:
    created = _directory() if not Organisation.objects.exists() else {}
    if not Referral.objects.exists():
        created.update(_referrals())
    if not Referral.objects.filter(created_at__lt=timezone.now() - HISTORY).exists():
        created.update(_past_referrals())
    return created


def _directory() -> dict[str, int]:
    topics = {topic.code: topic for topic in Topic.objects.filter(parent__isnull=True)}
    services = 0
    for number, (name, local_name, kind, country, language, offered) in enumerate(PARTNERS):
        local = {"name_et": local_name} if country == EE else {"name_fi": local_name}
        organisation = Organisation.objects.create(
            name=name,
            name_en=name,
            **local,
            kind=kind,
            country=country,
            email=f"referrals{number + 1}@partner.example.org",
            language=language,
            attach_pdf=kind in {"ngo", "municipality"},
        )
        for service_name, codes, languages, places, days in offered:
            service = Service.objects.create(
                organisation=organisation,
                name=service_name,
                name_en=service_name,
                languages=languages,
                places=places,
                response_days=days,
            )
            service.topics.set([topics[code] for code in codes if code in topics])
            services += 1
    return {"partners": len(PARTNERS), "partner_services": services}


# Demo knowledge pages (knowledge/demo_pages.py) and the services that can help with
# them, by English organisation and service names.
PAGE_SERVICES = {
    "extend-temporary-residence-permit": [
        ("Police and Border Guard Board", "Residence permits and extensions")
    ],
    "temporary-protection-rights-and-renewal": [
        ("Police and Border Guard Board", "Temporary protection")
    ],
    "looking-for-work": [("Unemployment Insurance Fund", "Job search counselling")],
    "register-as-unemployed": [
        ("Unemployment Insurance Fund", "Job search counselling"),
        ("Unemployment Insurance Fund", "Labour market training"),
    ],
    "employment-contract": [("Labour Inspectorate", "Employment rights advice")],
    "health-insurance-estonia": [("Health Insurance Fund", "Health insurance cover")],
    "income-tax-estonia": [("Tax and Customs Board", "Income tax returns")],
    "mental-health-support": [("Estonian Refugee Council", "Mental health support")],
    "domestic-violence-help-now": [
        ("Social Insurance Board", "Victim support"),
        ("Johannes Mihkelson Centre", "Counselling for victims of violence"),
    ],
    "renting-a-flat": [("Tallinn Social Welfare Department", "Housing support")],
    "free-estonian-language-courses": [("Integration Foundation", "Estonian language houses")],
    "estonian-language-exams": [("Education and Youth Board", "Language and citizenship exams")],
    "settle-in-estonia-programme": [("Integration Foundation", "Settle in Estonia programme")],
    "support-person-service": [("Social Insurance Board", "Support-person service")],
    "grey-passport-undetermined-citizenship": [
        (
            "Legal Information Centre for Human Rights",
            "Citizenship and undetermined citizenship advice",
        )
    ],
    "kela-residence-based-social-security": [("Kela", "Residence-based social security")],
    "migri-extended-residence-permit": [("Finnish Immigration Service", "Residence permits")],
}


@transaction.atomic
def link_knowledge_pages() -> dict[str, int]:
    """Name the services that can help on demo knowledge pages that name none yet (run
    after both the directory and the pages are loaded)."""
    services = {
        (service.organisation.name_en, service.name_en): service.uid
        for service in Service.objects.select_related("organisation")
    }
    linked = 0
    for page in Page.objects.filter(slug__in=PAGE_SERVICES, service_uids=[]):
        uids = [services[pair] for pair in PAGE_SERVICES[page.slug] if pair in services]
        if uids:
            page.service_uids = uids
            page.save(update_fields=["service_uids"])
            linked += 1
    return {"knowledge_pages_with_services": linked}


def _referrals() -> dict[str, int]:
    """The demo partner user answers for the Unemployment Insurance Fund; clients who
    consented to share with a partner have a referral there, in every state. Made as
    history: no e-mails are queued."""
    partner = User.objects.filter(role=Role.PARTNER).first()
    fund = Organisation.objects.filter(name_en="Unemployment Insurance Fund").first()
    if fund is not None and partner is not None:
        PartnerMember.objects.get_or_create(user=partner, defaults={"organisation": fund})
    rng = random.Random(6)
    now = timezone.now()
    states = [
        ["sent"], ["sent", "accepted"], ["sent", "accepted", "completed"],
        ["sent", "declined"], ["sent", "withdrawn"],
    ]  # fmt: skip
    made = 0
    # Consents name the partner in one of its languages; look each name up once.
    by_name = {
        name: organisation
        for organisation in Organisation.objects.filter(active=True)
        for name in organisation_names(organisation)
    }
    consents = Consent.objects.filter(scope="sharing", withdrawn_at__isnull=True).select_related(
        "client"
    )
    for consent in consents.order_by("pk")[:40]:
        organisation = by_name.get(folded(consent.partner_name))
        case = (
            Case.objects.filter(client=consent.client, status="open")
            .select_related("owner")
            .first()
        )
        service = organisation and organisation.services.filter(active=True).first()
        if not (service and case and case.owner):
            continue
        steps = rng.choice(states)
        sent_at = now - timedelta(days=rng.randrange(2, 60))
        referral = Referral.objects.create(
            client=consent.client, case=case, office_id=case.office_id, service=service,
            organisation=organisation, made_by=case.owner, consent=consent,
            reason="Needs help with " + service.name_en.lower() + ".",
            shared=sharing.snapshot(consent.client, MINIMUM_SHARED),
            wished_by=(sent_at + timedelta(days=14)).date(), language=organisation.language,
            status=steps[-1], created_at=sent_at, status_changed_at=sent_at,
            decline_reason="no_capacity" if steps[-1] == "declined" else "",
            outcome="provided" if steps[-1] == "completed" else "",
        )  # fmt: skip
        for number, status in enumerate(steps):
            ReferralEvent.objects.create(
                referral=referral,
                status=status,
                at=sent_at + timedelta(days=number * 3),
                actor=None if status in {"accepted", "declined", "completed"} else case.owner,
                by_partner=status in {"accepted", "declined", "completed"},
            )
        made += 1
    return {"referrals": made}


# The referrals above are of the last two months; older ones are the year's history, and
# their absence means it is still to be loaded.
HISTORY = timedelta(days=90)
PAST_REFERRALS = 148
# How a referral of the past year went; the last step is its status now. About 70 %
# were accepted (and most of those completed), as DOMAIN.md §9 has it.
PAST_STEPS = {
    ("sent", "accepted", "completed"): 50,
    ("sent", "accepted"): 27,
    ("sent", "declined"): 13,
    ("sent", "withdrawn"): 4,
    ("sent", "accepted", "withdrawn"): 1,
    ("sent", "failed"): 1,
    ("sent",): 3,
}
# Sent in the last fortnight: many are still waiting for an answer.
RECENT_STEPS = {("sent",): 45, ("sent", "accepted"): 45, ("sent", "declined"): 10}
DECLINE_REASONS = {
    "no_capacity": 30,
    "not_eligible": 25,
    "other_service": 20,
    "not_enough_information": 10,
    "duplicate": 10,
    "other": 5,
}
OUTCOMES = {
    "provided": 70,
    "partly_provided": 15,
    "did_not_come": 8,
    "unreachable": 4,
    "referred_on": 3,
}
REASONS = [
    "Needs help with {service}.",
    "Asked us to arrange {service}; documents checked together.",
    "Came to us twice about this; {service} is the right place.",
    "Counsellor recommends {service}; the client agreed and knows what is shared.",
]


def _weighted(rng, weights: dict):
    return rng.choices(list(weights), list(weights.values()))[0]


def _past_referrals() -> dict[str, int]:
    """Referrals of the past year from cases of every office, to partners in the
    office's country that serve its town. Each rests on the client's consent to share
    with that organisation, recorded just before (or already standing); partners answer
    after a few working days. Made as history: no e-mails are queued, and the few still
    unanswered count as reminded."""
    rng = random.Random(5)
    today, now = timezone.localdate(), timezone.now()
    services = list(
        Service.objects.filter(active=True, organisation__active=True)
        .select_related("organisation")
        .prefetch_related("topics")
        .order_by("pk")
    )
    cases = list(
        Case.objects.filter(client__isnull=False, owner__isnull=False, opened_on__lt=today)
        .select_related("client", "office", "owner")
        .prefetch_related("topics")
        .order_by("pk")
    )
    standing = {
        (consent.client_id, folded(consent.partner_name)): consent
        for consent in Consent.objects.filter(scope="sharing", withdrawn_at__isnull=True)
    }
    consents, referrals, steps_of = [], [], []
    for case in rng.sample(cases, k=min(PAST_REFERRALS, len(cases))):
        service = _service_for(rng, case, services)
        if service is None:
            continue
        organisation = service.organisation
        last_day = min(case.closed_on or today, today - timedelta(days=1))
        (day,) = demo_times.days(rng, 1, first=case.opened_on, last=last_day)
        sent_at = demo_times.at(rng, day)
        consent = next(
            (
                standing[case.client_id, name]
                for name in organisation_names(organisation)
                if (case.client_id, name) in standing
                and standing[case.client_id, name].given_at <= sent_at
            ),
            None,
        )
        if consent is None:
            consent = Consent(
                client=case.client,
                scope=Consent.Scope.SHARING,
                partner_name=organisation.name,
                given_at=sent_at - timedelta(minutes=rng.randrange(5, 30)),
                recorded_by=case.owner,
            )
            consents.append(consent)
            standing[case.client_id, folded(organisation.name)] = consent
        recent = (today - day).days < 14
        steps = _weighted(rng, RECENT_STEPS if recent else PAST_STEPS)
        moments = _moments(rng, steps, sent_at, service.response_days, now)
        steps = steps[: len(moments)]  # what has not happened yet by now
        status = steps[-1]
        wished_by = add_working_days(day, service.response_days)
        referral = Referral(
            client=case.client, case=case, office_id=case.office_id, service=service,
            organisation=organisation, made_by=case.owner, consent=consent,
            reason=rng.choice(REASONS).format(service=service.name_en.lower()),
            shared=sharing.snapshot(case.client, MINIMUM_SHARED), wished_by=wished_by,
            language=organisation.language, status=status, created_at=sent_at,
            status_changed_at=moments[-1],
            decline_reason=_weighted(rng, DECLINE_REASONS) if status == "declined" else "",
            outcome=_weighted(rng, OUTCOMES) if status == "completed" else "",
            reminded_at=demo_times.at(rng, wished_by + timedelta(days=1))
            if status == "sent" and wished_by < today
            else None,
        )  # fmt: skip
        referrals.append(referral)
        steps_of.append(list(zip(steps, moments, strict=True)))
    bulk_create_with_history(consents, Consent)
    Referral.objects.bulk_create(referrals)
    partner_steps = {"accepted", "declined", "completed", "failed"}
    ReferralEvent.objects.bulk_create(
        ReferralEvent(
            referral=referral,
            status=status,
            at=at,
            actor=None if status in partner_steps else referral.made_by,
            by_partner=status in partner_steps - {"failed"},
        )
        for referral, steps in zip(referrals, steps_of, strict=True)
        for status, at in steps
    )
    return {"past_referrals": len(referrals), "sharing_consents": len(consents)}


def _service_for(rng, case: Case, services: list[Service]) -> Service | None:
    """A service in the case's country and town, about one of its topics if any is."""
    country = FI if case.office.city == "Helsinki" else EE
    near = [
        service
        for service in services
        if service.organisation.country == country
        and (not service.places or case.office.city in service.places)
    ]
    wanted = {topic.parent_id or topic.pk for topic in case.topics.all()}
    about = [s for s in near if wanted & {topic.pk for topic in s.topics.all()}]
    pool = about if about and rng.random() < 0.8 else near
    return rng.choice(pool) if pool else None


def _moments(rng, steps, sent_at, response_days: int, now) -> list:
    """When each step happened: the partner answers in about half its promised working
    days (some take longer), the service ends weeks later. Steps after now are cut."""
    moments = [sent_at]
    for status in steps[1:]:
        if status in {"accepted", "declined"}:
            days = rng.lognormvariate(math.log(max(1.0, response_days / 2)), 0.7)
        elif status == "failed":
            days = 0.01
        elif status == "withdrawn":
            days = rng.uniform(1, 6)
        else:  # completed
            days = rng.uniform(7, 45)
        moment = demo_times.office_time(moments[-1], later_by=timedelta(days=days))
        if moment >= now:
            break
        moments.append(moment)
    return moments
