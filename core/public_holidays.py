"""The public holidays of a German federal state, named in the reader's language where the holidays package can."""

import datetime
from functools import lru_cache

import holidays
from django.utils.translation import get_language

# Languages the holidays package names German holidays in; others get the German name, marked as German.
HOLIDAY_LANGUAGES = {"de": "de", "en": "en_US", "uk": "uk"}


def public_holidays(federal_state: str, start: datetime.date, end: datetime.date) -> tuple[dict, str]:
    """The federal state's public holidays between start and end, named in the reader's language if possible."""
    reader = (get_language() or "de").split("-")[0]
    language = HOLIDAY_LANGUAGES.get(reader, "de")
    names = {}
    for year in range(start.year, end.year + 1):
        names |= {day: name for day, name in _year(federal_state, year, language) if start <= day <= end}
    return names, language.split("_")[0]


@lru_cache(maxsize=256)  # 16 states × 3 languages × a few years
def _year(federal_state: str, year: int, language: str) -> tuple[tuple[datetime.date, str], ...]:
    """One year's holidays, worked out once: the package computes them anew for every calendar it makes, about
    as long as the rest of the office page's schedule takes. A tuple, so no caller can change what others get."""
    calendar = holidays.country_holidays("DE", subdiv=federal_state or None, years=year, language=language)
    return tuple(sorted(calendar.items()))
