import pytest
from django.utils import translation


@pytest.fixture
def english():
    """Staff messages read in their msgids (the tests' default language is German)."""
    with translation.override("en"):
        yield
