"""Fictional partner directory for `make run`: about 22 organisations of DOMAIN.md §4,
each with one to three services. Addresses are at example.org; called by load_demo."""

import random
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from clients.models import Consent, Topic
from counselling.models import Case, Role, User
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
