from django import template

register = template.Library()


@register.filter
def person(user) -> str:
    """A staff member as colleagues know them: full name, else username; "—" for nobody."""
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()
