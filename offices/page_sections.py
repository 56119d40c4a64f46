"""Sections other apps add to the office page, so the page is composed in its view and offices imports none of them.

An app registers a callable in its AppConfig.ready(). The view calls each with the office, its
closure notices (loaded once for the whole page, each with its standing: see
ClosureNoticeQuerySet.with_standing) and the moment the page is for. A section returns the context
of its template, naming the template as "template", or None when it has nothing to show. It may name a
"kept_template" too, for what depends on its content alone and never on the moment: the view renders that
with the section's context once and keeps it with the page's other time-independent parts
(core/fragment_cache.py), and "template" finds its HTML as `section.kept`. Sections appear in the order
they were registered, after the office's tasks.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from django.template.loader import get_template
from django.utils.safestring import SafeString

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


def render_kept(section: dict, office: Office, fallback_notice: bool) -> SafeString:
    """The section's kept part (its "kept_template"), as the office page keeps it."""
    context = {"office": office, "fallback_notice": fallback_notice, "section": section}
    return SafeString(get_template(section["kept_template"]).render(context).strip())
