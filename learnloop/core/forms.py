"""NHS.UK form rendering: every field renders through the matching NHS.UK frontend macro.

A template writes `{{ form.email.as_field_group() }}`; `NHSFormMixin` picks the field's
template from its widget, and the error summary links to each field with a problem.
"""

from django import forms

_TEMPLATES = [
    (forms.CheckboxSelectMultiple, "core/forms/checkboxes.html"),
    (forms.RadioSelect, "core/forms/radios.html"),
    (forms.Select, "core/forms/select.html"),
    (forms.Textarea, "core/forms/textarea.html"),
    (forms.CheckboxInput, "core/forms/checkbox.html"),
    (forms.PasswordInput, "core/forms/password.html"),
    (forms.HiddenInput, None),
    (forms.widgets.Input, "core/forms/input.html"),
]


class NHSFormMixin:
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            for widget_class, template in _TEMPLATES:
                if isinstance(field.widget, widget_class):
                    if template:
                        field.template_name = template
                    break

    def error_list_for_summary(self) -> list[dict]:
        """The error summary's links: each to its field, form-wide errors to the top."""
        items = [{"text": str(message)} for message in self.non_field_errors()]
        for name, errors in self.errors.items():
            if name == forms.forms.NON_FIELD_ERRORS:
                continue
            bound = self[name]
            # Radios and checkboxes: the NHS.UK macros give the first item the field's own id.
            anchor = bound.auto_id if isinstance(bound.field.widget, forms.RadioSelect | forms.CheckboxSelectMultiple) else bound.id_for_label
            for message in errors:
                items.append({"text": str(message), "href": f"#{anchor}"})
        return items


class NHSForm(NHSFormMixin, forms.Form):
    pass


class NHSModelForm(NHSFormMixin, forms.ModelForm):
    pass
