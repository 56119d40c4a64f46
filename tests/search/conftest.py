import datetime

import pytest

from consultations.models import CounsellingOffer
from offices import models


@pytest.fixture
def build(db, django_capture_on_commit_callbacks):
    """Offices made here are indexed as after a commit (the index follows saves once they are committed)."""

    def make(city_slug="dresden", short_name="Dresden", offices=1, word="Gewaltschutz", hours_today=False):
        city, _created = models.City.objects.get_or_create(
            slug=city_slug, defaults={"name": f"Stadt {short_name}", "short_name": short_name, "federal_state": "SN"}
        )
        made = []
        with django_capture_on_commit_callbacks(execute=True):
            for number in range(offices):
                office = models.Office.objects.create(
                    city=city,
                    kind="equality",
                    name=f"Gleichstellungsbüro {number}",
                    slug=f"buero-{number}",
                    mission=f"Beratung zum {word} für alle.",
                )
                CounsellingOffer.objects.create(office=office, slug="beratung", topic=f"Erstberatung {word}")
                if hours_today:
                    models.OpeningHours.objects.create(
                        office=office,
                        weekday=datetime.date.today().isoweekday(),
                        opens=datetime.time(9),
                        closes=datetime.time(12),
                    )
                made.append(office)
        return made

    return make
