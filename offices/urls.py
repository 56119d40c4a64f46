from django.urls import path

from core.page_cache import public_page

from . import views
from .feeds import CityClosureFeed

app_name = "offices"


def city_page(view):
    """A page showing one city's rows only: the city's changes alone make it obsolete."""
    return public_page(view, scope="city")


urlpatterns = [
    # city_page: served from the page cache (core/page_cache.py), obsolete when the city's content changes
    path("<slug:city>/", city_page(views.CityDetailView.as_view()), name="city"),
    path("<slug:city>/closures.atom", city_page(CityClosureFeed()), name="city_feed"),
    path("<slug:city>/<slug:office>/", city_page(views.OfficeDetailView.as_view()), name="office"),
    path("<slug:city>/<slug:office>/archive/", city_page(views.OfficeArchiveView.as_view()), name="archive"),
    path(
        "<slug:city>/<slug:office>/closures.ics",
        city_page(views.OfficeClosureCalendarView.as_view()),
        name="closures_ics",
    ),
    path(
        "<slug:city>/<slug:office>/contacts/<int:pk>.vcf",
        city_page(views.ContactVCardView.as_view()),
        name="contact_vcard",
    ),
    path(
        "<slug:city>/<slug:office>/prizes/<slug:prize>/",
        city_page(views.PrizeCallDetailView.as_view()),
        name="prize_call",
    ),
]
