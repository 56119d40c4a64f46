"""Office page helpers: `{% load offices %}`."""

from django import template

from offices.structured_data import json_ld_script

register = template.Library()
register.filter("json_ld", json_ld_script)
