"""The safety action form: what the organisation will change, how strong a change it is, who
owns it, when it is due and how it will know it worked.

The form checks the shape of what was typed; the services decide what may be stored (an owner
on the staff, a due date not in the past, one adoption per record), and the views put their
errors back on these fields.
"""

from django import forms

from learnloop.actions.models import SafetyAction
from learnloop.core.forms import NHSForm
from learnloop.reports.forms import DateInputField

STRENGTH_HELP = (
    "Stronger actions change the system (a forcing function, standardised equipment, a "
    "physical change); intermediate ones support people (a checklist, a software change, "
    "standardised communication); weaker ones rely on people remembering (training, a new "
    "policy, a warning)."
)


def _person(user) -> str:
    name = user.full_name or user.email
    return f"{name}, {user.job_title}" if user.job_title else name


class SafetyActionForm(NHSForm):
    title = forms.CharField(
        label="What will you change?",
        max_length=SafetyAction._meta.get_field("title").max_length,
        help_text="A short title for the action.",
        error_messages={
            "required": "Enter what you will change",
            "max_length": "What you will change must be 200 characters or fewer",
        },
    )
    description = forms.CharField(
        label="Description (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="What the action involves here, and why.",
    )
    strength = forms.ChoiceField(
        label="How strong is this action?",
        choices=SafetyAction.Strength.choices,
        widget=forms.RadioSelect,
        help_text=STRENGTH_HELP,
        error_messages={
            "required": "Choose how strong the action is",
            "invalid_choice": "Choose how strong the action is: stronger, intermediate or weaker",
        },
    )
    owner = forms.ChoiceField(
        label="Owner (optional)",
        required=False,
        help_text="The person who sees the action through.",
        error_messages={"invalid_choice": "Choose the owner from the list"},
    )
    due_date = DateInputField(
        label="Due date", required=False, not_in_future=False, help_text="For example, 27 3 2027."
    )
    measure = forms.CharField(
        label="How will you know it worked? (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="A measure to check later, such as how often the incident recurs.",
    )

    def __init__(self, *args, owners, **kwargs):
        super().__init__(*args, **kwargs)
        self.owners = {str(user.pk): user for user in owners}
        self.fields["owner"].choices = [("", "Nobody yet")] + [
            (pk, _person(user)) for pk, user in self.owners.items()
        ]

    def service_fields(self) -> dict:
        """The cleaned values as the services take them (the owner as a person)."""
        data = self.cleaned_data
        return {
            "title": data["title"],
            "description": data["description"],
            "strength": data["strength"],
            "owner": self.owners.get(data["owner"]) if data["owner"] else None,
            "due_date": data["due_date"],
            "measure": data["measure"],
        }


def apply_service_errors(form, error) -> None:
    """Put a service's ValidationError on the form's fields, so the summary links to them."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)
