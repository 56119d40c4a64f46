"""A pytest plugin (pyproject.toml: `-p tests.environment`), loaded before the settings: the operator settings
that production requires with debug off (portal/settings.py), as a test deployment of a made-up operator.

Set where the shell did not set them, so `pytest` runs like `make test`; the
tests that check the refusal to start without them clear them in their
subprocess's environment.
"""

import os

TEST_OPERATOR = {
    "PORTAL_OPERATOR_NAME": "Portal der kommunalen Beauftragten (Testbetrieb)",
    "PORTAL_OPERATOR_ADDRESS": "Musterstraße 1,01067 Dresden",
    "PORTAL_OPERATOR_EMAIL": "kontakt@beauftragte.example",
    "PORTAL_ACCESSIBILITY_EMAIL": "barrierefreiheit@beauftragte.example",
    "PORTAL_URL": "https://beauftragte.example",
}
for name, value in TEST_OPERATOR.items():
    os.environ.setdefault(name, value)


if __name__ == "__main__":
    # `python -m tests.environment collectstatic …`: a management command in the same test deployment (make test).
    import sys

    from django.core.management import execute_from_command_line

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")
    execute_from_command_line(["manage.py", *sys.argv[1:]])
