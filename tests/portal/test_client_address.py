"""One reader of the client's address for the sign-in lockout and the rate limit (core.client)."""

import pytest
from django.conf import settings as django_settings
from django.test import RequestFactory
from django.utils.module_loading import import_string

from consultations import ratelimit
from core.client import client_address


def request(remote="192.0.2.1", **headers):
    return RequestFactory().get("/", REMOTE_ADDR=remote, headers=headers)


def test_the_lockout_and_the_rate_limit_read_the_same_function():
    assert import_string(django_settings.AXES_CLIENT_IP_CALLABLE) is client_address
    assert ratelimit.client_address is client_address


def test_without_a_proxy_the_header_is_ignored(settings):
    settings.CLIENT_IP_HEADER = ""
    assert client_address(request(**{"X-Real-IP": "198.51.100.7"})) == "192.0.2.1"


def test_behind_a_proxy_the_first_address_of_its_header_counts(settings):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    assert client_address(request(**{"X-Forwarded-For": " 198.51.100.7 , 10.0.0.1"})) == "198.51.100.7"
    assert client_address(request(**{"X-Forwarded-For": "2001:DB8:0:0::1"})) == "2001:db8::1"


@pytest.mark.parametrize("value", ["", "not-an-address", "198.51.100.777", "unknown, 198.51.100.7", "a" * 300])
def test_a_missing_or_malformed_header_falls_back_to_the_connection(settings, value):
    # A client that sends garbage must not choose the key it is counted under.
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    headers = {"X-Real-IP": value} if value else {}
    assert client_address(request(**headers)) == "192.0.2.1"
    assert ratelimit._key(request(**headers), "s") == ratelimit._key(request(), "s")


def test_the_connection_address_is_normalised_too(settings):
    settings.CLIENT_IP_HEADER = ""
    assert client_address(request(remote="2001:DB8::0:1")) == "2001:db8::1"
    assert client_address(request(remote="")) == ""


def test_the_rate_limit_counts_ipv4_addresses_and_ipv6_networks():
    assert ratelimit.counted_as("192.0.2.7") == "192.0.2.7"
    assert ratelimit.counted_as("2001:db8:1:2::10") == "2001:db8:1:2::/64"
    assert ratelimit.counted_as("2001:db8:1:2:ffff::99") == "2001:db8:1:2::/64"
    assert ratelimit.counted_as("2001:db8:1:3::10") == "2001:db8:1:3::/64"
    # The lockout keeps the full address: two machines of one household are told apart there.
    assert client_address(request(remote="2001:db8:1:2::10")) == "2001:db8:1:2::10"


def test_the_rate_limit_key_holds_no_address(settings):
    settings.CLIENT_IP_HEADER = ""
    key = ratelimit._key(request(remote="198.51.100.7"), "appointment-request")
    assert "198.51.100.7" not in key and key.startswith("ratelimit:appointment-request:")
