"""The search page: results for a need typed in any language, or the life situations to start from."""

from __future__ import annotations

from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from core.page_cache import protects_reader
from offices.models import City
from offices.sensitive import protect, urgent_help_for_results

from .backends import get_backend
from .models import SearchEntry, UnmatchedQuery
from .query import CITY_LIST, vocabulary
from .results import present
from .text import MAX_QUERY_CHARS, looks_personal


def search(request):
    city_slug = request.GET.get("city", "")[:100]
    cities = vocabulary().cities
    city = next((c for c in cities if c.slug == city_slug), None)
    if city is None and city_slug:
        city = City.objects.published().filter(slug=city_slug).first()
    language = get_language()
    outcome = get_backend().search(request.GET.get("q", ""), language, city)
    results = present(outcome.entries)
    query = outcome.query
    personal = looks_personal(query)
    no_results = bool(query) and not results
    urgent_help = urgent_help_for_results(
        shown for result in results for shown in (result.entry.office, result.entry.offer)
    )
    if no_results and not personal:
        UnmatchedQuery.objects.record(language, query)
    response = render(
        request,
        "search/search.html",
        {
            "query": query,
            "max_query_chars": MAX_QUERY_CHARS,
            "results": results,
            "no_results": no_results,
            "limit_reached": len(results) >= 20,
            "situations": outcome.plan.all_situations,
            "matched_situations": outcome.situations,
            "city": city,
            "unknown_city": bool(city_slug) and city is None,
            "cities": cities[:CITY_LIST],
            "more_cities": len(cities) > CITY_LIST,
            "kinds": SearchEntry.Kind,
            "urgent_help": urgent_help,
        },
    )
    if urgent_help:
        # Help in danger among the results: the exit button, and nothing kept by her browser (offices.sensitive);
        # the page cache may still keep the page, unless the query may be personal (below).
        protect(response)
        if not personal:
            protects_reader(response)
    if no_results or personal:
        # Not in the page cache: each query that finds nothing is counted, and a query that may hold a
        # phone number or a date of birth is stored nowhere.
        patch_cache_control(response, private=True)
    return response
