"""The forms on their own: the date input, the NHS number and the cross-field rules."""

import datetime

import pytest
from django.utils import timezone

from learnloop.core.forms import NHSForm
from learnloop.reports.forms import (
    CandourForm,
    DateInputField,
    FollowUpForm,
    IncidentReportForm,
    TriageForm,
)

pytestmark = pytest.mark.django_db


class OneDate(NHSForm):
    when = DateInputField(label="Date of the visit")


def date_form(day, month, year):
    return OneDate({"when_day": day, "when_month": month, "when_year": year})


def test_a_real_date_is_read():
    form = date_form("7", "3", "2025")

    assert form.is_valid()
    assert form.cleaned_data["when"] == datetime.date(2025, 3, 7)


@pytest.mark.parametrize(
    ("parts", "message"),
    [
        (("", "", ""), "Enter the date of the visit"),
        (("", "3", "2025"), "Date of the visit must include a day"),
        (("1", "", ""), "Date of the visit must include a month and a year"),
        (("30", "2", "2025"), "Date of the visit must be a real date"),
        (("a", "2", "2025"), "Date of the visit must be a real date, like 27 3 2026"),
        (("1", "2", "25"), "Date of the visit must be a real date, like 27 3 2026"),
    ],
)
def test_a_date_that_is_not_whole_or_real_is_named(parts, message):
    form = date_form(*parts)

    assert not form.is_valid()
    assert form.errors["when"] == [message]


def test_a_future_date_is_refused():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    form = date_form(str(tomorrow.day), str(tomorrow.month), str(tomorrow.year))

    assert form.errors["when"] == ["Date of the visit must be today or in the past"]


def test_the_error_summary_links_to_the_day_box():
    form = date_form("", "", "")
    form.is_valid()

    assert {
        "text": "Enter the date of the visit",
        "href": "#id_when_day",
    } in form.error_list_for_summary()


def test_the_specialty_list_is_sorted_by_name(trust):
    names = [
        label
        for value, label in IncidentReportForm(organisation=trust).fields["specialty_code"].choices
        if value
    ]

    assert names == sorted(names, key=str.lower)


def test_the_nhs_number_is_stored_without_spaces(trust):
    form = IncidentReportForm({"nhs_number": "943 476 5919"}, organisation=trust)
    form.is_valid()

    assert form.cleaned_data["nhs_number"] == "9434765919"
    assert "nhs_number" not in form.errors


def test_refer_elsewhere_needs_a_place():
    form = TriageForm({"response": "refer", "reason": "x"})

    assert not form.is_valid()
    assert form.errors["referred_to"] == ["Select where the report is referred"]


def test_the_follow_up_form_needs_both():
    form = FollowUpForm({})

    assert form.errors == {
        "reference": ["Enter the report reference"],
        "code": ["Enter the follow-up code"],
    }


def test_candour_told_at_joins_date_and_time():
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    form = CandourForm(
        {
            "told_on_day": str(yesterday.day),
            "told_on_month": str(yesterday.month),
            "told_on_year": str(yesterday.year),
            "told_time": "09.05",
            "told_by": "Dr A",
        }
    )

    assert form.is_valid(), form.errors
    assert (
        timezone.localtime(form.cleaned_data["told_at"]).strftime("%Y-%m-%d %H:%M")
        == f"{yesterday} 09:05"
    )
