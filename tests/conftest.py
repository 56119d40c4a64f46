import os

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def german_by_default():
    # modeltranslation writes `name=` to the active language's column; a
    # language left active by an earlier request must not leak into the next test.
    with translation.override("de"):
        yield


@pytest.fixture(autouse=True)
def empty_page_cache():
    # Pages are cached across requests (core/page_cache.py); a test's rolled-back
    # rows must not live on in the next test's pages.
    from django.core.cache import caches

    yield
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture
def sample_content(db):
    """The five seed offices, loaded the way `make run` loads them."""
    from django.core.management import call_command

    call_command("load_sample_content", stdout=open(os.devnull, "w"))


@pytest.fixture
def sign_in_staff():
    """Signs a client in as a staff member who has also confirmed a one-time password.

    With debug off (as `make test` runs) the admin asks staff for a one-time
    password; a test that is not about sign-in starts past that step.
    """
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    def sign_in(client, user):
        device, _created = TOTPDevice.objects.get_or_create(user=user, name="test", defaults={"confirmed": True})
        client.force_login(user)
        session = client.session
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
        session.save()
        return client

    return sign_in


@pytest.fixture
def admin_client(client, admin_user, sign_in_staff):
    """pytest-django's admin_client, past the one-time-password step."""
    return sign_in_staff(client, admin_user)
