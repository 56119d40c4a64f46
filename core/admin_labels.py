"""Admin inputs that would otherwise have no accessible name (axe's "label" and "select-name" rules).

A tabular inline names each column once, in its header, so a screen reader announces its inputs unnamed;
Django's file inputs sit in a fieldset whose legend names the group, not the input. Such inputs get their
field's name as aria-label.
"""

from django import forms


class LabelledInputsMixin:
    """Put before the admin or inline's other bases, so it sees the finished form field."""

    # Tabular inlines: every input. Stacked inlines and admins: only the inputs Django leaves without a <label>.
    label_every_input = False

    def formfield_for_dbfield(self, db_field, request, **kwargs):
        field = super().formfield_for_dbfield(db_field, request, **kwargs)
        if field is not None and field.label and (self.label_every_input or isinstance(field.widget, forms.FileInput)):
            field.widget.attrs.setdefault("aria-label", str(field.label))
        return field


class LabelledTabularMixin(LabelledInputsMixin):
    label_every_input = True
