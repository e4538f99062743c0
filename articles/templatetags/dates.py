from django import template
from django.utils import timezone

register = template.Library()


@register.filter
def machine_time(value):
    """A `<time datetime>` value: local ISO 8601 to the second (HTML allows no microseconds)."""
    if not value:
        return ""
    return timezone.localtime(value).replace(microsecond=0).isoformat()
