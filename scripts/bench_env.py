"""The environment every benchmark script gives the portal's processes (scripts/bench, bench_day, bench_search).

Debug is off, as in production, so portal/settings.py insists on the operator's details (the legal notice,
links in e-mails): these are a benchmark's made-up ones.
"""

from __future__ import annotations

import os


def portal_env(**settings: str) -> dict:
    inherited = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_"))}
    return (
        {
            "PORTAL_OPERATOR_NAME": "Benchmark",
            "PORTAL_OPERATOR_ADDRESS": "Musterstraße 1,01067 Dresden",
            "PORTAL_OPERATOR_EMAIL": "bench@beauftragte.example",
            "PORTAL_URL": "http://127.0.0.1",
        }
        | inherited
        | {
            "DJANGO_SECRET_KEY": "benchmark-only-" + "s" * 40,
            "DJANGO_HTTPS": "0",
            "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
            **settings,
        }
    )
