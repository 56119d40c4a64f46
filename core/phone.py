"""Phone numbers as written on German pages, normalised for tel: links, vCards and structured data."""

import phonenumbers

# Every office here is in Germany: a number without a country code is a German one.
DEFAULT_REGION = "DE"


def phone_uri(number: str) -> str:
    """0351-4882131 → +493514882131 (E.164), what tel: links, vCards and schema.org expect.

    What the numbering plan does not know as a number ("110", a typo, "ask at the
    desk") is never an error for the page: it keeps its digits and a leading plus,
    as typed, which a phone in Germany still dials.
    """
    try:
        parsed = phonenumbers.parse(number, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and phonenumbers.is_valid_number(parsed):
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
    return "".join(character for character in number if character.isdigit() or character == "+")
