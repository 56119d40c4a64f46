import os

from django.core.wsgi import get_wsgi_application

from core.startup import require_settings

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
# 4 is gunicorn's "application failed to load": it stops instead of starting the worker again and again.
require_settings(exit_code=4)
application = get_wsgi_application()

# Before the first request rather than during it (core/release.py: the kept pages' keys name the release).
from core.release import release  # noqa: E402 - needs the apps loaded

release()
