"""gunicorn settings for `make serve`; every value can be overridden from the environment."""

import multiprocessing
import os
import sys

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Without REDIS_URL the page cache lives in each process's memory, and a change
# saved through one process would not reach the others' caches: one process
# then, with threads. With Redis every process shares one cache.
_cache_pages = os.environ.get("DJANGO_CACHE_PAGES", "").strip().lower() in {"", "1", "true", "yes", "on"}
_per_process_cache = _cache_pages and not os.environ.get("REDIS_URL")
_cores = multiprocessing.cpu_count()
workers = int(os.environ.get("GUNICORN_WORKERS", 1 if _per_process_cache else _cores * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", _cores * 2 + 1 if _per_process_cache else 1))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# The portal logs each request itself, with its id and timing.
accesslog = None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")


def on_starting(server):
    """Stop once, with one line, before any worker starts: on a configuration error, or on a page cache
    that several worker processes cannot share."""
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    from core.startup import require_settings

    require_settings()
    if server.cfg.workers > 1 and _per_process_cache:
        print(
            "portal: configuration error: several worker processes need REDIS_URL for a page cache they share "
            "(or DJANGO_CACHE_PAGES=0)",
            file=sys.stderr,
        )
        sys.exit(1)
