"""The client's address, read one way for everything that tells clients apart (sign-in lockout, rate limit)."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The client's IP address, normalised ("2001:db8::1", not "2001:DB8:0::1").

    Behind a reverse proxy every request comes from the proxy; it then passes
    the client's address in the header named by DJANGO_CLIENT_IP_HEADER, which
    clients must not be able to forge. A header that is missing or holds no
    valid address counts as absent: the connection's own address is used, so a
    client cannot choose the key it is counted under by sending garbage.
    """
    header = settings.CLIENT_IP_HEADER
    if header:
        forwarded = request.headers.get(header, "").split(",")[0].strip()
        try:
            return str(ipaddress.ip_address(forwarded))
        except ValueError:
            pass
    remote = request.META.get("REMOTE_ADDR", "")
    try:
        return str(ipaddress.ip_address(remote))
    except ValueError:
        return remote  # set by the server, not the client (e.g. empty on a Unix socket)
