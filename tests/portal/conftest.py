import datetime
import zoneinfo

import pytest
from django.utils import timezone

from offices import models

BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")


class Clock:
    """Stands in for django.utils.timezone.now, which views, querysets and the page cache all ask."""

    def __init__(self, now: datetime.datetime):
        self.now = now

    def __call__(self) -> datetime.datetime:
        return self.now

    def set(self, year, month, day, hour=0, minute=0, second=0) -> None:
        self.now = datetime.datetime(year, month, day, hour, minute, second, tzinfo=BERLIN)


@pytest.fixture
def clock(monkeypatch):
    clock = Clock(datetime.datetime(2031, 3, 12, 10, 0, tzinfo=BERLIN))
    monkeypatch.setattr(timezone, "now", clock)
    return clock


@pytest.fixture
def office(db):
    city = models.City.objects.create(
        name="Landeshauptstadt Dresden", short_name="Dresden", slug="dresden", federal_state="SN"
    )
    return models.Office.objects.create(
        city=city, kind="integration", name_de="Integrationsbeauftragte", name_en="Integration commissioner", slug="iab"
    )
