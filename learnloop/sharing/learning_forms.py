"""The learning search form: words and filters, read from the query string."""

from django import forms

from learnloop.core.forms import NHSForm
from learnloop.organisations.models import Organisation
from learnloop.reports import lfpse
from learnloop.reports.models import Report
from learnloop.sharing.models import Learning
from learnloop.sharing.search import Filters

ANY = [("", "Any")]


class LearningSearchForm(NHSForm):
    q = forms.CharField(label="Search learning", required=False, max_length=200)
    theme = forms.CharField(label="Theme", required=False, max_length=100)
    setting = forms.ChoiceField(
        label="Setting", required=False, choices=ANY + lfpse.codes(lfpse.INCIDENT_LOCATION)
    )
    service_type = forms.ChoiceField(
        label="Service type", required=False, choices=ANY + lfpse.sorted_codes(lfpse.SERVICE_TYPE)
    )
    specialty = forms.ChoiceField(
        label="Specialty", required=False, choices=ANY + lfpse.sorted_codes(lfpse.SPECIALTY)
    )
    harm = forms.ChoiceField(
        label="Harm", required=False, choices=ANY + Report.PhysicalHarm.choices
    )
    publisher_kind = forms.ChoiceField(
        label="Published by", required=False, choices=ANY + Organisation.Kind.choices
    )
    source_kind = forms.ChoiceField(
        label="Learned from", required=False, choices=ANY + Learning.SourceKind.choices
    )
    published_from = forms.DateField(
        label="Published on or after",
        required=False,
        help_text="For example, 2026-03-31",
        error_messages={"invalid": "Enter a date like 2026-03-31"},
    )
    published_to = forms.DateField(
        label="Published on or before",
        required=False,
        help_text="For example, 2026-03-31",
        error_messages={"invalid": "Enter a date like 2026-03-31"},
    )

    FILTERS = (
        "theme", "setting", "service_type", "specialty", "harm", "publisher_kind", "source_kind",
        "published_from", "published_to",
    )  # fmt: skip

    def _value(self, name):
        # A filter with a problem is left out (and shown as an error), not the whole search.
        self.is_valid()
        return self.cleaned_data.get(name) if name not in self.errors else None

    @property
    def query(self) -> str:
        return self._value("q") or ""

    @property
    def page_number(self) -> int:
        # Paging links are ours; a page that is not a number is the first page, not an error.
        page = str(self.data.get("page", ""))
        return int(page) if page.isdigit() and len(page) < 7 else 1

    def filters(self) -> Filters:
        return Filters(
            **{
                name: self._value(name) or Filters.__dataclass_fields__[name].default
                for name in self.FILTERS
            }
        )

    @property
    def filtered(self) -> bool:
        return any(self._value(name) for name in self.FILTERS)
