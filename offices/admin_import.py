"""The paste-in start in the admin: paste or upload a page's text, review the draft, then save it."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from staff import scoping

from . import models
from .text_import import MAX_BYTES, UnreadableText, parse, read, saving


class ImportTextForm(forms.Form):
    city = forms.ModelChoiceField(label=_("City"), queryset=models.City.objects.none())
    kind = forms.ChoiceField(
        label=_("Kind"),
        choices=[("", _("Guess from the name")), *models.OfficeKind.choices],
        required=False,
    )
    text = forms.CharField(
        label=_("Text of the office page"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 16, "cols": 100}),
        help_text=_("Copy the page in the browser (Ctrl+A, Ctrl+C) and paste it here, or upload a .txt file."),
    )
    upload = forms.FileField(label=_("or a .txt file"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        cities = models.City.objects.all() if scoping.is_portal_admin(user) else scoping.cities_for(user)
        self.fields["city"].queryset = cities

    def clean(self):
        cleaned_data = super().clean()
        upload, text = cleaned_data.get("upload"), cleaned_data.get("text", "")
        try:
            if upload is not None:
                if upload.size > MAX_BYTES:
                    raise UnreadableText(_("The text is larger than 1 MB; paste the text of one office page."))
                cleaned_data["text"] = read(upload.read())
            else:
                cleaned_data["text"] = read(text)
        except UnreadableText as error:
            raise ValidationError(str(error)) from error
        return cleaned_data


@transaction.atomic
def save_drafts(draft, city, kind: str) -> tuple[models.Office, list[models.Office]]:
    """The page's office and the further ones it presents, all or none.

    A further office starts at a heading that names its kind ("Die Integrationsbeauftragte:"), so its kind is known.
    """
    office = saving.save(draft, city, kind=kind)
    further = [saving.save(other, city, kind=other.kind) for other in draft.further]
    return office, further


def import_text(request, model_admin):
    """GET: the form. POST "preview": the draft beside the text. POST "save": the reviewed draft as an office."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    form = ImportTextForm(request.POST or None, request.FILES or None, user=request.user)
    draft = None
    if request.method == "POST" and form.is_valid():
        draft = parse(form.cleaned_data["text"])
        kind = form.cleaned_data["kind"] or draft.kind
        if "save" in request.POST and kind:
            try:
                office, further = save_drafts(draft, form.cleaned_data["city"], kind)
            except (saving.OfficeExists, ValidationError) as error:
                messages.error(request, " ".join(getattr(error, "messages", [str(error)])))
            else:
                messages.success(request, _("The draft is saved. Check each part before you publish it."))
                for other in further:
                    messages.success(
                        request,
                        _("The page's further office “%(office)s” is saved as a draft too.") % {"office": other},
                    )
                return redirect(reverse("admin:offices_office_change", args=[office.pk]))
        elif "save" in request.POST:
            form.add_error("kind", _("Choose the kind of office: it could not be guessed from the name."))
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": model_admin.opts,
        "title": _("Start from the text of an office page"),
        "form": form,
        "draft": draft.as_dict() if draft else None,
    }
    return TemplateResponse(request, "admin/offices/office/import_text.html", context)
