"""Public pages of cities, offices and prize calls; thin views over named querysets."""

from django.db.models import Q
from django.http import FileResponse, Http404, HttpResponse
from django.http.request import split_domain_port
from django.shortcuts import get_object_or_404
from django.template.loader import get_template
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.safestring import SafeString
from django.views.generic import DetailView, View

from core.fragment_cache import Fragment
from core.translated import Translated, translated
from core.uploads import document_kind

from . import page_sections, structured_data
from .contact_block import ContactBlock, add_today, contact_facts
from .feeds import closure_calendar
from .models import City, ClosureNotice, Office, PrizeCall
from .page_content import office_notices, office_page
from .sensitive import SensitivePageMixin, urgent_help
from .vcard import contact_vcard


class CityDetailView(DetailView):
    template_name = "offices/city_detail.html"
    context_object_name = "city"
    slug_url_kwarg = "city"

    def get_queryset(self):
        return City.objects.published()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Loaded before the template renders, so that the translation ledger is read once for all of them.
        context["offices"] = list(self.object.offices.published().top_level().with_units())
        context["notices"] = list(ClosureNotice.objects.shown_at(timezone.now()).filter(city=self.object).with_office())
        return context


class OfficeMixin:
    def get_office(self) -> Office:
        return get_object_or_404(Office.objects.published_at(self.kwargs["city"], self.kwargs["office"]))


class OfficeDetailView(SensitivePageMixin, OfficeMixin, DetailView):
    template_name = "offices/office_detail.html"
    context_object_name = "office"

    # What the page shows that depends on its content, language and host only, never on the time (KEPT).
    kept_templates = {
        "office_content": "offices/includes/office_content.html",
        "contact_facts": "offices/includes/contact_facts.html",
        "contact_people": "offices/includes/contact_people.html",
        "breadcrumbs": "offices/includes/breadcrumbs.html",
    }

    def get_object(self, queryset=None):
        city, slug = self.kwargs["city"], self.kwargs["office"]
        # Asked first: when the time-independent parts are kept, the lists only they show are not loaded at all.
        # The host is in the key: the structured data's addresses are absolute.
        of = f"{self.request.scheme}://{self.request.get_host()}/{city}/{slug}"
        self.kept = Fragment(self.request, "office-page", of)
        return office_page(city, slug, content=not self.kept.hit)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        office, now = self.object, timezone.now()
        today = timezone.localdate(now)
        # One query for every part of the page that speaks of closures, each notice knowing its standing now.
        notices = []
        if office.has_closure_notices:
            notices = office_notices(office, now)
        open_calls, latest_closed = [], None
        if office.has_prize_calls:
            open_calls, latest_closed = office.prize_calls.open_and_latest_closed(today)
        shown = [notice for notice in notices if notice.is_shown]
        context |= {
            "notices": shown,
            "closed_today": [notice for notice in shown if notice.closes_on(today)],
            "open_prize_calls": open_calls,
            "latest_closed_prize_call": latest_closed,
            "has_archive": any(notice.is_past for notice in notices) or latest_closed is not None,
            "page_sections": (sections := page_sections.sections_for(office, notices, now)),
        }
        mission = translated(office, "mission")
        context["summary"] = first_sentence(mission)
        # Most of the page is German when its main text is: one notice at the top instead of a hint at every line.
        context["fallback_notice"] = mission.is_fallback or translated(office, "name").is_fallback
        from_sections = (section["urgent_help"] for section in sections if section.get("urgent_help"))
        context["urgent_help"] = urgent_help(office) or next(from_sections, None)
        kept = self.kept.value(lambda: self.render_kept(office, context["fallback_notice"]))
        context |= {name: SafeString(kept[name]) for name in self.kept_templates}
        context["contact"] = ContactBlock("kept")
        add_today(context["contact"], office, notices, now)
        context["structured_data"] = structured_data.government_office(
            office,
            [notice for notice in notices if notice.is_listed],
            self.request.build_absolute_uri,
            prize_calls=open_calls,
            kept=kept["structured_data"],
        )
        return context

    def render_kept(self, office: Office, fallback_notice: bool) -> dict:
        """The parts of the page that depend on its content, language and host only, never on the time (a miss:
        office_page() has loaded the lists they show)."""
        context = {"office": office, "city": office.city, "fallback_notice": fallback_notice}
        context["contact"] = contact_facts(office)
        kept = {name: get_template(template).render(context).strip() for name, template in self.kept_templates.items()}
        kept["structured_data"] = structured_data.content_of_office(office, self.request.build_absolute_uri)
        return kept


