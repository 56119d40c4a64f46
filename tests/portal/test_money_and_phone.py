"""Amounts in every portal language (babel's CLDR data) and phone numbers for tel: links (phonenumbers)."""

from decimal import Decimal

import pytest
from django.template import Context, Template
from django.utils import translation

from core.money import format_money
from core.phone import phone_uri

LRM, RLM, NBSP = "\u200e", "\u200f", "\xa0"


@pytest.mark.parametrize(
    ("language", "whole", "with_cents"),
    [
        ("de", f"3.500{NBSP}€", f"1.234.567,89{NBSP}€"),
        ("en", "€3,500", "€1,234,567.89"),
        ("en-gb", "€3,500", "€1,234,567.89"),
        # CLDR writes the euro as "EUR" in Ukrainian.
        ("uk", f"3{NBSP}500{NBSP}EUR", f"1{NBSP}234{NBSP}567,89{NBSP}EUR"),
        ("tr", "€3.500", "€1.234.567,89"),
        ("ru", f"3{NBSP}500{NBSP}€", f"1{NBSP}234{NBSP}567,89{NBSP}€"),
        # Right-to-left: a right-to-left mark keeps the amount before the symbol in Arabic; Persian puts the
        # symbol first behind a left-to-right mark. Digits stay Latin, as in the dates on the same page.
        ("ar", f"{RLM}3,500{NBSP}€", f"{RLM}1,234,567.89{NBSP}€"),
        ("fa", f"{LRM}€{NBSP}3,500", f"{LRM}€{NBSP}1,234,567.89"),
    ],
)
def test_money_in_every_language(language, whole, with_cents):
    with translation.override(language):
        assert format_money(Decimal("3500.00")) == whole
        assert format_money(Decimal("1234567.89")) == with_cents
        assert Template("{% load core %}{{ amount|money:'EUR' }}").render(Context({"amount": Decimal("3500")})) == (
            whole
        )


def test_money_filter_leaves_a_missing_amount_empty_and_names_other_currencies():
    template = Template("{% load core %}[{{ amount|money }}]")
    assert template.render(Context({"amount": None})) == "[]"
    with translation.override("de"):
        assert format_money(Decimal("20"), "CHF") == f"20{NBSP}CHF"
    with translation.override("en"):
        assert format_money(Decimal("20.5"), "USD") == "$20.50"


@pytest.mark.parametrize(
    ("written", "uri"),
    [
        ("0351-4882131", "+493514882131"),
        ("0365/838 3019", "+493658383019"),
        ("0351 488-0", "+493514880"),
        ("+49 (0)351 4882131", "+493514882131"),  # the "(0)" habit: not dialled from abroad
        ("0049 351 4882131", "+493514882131"),
        ("+44 20 7946 0958", "+442079460958"),
    ],
)
def test_phone_numbers_become_e164(written, uri):
    assert phone_uri(written) == uri


@pytest.mark.parametrize(("written", "uri"), [("110", "110"), ("bitte am Empfang fragen", ""), ("", ""), ("12", "12")])
def test_what_is_no_phone_number_keeps_its_digits(written, uri):
    assert phone_uri(written) == uri
    assert Template("{% load core %}{{ number|phone_uri }}").render(Context({"number": written})) == uri
