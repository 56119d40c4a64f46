import logging
import re
import secrets
import time

from django.conf import settings
from django.middleware.csp import ContentSecurityPolicyMiddleware as DjangoContentSecurityPolicyMiddleware
from django.shortcuts import render
from django.utils.csp import CSP, build_policy

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
        incoming = request.META.get("HTTP_X_REQUEST_ID", "")  # not request.headers: that copies all of META
        request.id = incoming if REQUEST_ID.fullmatch(incoming) else secrets.token_hex(16)
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


class ContentSecurityPolicyMiddleware(DjangoContentSecurityPolicyMiddleware):
    """Django's, with each policy built once: without a nonce in it, it is the same text on every response.

    Django builds it anew for every response, static files included (about 8 µs here). A policy with
    `CSP.NONCE`, or a view's own (`@csp_override`), goes through Django's code unchanged.
    """

    def __init__(self, get_response):
        super().__init__(get_response)
        self._built: dict[int, tuple[dict, str]] = {}  # id(config) -> (config, policy)

    def process_response(self, request, response):
        if hasattr(response, "_csp_config") or hasattr(response, "_csp_ro_config"):
            return super().process_response(request, response)
        for header, config in [
            (CSP.HEADER_ENFORCE, settings.SECURE_CSP),
            (CSP.HEADER_REPORT_ONLY, settings.SECURE_CSP_REPORT_ONLY),
        ]:
            if config and header not in response:
                response.headers[str(header)] = self.policy(request, config)
        return response

    def policy(self, request, config: dict) -> str:
        known = self._built.get(id(config))
        if known is not None and known[0] is config:
            return known[1]
        if any(CSP.NONCE in values for values in config.values() if isinstance(values, list | tuple | set)):
            return build_policy(config, getattr(request, "_csp_nonce", None))
        self._built[id(config)] = (config, built := build_policy(config))
        return built


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
