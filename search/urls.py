from django.urls import path

from core.page_cache import public_page

from . import views

app_name = "search"
urlpatterns = [
    # public_page: results are stored in the page cache like other public pages, keyed by q and city
    path("search/", public_page(views.search, query_params=("q", "city")), name="search"),
]
