from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.templatetags.static import static
from django.urls import include, path
from django.utils.functional import lazy
from django.views.generic import RedirectView

from core import views as core_views
from core.page_cache import public_page
from offices import views as office_views
from pages import views as page_views
from pages.sitemaps import SITEMAPS

handler400 = core_views.bad_request
handler403 = core_views.permission_denied
handler404 = core_views.page_not_found
handler500 = core_views.server_error

urlpatterns = [
    path("admin/", admin.site.urls),
    path("healthz", core_views.healthz, name="healthz"),
    path("robots.txt", page_views.robots_txt, name="robots_txt"),
    # Browsers ask for /favicon.ico whatever the page says; a redirect instead of a 404 in every log. The hashed
    # name is looked up at the first request, not at import: `migrate` or `check` before `collectstatic` (a new
    # deployment) must not fail for want of the static files' manifest.
    path("favicon.ico", RedirectView.as_view(url=lazy(static, str)("favicon.svg"), permanent=True)),
    path("sitemap.xml", public_page(page_views.sitemap), name="sitemap"),
    path(
        "sitemap-<section>.xml",
        public_page(sitemap, query_params=("p",)),
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("language/<str:language>/", core_views.switch_language, name="switch_language"),
    path("reader-settings/", core_views.reader_settings, name="reader_settings"),
    # Uploaded application forms, as downloads only (offices.views.prize_call_document).
    path("media/<path:path>", office_views.prize_call_document, name="media"),
]
# Site pages first: their slugs are reserved for cities (offices.models.city.RESERVED_SLUGS).
urlpatterns += i18n_patterns(
    path("", include("pages.urls")),
    path("", include("consultations.urls")),
    path("", include("search.urls")),
    path("", include("offices.urls")),
)
