"""The form for saving a search as a subscription: a name and how often. The words and filters
come from the search's query string and travel with the form as hidden fields; the service
checks them (learnloop/sharing/subscriptions.py)."""

from django import forms
from django.core.exceptions import ValidationError

from learnloop.core.forms import NHSForm
from learnloop.sharing.learning_forms import LearningSearchForm
from learnloop.sharing.models import Subscription


def criteria_from(data) -> tuple[str, dict]:
    """The words and the filters that have a value, from a query string or a posted form."""
    query = str(data.get("q", "") or "").strip()
    filters = {
        name: str(data.get(name)).strip()
        for name in LearningSearchForm.FILTERS
        if str(data.get(name, "") or "").strip()
    }
    return query, filters


class SubscriptionForm(NHSForm):
    name = forms.CharField(
        label="Name",
        max_length=Subscription._meta.get_field("name").max_length,
        help_text="So that you can tell your subscriptions apart, for example ‘Insulin at handover’",
        error_messages={"required": "Enter a name for the subscription"},
    )
    frequency = forms.ChoiceField(
        label="How often do you want an email?",
        choices=Subscription.Frequency.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose how often to get an email: daily or weekly"},
    )

    def add_service_errors(self, error: ValidationError) -> None:
        """The service's messages: on the field they name, or at the top of the page."""
        for name, messages in error.message_dict.items():
            field = name if name in self.fields else None
            for message in messages:
                self.add_error(field, message)
