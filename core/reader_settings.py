"""Reader settings (text size, contrast) kept in cookies and turned into classes on <html>."""

from dataclasses import dataclass


@dataclass(frozen=True)
class ReaderSetting:
    cookie: str
    values: tuple[str, ...]
    default: str


READER_SETTINGS = {
    "text": ReaderSetting(cookie="reader_text", values=("normal", "large", "larger"), default="normal"),
    "contrast": ReaderSetting(cookie="reader_contrast", values=("normal", "high"), default="normal"),
}


def current(request) -> dict[str, str]:
    chosen = {}
    for name, setting in READER_SETTINGS.items():
        value = request.COOKIES.get(setting.cookie)
        chosen[name] = value if value in setting.values else setting.default
    return chosen


def context(request) -> dict:
    chosen = current(request)
    classes = " ".join(f"{name}-{value}" for name, value in chosen.items() if value != READER_SETTINGS[name].default)
    return {"reader_settings": {**chosen, "css_classes": classes}}
