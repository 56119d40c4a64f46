"""A per-client limit on submissions, counted in the database (core.SubmissionRecord).

Only accepted submissions (and those a bot filled in) count: a resident who
corrects a form ten times is not locked out. The database, not the cache: all
processes and servers see one count, and a Redis that is down turns nobody away.
Clients are told apart by a keyed hash of their address, so no row holds an IP
address. IPv6 clients are counted per /64 network, the block one household
usually gets.
"""

import datetime
import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.utils import timezone

from core.client import client_address
from core.models import SubmissionRecord


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


def _client(request) -> str:
    return _key(request, "").rsplit(":", 1)[1]


def allowed(request, scope: str, *, limit: int, period: int, now: datetime.datetime | None = None) -> bool:
    """False once the client had `limit` accepted submissions in the last `period` seconds; counts nothing."""
    if limit <= 0:
        return True
    since = (now or timezone.now()) - datetime.timedelta(seconds=period)
    return SubmissionRecord.objects.filter(scope=scope, client=_client(request)).since(since).count() < limit


def record(request, scope: str, *, now: datetime.datetime | None = None) -> None:
    """Count one accepted submission (or one a bot filled in) against the client's limit."""
    SubmissionRecord.objects.create(scope=scope, client=_client(request), at=now or timezone.now())