def first_sentence(text: Translated) -> Translated | None:
    """What the office helps with, in one sentence: the mission's first."""
    if not text.text:
        return None
    paragraph = text.text.strip().splitlines()[0]
    end = paragraph.find(". ")
    return Translated(paragraph if end < 0 else paragraph[: end + 1], text.language, text.is_fallback)


class OfficeArchiveView(OfficeMixin, DetailView):
    """Past closure notices and prize calls stay reachable instead of vanishing."""

    template_name = "offices/office_archive.html"
    context_object_name = "office"

    def get_object(self, queryset=None):
        return self.get_office()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        past = ClosureNotice.objects.for_office(self.object).past(timezone.localdate())
        context["past_notices"] = past.order_by("-starts_on")
        context["past_prize_calls"] = self.object.prize_calls.closed()
        return context


class OfficeClosureCalendarView(OfficeMixin, View):
    """The office's closure days, and its city's, for calendar apps to subscribe to."""

    def get(self, request, *args, **kwargs):
        office = self.get_office()
        notices = ClosureNotice.objects.for_office(office).listed_at(timezone.now()).with_office()
        notices = notices.order_by("starts_on", "pk")
        calendar = closure_calendar(
            office,
            notices,
            host=split_domain_port(request.get_host())[0],
            url=request.build_absolute_uri(office.get_absolute_url()),
            prize_calls=office.prize_calls.published().select_related("office__city").order_by("deadline", "pk"),
            absolute=request.build_absolute_uri,
        )
        return attachment(calendar.to_ical(), "text/calendar", f"closures-{office.slug}.ics")


class ContactVCardView(OfficeMixin, View):
    def get(self, request, *args, **kwargs):
        office = self.get_office()
        person = get_object_or_404(office.contacts, pk=kwargs["pk"])  # knows its office: no query for it
        card = contact_vcard(
            person,
            uid=f"contact-{person.pk}@{split_domain_port(request.get_host())[0]}",
            url=request.build_absolute_uri(office.get_absolute_url()),
        )
        # The file name carries no personal data: it ends up in download folders and browser histories.
        return attachment(card.encode(), "text/vcard", f"contact-{person.pk}.vcf")


def attachment(content: bytes, media_type: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=f"{media_type}; charset=utf-8")
    response.headers["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


class PrizeCallDetailView(SensitivePageMixin, DetailView):
    template_name = "offices/prize_call_detail.html"
    context_object_name = "prize_call"

    def get_object(self, queryset=None):
        return get_object_or_404(
            PrizeCall.objects.published().with_has_categories().select_related("office", "office__city"),
            office__in=Office.objects.published_at(self.kwargs["city"], self.kwargs["office"]),
            slug=self.kwargs["prize"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["office"] = self.object.office
        context["is_open"] = self.object.is_open()
        # Most calls have no categories; asking within the call's own query spares them a second one.
        context["categories"] = self.object.categories.all() if self.object.has_categories else []
        context["urgent_help"] = urgent_help(self.object.office)
        return context


DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "odt": "application/vnd.oasis.opendocument.text",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}


def prize_call_document(request, path: str):
    """An uploaded application form or guidelines (under MEDIA_URL), only while its prize call is published.

    Always a download, never shown in the portal's origin: attachment, the type
    read from the content, nosniff (SecurityMiddleware) and a CSP that sandboxes
    whatever a browser might still render.
    """
    call = get_object_or_404(PrizeCall.objects.published(), Q(application_form=path) | Q(guidelines=path))
    stored = call.application_form if call.application_form.name == path else call.guidelines
    document = stored.open("rb")
    kind = document_kind(document)
    if kind is None:  # stored before uploads were checked: not served
        document.close()
        raise Http404
    response = FileResponse(document, as_attachment=True, content_type=DOCUMENT_TYPES[kind])
    response["Content-Security-Policy"] = "sandbox; default-src 'none'"
    return response
