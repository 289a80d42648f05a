from django.db.models import Model, QuerySet
from django.http import HttpRequest


def named_in_query(request: HttpRequest, name: str, candidates: QuerySet) -> Model | None:
    """The object whose id `?<name>=` gives, among `candidates` (already scoped by the
    access policy), or None for a missing, malformed ("²", "1e3") or unknown id."""
    pk = request.GET.get(name, "")
    if not (pk.isascii() and pk.isdigit()):
        return None
    return candidates.filter(pk=pk).first()
