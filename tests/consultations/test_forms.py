"""Preferred times must lie inside the hours, on a day the office is open, in the future; the rest of the form."""

import datetime

import pytest
from django.utils import translation

from consultations.forms import AppointmentRequestForm
from consultations.models import ConsultationHour
from consultations.schedule import OfficeSchedule
from offices.models import ClosureNotice

from .conftest import at, create_offer, create_office, create_weekday_windows, request_data

pytestmark = pytest.mark.django_db
UTC = datetime.UTC
MONDAY = at("2026-11-30", "08:00")


@pytest.fixture(autouse=True)
def in_english():
    # The messages asserted here are the msgids, whatever the German catalogue makes of them.
    with translation.override("en"):
        yield


def form_for(offer, data, now=MONDAY):
    return AppointmentRequestForm(data, offers=[offer], schedule=OfficeSchedule.load(offer.office, now=now))


def errors_for(offer, day, /, start="10:00", end="11:00", now=MONDAY, **overrides):
    form = form_for(offer, request_data(offer, day, window_1_start=start, window_1_end=end, **overrides), now=now)
    assert not form.is_valid()
    return form.errors


def test_a_time_inside_the_hours_becomes_two_instants(offer):
    form = form_for(offer, request_data(offer, datetime.date(2026, 12, 1)))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["windows"] == [(at("2026-12-01", "10:00"), at("2026-12-01", "11:00"))]


def test_a_day_the_office_is_closed_is_refused(offer):
    ClosureNotice.objects.create(
        office=offer.office,
        title="Schließtag",
        message="x",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2026, 12, 2),
        ends_on=datetime.date(2026, 12, 2),
    )
    errors = errors_for(offer, datetime.date(2026, 12, 2))
    assert errors["window_1_day"] == ["The office is closed on this day. Choose another day."]


def test_a_time_during_a_closure_of_part_of_the_day_is_refused_and_the_morning_stays_open(offer):
    ClosureNotice.objects.create(
        office=offer.office,
        title="Ab 12 Uhr geschlossen",
        message="x",
        status=ClosureNotice.Status.PUBLISHED,
        starts_on=datetime.date(2026, 12, 2),
        ends_on=datetime.date(2026, 12, 2),
        starts_at=datetime.time(12),
        ends_at=datetime.time(17),
    )
    errors = errors_for(offer, datetime.date(2026, 12, 2), "13:00", "14:00")
    assert errors["window_1_start"] == ["The office is closed at this time. Choose another time."]
    assert form_for(offer, request_data(offer, datetime.date(2026, 12, 2))).is_valid()


def test_a_draft_closure_does_not_block_the_day(offer):
    ClosureNotice.objects.create(
        office=offer.office,
        title="Entwurf",
        message="x",
        status=ClosureNotice.Status.DRAFT,
        starts_on=datetime.date(2026, 12, 2),
        ends_on=datetime.date(2026, 12, 2),
    )
    assert form_for(offer, request_data(offer, datetime.date(2026, 12, 2))).is_valid()


def test_past_days_and_times_already_over_are_refused(offer):
    tuesday_noon = at("2026-12-01", "12:00")
    assert errors_for(offer, datetime.date(2026, 11, 30), now=tuesday_noon)["window_1_day"] == [
        "This day is in the past. Choose a day from today on."
    ]
    assert errors_for(offer, datetime.date(2026, 12, 1), "10:00", "11:00", now=tuesday_noon)["window_1_start"] == [
        "This time has already passed. Choose a later time."
    ]
    # Later the same day is fine.
    later = request_data(offer, datetime.date(2026, 12, 1), window_1_start="13:00", window_1_end="14:00")
    assert form_for(offer, later, now=tuesday_noon).is_valid()


def test_times_outside_the_hours_are_refused_with_the_hours_of_that_day(offer):
    errors = errors_for(offer, datetime.date(2026, 12, 1), "14:30", "15:30")
    assert errors["window_1_start"] == ["Choose a time within the consultation hours of that day: 09:00–15:00."]
    saturday = errors_for(offer, datetime.date(2026, 12, 5))
    assert saturday["window_1_day"] == ["There is no consultation on this day. Choose one of the days listed."]


def test_the_end_must_follow_the_start(offer):
    assert errors_for(offer, datetime.date(2026, 12, 1), "11:00", "10:00")["window_1_end"] == [
        "The end must be later than the start."
    ]


def test_too_far_ahead_is_refused(offer):
    assert errors_for(offer, datetime.date(2027, 3, 1))["window_1_day"] == ["Choose a day within the next 12 weeks."]


def test_a_public_holiday_of_the_offices_state_is_refused_but_not_in_another_state(offer):
    # 18 November 2026 is Buß- und Bettag, a holiday in Saxony only.
    before = at("2026-11-16")
    errors = errors_for(offer, datetime.date(2026, 11, 18), now=before)
    assert errors["window_1_day"] == [
        "18 November 2026 is a public holiday (Repentance and Prayer Day): there is no consultation."
    ]
    kassel = create_office("kassel", "HE")
    kassel_offer = create_offer(kassel)
    create_weekday_windows(kassel)
    assert form_for(kassel_offer, request_data(kassel_offer, datetime.date(2026, 11, 18)), now=before).is_valid()


