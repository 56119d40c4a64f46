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

from core.models import SubmissionRecord


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
