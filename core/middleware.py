import logging
import re
import time
import uuid

from django.conf import settings
from django.shortcuts import render

from .views import DATABASE_DOWN, database_unavailable

logger = logging.getLogger("portal.requests")
REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")


class RequestBodyLimitMiddleware:
    """Refuses a request whose body is larger than REQUEST_BODY_MAX_BYTES before anything reads it.

    Django limits form fields (DATA_UPLOAD_MAX_MEMORY_SIZE) but not uploaded
    files, which it streams to disk: a 200 MB body to any form would be taken.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.REQUEST_BODY_MAX_BYTES:
            return render(request, "400.html", status=413)
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Django has no setting for Permissions-Policy; the portal needs no powerful feature."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class RequestLogMiddleware:
    """One log line per request with an id and timing, for operators.

    The query string is left out: it may hold what a resident typed. The id is
    taken from a trusted proxy's X-Request-ID when it looks like one, so a
    request can be followed across the load balancer and the app.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        incoming = request.headers.get("X-Request-ID", "")
        request.id = incoming if REQUEST_ID.fullmatch(incoming) else uuid.uuid4().hex
        started = time.perf_counter()
        response = self.get_response(request)
        duration_ms = (time.perf_counter() - started) * 1000
        response.headers["X-Request-ID"] = request.id
        logger.info(
            "%s %s %s %.1fms request_id=%s",
            request.method,
            request.path,
            response.status_code,
            duration_ms,
            request.id,
        )
        return response


class DatabaseUnavailableMiddleware:
    """A database that does not answer gets residents the friendly 503 page, not a 500.

    Nothing has to be restarted when it is back: Django checks persistent
    connections before reusing them (CONN_HEALTH_CHECKS) and each request tries
    to connect again. Errors raised outside a view reach `core.views.server_error`,
    which answers the same way.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_DOWN):
            logger.warning("database unavailable on %s %s: %s", request.method, request.path, exception)
            return database_unavailable(request)
        return None
