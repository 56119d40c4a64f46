"""gunicorn settings for `make serve`; every value can be overridden from the environment."""

import gc
import multiprocessing
import os
import sys

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Several worker processes with or without Redis: without it each keeps its own
# pages in memory, and the generations that tell whether a page is still current
# are shared through files (core/page_scopes.py), so a change saved through any
# process is on every worker's next request.
_cores = multiprocessing.cpu_count()
workers = int(os.environ.get("GUNICORN_WORKERS", _cores * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# The portal logs each request itself, with its id and timing, in batches off the request's path
# (core/logs.py); an access log here would cost a second line per request, static files included.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# The application is loaded once in the master, then forked: its modules, URLconf and templates are
# shared by the workers, and frozen below they are never walked by the garbage collector again.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"


def on_starting(server):
    """Stop once, with one line, before any worker starts, on a configuration error."""
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from core.startup import require_settings

    require_settings()


def post_fork(server, worker):
    # Everything loaded before the fork survives every request: moved out of the collector's reach,
    # a full collection walks only what requests allocate (measured in docs/benchmarks.md).
    gc.freeze()
