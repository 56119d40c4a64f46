"""The public holidays of a German federal state, named in the reader's language where the holidays package can."""

import datetime

import holidays
from django.utils.translation import get_language

# Languages the holidays package names German holidays in; others get the German name, marked as German.
HOLIDAY_LANGUAGES = {"de": "de", "en": "en_US", "uk": "uk"}


def public_holidays(federal_state: str, start: datetime.date, end: datetime.date) -> tuple[dict, str]:
    """The federal state's public holidays between start and end, named in the reader's language if possible."""
    reader = (get_language() or "de").split("-")[0]
    language = HOLIDAY_LANGUAGES.get(reader, "de")
    calendar = holidays.country_holidays(
        "DE", subdiv=federal_state or None, years=range(start.year, end.year + 1), language=language
    )
    names = {day: name for day, name in calendar.items() if start <= day <= end}
    return names, language.split("_")[0]
