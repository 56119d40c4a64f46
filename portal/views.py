"""Site-wide pages: home, health check, robots.txt, language and reader settings, legal pages, errors.

The accessibility statement carries the feedback form for reporting barriers.
"""

import sys

from django.conf import settings
from django.contrib import messages
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.db.models import Prefetch, Q
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import check_for_language, get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET, require_http_methods

from offices.models import City, ClosureNotice, FederalState, Office, PrizeCall

from . import sitemaps
from .forms import AccessibilityFeedbackForm
from .reader_settings import READER_SETTINGS
from .services import accessibility_feedback_submit

CITIES_PER_PAGE = 50
# What the database driver raises when the server is down, unreachable or the connection broke.
DATABASE_DOWN = (OperationalError, InterfaceError)
# Seconds after which a resident's browser (or a crawler) may try again when the database is down.
RETRY_AFTER_SECONDS = 30


def home(request):
    """Every city with its offices, grouped by federal state; searchable and paginated for thousands of cities."""
    query = request.GET.get("q", "").strip()[:100]
    state = request.GET.get("state", "")
    cities = City.objects.published().order_by("federal_state", "short_name")
    if query:
        cities = cities.filter(Q(short_name__icontains=query) | Q(name__icontains=query))
    if state in FederalState.values:
        cities = cities.filter(federal_state=state)
    offices = Office.objects.published().top_level().with_units().order_by("position", "name")
    page = Paginator(cities.prefetch_related(Prefetch("offices", queryset=offices)), CITIES_PER_PAGE).get_page(
        request.GET.get("page")
    )
    return render(
        request,
        "portal/home.html",
        {
            "page": page,
            "query": query,
            "state": state,
            "federal_states": FederalState.choices,
            "notices": ClosureNotice.objects.visible().with_office().order_by("starts_on", "pk")[:10],
            "open_prize_calls": PrizeCall.objects.open().select_related("office", "office__city")[:5],
        },
    )


@never_cache
def healthz(request):
    """For the load balancer: 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def sitemap(request):
    """Every public page while they fit one file; beyond that an index of the sections' numbered parts."""
    if sitemaps.fits_one_file():
        return sitemap_views.sitemap(request, sitemaps.SITEMAPS)
    return sitemap_views.index(request, sitemaps.SITEMAPS, sitemap_url_name="sitemap_section")


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def _safe_next(request, fallback: str = "/") -> str:
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
    target = _safe_next(request, fallback=home)
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
    response = HttpResponseRedirect(_safe_next(request).split("#")[0] + "#reader-settings")
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


def page(template_name: str):
    """A page that is only a template (legal notice, accessibility statement, Leichte Sprache)."""

    def view(request):
        return render(request, template_name)

    view.__name__ = template_name.rsplit("/", 1)[-1].removesuffix(".html")
    return view


@never_cache  # the form carries a CSRF token
@require_http_methods(["GET", "HEAD", "POST"])
def accessibility(request):
    """The accessibility statement and its feedback form; a report is stored, then mailed to staff."""
    if request.method == "POST":
        form = AccessibilityFeedbackForm(request.POST)
        if form.is_valid():
            if not form.is_from_a_bot():
                data = {field: form.cleaned_data[field] for field in form.Meta.fields}
                accessibility_feedback_submit(**data, language=get_language())
            if form.cleaned_data["email"]:
                messages.success(request, _("Thank you. We have received your message and will answer you by e-mail."))
            else:
                messages.success(
                    request,
                    _("Thank you. We have received your message. Without an e-mail address we cannot answer you."),
                )
            return redirect(reverse("accessibility") + "#feedback-sent")
    else:
        form = AccessibilityFeedbackForm(initial={"page_url": _reported_page(request)})
    return render(request, "portal/accessibility.html", {"form": form})


def _reported_page(request) -> str:
    """The page a reader came from through "Report a barrier on this page", as a full address."""
    page = request.GET.get("page", "")
    if page.startswith("/") and url_has_allowed_host_and_scheme(page, allowed_hosts={request.get_host()}):
        return request.build_absolute_uri(page)
    return ""


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


def easy_language(request):
    """Information in Leichte Sprache, with every office's own summary where staff wrote one."""
    offices = Office.objects.published().exclude(easy_language_summary="").select_related("city")
    return render(request, "portal/easy_language.html", {"offices": offices})


def sign_language(request):
    offices = Office.objects.published().exclude(sign_language_url="").select_related("city")
    return render(request, "portal/sign_language.html", {"offices": offices})
