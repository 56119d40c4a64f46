"""A per-client limit on submissions, counted in Django's cache (local memory, or Redis in production).

Clients are told apart by a keyed hash of their address, so the cache never
holds an IP address. IPv6 clients are counted per /64 network, the block one
household usually gets.
"""

import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.cache import cache

from core.client import client_address


def counted_as(address: str) -> str:
    """What one client is counted as: its IPv4 address, or its IPv6 /64 network.

    A separate step from reading the address (core.client): the sign-in
    lockout counts full addresses, this limit whole IPv6 networks, since one
    household can use any address of its /64.
    """
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _key(request, scope: str) -> str:
    counted = counted_as(client_address(request))
    digest = hmac.new(settings.SECRET_KEY.encode(), counted.encode(), hashlib.sha256).hexdigest()
    return f"ratelimit:{scope}:{digest[:32]}"


def allow(request, scope: str, *, limit: int, period: int) -> bool:
    """Count this attempt; False once the client made more than `limit` attempts in `period` seconds.

    The count starts with the client's first attempt and expires `period`
    seconds later, whatever happens in between.
    """
    if limit <= 0:
        return True
    key = _key(request, scope)
    cache.add(key, 0, timeout=period)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=period)
        count = 1
    return count <= limit
