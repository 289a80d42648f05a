from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from counselling import access
from knowledge.models import Page

from . import selectors, services


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
