import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def german_by_default():
    # modeltranslation writes `name=` to the active language's column; a
    # language left active by an earlier request must not leak into the next test.
    with translation.override("de"):
        yield
