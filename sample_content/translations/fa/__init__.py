"""The sample content in Persian (see sample_content.translations), one module per data module."""

from . import consultations, dresden, gera, kassel, schwaebisch_gmuend, zwickau

TEXTS = {
    **zwickau.TEXTS,
    **dresden.TEXTS,
    **schwaebisch_gmuend.TEXTS,
    **gera.TEXTS,
    **kassel.TEXTS,
    **consultations.TEXTS,
}
