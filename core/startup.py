"""A configuration error stops the portal with one line, not a traceback."""

import sys

from django.core.exceptions import ImproperlyConfigured


def require_settings(exit_code: int = 1) -> None:
    """Read the settings now, so a missing DJANGO_SECRET_KEY or a bad DATABASE_URL is reported before anything runs."""
    from django.conf import settings

    try:
        settings.INSTALLED_APPS  # noqa: B018 - loading the settings module is the point
    except ImproperlyConfigured as error:
        print(f"portal: configuration error: {error}", file=sys.stderr)
        sys.exit(exit_code)
