"""Machine translation. Neither DeepL nor a LibreTranslate server is reachable here: these tests run the HTTP
clients against a local test server (http.server in a thread) that speaks the request and response formats
the two services document (DeepL: POST /v2/translate with `Authorization: DeepL-Auth-Key …`, JSON
{"text": [...], "source_lang", "target_lang"} → {"translations": [{"detected_source_language", "text"}]},
456 when the quota is used up; LibreTranslate: POST /translate {"q", "source", "target", "format", "api_key"}
→ {"translatedText"}). They are not the real services."""

import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from core import ledger
from offices import models
from tests.factories import OfficeFactory
from translations import engines, machine
from translations.models import MachineTranslationUsage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("english")]


class FakeService(BaseHTTPRequestHandler):
    status = 200
    delay = 0.0
    requests: list = []

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        type(self).requests.append((self.path, dict(self.headers), body))
        time.sleep(self.delay)
        if self.status != 200:
            self.send_response(self.status)
            self.end_headers()
            self.wfile.write(b'{"message": "error"}')
            return
        if self.path == "/v2/translate":
            answer = {"translations": [{"detected_source_language": "DE", "text": f"[{t}]"} for t in body["text"]]}
        else:
            answer = {"translatedText": f"<{body['q']}>"}
        data = json.dumps(answer).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


@pytest.fixture
def service():
    FakeService.status, FakeService.delay, FakeService.requests = 200, 0.0, []
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeService)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield FakeService, f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_deepl_client_speaks_deepls_format(service):
    handler, url = service
    assert engines.DeepL(url, "secret").translate(["Hallo", "Welt"], "de", "ar") == ["[Hallo]", "[Welt]"]
    path, headers, body = handler.requests[0]
    assert path == "/v2/translate" and headers["Authorization"] == "DeepL-Auth-Key secret"
    assert body == {"text": ["Hallo", "Welt"], "source_lang": "DE", "target_lang": "AR"}


def test_libretranslate_client_speaks_its_format(service):
    handler, url = service
    assert engines.LibreTranslate(url, "k").translate(["Hallo"], "de", "fa") == ["<Hallo>"]
    assert handler.requests[0][2] == {"q": "Hallo", "source": "de", "target": "fa", "format": "text", "api_key": "k"}


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (456, "The DeepL quota is used up"),
        (429, "too many requests"),
        (403, "refused the authentication key"),
        (500, "HTTP 500"),
        (400, "HTTP 400"),
    ],
)
def test_deepl_errors_say_what_happened(service, status, message):
    handler, url = service
    handler.status = status
    with pytest.raises(engines.EngineError, match=message):
        engines.DeepL(url, "secret").translate(["Hallo"], "de", "ar")


def test_a_timeout_is_an_engine_error(service):
    handler, url = service
    handler.delay = 1.0
    with pytest.raises(engines.EngineError, match="did not answer in time"):
        engines.LibreTranslate(url, timeout=0.2).translate(["Hallo"], "de", "ar")


def test_an_unreachable_service_is_an_engine_error():
    with pytest.raises(engines.EngineError, match="cannot be reached"):
        engines.DeepL("http://127.0.0.1:9", "k", timeout=1).translate(["Hallo"], "de", "ar")


@pytest.fixture
def office():
    office = OfficeFactory(mission_de="Wir beraten Menschen.", heading_de="Willkommen")
    office.heading_ar = "أهلًا"  # reviewed (staff wrote it)
    office.save()
    office.heading_de = "Herzlich willkommen"
    office.save()
    return models.Office.objects.get(pk=office.pk)


@pytest.fixture
def deepl(service, settings):
    handler, url = service
    settings.MACHINE_TRANSLATION = {"ENGINE": "deepl", "URL": url, "KEY": "k", "WORDS_PER_CITY_PER_MONTH": 50}
    return handler


def test_results_are_machine_translated_never_overwrite_reviewed_and_count_against_the_budget(deepl, office):
    outcome = machine.translate_office(office, "ar")
    assert (outcome.written, outcome.kept_reviewed, outcome.error) == (2, 1, "")
    office = models.Office.objects.get(pk=office.pk)
    assert office.mission_ar == "[Wir beraten Menschen.]"
    assert ledger.freshness(office, "mission", "ar").status == ledger.MACHINE_TRANSLATED
    assert office.heading_ar == "أهلًا"  # outdated, but reviewed: left to staff
    assert MachineTranslationUsage.objects.get(city=office.city).words == outcome.words > 0
    assert machine.budgets([office])[0].used == outcome.words


def test_a_failing_engine_writes_nothing_and_says_why(deepl, office):
    deepl.status = 456
    outcome = machine.translate_office(office, "ar")
    assert outcome.written == 0 and "quota" in outcome.message()
    assert models.Office.objects.get(pk=office.pk).mission_ar in ("", None)
    assert not MachineTranslationUsage.objects.exists()


def test_the_budget_refuses_before_sending(deepl, office, settings):
    settings.MACHINE_TRANSLATION = {**settings.MACHINE_TRANSLATION, "WORDS_PER_CITY_PER_MONTH": 2}
    outcome = machine.translate_office(office, "ar")
    assert "word budget" in outcome.error and deepl.requests == []


def test_without_settings_there_is_no_engine(settings):
    settings.MACHINE_TRANSLATION = {"ENGINE": "", "URL": ""}
    assert machine.engine() is None and machine.budgets([]) == []
