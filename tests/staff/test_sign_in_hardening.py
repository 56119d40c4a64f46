"""Sign-in hardening: a lockout per user name across addresses, a new session key after the second factor,
authenticator secrets never shown in the admin, and request bodies capped."""

import re
from pathlib import Path

import pytest
from axes.models import AccessAttempt
from django.conf import settings
from django.test import Client
from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from .conftest import PASSWORD
from .test_sign_in import code, sign_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def production(settings):
    settings.DEBUG = False
    settings.STAFF_OTP_REQUIRED = True
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def test_guessing_from_many_addresses_locks_the_account_until_an_administrator_lifts_it(users, client_for, settings):
    settings.LOGIN_ACCOUNT_FAILURE_LIMIT = 3 * settings.AXES_FAILURE_LIMIT
    for number in range(3):
        for _attempt in range(settings.AXES_FAILURE_LIMIT):
            sign_in(Client(), "stadt-dresden", "falsch-geraten", REMOTE_ADDR=f"192.0.2.{number + 1}")
    # The right password from a fourth address: still locked, and the page says why and who can help.
    locked = sign_in(Client(), "stadt-dresden", PASSWORD, REMOTE_ADDR="198.51.100.4", HTTP_ACCEPT_LANGUAGE="en")
    assert locked.status_code == 429
    assert "locked after 15 failed attempts" in locked.content.decode()
    # Colleagues are not affected.
    assert sign_in(Client(), "redaktion-iab", PASSWORD, REMOTE_ADDR="198.51.100.4").status_code == 302
    # An administrator lifts it by deleting the account's access attempts.
    administrator = client_for(users.administrator)
    for attempt in AccessAttempt.objects.filter(username="stadt-dresden"):
        delete = reverse("admin:axes_accessattempt_delete", args=[attempt.pk])
        assert administrator.post(delete, {"post": "yes"}).status_code == 302
    assert sign_in(Client(), "stadt-dresden", PASSWORD, REMOTE_ADDR="198.51.100.4").status_code == 302


def test_the_session_key_changes_with_the_second_factor(client, users, production):
    device = TOTPDevice.objects.create(user=users.editor, name="Telefon", confirmed=True)
    sign_in(client, "redaktion-iab", PASSWORD)
    before = client.session.session_key
    response = client.post(reverse("admin:second_factor"), {"token": code(device), "next": "/admin/"})
    assert response.status_code == 302
    assert client.session.session_key != before
    assert client.get(reverse("admin:index")).status_code == 200
    # The key from before the second factor opens nothing.
    old = Client()
    old.cookies["sessionid"] = before
    assert old.get(reverse("admin:index")).status_code == 302


def test_administrators_see_devices_without_their_secrets(users, client_for):
    device = TOTPDevice.objects.create(user=users.editor, name="Telefon", confirmed=True)
    administrator = client_for(users.administrator)
    change = administrator.get(reverse("admin:otp_totp_totpdevice_change", args=[device.pk]))
    assert change.status_code == 200
    page = change.content.decode()
    assert device.key not in page and "qrcode" not in page.lower()
    assert device.key not in administrator.get(reverse("admin:otp_totp_totpdevice_changelist")).content.decode()
    for view in ("config", "qrcode"):
        assert administrator.get(f"/admin/otp_totp/totpdevice/{device.pk}/{view}/").status_code == 404
        # A device id that does not exist: 404 too, not a 500.
        assert administrator.get(f"/admin/otp_totp/totpdevice/99999/{view}/").status_code == 404
    # A device is set up by its owner only: nobody adds one for someone else, knowing its secret.
    assert administrator.get(reverse("admin:otp_totp_totpdevice_add")).status_code == 403


def test_a_body_larger_than_the_cap_is_refused_with_the_security_headers(client, settings):
    settings.REQUEST_BODY_MAX_BYTES = 1024
    response = client.post("/en/accessibility/", {"description": "x" * 2000})
    assert response.status_code == 413
    assert "Content-Security-Policy" in response and response["X-Content-Type-Options"] == "nosniff"
    assert client.post("/en/accessibility/", {"description": "short"}).status_code == 302


def test_x_forwarded_proto_is_left_to_gunicorn_and_its_allowed_addresses(settings):
    # Django would trust the header from any client; gunicorn trusts it only from GUNICORN_FORWARDED_ALLOW_IPS.
    assert settings.SECURE_PROXY_SSL_HEADER is None
    conf = (Path(__file__).resolve().parents[2] / "portal" / "gunicorn.conf.py").read_text()
    assert 'forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")' in conf


def test_a_password_alone_enrols_no_device(client, users, production):
    sign_in(client, "stadt-dresden", PASSWORD)
    page = client.get(reverse("admin:second_factor"), headers={"accept-language": "en"})
    assert page.status_code == 403
    assert "invitation link from a portal administrator" in page.content.decode()
    assert "qr_code" not in page.context and not TOTPDevice.objects.filter(user=users.city_staff).exists()
    assert client.post(reverse("admin:second_factor"), {"token": "123456"}).status_code == 403


def test_an_invitation_is_made_by_an_administrator_and_works_once(users, client_for, production):
    administrator = client_for(users.administrator)
    response = administrator.post(
        reverse("admin:auth_user_changelist"),
        {"action": "invite_to_second_factor", "_selected_action": [users.city_staff.pk]},
        follow=True,
    )
    [link] = re.findall(r"https?://\S+/admin/invitation/[^/\s]+/", response.content.decode())
    path = link.removeprefix(settings.PORTAL_URL)
    staff = Client()
    assert staff.get(path).status_code == 302
    sign_in(staff, "stadt-dresden", PASSWORD)
    page = staff.get(reverse("admin:second_factor"))
    assert page.status_code == 200 and page.context["setting_up"]
    # The sign-in used it up: the same link again, or a forged one, opens nothing.
    assert Client().get(path).status_code == 403
    assert Client().get(path[:-3] + "xx/").status_code == 403
