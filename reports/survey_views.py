"""The newcomer's survey page, opened from the invitation's link (/<language>/survey/…).
The token is the only key: it names no one."""

from django.shortcuts import get_object_or_404, redirect, render

from . import surveys
from .models import SurveyInvitation
from .survey_forms import SurveyForm


def survey(request, token: str):
    invitation = get_object_or_404(SurveyInvitation, token=token)
    if hasattr(invitation, "answer"):  # one answer per invitation
        status = 409 if request.method == "POST" else 200
        return render(request, "reports/survey_done.html", status=status)
    if request.method != "POST":
        return render(request, "reports/survey.html", {"form": SurveyForm()})
    form = SurveyForm(request.POST)  # bound even when empty: an empty post is an error
    if not form.is_valid():
        return render(request, "reports/survey.html", {"form": form}, status=400)
    saved = surveys.answer(invitation=invitation, **form.cleaned_data)
    if saved is None:  # answered a moment ago, from another tab
        return render(request, "reports/survey_done.html", status=409)
    return redirect("survey", token=token)  # the thank-you, and a reload posts nothing
