"""`pip install .` installs every app of the project: the wheel holds each of our packages with all its files.

The project runs from a checkout: the site-wide templates, static files and translations (templates/, static/,
locale/ at the top) are read from there (settings.BASE_DIR) and are not in the wheel. What lives inside an app
package (its models, migrations, management commands, template tags, an app's own static files) must be.
"""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = {"portal", "core", "offices", "consultations", "search", "staff", "pages", "sample_content", "translations"}
LEFT_OUT = shutil.ignore_patterns(".*", "__pycache__", "build", "*.egg-info", "staticfiles", "test-results", "media")


def our_apps() -> list[str]:
    """The installed apps whose code is in this checkout (not in the virtualenv)."""
    return [app for app in settings.INSTALLED_APPS if (ROOT / app.split(".")[0]).is_dir()]


@pytest.fixture(scope="module")
def wheel_files(tmp_path_factory) -> set[str]:
    # Built from a copy: setuptools writes build/ and *.egg-info into the folder it builds.
    source = tmp_path_factory.mktemp("source") / "portal"
    shutil.copytree(ROOT, source, ignore=LEFT_OUT)
    out = tmp_path_factory.mktemp("wheel")
    build = [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--quiet", "-w", out, source]
    subprocess.run(build, check=True, capture_output=True, cwd=source)
    (wheel,) = out.glob("commissioner_portal-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_every_app_of_ours_is_a_package_in_the_wheel(wheel_files):
    assert {app.split(".")[0] for app in our_apps()} | {"portal"} == PACKAGES
    for package in PACKAGES:
        assert f"{package}/__init__.py" in wheel_files, package


def test_models_migrations_commands_and_app_files_are_in_the_wheel(wheel_files):
    expected = {
        path.relative_to(ROOT).as_posix()
        for package in PACKAGES
        for path in (ROOT / package).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    missing = sorted(expected - wheel_files)
    assert not missing, f"not in the wheel: {missing}"
    # The parts a deployment cannot do without, named so that a change of the test's walk cannot hide them.
    for name in [
        "offices/models/__init__.py",
        "offices/migrations/0001_initial.py",
        "consultations/models/__init__.py",
        "consultations/migrations/__init__.py",
        "consultations/static/consultations/consultations.css",
        "staff/models.py",
        "staff/migrations/__init__.py",
        "pages/models.py",
        "core/templatetags/core.py",
        "sample_content/management/commands/load_sample_content.py",
        "sample_content/management/commands/generate_scale_content.py",
        "portal/settings.py",
        "portal/wsgi.py",
        "portal/gunicorn.conf.py",
    ]:
        assert name in wheel_files, name


def test_nothing_but_our_packages_is_in_the_wheel(wheel_files):
    tops = {name.split("/")[0] for name in wheel_files if not name.split("/")[0].endswith(".dist-info")}
    assert tops == PACKAGES
