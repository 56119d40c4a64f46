from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    """Site-wide pages. They show what offices contribute; their own model, accessibility feedback, is private
    and so is not watched by the page cache."""

    name = "pages"
    verbose_name = _("Site pages")
