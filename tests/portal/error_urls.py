"""The portal's URLs plus views that fail on purpose, to see the error pages residents would get."""

from django.db import OperationalError
from django.shortcuts import render
from django.urls import path

from portal.urls import handler400, handler403, handler404, handler500, urlpatterns  # noqa: F401


def server_error(request):
    raise RuntimeError("secret internal detail")


def database_down(request):
    raise OperationalError('connection to server at "10.0.0.5", port 5432 failed: Connection refused')


def too_many_requests(request):
    return render(request, "429.html", status=429)


urlpatterns = [
    *urlpatterns,
    path("test-errors/500/", server_error),
    path("test-errors/503/", database_down),
    path("test-errors/429/", too_many_requests),
]
