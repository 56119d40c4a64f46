"""`manage.py check --deploy`: warnings for settings a deployment left at a placeholder."""

from django.conf import settings
from django.core import checks

PLACEHOLDERS = ("Beispielbetrieb", "Musterstraße", "@localhost", ".example", "127.0.0.1", "localhost:")


@checks.register(checks.Tags.security, deploy=True)
def placeholders(app_configs=None, **kwargs):
    values = {
        "DJANGO_DEFAULT_FROM_EMAIL": settings.DEFAULT_FROM_EMAIL,
        "PORTAL_OPERATOR_NAME": settings.PORTAL_OPERATOR["name"],
        "PORTAL_OPERATOR_ADDRESS": ", ".join(settings.PORTAL_OPERATOR["address_lines"]),
        "PORTAL_OPERATOR_EMAIL": settings.PORTAL_OPERATOR["email"],
        "PORTAL_ACCESSIBILITY_EMAIL": settings.PORTAL_OPERATOR["accessibility_email"],
        "PORTAL_URL": settings.PORTAL_URL,
    }
    found = [
        checks.Warning(f"{name} looks like a placeholder: {value!r}", id="core.W001")
        for name, value in values.items()
        if any(placeholder in value for placeholder in PLACEHOLDERS)
    ]
    if settings.PORTAL_URL and not settings.PORTAL_URL.startswith("https://"):
        found.append(checks.Warning("PORTAL_URL should start with https://: links in e-mails", id="core.W002"))
    return found
