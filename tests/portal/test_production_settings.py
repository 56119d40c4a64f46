"""With debug off the portal starts only when the operator is configured, and check --deploy names placeholders."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.environment import TEST_OPERATOR

ROOT = Path(__file__).resolve().parents[2]


def run(command: list[str], **env: str) -> subprocess.CompletedProcess:
    clean = {name: value for name, value in os.environ.items() if not name.startswith(("DJANGO_", "REDIS_", "PORTAL_"))}
    clean |= {"DJANGO_SECRET_KEY": "kX9" + "q7Lp2" * 12, "DJANGO_ALLOWED_HOSTS": "example.org"}
    return subprocess.run(command, env=clean | env, cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize(
    "command",
    [
        [sys.executable, "manage.py", "check"],
        [sys.executable, "-m", "gunicorn", "--config", "portal/gunicorn.conf.py", "portal.wsgi:application"],
    ],
    ids=["manage.py", "gunicorn"],
)
def test_without_the_operator_settings_production_refuses_to_start_with_one_line(command):
    result = run(command, GUNICORN_BIND="127.0.0.1:0")
    assert result.returncode != 0
    [line] = [line for line in result.stderr.splitlines() if line.startswith("portal: ")]
    assert line == (
        "portal: configuration error: PORTAL_OPERATOR_NAME, PORTAL_OPERATOR_ADDRESS, PORTAL_OPERATOR_EMAIL, "
        "PORTAL_URL not set: the legal notice and the links in e-mails need them (or DJANGO_DEBUG=1 for local "
        "development)."
    )
    assert "Traceback" not in result.stderr


def test_one_missing_setting_is_named_alone():
    result = run([sys.executable, "manage.py", "check"], **(TEST_OPERATOR | {"PORTAL_URL": " "}))
    assert result.returncode != 0
    assert "configuration error: PORTAL_URL not set" in result.stderr


def test_with_the_operator_settings_it_starts_and_check_deploy_names_placeholders():
    result = run([sys.executable, "manage.py", "check", "--deploy"], **TEST_OPERATOR)
    assert result.returncode == 0, result.stderr
    # The test operator's addresses are placeholders (.example), and so is the default sender.
    for name in ("PORTAL_OPERATOR_EMAIL", "PORTAL_ACCESSIBILITY_EMAIL", "DJANGO_DEFAULT_FROM_EMAIL", "PORTAL_URL"):
        assert f"{name} looks like a placeholder" in result.stderr


def test_with_debug_on_the_sample_operator_is_enough():
    result = run([sys.executable, "manage.py", "check"], DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
