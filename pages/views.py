"""Site-wide pages: home, sitemap, robots.txt, legal pages, Leichte Sprache and sign language.

The accessibility statement carries the feedback form for reporting barriers.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db.models import Prefetch, Q, prefetch_related_objects
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from consultations import ratelimit
from core.fragment_cache import Fragment
from core.prepared import rows as compiled_rows
from offices.models import City, ClosureNotice, FederalState, Office, PrizeCall
from offices.models.closure import shown
from search.models import LifeSituation

from . import sitemaps
from .forms import AccessibilityFeedbackForm
from .models import AccessibilityFeedback
from .services import accessibility_feedback_submit

CITIES_PER_PAGE = 50
# The home's closures and open prize calls, at most.
NOTICES, PRIZE_CALLS = 10, 5


def home(request):
    """Every city with its offices, grouped by federal state, while they fit one page; beyond, an index.

    A resident of a large installation (a federal state, every German municipality) is not helped by 50
    cities out of thousands: the home then offers the city search, the federal states and the life
    situations, and the listing (a search, a state, `?page=`) shows the cities with their offices. Either
    way the work is that of one page, however many cities there are, and the closures and prize calls
    shown are those of the cities shown.
    """
    query = request.GET.get("q", "").strip()[:100]
    state = request.GET.get("state", "")
    cities = City.objects.published().order_by("federal_state", "short_name")
    if query:
        cities = cities.filter(Q(short_name__icontains=query) | Q(name__icontains=query))
    if state in FederalState.values:
        cities = cities.filter(federal_state=state)
    context = {"query": query, "state": state, "federal_states": FederalState.choices}
    if query or state or "page" in request.GET:
        listing = _listing(request, Paginator(cities, CITIES_PER_PAGE).get_page(request.GET.get("page")), context)
    else:
        # The first page's listing depends on the cities' and offices' content alone: kept under the home
        # page's own generations (core/fragment_cache.py), so a page-cache miss asks only for today's closures.
        kept = Fragment(request, "home-cities", "first-page")
        listing = kept.value(lambda: _first_page(request, cities, context))
    if "situations_html" in listing:  # the index of a large installation
        context |= {"listing": None, "situations_html": SafeString(listing["situations_html"])}
        return render(request, "pages/home.html", context)
    now = timezone.now()
    if query or state or "page" in request.GET:
        shown = listing["city_ids"]
        notices = ClosureNotice.objects.shown_at(now).filter(city__in=shown).with_office().order_by("starts_on", "pk")
        calls = PrizeCall.objects.open().filter(office__city__in=shown).select_related("office", "office__city")
        notices, calls = notices[:NOTICES], calls[:PRIZE_CALLS]
    else:
        # The first page shows every published city: the same queries on every request, compiled once.
        today = timezone.localdate(now)
        notices, calls = compiled_rows(_notices_of_all, now, today), compiled_rows(_prize_calls_of_all, today)
    context |= {"listing": SafeString(listing["html"]), "notices": notices, "open_prize_calls": calls}
    return render(request, "pages/home.html", context)


def _notices_of_all(now, today):
    """The closures shown now in every published city (ClosureNotice.published() asks for the city's)."""
    notices = ClosureNotice.objects.published().filter(shown(now, today)).with_office()
    return notices.order_by("starts_on", "pk")[:NOTICES]


def _prize_calls_of_all(today):
    calls = PrizeCall.objects.open(today).filter(office__city__is_published=True)
    return calls.select_related("office", "office__city")[:PRIZE_CALLS]


def _first_page(request, cities, context: dict) -> dict:
    """The listing of the first page, or the life situations when the cities do not fit one (an index)."""
    first = list(cities[: CITIES_PER_PAGE + 1])  # as many as one page shows, and one to tell if there are more
    if len(first) > CITIES_PER_PAGE:
        situations = {"situations": LifeSituation.objects.all()}
        html = render_to_string("search/includes/life_situations.html", situations, request=request)
        return {"situations_html": html.strip()}
    return _listing(request, Paginator(first, CITIES_PER_PAGE).get_page(1), context)


def _listing(request, page, context: dict) -> dict:
    """The cities of `page` with their offices, rendered, and their ids (for the closures shown beside them)."""
    shown = list(page.object_list)
    offices = Office.objects.published().top_level().with_units().order_by("position", "name")
    prefetch_related_objects(shown, Prefetch("offices", queryset=offices))
    html = render_to_string("pages/includes/city_listing.html", context | {"page": page}, request=request)
    return {"city_ids": [city.pk for city in shown], "html": html.strip()}


def sitemap(request):
    """Every public page while they fit one file; beyond that an index of the sections' numbered parts."""
    if sitemaps.fits_one_file():
        return sitemap_views.sitemap(request, sitemaps.SITEMAPS)
    return sitemap_views.index(request, sitemaps.SITEMAPS, sitemap_url_name="sitemap_section")


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")


def page(template_name: str):
    """A page that is only a template (legal notice, accessibility statement, Leichte Sprache)."""

    def view(request):
        return render(request, template_name)

    view.__name__ = template_name.rsplit("/", 1)[-1].removesuffix(".html")
    return view


FEEDBACK_SCOPE = "accessibility-feedback"


def _may_send_feedback(request) -> bool:
    """Below the client's limit (accepted reports only) and below the daily cap against floods."""
    return ratelimit.allowed(
        request, FEEDBACK_SCOPE, limit=settings.FEEDBACK_RATE_LIMIT, period=settings.FEEDBACK_RATE_LIMIT_PERIOD
    ) and not (
        settings.FEEDBACK_DAILY_CAP
        and AccessibilityFeedback.objects.received_today().count() >= settings.FEEDBACK_DAILY_CAP
    )


@never_cache  # the form carries a CSRF token
@require_http_methods(["GET", "HEAD", "POST"])
def accessibility(request):
    """The accessibility statement and its feedback form; a report is stored, then mailed to staff."""
    if request.method == "POST" and not _may_send_feedback(request):
        response = render(request, "429.html", status=429)
        response["Retry-After"] = str(settings.FEEDBACK_RATE_LIMIT_PERIOD)
        return response
    if request.method == "POST":
        form = AccessibilityFeedbackForm(request.POST)
        if form.is_valid():
            ratelimit.record(request, FEEDBACK_SCOPE)  # accepted, or filled in by a bot: both count
            if not form.is_from_a_bot():  # a bot is thanked like anyone, nothing kept (core.forms.HoneypotMixin)
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
    return render(request, "pages/accessibility.html", {"form": form})


def _reported_page(request) -> str:
    """The page a reader came from through "Report a barrier on this page", as a full address."""
    page = request.GET.get("page", "")
    if page.startswith("/") and url_has_allowed_host_and_scheme(page, allowed_hosts={request.get_host()}):
        return request.build_absolute_uri(page)
    return ""


def easy_language(request):
    """Information in Leichte Sprache, with every office's own summary where staff wrote one."""
    offices = Office.objects.published().exclude(easy_language_summary="").select_related("city")
    return render(request, "pages/easy_language.html", {"offices": offices})


def sign_language(request):
    offices = Office.objects.published().exclude(sign_language_url="").select_related("city")
    return render(request, "pages/sign_language.html", {"offices": offices})
