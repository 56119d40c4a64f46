from django.urls import path

from core.page_cache import public_page

from . import views
from .feeds import CityClosureFeed

app_name = "offices"
urlpatterns = [
    # public_page: served from the page cache (core/page_cache.py)
    path("<slug:city>/", public_page(views.CityDetailView.as_view()), name="city"),
    path("<slug:city>/closures.atom", public_page(CityClosureFeed()), name="city_feed"),
    path("<slug:city>/<slug:office>/", public_page(views.OfficeDetailView.as_view()), name="office"),
    path("<slug:city>/<slug:office>/archive/", public_page(views.OfficeArchiveView.as_view()), name="archive"),
    path(
        "<slug:city>/<slug:office>/closures.ics",
        public_page(views.OfficeClosureCalendarView.as_view()),
        name="closures_ics",
    ),
    path(
        "<slug:city>/<slug:office>/contacts/<int:pk>.vcf",
        public_page(views.ContactVCardView.as_view()),
        name="contact_vcard",
    ),
    path(
        "<slug:city>/<slug:office>/prizes/<slug:prize>/",
        public_page(views.PrizeCallDetailView.as_view()),
        name="prize_call",
    ),
]
