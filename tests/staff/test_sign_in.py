"""Staff sign-in: throttled with a lockout administrators lift, a one-time password with debug off."""

import datetime
import os
import subprocess
import sys

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.auth.password_validation import validate_password
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from staff import invitations

from .conftest import PASSWORD

pytestmark = pytest.mark.django_db


def sign_in(client, username, password, **extra):
    return client.post(reverse("admin:login"), {"username": username, "password": password, "next": "/admin/"}, **extra)


def code(device, offset=0):
    token = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift).token()
    return f"{(token + offset) % 10**device.digits:0{device.digits}d}"


# Lockout


def test_sign_in_locks_after_the_failure_limit_and_an_administrator_lifts_it(client, client_for, users, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "stadt-dresden", "falsch-geraten").status_code == 200
    assert sign_in(client, "stadt-dresden", "falsch-geraten").status_code == 429
    # Locked: even the right password is refused now.
    locked = sign_in(client, "stadt-dresden", PASSWORD)
    assert locked.status_code == 429 and "_auth_user_id" not in client.session

    attempt = AccessAttempt.objects.get(username="stadt-dresden")
    delete = reverse("admin:axes_accessattempt_delete", args=[attempt.pk])
    assert client_for(users.city_staff).post(delete, {"post": "yes"}).status_code == 403
    assert client_for(users.administrator).post(delete, {"post": "yes"}).status_code == 302
    assert sign_in(client, "stadt-dresden", PASSWORD).status_code == 302
    assert client.session["_auth_user_id"] == str(users.city_staff.pk)


def test_a_lockout_holds_for_the_user_name_from_that_address_only(client, users, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "stadt-dresden", "falsch-geraten")
    assert sign_in(client, "stadt-dresden", PASSWORD).status_code == 429
    # The same person from elsewhere, and colleagues from the same address, still sign in.
    assert sign_in(Client(), "stadt-dresden", PASSWORD, REMOTE_ADDR="192.0.2.10").status_code == 302
    assert sign_in(Client(), "redaktion-iab", PASSWORD).status_code == 302


def test_behind_a_proxy_the_lockout_counts_the_clients_address(client, users, settings):
    settings.CLIENT_IP_HEADER = "X-Real-IP"
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "stadt-dresden", "falsch-geraten", HTTP_X_REAL_IP="198.51.100.7")
    assert sign_in(Client(), "stadt-dresden", PASSWORD, HTTP_X_REAL_IP="198.51.100.7").status_code == 429
    assert AccessAttempt.objects.get().ip_address == "198.51.100.7"
    assert sign_in(Client(), "stadt-dresden", PASSWORD, HTTP_X_REAL_IP="203.0.113.9").status_code == 302


# One-time passwords


@pytest.fixture
def production(settings):
    """As with debug off: a one-time password is required; no throttling pause between a wrong and a right code."""
    settings.DEBUG = False
    settings.STAFF_OTP_REQUIRED = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def invite(client, user):
    """Open the invitation link an administrator created (staff.invitations), as its recipient would."""
    path = invitations.invitation_url(user).removeprefix(django_settings.PORTAL_URL)
    assert client.get(path).status_code == 302


def test_staff_without_a_device_are_refused_the_admin_until_they_set_one_up(client, users, production):
    invite(client, users.city_staff)
    assert sign_in(client, "stadt-dresden", PASSWORD).status_code == 302
    refused = client.get(reverse("admin:index"))
    assert refused.status_code == 302 and refused["Location"].startswith(reverse("admin:login"))
    to_second_factor = client.get(refused["Location"])
    assert to_second_factor["Location"] == reverse("admin:second_factor") + "?next=%2Fadmin%2F"
    for url in ["/admin/offices/office/", "/admin/autocomplete/?app_label=offices&model_name=office&field_name=city"]:
        assert client.get(url).status_code == 302, url

    setup = client.get(to_second_factor["Location"])
    assert setup.status_code == 200 and setup.context["setting_up"]
    assert setup.context["qr_code"].startswith("data:image/svg+xml")
    device = TOTPDevice.objects.get(user=users.city_staff, confirmed=False)
    wrong = client.post(reverse("admin:second_factor"), {"token": code(device, offset=1), "next": "/admin/"})
    assert wrong.status_code == 200 and wrong.context["form"].errors["token"]
    assert client.get(reverse("admin:index")).status_code == 302

    confirmed = client.post(reverse("admin:second_factor"), {"token": code(device), "next": "/admin/"})
    assert confirmed.status_code == 302 and confirmed["Location"] == "/admin/"
    assert client.get(reverse("admin:index")).status_code == 200
    device.refresh_from_db()
    assert device.confirmed


