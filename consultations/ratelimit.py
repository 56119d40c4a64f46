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


def client_address(request) -> str:
    # Behind a reverse proxy every request comes from the proxy; it must then
    # set a header with the client's address that clients cannot forge.
    header = settings.CLIENT_IP_HEADER
    address = request.headers.get(header, "") if header else ""
    address = address.split(",")[0].strip() or request.META.get("REMOTE_ADDR", "")
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if parsed.version == 6:
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def _key(request, scope: str) -> str:
    digest = hmac.new(settings.SECRET_KEY.encode(), client_address(request).encode(), hashlib.sha256).hexdigest()
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
