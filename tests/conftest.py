"""The one fixture layer every test shares: language, caches, password hashing, the clock and signing in.

Area conftests hold only what their area alone needs; objects are built with tests/factories.py.
"""

import datetime
import os
import tempfile

import pytest
from django.core.cache import caches
from django.utils import timezone, translation

from tests.factories import BERLIN


def pytest_configure(config):
    # Without Redis the page cache's generations are files shared by every process of the installation
    # (core/page_scopes.py); a test run has its own, or two runs at once would clear each other's.
    from django.conf import settings

    if "page_generations" in settings.CACHES:
        settings.CACHES["page_generations"]["LOCATION"] = tempfile.mkdtemp(prefix="portal-test-generations-")


@pytest.fixture(autouse=True)
def german_by_default():
    # modeltranslation writes `name=` to the active language's column; a
    # language left active by an earlier request must not leak into the next test.
    with translation.override("de"):
        yield


@pytest.fixture(autouse=True)
def empty_caches():
    # Pages are cached across requests (core/page_cache.py) and the rate limit
    # counts in the cache: a test's rolled-back rows and requests must not live
    # on in the next test.
    for cache in caches.all(initialized_only=True):
        cache.clear()
    yield
    for cache in caches.all(initialized_only=True):
        cache.clear()


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    # Production hashing costs a third of a second per user; the suite makes hundreds.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


class Clock:
    """The one fake clock: time-machine moves the process's time, so views, querysets, the page cache,
    field defaults (`default=timezone.now`) and `auto_now`/`auto_now_add` all see the same moment.

    It stands still between moves (no ticking), so a test can name the exact second of a boundary.
    Live servers and subprocesses run on real time: time-machine does not cross processes.
    """

    def __init__(self, machine):
        self._machine = machine

    def move_to(self, moment: datetime.datetime) -> None:
        if moment.tzinfo is None:
            raise ValueError("Give the clock an aware datetime; a naive one would be read in the machine's zone.")
        self._machine.move_to(moment, tick=False)

    def set(self, year, month, day, hour=0, minute=0, second=0) -> None:
        """Move to a Berlin wall-clock time."""
        self.move_to(datetime.datetime(year, month, day, hour, minute, second, tzinfo=BERLIN))

    def shift(self, delta: datetime.timedelta) -> None:
        self.move_to(timezone.now() + delta)

    @property
    def now(self) -> datetime.datetime:
        """The current moment as Berlin sees it."""
        return timezone.localtime()


@pytest.fixture
def clock(time_machine):
    return Clock(time_machine)


@pytest.fixture
def sample_content(db):
    """The five seed offices, loaded the way `make run` loads them.

    Slow: only the tests of the seeds' fidelity and one story per role use it; others build with factories.
    """
    from django.core.management import call_command

    call_command("load_sample_content", stdout=open(os.devnull, "w"))


@pytest.fixture
def sample_content_in_german_and_english(sample_content):
    """The sample without its machine translations (uk, ar, tr, ru, fa): for tests of the German fallback."""
    from modeltranslation.translator import translator

    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).fields
        model._default_manager.update(**{f"{f}_{code}": "" for f in fields for code in ["uk", "ar", "tr", "ru", "fa"]})


@pytest.fixture
def seeded_offices(db):
    """Dresden's office with the seed's contact, addresses, hours and 2024 closure; Kassel's office with its
    units; Gera's office. The seeds' addresses and facts for a test that reads them, at a fraction of the
    sample's cost."""
    from tests.seed_offices import dresden_as_seeded, gera_office, kassel_offices

    dresden_as_seeded()
    kassel_offices()
    gera_office()


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
