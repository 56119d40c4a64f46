"""The appointment request form and its confirmation page; no account needed, nothing personal in URLs."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_http_methods

from offices.contact_block import contact_block
from offices.models import Office
from offices.sensitive import protect, urgent_help

from . import ratelimit
from .forms import AppointmentRequestForm
from .models import AppointmentRequest, CounsellingOffer
from .schedule import OfficeSchedule
from .services import appointment_request_submit

# The reference travels to the confirmation page in the session, never in the URL.
SESSION_KEY = "consultations_sent"
RATE_LIMIT_SCOPE = "appointment-request"


def _office(city: str, office: str) -> Office:
    return get_object_or_404(Office.objects.published_at(city, office))


def _too_many_requests(request):
    response = render(request, "429.html", status=429)
    response["Retry-After"] = str(settings.CONSULTATION_RATE_LIMIT_PERIOD)
    return response


def _may_submit(request, office: Office) -> bool:
    """Below the client's limit (only accepted submissions count) and below the office's daily cap against floods."""
    return ratelimit.allowed(
        request,
        RATE_LIMIT_SCOPE,
        limit=settings.CONSULTATION_RATE_LIMIT_REQUESTS,
        period=settings.CONSULTATION_RATE_LIMIT_PERIOD,
    ) and not (
        settings.CONSULTATION_OFFICE_DAILY_CAP
        and AppointmentRequest.objects.received_today(office).count() >= settings.CONSULTATION_OFFICE_DAILY_CAP
    )


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def request_appointment(request, city: str, office: str):
    office = _office(city, office)
    offers = list(CounsellingOffer.objects.published().filter(office=office).order_by("position", "pk"))
    if not offers:
        raise Http404
    if request.method == "POST" and not _may_submit(request, office):
        return _too_many_requests(request)
    schedule = OfficeSchedule.load(office)
    if request.method == "POST":
        form = AppointmentRequestForm(request.POST, offers=offers, schedule=schedule)
        if form.is_valid():
            ratelimit.record(request, RATE_LIMIT_SCOPE)  # accepted, or filled in by a bot: both count
            if form.is_from_a_bot():  # answered like a success, nothing kept (core.forms.HoneypotMixin)
                return redirect("consultations:request_sent", city=office.city.slug, office=office.slug)
            appointment = appointment_request_submit(office=office, language=get_language(), **form.appointment_data())
            if not request.user.is_authenticated:
                request.session.set_expiry(0)  # forgotten when the browser closes
            request.session[SESSION_KEY] = {
                "reference": appointment.reference,
                "office": office.pk,
                "offer": appointment.offer_id,
                "confirmation_by_email": bool(appointment.email),
            }
            return redirect("consultations:request_sent", city=office.city.slug, office=office.slug)
    else:
        chosen = request.GET.get("offer", "")
        preselected = next((offer for offer in offers if str(offer.pk) == chosen), None)
        if preselected is None and len(offers) == 1:
            preselected = offers[0]
        form = AppointmentRequestForm(initial={"offer": preselected}, offers=offers, schedule=schedule)
    help_box = urgent_help(office, offers)
    response = render(
        request,
        "consultations/request_form.html",
        {
            "office": office,
            "form": form,
            "offers": offers,
            "occurrences": schedule.upcoming(),
            "urgent_help": help_box,
        },
    )
    return protect(response, posts=True) if help_box else response


@never_cache
@require_http_methods(["GET", "HEAD"])
def request_sent(request, city: str, office: str):
    office = _office(city, office)
    sent = request.session.get(SESSION_KEY)
    if not sent or sent.get("office") != office.pk:
        return redirect("consultations:request", city=office.city.slug, office=office.slug)
    # The session keeps the office as its key; the page needs the office itself.
    offers = CounsellingOffer.objects.filter(office=office, pk=sent.get("offer"))
    help_box = urgent_help(office, offers)
    context = {**sent, "office": office, "contact": contact_block(office, [], timezone.now()), "urgent_help": help_box}
    response = render(request, "consultations/request_sent.html", context)
    return protect(response) if help_box else response
