"""Fictional people for the demo: about 200 clients in Latin, Cyrillic and Arabic
script, spread over the offices the way DOMAIN.md describes them (Narva mostly
Russian-speaking and of undetermined citizenship, Tartu the support-person reception
for beneficiaries of protection, Tallinn mixed, Helsinki with a large Somali and Arabic
community). Deterministic: the same seed gives the same people on every machine."""

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

# (Latin, original) given names by gender, family names, citizenship, segments with
# their legal status, preferred language, other languages, offices.
GROUPS = {
    "ukrainian": {
        "female": [
            ("Olena", "Олена"),
            ("Oksana", "Оксана"),
            ("Iryna", "Ірина"),
            ("Yuliia", "Юлія"),
            ("Kateryna", "Катерина"),
            ("Tetiana", "Тетяна"),
        ],
        "male": [
            ("Dmytro", "Дмитро"),
            ("Andrii", "Андрій"),
            ("Serhii", "Сергій"),
            ("Mykola", "Микола"),
            ("Taras", "Тарас"),
            ("Bohdan", "Богдан"),
        ],
        "family": [
            ("Kovalenko", "Коваленко"),
            ("Shevchenko", "Шевченко"),
            ("Bondarenko", "Бондаренко"),
            ("Tkachenko", "Ткаченко"),
            ("Kravchuk", "Кравчук"),
            ("Melnyk", "Мельник"),
            ("Boiko", "Бойко"),
            ("Oliinyk", "Олійник"),
            ("Lysenko", "Лисенко"),
            ("Marchenko", "Марченко"),
        ],
        "citizenship": ["UA"],
        "segments": [("temp_protection", "temporary_protection")],
        "language": "uk",
        "others": ["ru", "en"],
        "offices": ["tallinn", "narva", "tallinn", "helsinki-itakeskus", "tartu"],
        "weight": 40,
    },
    "russian": {
        # Recorded in Cyrillic: the Narva office writes names as the person does.
        "female": [
            ("Мария", ""),
            ("Елена", ""),
            ("Ольга", ""),
            ("Татьяна", ""),
            ("Наталья", ""),
            ("Анна", ""),
            ("Светлана", ""),
        ],
        "male": [
            ("Иван", ""),
            ("Сергей", ""),
            ("Алексей", ""),
            ("Дмитрий", ""),
            ("Николай", ""),
            ("Владимир", ""),
            ("Андрей", ""),
        ],
        "family": [
            ("Иванов", ""),
            ("Петров", ""),
            ("Смирнов", ""),
            ("Кузнецов", ""),
            ("Попов", ""),
            ("Васильев", ""),
            ("Соколов", ""),
            ("Морозов", ""),
            ("Волков", ""),
            ("Федоров", ""),
        ],
        "citizenship": ["XX", "XX", "RU", "EE"],
        "segments": [
            ("undetermined", "long_term_resident"),
            ("long_term", "long_term_resident"),
            ("tcn_work", "temporary_permit"),
        ],
        "language": "ru",
        "others": ["et"],
        "offices": ["narva", "narva", "narva", "tallinn", "helsinki-itakeskus"],
        "weight": 55,
    },
    "arabic": {
        "female": [
            ("Fatima", "فاطمة"),
            ("Amina", "أمينة"),
            ("Layla", "ليلى"),
            ("Mariam", "مريم"),
            ("Noor", "نور"),
            ("Huda", "هدى"),
        ],
        "male": [
            ("Ahmad", "أحمد"),
            ("Mohammed", "محمد"),
            ("Omar", "عمر"),
            ("Yusuf", "يوسف"),
            ("Khalid", "خالد"),
            ("Hassan", "حسن"),
        ],
        "family": [
            ("Al-Sayed", "السيد"),
            ("Haddad", "حداد"),
            ("Khalil", "خليل"),
            ("Nasser", "ناصر"),
            ("Saleh", "صالح"),
            ("Hamdan", "حمدان"),
            ("Darwish", "درويش"),
            ("Mansour", "منصور"),
        ],
        "citizenship": ["SY", "IQ", "SD", "YE"],
        "segments": [
            ("bip", "international_protection"),
            ("asylum_seeker", "applicant"),
            ("tcn_family", "temporary_permit"),
        ],
        "language": "ar",
        "others": ["en"],
        "offices": ["tartu", "tartu", "tallinn", "helsinki-itakeskus"],
        "weight": 40,
    },
    "afghan": {
        "female": [
            ("Zahra", "زهرا"),
            ("Maryam", "مریم"),
            ("Shabnam", "شبنم"),
            ("Farzana", "فرزانه"),
        ],
        "male": [("Hamid", "حمید"), ("Farid", "فرید"), ("Ali", "علی"), ("Rahim", "رحیم")],
        "family": [
            ("Rahimi", "رحیمی"),
            ("Karimi", "کریمی"),
            ("Ahmadi", "احمدی"),
            ("Hosseini", "حسینی"),
            ("Sultani", "سلطانی"),
        ],
        "citizenship": ["AF"],
        "segments": [("bip", "international_protection"), ("asylum_seeker", "applicant")],
        "language": "prs",
        "others": ["fa", "en"],
        "offices": ["tartu", "tartu", "tallinn"],
        "weight": 20,
    },
    "somali": {
        "female": [("Hodan", ""), ("Ayaan", ""), ("Faadumo", ""), ("Sahra", "")],
        "male": [("Abdi", ""), ("Mohamed", ""), ("Ismail", ""), ("Liban", "")],
        "family": [("Warsame", ""), ("Farah", ""), ("Abdullahi", ""), ("Jama", ""), ("Osman", "")],
        "citizenship": ["SO"],
        "segments": [("bip", "international_protection"), ("tcn_family", "temporary_permit")],
        "language": "so",
        "others": ["en", "ar"],
        "offices": ["helsinki-itakeskus"],
        "weight": 20,
    },
    "international": {
        "female": [
            ("Priya", ""),
            ("Nguyen Thi", ""),
            ("Maria", ""),
            ("Giulia", ""),
            ("Ayşe", ""),
            ("Chiamaka", ""),
        ],
        "male": [
            ("Rahul", ""),
            ("Tuan", ""),
            ("José", ""),
            ("Marco", ""),
            ("Emre", ""),
            ("Chinedu", ""),
        ],
        "family": [
            ("Sharma", ""),
            ("Nguyen", ""),
            ("Santos", ""),
            ("Rossi", ""),
            ("Yılmaz", ""),
            ("Okafor", ""),
        ],
        "citizenship": ["IN", "VN", "PH", "IT", "TR", "NG", "BR"],
        "segments": [
            ("tcn_work", "temporary_permit"),
            ("tcn_study", "temporary_permit"),
            ("eu_citizen", "eu_right"),
            ("tcn_family", "temporary_permit"),
        ],
        "language": "en",
        "others": [],
        "offices": ["tallinn", "tallinn", "helsinki-itakeskus", "tartu"],
        "weight": 25,
    },
}