@pytest.mark.parametrize(
    ("day", "utc_hour"),
    [
        ("2026-03-28", 9),  # Saturday before the spring change: UTC+1
        ("2026-03-29", 8),  # clocks went forward at 2:00: UTC+2
        ("2026-10-24", 8),  # Saturday before the autumn change: UTC+2
        ("2026-10-25", 9),  # clocks went back at 3:00: UTC+1
    ],
)
def test_on_the_daylight_saving_days_ten_oclock_is_ten_oclock_in_berlin(office, day, utc_hour):
    offer = create_offer(office)
    for weekday in (6, 7):
        ConsultationHour.objects.create(
            office=office, weekday=weekday, starts_at=datetime.time(9), ends_at=datetime.time(12)
        )
    now = at(day) - datetime.timedelta(days=3)
    form = form_for(offer, request_data(offer, datetime.date.fromisoformat(day)), now=now)
    assert form.is_valid(), form.errors
    ((starts, ends),) = form.cleaned_data["windows"]
    assert starts.astimezone(UTC).hour == utc_hour
    assert ends - starts == datetime.timedelta(hours=1)


def test_a_time_skipped_by_the_spring_change_is_refused_plainly(office):
    offer = create_offer(office)
    ConsultationHour.objects.create(office=office, weekday=7, starts_at=datetime.time(1), ends_at=datetime.time(5))
    errors = errors_for(offer, datetime.date(2026, 3, 29), "02:15", "02:45", now=at("2026-03-25"))
    assert errors["window_1_start"] == [
        "This time does not exist on 29 March 2026: the clocks go forward from 2:00 to 3:00."
    ]
    # An hour across the change is accepted and is really one hour long.
    form = form_for(
        offer,
        request_data(offer, datetime.date(2026, 3, 29), window_1_start="01:30", window_1_end="03:30"),
        now=at("2026-03-25"),
    )
    assert form.is_valid(), form.errors
    ((starts, ends),) = form.cleaned_data["windows"]
    assert ends.astimezone(UTC) - starts.astimezone(UTC) == datetime.timedelta(hours=1)


def test_second_and_third_times_are_optional_but_complete_when_given(offer):
    data = request_data(offer, datetime.date(2026, 12, 1), window_2_day="2026-12-02", window_3_start="10:00")
    form = form_for(offer, data)
    assert not form.is_valid()
    assert form.errors["window_2_start"] == [
        "Enter the start of your second preferred time. Or leave this preferred time empty."
    ]
    assert form.errors["window_3_day"] == [
        "Enter the day of your third preferred time. Or leave this preferred time empty."
    ]
    data |= {"window_2_start": "09:00", "window_2_end": "09:30", "window_3_start": ""}
    form = form_for(offer, data)
    assert form.is_valid(), form.errors
    assert len(form.cleaned_data["windows"]) == 2


def test_the_office_must_be_able_to_reach_the_resident(offer):
    errors = errors_for(offer, datetime.date(2026, 12, 1), email="", phone="")
    assert errors["email"] == ["Give an e-mail address or a phone number, so the office can reach you."]
    assert form_for(offer, request_data(offer, datetime.date(2026, 12, 1), email="", phone="0375 123456")).is_valid()


def test_consent_is_required_and_lengths_are_limited(offer):
    errors = errors_for(offer, datetime.date(2026, 12, 1), consent="", message="x" * 1001, name="n" * 101)
    assert errors["consent"] == ["Agree to the privacy notice, or we cannot answer your request."]
    # Django's own message, in whatever language is active; the numbers are what matter.
    assert "1000" in errors["message"][0] and "1001" in errors["message"][0]
    assert "100" in errors["name"][0] and "101" in errors["name"][0]


def test_a_way_of_advice_the_offer_does_not_give_is_refused(offer):
    errors = errors_for(offer, datetime.date(2026, 12, 1), mode="video")
    assert errors["mode"] == ["This advice is not given this way. Choose another way or “No preference”."]


def test_a_filled_honeypot_is_no_error_but_marks_the_request_as_from_a_bot(offer):
    # One behaviour for every form (core.forms.HoneypotMixin): no error that tells a bot what it did.
    day = datetime.date(2026, 12, 1)
    trapped = form_for(offer, request_data(offer, day, website="http://spam.example/" + "x" * 300))
    assert trapped.is_valid(), trapped.errors
    assert trapped.is_from_a_bot()
    person = form_for(offer, request_data(offer, day))
    assert person.is_valid() and not person.is_from_a_bot()
    assert "website" not in person.appointment_data()


def test_an_offer_of_another_office_cannot_be_chosen(offer):
    other = create_offer(create_office("gera", "TH"), slug="x")
    errors = errors_for(offer, datetime.date(2026, 12, 1), offer=str(other.pk))
    assert errors["offer"] == ["Choose one of the offers listed."]


def test_error_links_point_at_the_inputs_in_page_order(offer):
    form = form_for(offer, request_data(offer, datetime.date(2026, 12, 5), offer="", name="", consent=""))
    assert not form.is_valid()
    assert [link["anchor"] for link in form.error_links()] == ["id_offer_0", "id_name", "id_consent"]
