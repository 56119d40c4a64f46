"""Amounts of money as readers of each language write them, from CLDR's data (babel)."""

from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import parse_pattern
from django.conf import settings
from django.utils.translation import get_language, to_locale


def reader_locale() -> Locale:
    try:
        return Locale.parse(to_locale(get_language() or settings.LANGUAGE_CODE))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(to_locale(settings.LANGUAGE_CODE))


def format_money(amount: Decimal, currency: str = "EUR") -> str:
    """3.500 € in German, €3,500 in English, 3 500 EUR in Ukrainian; cents only when there are any.

    Digits stay Latin in every language (babel's default), as the dates on the
    same pages do: Persian CLDR data would otherwise switch to Persian digits.
    """
    locale = reader_locale()
    pattern = parse_pattern(locale.currency_formats["standard"].pattern)
    if amount == amount.to_integral_value():
        pattern.frac_prec = (0, 0)
    return pattern.apply(amount, locale, currency=currency, currency_digits=False)
