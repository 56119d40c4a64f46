import datetime

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.utils.translation import get_language, get_language_info
from django.utils.translation import gettext_lazy as _

from core.forms import ErrorSummaryMixin, HoneypotMixin
from core.languages import language_name

from . import preferred_days
from .models import CounsellingOffer, Mode
from .schedule import REQUEST_HORIZON_DAYS, OfficeSchedule, WindowProblem

WINDOW_LEGENDS = [
    _("First preferred time"),
    _("Second preferred time (optional)"),
    _("Third preferred time (optional)"),
]
WINDOW_PARTS = {
    "day": (_("Day"), _("Enter the day of your %(which)s preferred time.")),
    "start": (_("From"), _("Enter the start of your %(which)s preferred time.")),
    "end": (_("Until"), _("Enter the end of your %(which)s preferred time.")),
}
ORDINALS = [_("first"), _("second"), _("third")]
# Typed by hand where the browser has no date picker: ISO, and the German way.
DATE_INPUTS = ["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"]
TIME_INPUTS = ["%H:%M", "%H.%M", "%H"]


def language_choices(offers) -> list[tuple[str, str]]:
    """The languages the office's offers are given in; where none is stated, the portal's languages."""
    codes = []
    for offer in offers:
        codes += [code for code in offer.language_codes if code not in codes]
    codes = codes or [code for code, _name in settings.LANGUAGES]
    choices = []
    for code in codes:
        translated = language_name(code)
        try:
            local = get_language_info(code)["name_local"]
        except KeyError:
            local = translated
        choices.append((code, translated if local == translated else f"{translated} ({local})"))
    return choices


class OfferRadioSelect(forms.RadioSelect):
    """Each offer's radio button points at the description below it."""

    def create_option(self, *args, **kwargs):
        option = super().create_option(*args, **kwargs)
        option["attrs"]["aria-describedby"] = f"{option['attrs']['id']}_hint"
        return option


