"""Querysets compiled once and run as SQL (core.prepared): the same instances as the queryset, or a refusal."""

import datetime

import pytest
from django.db import connection
from django.db.models import Count, Model
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from django.utils.translation import override

from core import ledger
from core.prepared import rows
from core.translated import without_unread_languages
from offices.models import City, ClosureNotice, Office
from tests.factories import CityFactory, ClosureNoticeFactory, OfficeFactory, UnitFactory

pytestmark = pytest.mark.django_db
built = []


def offices_of(city_slug: str, office_slug: str):
    built.append(city_slug)
    offices = Office.objects.published_at(city_slug, office_slug)
    return without_unread_languages(offices, city=City, parent=Office).annotate(units_count=Count("units"))


def notices_of(office_id: int, city_id: int, now: datetime.datetime, today: datetime.date):
    return ClosureNotice.objects.for_office_id(office_id, city_id).published().with_standing(now, today)


def loaded(obj: Model) -> dict:
    return {name: value for name, value in vars(obj).items() if name != "_state"}


def same(compiled: list, expected: list) -> None:
    assert [type(obj) for obj in compiled] == [type(obj) for obj in expected]
    for mine, theirs in zip(compiled, expected, strict=True):
        assert loaded(mine) == loaded(theirs)
        assert mine.get_deferred_fields() == theirs.get_deferred_fields()
        assert mine._state.adding is False and mine._state.db == theirs._state.db


@pytest.fixture
def office():
    parent = OfficeFactory(name_de="Rathaus", name_en="Town hall", city=CityFactory(slug="zwickau"))
    office = UnitFactory(parent=parent, city=parent.city, slug="integration", name_de="Integration", name_en="")
    UnitFactory(parent=office, city=office.city)
    return office


@pytest.mark.parametrize("language", ["de", "en", "ar"])
def test_instances_are_those_of_the_queryset_with_related_objects_annotations_and_deferred_columns(office, language):
    with override(language):
        [found] = rows(offices_of, "zwickau", "integration")
        [expected] = offices_of("zwickau", "integration")
        same([found], [expected])
        same([found.city, found.parent], [expected.city, expected.parent])
        assert found.units_count == 1
        assert found.name == expected.name  # modeltranslation's fallback, on the deferred other languages
        assert "name_fa" in found.get_deferred_fields()


def test_a_shape_is_compiled_once_and_each_run_is_one_query_with_the_new_values(office):
    OfficeFactory(city=CityFactory(slug="gera"), slug="integration")
    rows(offices_of, "zwickau", "integration")
    built.clear()
    with CaptureQueriesContext(connection) as queries:
        [gera] = rows(offices_of, "gera", "integration")
        assert rows(offices_of, "kassel", "integration") == []
    assert built == []
    assert len(queries) == 2
    assert gera.city.slug == "gera"


def test_dates_and_moments_are_values_too(office):
    ClosureNoticeFactory(city=office.city, office=office)  # today, shown from now on
    now = timezone.now()
    standing = []
    for moment in (now, now + datetime.timedelta(days=2)):
        today = timezone.localdate(moment)
        found = rows(notices_of, office.pk, office.city_id, moment, today)
        same(found, list(notices_of(office.pk, office.city_id, moment, today)))
        standing += [(bool(notice.is_shown), notice.is_past) for notice in found]
    assert standing == [(True, False), (False, True)]


def test_loaded_objects_fire_post_init_as_the_translation_ledger_needs(office):
    seen = []

    def note(sender, instance, **kwargs):
        seen.append((sender, instance.pk))

    post_init.connect(note)
    try:
        rows(offices_of, "zwickau", "integration")
    finally:
        post_init.disconnect(note)
    assert seen == [(Office, office.pk), (City, office.city_id), (Office, office.parent_id)]
    ledger.forget()
    [found] = rows(offices_of, "zwickau", "integration")
    assert office.pk in ledger._seen()["offices.office"]


def frozen_moment(city_slug: str):
    return ClosureNotice.objects.filter(city__slug=city_slug, visible_from__lte=timezone.now())


def derived(city_slug: str):
    return City.objects.filter(slug__icontains=city_slug)


def prefetching(city_slug: str):
    return City.objects.filter(slug=city_slug).prefetch_related("offices")


def values(city_slug: str):
    return City.objects.filter(slug=city_slug).values("pk")


def translated_values(city_slug: str):
    return City.objects.filter(slug=city_slug).values_list("name", "slug")


@pytest.mark.parametrize("build", [frozen_moment, derived, prefetching, values, translated_values])
def test_what_it_cannot_reproduce_is_refused(build):
    with pytest.raises(ValueError, match=build.__name__):
        rows(build, "zwickau")


def test_booleans_are_a_shape_not_a_value():
    with pytest.raises(TypeError, match="keyword"):
        rows(values, True)
