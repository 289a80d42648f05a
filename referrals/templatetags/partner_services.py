"""Partner services for other apps' pages: the knowledge base names services by their
shared id (Page.service_uids) and stands alone, so the lookup lives here.

    {% load partner_services %}{% partner_services page.service_uids as services %}
"""

from django import template

from referrals import selectors
from referrals.models import Service

register = template.Library()


@register.simple_tag
def partner_services(uids) -> list[Service]:
    """Active services of active partners among these ids, with their organisations."""
    return selectors.services_by_uid(uids)
