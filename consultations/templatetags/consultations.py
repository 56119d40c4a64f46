"""Template helpers of the consultation pages: `{% load consultations %}`. None of them queries the database."""

from django import template
from django.conf import settings

register = template.Library()


@register.simple_tag
def consultation_retention_days() -> int:
    return settings.CONSULTATION_REQUEST_RETENTION_DAYS
