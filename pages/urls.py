from django.urls import path

from core.page_cache import public_page

from . import views

# Site pages come before the city patterns; their slugs are reserved for cities (City.RESERVED_SLUGS).
urlpatterns = [
    # public_page: served from the page cache (core/page_cache.py); pages with forms are never wrapped.
    path("", public_page(views.home, query_params=("q", "state", "page"), free_text=("q",)), name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("imprint/", public_page(views.page("pages/imprint.html")), name="imprint"),
    path("privacy/", public_page(views.page("pages/privacy.html")), name="privacy"),
    path("staying-safe/", public_page(views.page("pages/staying_safe.html")), name="staying_safe"),
    path("easy-language/", public_page(views.easy_language), name="easy_language"),
    path("sign-language/", public_page(views.sign_language), name="sign_language"),
]