def test_staff_with_a_device_enter_its_code_after_the_password(client, users, production):
    device = TOTPDevice.objects.create(user=users.editor, name="Telefon", confirmed=True)
    sign_in(client, "redaktion-iab", PASSWORD)
    page = client.get(reverse("admin:second_factor"))
    assert page.status_code == 200 and not page.context["setting_up"] and "qr_code" not in page.context
    assert client.get(reverse("admin:index")).status_code == 302
    client.post(reverse("admin:second_factor"), {"token": code(device), "next": "/admin/"})
    assert client.get(reverse("admin:index")).status_code == 200


def test_staff_can_sign_out_before_entering_a_code(client, users, production):
    invite(client, users.city_staff)
    sign_in(client, "stadt-dresden", PASSWORD)
    assert client.get(reverse("admin:second_factor")).status_code == 200
    assert client.post(reverse("admin:logout")).status_code == 200
    assert "_auth_user_id" not in client.session


def test_the_second_factor_page_does_not_redirect_elsewhere(client, users, production):
    device = TOTPDevice.objects.create(user=users.editor, name="Telefon", confirmed=True)
    sign_in(client, "redaktion-iab", PASSWORD)
    response = client.post(reverse("admin:second_factor"), {"token": code(device), "next": "https://evil.example/"})
    assert response["Location"] == reverse("admin:index")


def test_with_debug_on_staff_sign_in_without_a_one_time_password(client, users, settings):
    settings.STAFF_OTP_REQUIRED = False
    assert sign_in(client, "stadt-dresden", PASSWORD).status_code == 302
    assert client.get(reverse("admin:index")).status_code == 200


@pytest.mark.parametrize(
    ("environment", "required"),
    [
        ({}, True),
        ({"DJANGO_DEBUG": "1"}, False),
        ({"DJANGO_DEBUG": "1", "DJANGO_STAFF_OTP": "1"}, True),
        # There is no switch that turns it off in production.
        ({"DJANGO_STAFF_OTP": "0"}, True),
    ],
)
def test_one_time_passwords_are_required_whenever_debug_is_off(environment, required):
    base = {key: value for key, value in os.environ.items() if key not in {"DJANGO_DEBUG", "DJANGO_STAFF_OTP"}}
    result = subprocess.run(
        [sys.executable, "-c", "import portal.settings as s; print(s.STAFF_OTP_REQUIRED)"],
        env=base | {"DJANGO_SECRET_KEY": "x"} | environment,
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == str(required)


# Sessions and passwords


def test_staff_sessions_end_after_inactivity(client_for, users, settings):
    client = client_for(users.city_staff)
    key = client.session.session_key
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + datetime.timedelta(minutes=1))
    assert client.get(reverse("admin:index")).status_code == 200
    # Each request starts the idle time again.
    remaining = Session.objects.get(pk=key).expire_date - timezone.now()
    assert abs(remaining.total_seconds() - settings.SESSION_COOKIE_AGE) < 60

    Session.objects.filter(pk=key).update(expire_date=timezone.now() - datetime.timedelta(seconds=1))
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))


@pytest.mark.parametrize("password", ["kurz-1A", "password1234", "123456789012", "stadt-dresden-1"])
def test_weak_passwords_are_refused(users, password):
    with pytest.raises(ValidationError):
        validate_password(password, users.city_staff)
    validate_password(PASSWORD, users.city_staff)
