from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from counselling import access
from knowledge.models import Page
from volunteers.access import volunteers_for

from . import selectors, services
from .forms import VolunteerCompletionForm


@login_required
def training_home(request):
    """My required pages: open each, then mark it read."""
    access.require_staff(request.user)
    return render(request, "training/home.html", {"modules": selectors.my_training(request.user)})


@login_required
def complete(request, pk: int):
    access.require_staff(request.user)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    page = get_object_or_404(Page.objects.filter(audience=Page.Audience.STAFF), pk=pk)
    try:
        services.complete_page(user=request.user, page=page, request=request)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return render(
            request,
            "training/home.html",
            {"modules": selectors.my_training(request.user)},
            status=400,
        )
    messages.success(request, _("Marked as read."))
    return redirect("training-home")


@login_required
def training_matrix(request):
    """For coordinators: who in their offices is missing which required page."""
    access.require_role(request.user, *access.REASSIGN_ROLES)
    return render(request, "training/matrix.html", {"rows": selectors.matrix(request.user)})


@login_required
def record_volunteer_completion(request, module_pk: int, volunteer_pk: int):
    """From the matrix: a coordinator records the day a volunteer of their offices
    completed a page of a module for volunteers."""
    access.require_role(request.user, *access.REASSIGN_ROLES)
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    module = get_object_or_404(selectors.volunteer_modules(), pk=module_pk)
    volunteer = get_object_or_404(volunteers_for(request.user).filter(active=True), pk=volunteer_pk)
    form = VolunteerCompletionForm(request.POST, module=module)
    if not form.is_valid():
        return _refused(request, [error for errors in form.errors.values() for error in errors])
    try:
        services.record_volunteer_completion(
            user=request.user,
            volunteer=volunteer,
            module=module,
            page=form.cleaned_data["page"],
            on=form.cleaned_data["completed_on"],
            request=request,
        )
    except ValidationError as error:
        return _refused(request, error.messages)
    messages.success(request, _("Recorded."))
    return redirect("training-matrix")


def _refused(request, errors: list[str]):
    """The matrix again, with why the date was not recorded."""
    messages.error(request, " ".join(errors))
    rows = selectors.matrix(request.user)
    return render(request, "training/matrix.html", {"rows": rows}, status=400)
