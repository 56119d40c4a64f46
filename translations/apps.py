from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TranslationsConfig(AppConfig):
    """Content translations handed to agencies (XLIFF) and to machine translation engines.

    It sits beside pages and sample_content: it reads the content of offices and consultations and the
    ledger in core, and uses the staff app's admin; nothing imports it.
    """

    name = "translations"
    verbose_name = _("Content translations")
