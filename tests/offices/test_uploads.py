"""Prize-call application forms: PDF, ODT and DOCX only, told apart by content, size-capped, and served by the
portal only as downloads that no browser renders in the portal's origin."""

import io
import zipfile

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from core.uploads import DocumentValidator, document_kind
from tests.factories import PrizeCallFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def in_english():
    with translation.override("en"):
        yield


PDF = b"%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def zipped(**members: bytes) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in members.items():
            archive.writestr(name.replace("__", "/"), content)
    return buffer.getvalue()


ODT = zipped(mimetype=b"application/vnd.oasis.opendocument.text", content__xml=b"<office:document-content/>")
DOCX = zipped(**{"[Content_Types].xml": b"<Types/>", "word__document.xml": b"<w:document/>"})


@pytest.mark.parametrize(
    "name, content, kind",
    [
        ("antrag.pdf", PDF, "pdf"),
        ("antrag.odt", ODT, "odt"),
        ("antrag.docx", DOCX, "docx"),
        ("antrag.pdf", b"<html><script>alert(1)</script></html>", None),
        ("antrag.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', None),
        ("antrag.docx", zipped(other=b"x"), None),
        ("antrag.pdf", b"PK\x03\x04 not really a zip", None),
    ],
)
def test_documents_are_recognised_by_content_not_name(name, content, kind):
    upload = SimpleUploadedFile(name, content)
    assert document_kind(upload) == kind
    if kind:
        DocumentValidator()(upload)
    else:
        with pytest.raises(ValidationError, match="Only PDF, ODT or DOCX"):
            DocumentValidator()(upload)


def test_a_document_over_the_size_cap_is_refused(settings):
    settings.UPLOAD_MAX_MEGABYTES = 1
    with pytest.raises(ValidationError, match="larger than 1 MB"):
        DocumentValidator()(SimpleUploadedFile("big.pdf", PDF + b" " * (1024 * 1024)))


def test_the_prize_call_form_refuses_a_script_named_pdf():
    call = PrizeCallFactory.build(office=PrizeCallFactory().office)
    call.application_form = SimpleUploadedFile("antrag.pdf", b"<html><script>alert(1)</script></html>")
    with pytest.raises(ValidationError) as refused:
        call.full_clean()
    assert "application_form" in refused.value.message_dict


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"}}
    return tmp_path


def test_a_published_calls_form_is_served_as_a_sandboxed_download(client, media):
    call = PrizeCallFactory()
    call.application_form.save("antrag.pdf", ContentFile(PDF))
    response = client.get(call.application_form.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "sandbox; default-src 'none'"


def test_unpublished_unknown_and_unchecked_files_are_not_served(client, media):
    draft = PrizeCallFactory(is_published=False)
    draft.application_form.save("entwurf.pdf", ContentFile(PDF))
    assert client.get(draft.application_form.url).status_code == 404
    assert client.get("/media/prize-calls/unbekannt.pdf").status_code == 404
    assert client.get("/media/../portal/settings.py").status_code == 404
    # Stored before uploads were checked: an HTML file under a document's name is not served either.
    old = PrizeCallFactory()
    old.application_form.save("alt.pdf", ContentFile(b"<html><script>alert(1)</script></html>"))
    assert client.get(old.application_form.url).status_code == 404