MUNICIPALITIES = {
    "tallinn": ["Tallinn", "Maardu", "Harku vald"],
    "narva": ["Narva", "Narva-Jõesuu", "Sillamäe"],
    "tartu": ["Tartu", "Elva"],
    "helsinki-itakeskus": ["Helsinki", "Vantaa", "Espoo"],
}
RELATIONSHIPS = ["partner", "child", "child", "parent", "sibling"]


@dataclass
class Person:
    profile: dict
    office: str
    household: int | None = None  # index of the household's first member
    relationship: str = ""
    extra: dict = field(default_factory=dict)


def _phone(rng: random.Random, office: str) -> str:
    if office.startswith("helsinki"):
        return f"+35840{rng.randrange(1_000_000, 9_999_999)}"
    return f"+3725{rng.randrange(1_000_000, 9_999_999)}"


def _female_family(group: str, family: str) -> str:
    """Russian family names agree with gender (Иванов → Иванова)."""
    return family + "а" if group == "russian" else family


def people(count: int = 200, *, today: date, seed: int = 2026) -> list[Person]:
    rng = random.Random(seed)
    names = list(GROUPS)
    weights = [GROUPS[name]["weight"] for name in names]
    result: list[Person] = []
    while len(result) < count:
        group_name = rng.choices(names, weights)[0]
        group = GROUPS[group_name]
        office = rng.choice(group["offices"])
        family, family_original = rng.choice(group["family"])
        size = rng.choices([1, 2, 3, 4], [55, 20, 15, 10])[0]
        size = min(size, count - len(result))
        head = len(result) if size > 1 else None
        taken: set[str] = set()  # no two children of one family share a name
        for member in range(size):
            gender = rng.choice(["female", "male"])
            given, given_original = rng.choice(
                [name for name in group[gender] if name[0] not in taken] or group[gender]
            )
            taken.add(given)
            is_child = member > 0 and rng.random() < 0.6
            age = rng.randrange(2, 17) if is_child else rng.randrange(19, 70)
            birth = today - timedelta(days=age * 365 + rng.randrange(365))
            segment, legal = rng.choice(group["segments"])
            arrival = today - timedelta(days=rng.randrange(30, 6 * 365))
            language = group["language"]
            email_name = (given + family).lower() if given.isascii() and family.isascii() else ""
            profile = {
                "given_name": given,
                "family_name": _female_family(group_name, family) if gender == "female" else family,
                "given_name_original": given_original,
                "family_name_original": family_original,
                "gender": gender,
                "birth_date": birth if rng.random() < 0.9 else None,
                "citizenship": rng.choice(group["citizenship"]),
                "segment": segment,
                "legal_status": legal,
                "arrival_date": arrival,
                "first_permit_date": arrival + timedelta(days=rng.randrange(0, 120))
                if segment not in {"asylum_seeker", "eu_citizen"}
                else None,
                "municipality": rng.choice(MUNICIPALITIES[office]),
                "preferred_language": language,
                "other_languages": rng.sample(group["others"], k=min(len(group["others"]), 1)),
                "interpreter_needed": language not in {"en", "ru"} and rng.random() < 0.6,
                "phone": _phone(rng, office) if not is_child else "",
                "email": f"{email_name}{rng.randrange(10, 99)}@example.org"
                if email_name and not is_child and rng.random() < 0.6
                else "",
            }
            if profile["interpreter_needed"]:
                profile["interpreter_language"] = language
            relationship = ""
            if head is not None:
                relationship = (
                    "applicant"
                    if member == 0
                    else ("child" if is_child else rng.choice(RELATIONSHIPS))
                )
            result.append(Person(profile, office, head, relationship))
    return result
