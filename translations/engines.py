"""Machine translation engines: DeepL's API and a LibreTranslate server, over plain HTTP (urllib: two JSON
POSTs need no client library). Configured by settings.MACHINE_TRANSLATION; unset, there is none."""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.request
from typing import Protocol

from django.conf import settings
from django.utils.translation import gettext as _


class EngineError(Exception):
    """The engine did not translate; the message is for staff."""


class Engine(Protocol):
    name: str

    def translate(self, texts: list[str], source: str, target: str) -> list[str]: ...


def _post(url: str, payload: dict, headers: dict, timeout: float, errors: dict[int, str]) -> dict:
    request = urllib.request.Request(
        url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json", **headers}
    )
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 (configured URL)
            return json.loads(response.read().decode())
    except urllib.error.HTTPError as error:
        default = _("The translation service answered with an error (HTTP %(status)s).") % {"status": error.code}
        raise EngineError(errors.get(error.code, default)) from error
    except TimeoutError as error:
        raise EngineError(_("The translation service did not answer in time.")) from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError | socket.timeout):
            raise EngineError(_("The translation service did not answer in time.")) from error
        raise EngineError(
            _("The translation service cannot be reached: %(reason)s") % {"reason": error.reason}
        ) from error
    except ValueError as error:
        raise EngineError(_("The translation service's answer could not be read.")) from error


class DeepL:
    """POST /v2/translate with `Authorization: DeepL-Auth-Key …`; answers {"translations": [{"text": …}]}."""

    name = "DeepL"

    def __init__(self, url: str, key: str, timeout: float = 10):
        self.url, self.key, self.timeout = url.rstrip("/"), key, timeout

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        answer = _post(
            f"{self.url}/v2/translate",
            {"text": texts, "source_lang": source.upper(), "target_lang": target.upper()},
            {"Authorization": f"DeepL-Auth-Key {self.key}"},
            self.timeout,
            {
                456: _("The DeepL quota is used up for this billing period."),
                429: _("DeepL received too many requests; try again in a few minutes."),
                403: _("DeepL refused the authentication key."),
            },
        )
        try:
            translated = [item["text"] for item in answer["translations"]]
        except (KeyError, TypeError) as error:
            raise EngineError(_("The translation service's answer could not be read.")) from error
        if len(translated) != len(texts):
            raise EngineError(_("The translation service's answer could not be read."))
        return translated


class LibreTranslate:
    """POST /translate {"q", "source", "target", "format", "api_key"}; answers {"translatedText": …}."""

    name = "LibreTranslate"

    def __init__(self, url: str, key: str = "", timeout: float = 10):
        self.url, self.key, self.timeout = url.rstrip("/"), key, timeout

    def translate(self, texts: list[str], source: str, target: str) -> list[str]:
        results = []
        for text in texts:
            payload = {"q": text, "source": source, "target": target, "format": "text"}
            if self.key:
                payload["api_key"] = self.key
            answer = _post(
                f"{self.url}/translate",
                payload,
                {},
                self.timeout,
                {
                    429: _("LibreTranslate received too many requests; try again in a few minutes."),
                    403: _("LibreTranslate refused the API key."),
                },
            )
            if not isinstance(answer, dict) or not isinstance(answer.get("translatedText"), str):
                raise EngineError(_("The translation service's answer could not be read."))
            results.append(answer["translatedText"])
        return results


ENGINES = {"deepl": DeepL, "libretranslate": LibreTranslate}


def configured() -> Engine | None:
    config = getattr(settings, "MACHINE_TRANSLATION", None) or {}
    engine = ENGINES.get((config.get("ENGINE") or "").lower())
    if engine is None or not config.get("URL"):
        return None
    return engine(config["URL"], config.get("KEY", ""), float(config.get("TIMEOUT", 10)))
