from django.conf import settings


def site(request) -> dict:
    """Operator details for the legal pages, from settings (each deployment has its own)."""
    return {
        "operator": settings.PORTAL_OPERATOR,
        "statement_date": settings.ACCESSIBILITY_STATEMENT_DATE,
    }
