"""The national helplines the portal maintains, for the urgent-help box of sensitive pages.

Only numbers checked against the operator's own or a ministry's page; the source is named beside
each one, so whoever maintains the list knows where to check again. Staff choose among these by
key; local helplines they enter themselves (offices.models.LocalHelpline).
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Helpline:
    key: str
    name: str  # the service's own German name: residents find it under this name
    phone: str
    description: str
    url: str


# The police emergency number: on every urgent-help box, never a choice.
POLICE = "110"

HELPLINES: dict[str, Helpline] = {
    helpline.key: helpline
    for helpline in [
        # https://www.hilfetelefon.de/das-hilfetelefon/angebot-im-ueberblick.html ("unter der Nummer 116 016",
        # 24 hours, free, anonymous, 18 languages; operated by the Bundesamt für Familie und zivilgesellschaftliche
        # Aufgaben). The old 08000 116 016 was kept only for a transition year from June 2023.
        Helpline(
            "violence_against_women",
            "Hilfetelefon Gewalt gegen Frauen",
            "116 016",
            _("For women experiencing violence, and people close to them: day and night, free, anonymous."),
            "https://www.hilfetelefon.de/",
        ),
        # https://www.baden-wuerttemberg.de/de/service/presse/pressemitteilung/pid/maennerhilfetelefon-wird-fuer-
        # immer-mehr-maenner-anlaufstelle ("unter der Nummer 0800 123 99 00"); operators' site maennerhilfetelefon.de.
        Helpline(
            "violence_against_men",
            "Hilfetelefon Gewalt an Männern",
            "0800 1239900",
            _("For men experiencing violence: free advice by phone and online."),
            "https://www.maennerhilfetelefon.de/",
        ),
        # https://www.bmfsfj.de/bmfsfj/mediathek/anrufen-mailen-chatten-gegen-sorgen-154556 ("Wählt die 116 111");
        # operator Nummer gegen Kummer e.V., nummergegenkummer.de.
        Helpline(
            "children_and_youth",
            "Nummer gegen Kummer",
            "116 111",
            _("For children and young people: free and anonymous."),
            "https://www.nummergegenkummer.de/",
        ),
        # https://www.geburt-vertraulich.de/ (BMFSFJ; "Hilfetelefon Schwangere in Not 0800 40 40 020", 24 hours).
        Helpline(
            "pregnant_women",
            "Hilfetelefon Schwangere in Not",
            "0800 40 40 020",
            _("For pregnant women in need: day and night, free, anonymous."),
            "https://www.geburt-vertraulich.de/",
        ),
    ]
}

CHOICES = [(helpline.key, helpline.name) for helpline in HELPLINES.values()]


def chosen(keys: str) -> list[Helpline]:
    """The helplines named by a comma-separated list of keys, in the list's order; unknown keys are left out."""
    wanted = {key.strip() for key in keys.split(",")}
    return [helpline for key, helpline in HELPLINES.items() if key in wanted]
