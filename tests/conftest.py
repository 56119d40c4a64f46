import os

import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def german_by_default():
    # modeltranslation writes `name=` to the active language's column; a
    # language left active by an earlier request must not leak into the next test.
    with translation.override("de"):
        yield


@pytest.fixture
def sample_content(db):
    """The five seed offices, loaded the way `make run` loads them."""
    from django.core.management import call_command

    call_command("load_sample_content", stdout=open(os.devnull, "w"))
