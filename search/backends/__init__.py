"""One search interface, two databases: `get_backend().search(query, language, city)`.

The backend follows the database in use (`connection.vendor`): PostgreSQL's
full-text search with the `german` configuration, or SQLite's FTS5 fed with
the same Snowball stems. Both rank with the same formula (base.py), so they
return the same results.
"""

from __future__ import annotations

from django.db import connection

from .base import Backend, Outcome
from .postgres import PostgresBackend
from .sqlite import SqliteBackend


def get_backend() -> Backend:
    return PostgresBackend() if connection.vendor == "postgresql" else SqliteBackend()


__all__ = ["Backend", "Outcome", "get_backend"]
