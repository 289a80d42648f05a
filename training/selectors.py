"""Who must read which staff-only pages, and who has."""

from django.db.models import Prefetch, QuerySet

from counselling.access import office_ids
from counselling.models import Role, User
from knowledge.models import Page
from volunteers.access import volunteers_for

from .models import Completion, TrainingModule


def modules_for(user: User) -> QuerySet[TrainingModule]:
    """The active modules whose audience includes the user's role, with their pages."""
    return (
        TrainingModule.objects.filter(
            active=True, audience__in=TrainingModule.audiences_for(user.role)
        )
        .prefetch_related(Prefetch("pages", queryset=Page.objects.order_by("slug")))
        .order_by("name", "pk")
    )


def my_training(user: User) -> list[dict]:
    """The user's modules, each page with when the user completed it (or None)."""
    done = dict(Completion.objects.filter(user=user).values_list("page_id", "completed_at"))
    rows = []
    for module in modules_for(user):
        required = [(page, done.get(page.pk)) for page in module.pages.all()]
        missing = sum(1 for _, at in required if at is None)
        rows.append({"module": module, "required": required, "missing": missing})
    return rows


def matrix(user: User) -> list[dict]:
    """For a coordinator: per module, the active staff of their offices it is for and,
    if it is for volunteers, the active volunteers of their offices; for each of them
    the date of each required page or None (missing). Five queries however many."""
    modules = list(
        TrainingModule.objects.filter(active=True)
        .prefetch_related(Prefetch("pages", queryset=Page.objects.order_by("slug")))
        .order_by("name", "pk")
    )
    staff = User.objects.filter(is_active=True, role__in=_staff_roles())
    if user.role != Role.ADMIN:
        staff = staff.filter(offices__in=office_ids(user))
    people = list(staff.distinct().order_by("first_name", "last_name", "username"))
    volunteers = list(volunteers_for(user).filter(active=True))
    done = {
        (user_id, page_id): at
        for user_id, page_id, at in Completion.objects.filter(user__in=people).values_list(
            "user_id", "page_id", "completed_at"
        )
    }
    volunteers_done = {
        (volunteer_id, page_id): at
        for volunteer_id, page_id, at in Completion.objects.filter(
            volunteer__in=volunteers
        ).values_list("volunteer_id", "page_id", "completed_at")
    }
    rows = []
    for module in modules:
        pages = list(module.pages.all())
        roles = TrainingModule.ROLES[TrainingModule.Audience(module.audience)]
        members = [
            _member(person, pages, done, volunteer=False)
            for person in people
            if person.role in roles
        ]
        if module.audience in TrainingModule.VOLUNTEER_AUDIENCES:
            members += [
                _member(volunteer, pages, volunteers_done, volunteer=True)
                for volunteer in volunteers
            ]
        rows.append({"module": module, "pages": pages, "people": members})
    return rows


def _member(person, pages: list[Page], done: dict, *, volunteer: bool) -> dict:
    dates = [done.get((person.pk, page.pk)) for page in pages]
    return {
        "person": person,
        "volunteer": volunteer,
        "cells": list(zip(pages, dates, strict=True)),
        "missing": [page for page, at in zip(pages, dates, strict=True) if at is None],
    }


def volunteer_modules() -> QuerySet[TrainingModule]:
    """The active modules a coordinator records volunteers' completions for."""
    return TrainingModule.objects.filter(
        active=True, audience__in=TrainingModule.VOLUNTEER_AUDIENCES
    )


def _staff_roles() -> set[str]:
    return {role for roles in TrainingModule.ROLES.values() for role in roles}
