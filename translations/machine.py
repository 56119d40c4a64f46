"""Machine translation of an office's texts: only missing texts and outdated machine translations are sent
(a reviewed translation is never overwritten), the words count against the city's monthly budget, and the
results are stored as machine translated (core.ledger). A failing engine writes nothing."""

from __future__ import annotations

import datetime
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from core import ledger

from .engines import EngineError, configured
from .models import MachineTranslationUsage
from .units import units

DEFAULT_WORDS_PER_MONTH = 100_000


def engine():
    return configured()


def words_per_month() -> int:
    config = getattr(settings, "MACHINE_TRANSLATION", None) or {}
    return int(config.get("WORDS_PER_CITY_PER_MONTH", DEFAULT_WORDS_PER_MONTH))


def this_month() -> datetime.date:
    return timezone.localdate().replace(day=1)


def used(city) -> int:
    usage = MachineTranslationUsage.objects.filter(city=city, month=this_month()).first()
    return usage.words if usage else 0


@dataclass
class Budget:
    city: str
    used: int
    limit: int


def budgets(offices) -> list[Budget]:
    if engine() is None:
        return []
    cities = {office.city for office in offices}
    return [Budget(str(city), used(city), words_per_month()) for city in sorted(cities, key=lambda c: c.slug)]


@dataclass
class Outcome:
    written: int = 0
    words: int = 0
    kept_reviewed: int = 0
    error: str = ""

    def message(self) -> str:
        if self.error:
            return _("Nothing was translated: %(error)s") % {"error": self.error}
        return _(
            "%(written)s texts translated automatically (%(words)s words); %(kept)s reviewed translations kept."
        ) % {"written": self.written, "words": self.words, "kept": self.kept_reviewed}


def translate_office(office, language: str, translator=None) -> Outcome:
    translator = translator or engine()
    outcome = Outcome()
    if translator is None:
        outcome.error = _("No machine translation engine is configured.")
        return outcome
    wanted = []
    for unit in units([office.pk], language):
        if unit.status.status == ledger.OUTDATED and not unit.status.machine:
            outcome.kept_reviewed += 1  # staff's or an agency's work: updating it is theirs
            continue
        wanted.append(unit)
    outcome.words = sum(len(unit.source.split()) for unit in wanted)
    if not wanted:
        return outcome
    if used(office.city) + outcome.words > words_per_month():
        outcome.error = _(
            "%(city)s's word budget for this month (%(limit)s words, %(used)s used) does not cover %(words)s words."
        ) % {"city": office.city, "limit": words_per_month(), "used": used(office.city), "words": outcome.words}
        return outcome
    try:
        texts = translator.translate([unit.source for unit in wanted], ledger.source_language(), language)
    except EngineError as error:
        outcome.error = str(error)
        return outcome
    by_object = defaultdict(list)
    for unit, text in zip(wanted, texts, strict=True):
        by_object[unit.obj].append((unit.field, text))
    with transaction.atomic(), ledger.recording(ledger.MACHINE, [language]):
        for obj, fields in by_object.items():
            for field, text in fields:
                setattr(obj, f"{field}_{language}", text)
            obj.save()
            outcome.written += len(fields)
        usage, _created = MachineTranslationUsage.objects.get_or_create(city=office.city, month=this_month())
        MachineTranslationUsage.objects.filter(pk=usage.pk).update(words=F("words") + outcome.words)
    return outcome
