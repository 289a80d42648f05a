from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import render

from clients.languages import CLIENT_LANGUAGES
from counselling import access

from . import selectors
from .forms import DirectoryFilterForm


@login_required
def directory(request):
    """The guidance network's services, searchable by topic, language and place."""
    access.require_staff(request.user)
    filters = DirectoryFilterForm(request.GET or None)
    filters.is_valid()  # a filter that no longer fits is shown as an error; the rest apply
    chosen = getattr(filters, "cleaned_data", {})
    services = selectors.find_services(
        topic=chosen.get("topic"),
        language=chosen.get("language", ""),
        country=chosen.get("country", ""),
        place=chosen.get("place", ""),
        text=chosen.get("text", ""),
    )
    page = Paginator(services, 50).get_page(request.GET.get("page"))
    names = dict(CLIENT_LANGUAGES)
    for service in page:
        service.language_names = [names.get(code, code) for code in service.languages]
    return render(request, "referrals/directory.html", {"filters": filters, "page": page})
