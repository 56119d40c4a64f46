from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from . import views
from .cache import public_page
from .sitemaps import SITEMAPS

handler400 = views.bad_request
handler403 = views.permission_denied
handler404 = views.page_not_found
handler500 = views.server_error

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", public_page(views.sitemap), name="sitemap"),
    path(
        "sitemap-<section>.xml",
        public_page(sitemap, query_params=("p",)),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("language/<str:language>/", views.switch_language, name="switch_language"),
    path("reader-settings/", views.reader_settings, name="reader_settings"),
]
# Site pages come before the city patterns; their slugs are reserved for cities (City.RESERVED_SLUGS).
urlpatterns += i18n_patterns(
    # public_page: served from the page cache (portal/cache.py); pages with forms are never wrapped.
    path("", public_page(views.home, query_params=("q", "state", "page")), name="home"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("imprint/", public_page(views.page("portal/imprint.html")), name="imprint"),
    path("privacy/", public_page(views.page("portal/privacy.html")), name="privacy"),
    path("easy-language/", public_page(views.easy_language), name="easy_language"),
    path("sign-language/", public_page(views.sign_language), name="sign_language"),
    path("", include("consultations.urls")),
    path("", include("offices.urls")),
)