class AppointmentRequestForm(ErrorSummaryMixin, HoneypotMixin, forms.Form):
    """A resident's request: which advice, when, how to reach them. No account needed."""

    WINDOWS = len(WINDOW_LEGENDS)

    offer = forms.ModelChoiceField(
        queryset=None,
        widget=OfferRadioSelect,
        template_name="consultations/includes/offer_field.html",
        empty_label=None,
        label=_("Which advice do you need?"),
        error_messages={
            "required": _("Choose the advice you need."),
            "invalid_choice": _("Choose one of the offers listed."),
        },
    )
    mode = forms.ChoiceField(
        label=_("How would you like to be advised?"),
        required=False,
        widget=forms.RadioSelect,
        choices=[("", _("No preference")), *Mode.choices],
        error_messages={
            "invalid_choice": _("This advice is not given this way. Choose another way or “No preference”.")
        },
    )
    preferred_language = forms.ChoiceField(
        label=_("In which language would you like to be advised?"),
        error_messages={"required": _("Choose a language.")},
    )
    needs_mediator = forms.BooleanField(
        label=_("I would like a language and culture mediator (interpreter) to take part."), required=False
    )
    name = forms.CharField(
        label=_("Your name"),
        max_length=100,
        help_text=_("How we should address you. It does not have to be your full name."),
        error_messages={"required": _("Enter your name.")},
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("E-mail address"),
        required=False,
        max_length=254,
        help_text=_("We send you a confirmation to it."),
        error_messages={"invalid": _("Enter an e-mail address like name@example.org.")},
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )
    phone = forms.CharField(
        label=_("Phone number"),
        required=False,
        max_length=40,
        validators=[
            RegexValidator(
                r"^\+?[0-9][0-9 ()/.-]{4,38}$", _("Enter a phone number with digits only, e.g. 0351 4882131.")
            )
        ],
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    message = forms.CharField(
        label=_("What would you like advice on?"),
        max_length=1000,
        help_text=_("A few sentences are enough, at most 1000 characters. Write only what the office needs to know."),
        error_messages={"required": _("Write a short message about what you need.")},
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the office uses my details to answer this request, as described in the privacy notice."),
        error_messages={"required": _("Agree to the privacy notice, or we cannot answer your request.")},
    )

    def __init__(self, *args, offers, schedule: OfficeSchedule, **kwargs):
        self.offers = list(offers)
        languages = language_choices(self.offers)
        codes = [code for code, _name in languages]
        current = (get_language() or "de").split("-")[0]
        # One stated language is preselected; otherwise the reader's own, if the offers have it.
        initial = codes[0] if len(codes) == 1 else current if current in codes else None
        kwargs.setdefault("initial", {}).setdefault("preferred_language", initial)
        super().__init__(*args, **kwargs)
        self.schedule = schedule
        self.fields["offer"].queryset = CounsellingOffer.objects.filter(pk__in=[offer.pk for offer in self.offers])
        self.fields["preferred_language"].choices = languages
        self.summary_labels = {"consent": _("Consent"), "needs_mediator": _("Mediator")}
        self._only_stated_modes()
        # Hours staff entered bound the preferred times; without any, residents give preferred half-days.
        self.by_days = not schedule.hours
        if self.by_days:
            self._add_day_fields()
            return
        today = schedule.today
        for index, which in enumerate(ORDINALS):
            for part, (label, required) in WINDOW_PARTS.items():
                name = f"window_{index + 1}_{part}"
                if part == "day":
                    field = forms.DateField(
                        input_formats=DATE_INPUTS,
                        widget=forms.DateInput(
                            format="%Y-%m-%d",
                            attrs={
                                "type": "date",
                                "min": today.isoformat(),
                                "max": (today + datetime.timedelta(days=REQUEST_HORIZON_DAYS)).isoformat(),
                            },
                        ),
                    )
                else:
                    field = forms.TimeField(
                        input_formats=TIME_INPUTS, widget=forms.TimeInput(format="%H:%M", attrs={"type": "time"})
                    )
                field.label = label
                field.required = index == 0
                field.mark_optional = False  # the legend says "(optional)"
                field.error_messages["required"] = required % {"which": which}
                field.error_messages["invalid"] = (
                    _("Enter the day as a date, e.g. 17.12.2026.")
                    if part == "day"
                    else _("Enter the time as hours and minutes, e.g. 10:30.")
                )
                self.fields[name] = field
                self.summary_labels[name] = f"{WINDOW_LEGENDS[index]}, {label}"
        self.order_fields(["offer", *[f"window_{i}_{p}" for i in range(1, 4) for p in WINDOW_PARTS]])

    def _only_stated_modes(self) -> None:
        if not any(offer.mediator_available for offer in self.offers):
            del self.fields["needs_mediator"]
        modes = [mode for mode in Mode if any(mode in offer.modes for offer in self.offers)]
        if not modes:
            del self.fields["mode"]  # nobody stated how the advice is given: no question about it
            return
        self.fields["mode"].choices = [("", _("No preference")), *((mode.value, mode.label) for mode in modes)]
        if len(modes) == 1:
            self.fields["mode"].initial = modes[0].value

    def _add_day_fields(self) -> None:
        self.fields["days"] = forms.MultipleChoiceField(
            label=_("Which days suit you?"),
            help_text=_("Tick one or more mornings or afternoons. The office suggests a time on one of them."),
            required=False,
            choices=preferred_days.choices(self.schedule),
            widget=forms.CheckboxSelectMultiple,
            template_name="consultations/includes/days_field.html",
            error_messages={"invalid_choice": _("Choose one of the days listed.")},
        )
        self.fields["any_time"] = forms.BooleanField(label=_("Any time suits me"), required=False)
        self.order_fields(["offer", "days", "any_time"])

    @property
    def day_rows(self) -> list[tuple[str, list]]:
        return preferred_days.rows(self["days"]) if self.by_days else []

    @property
    def windows(self) -> list[dict]:
        """The three groups of day/from/until fields, for the template."""
        return [
            {
                "number": index + 1,
                "legend": WINDOW_LEGENDS[index],
                "fields": [self[f"window_{index + 1}_{part}"] for part in WINDOW_PARTS],
            }
            for index in range(self.WINDOWS)
        ]

    def clean(self):
        cleaned = super().clean()
        reachable = cleaned.get("email") or cleaned.get("phone")
        if not reachable and not self.has_error("email") and not self.has_error("phone"):
            self.add_error("email", _("Give an e-mail address or a phone number, so the office can reach you."))
        offer = cleaned.get("offer")
        if offer and cleaned.get("mode") and cleaned["mode"] not in offer.modes:
            self.add_error("mode", _("This advice is not given this way. Choose another way or “No preference”."))
        cleaned["windows"] = self._clean_days() if self.by_days else self._clean_windows(offer)
        return cleaned

    def _clean_days(self) -> list[tuple[datetime.datetime, datetime.datetime]]:
        days = self.cleaned_data.get("days") or []
        if self.cleaned_data.get("any_time"):
            return []
        if not days and not self.has_error("days"):
            self.add_error("days", _("Tick at least one morning or afternoon, or “Any time suits me”."))
        return [preferred_days.window(value) for value in days]

    def _clean_windows(self, offer) -> list[tuple[datetime.datetime, datetime.datetime]]:
        windows = []
        for index, which in enumerate(ORDINALS):
            names = {part: f"window_{index + 1}_{part}" for part in WINDOW_PARTS}
            if any(name in self.errors for name in names.values()):
                continue
            values = {part: self.cleaned_data.get(name) for part, name in names.items()}
            if all(value is None for value in values.values()):
                continue
            missing = [part for part, value in values.items() if value is None]
            for part in missing:
                self.add_error(
                    names[part],
                    _("%(missing)s Or leave this preferred time empty.")
                    % {"missing": WINDOW_PARTS[part][1] % {"which": which}},
                )
            if missing or offer is None:
                continue
            try:
                window = self.schedule.check(offer, values["day"], values["start"], values["end"])
            except WindowProblem as problem:
                self.add_error(names[problem.part], problem.message)
                continue
            if window not in windows:
                windows.append(window)
        return windows

    def summary_label(self, name: str) -> str:
        # Django's own messages ("Enter a valid date.") do not say which of the fields they are about.
        return self.summary_labels.get(name, self.fields[name].label)

    def appointment_data(self) -> dict:
        """What the service stores, under the model's field names."""
        data = self.cleaned_data
        fields = ["offer", "name", "email", "phone", "preferred_language", "needs_mediator", "mode", "message"]
        defaults = {"needs_mediator": False, "mode": ""}  # for the questions not asked (see _only_stated_modes)
        return {field: data.get(field, defaults.get(field)) for field in fields} | {"windows": data["windows"]}
