"""Views that know no domain: health check, language and reader settings, error pages."""

import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from .reader_settings import READER_SETTINGS

# What the database driver raises when the server is down, unreachable or the connection broke.
DATABASE_DOWN = (OperationalError, InterfaceError)
# Seconds after which a resident's browser (or a crawler) may try again when the database is down.
RETRY_AFTER_SECONDS = 30


@never_cache
def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def safe_next(request, fallback: str = "/") -> str:
    target = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        return target
    return fallback


@require_GET
def switch_language(request, language: str):
    """Remembers the reader's language and shows the same page in it; plain links, no JavaScript."""
    if not check_for_language(language) or language not in dict(settings.LANGUAGES):
        raise Http404
    with translation.override(language):
        home = reverse("home")
    target = safe_next(request, fallback=home)
    # translate_url resolves the path in the active language, so activate the one the path is in.
    with translation.override(translation.get_language_from_path(target) or settings.LANGUAGE_CODE):
        target = translate_url(target, language)
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
    )
    return response


@require_GET
def reader_settings(request):
    """Larger text and high contrast, as Gera's page offers; remembered in a cookie, works without JavaScript."""
    # Back to the same place: a keyboard user's next Tab continues from the settings, not from the top.
    response = HttpResponseRedirect(safe_next(request).split("#")[0] + "#reader-settings")
    for name, setting in READER_SETTINGS.items():
        value = request.GET.get(name)
        if value in setting.values:
            # Read by the server only (the page's <html class>), so scripts need not see it.
            response.set_cookie(
                setting.cookie,
                value,
                max_age=365 * 24 * 3600,
                samesite="Lax",
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
            )
    return response


def bad_request(request, exception=None):
    return render(request, "400.html", status=400)


def permission_denied(request, exception=None):
    return render(request, "403.html", status=403)


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # Also reached when the database fails outside a view, e.g. while loading a session.
    if isinstance(sys.exception(), DATABASE_DOWN):
        return database_unavailable(request)
    return render(request, "500.html", status=500)


def csrf_failure(request, reason=""):
    return render(request, "403.html", status=403)


def database_unavailable(request):
    """503 with the friendly page; it renders without the database (no content, no session)."""
    response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response
