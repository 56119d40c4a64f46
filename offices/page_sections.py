"""Sections other apps add to the office page, so the page is composed in its view and offices imports none of them.

An app registers a callable in its AppConfig.ready(). The view calls each with the office, its
closure notices (loaded once for the whole page, each with its standing: see
ClosureNoticeQuerySet.with_standing) and the moment the page is for. A section returns the context
of its template, naming the template as "template", or None when it has nothing to show. Sections
appear in the order they were registered, after the office's tasks.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import ClosureNotice, Office

Section = Callable[["Office", "Sequence[ClosureNotice]", datetime.datetime], dict | None]

_sections: list[Section] = []


def register(section: Section) -> Section:
    # ready() may run more than once (tests re-populating apps); a section appears once all the same.
    if section not in _sections:
        _sections.append(section)
    return section


def sections_for(office: Office, notices: Sequence[ClosureNotice], now: datetime.datetime) -> list[dict]:
    return [context for section in _sections if (context := section(office, notices, now)) is not None]
