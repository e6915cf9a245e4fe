"""Forms for reporting an incident, recording a death, following a report, triage and candour.

Forms validate what a person typed and say, per field, what is wrong; the service functions
decide what may be stored. Dates use the NHS.UK date input (day, month, year boxes).
"""

from __future__ import annotations

import datetime

from django import forms
from django.utils import timezone

from learnloop.core.forms import NHSForm
from learnloop.reports import lfpse, nhs_number
from learnloop.reports.models import Report, TriageDecision


class DateInputWidget(forms.MultiWidget):
    """Three boxes, day, month and year, posted as `<name>_day`, `<name>_month`, `<name>_year`."""

    parts = ("day", "month", "year")

    def __init__(self, attrs=None):
        super().__init__({part: forms.TextInput for part in self.parts}, attrs)

    def decompress(self, value):
        if isinstance(value, datetime.date):
            return [value.day, value.month, value.year]
        return [None, None, None]

    def id_for_label(self, id_):
        # The error summary links to the day box, the first of the three.
        return f"{id_}_day" if id_ else ""


class DateInputField(forms.MultiValueField):
    """A date typed into the NHS.UK date input, with messages that name the field."""

    widget = DateInputWidget

    def __init__(self, *, label: str, required: bool = True, not_in_future: bool = True, **kwargs):
        self.name_in_messages = label[:1].upper() + label[1:]
        self.not_in_future = not_in_future
        # The parts are optional on their own: `compress` says which one is missing.
        fields = (
            forms.CharField(required=False),
            forms.CharField(required=False),
            forms.CharField(required=False),
        )
        kwargs.setdefault("template_name", "reports/forms/date_input.html")
        super().__init__(fields, label=label, required=required, require_all_fields=False, **kwargs)
        self.error_messages["required"] = f"Enter the {label.lower()}"
        self.error_messages["incomplete"] = f"Enter the {label.lower()}"

    def compress(self, data_list):
        if not data_list or not any(data_list):
            return None
        day, month, year = (str(part or "").strip() for part in data_list)
        missing = [
            name
            for name, part in zip(("day", "month", "year"), (day, month, year), strict=True)
            if not part
        ]
        if missing:
            raise forms.ValidationError(
                f"{self.name_in_messages} must include a {' and a '.join(missing)}"
            )
        if not (day.isdigit() and month.isdigit() and year.isdigit()) or len(year) != 4:
            raise forms.ValidationError(
                f"{self.name_in_messages} must be a real date, like 27 3 2026"
            )
        try:
            value = datetime.date(int(year), int(month), int(day))
        except ValueError:
            raise forms.ValidationError(f"{self.name_in_messages} must be a real date") from None
        if self.not_in_future and value > timezone.localdate():
            raise forms.ValidationError(f"{self.name_in_messages} must be today or in the past")
        return value


def _text(label: str, *, required=False, max_length=200, message=None, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        max_length=max_length,
        error_messages={
            "required": message or f"Enter {label.lower()}",
            "max_length": f"{label} must be {max_length} characters or fewer",
        },
        **kwargs,
    )


def _long_text(label: str, *, required=False, message=None, rows=4, **kwargs) -> forms.CharField:
    return forms.CharField(
        label=label,
        required=required,
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={"required": message or f"Enter {label.lower()}"},
        **kwargs,
    )


def _code_choice(
    label: str, system: str, *, what: str, sort: bool = False, empty: str = "Choose one", **kwargs
):
    """An optional LFPSE code; `what` names it in the message, like 'a specialty'."""
    choices = lfpse.sorted_codes(system) if sort else lfpse.codes(system)
    return forms.ChoiceField(
        label=label,
        required=False,
        choices=[("", empty), *choices],
        error_messages={"invalid_choice": f"Choose {what} from the list"},
        **kwargs,
    )


def _time(label: str, *, required=True) -> forms.TimeField:
    return forms.TimeField(
        label=label,
        required=required,
        input_formats=["%H:%M", "%H.%M", "%H%M"],
        help_text="Use the 24-hour clock, for example 14:30.",
        widget=forms.TextInput(attrs={"class": "nhsuk-input--width-5"}),
        error_messages={
            "required": f"Enter the {label.lower()}",
            "invalid": f"Enter the {label.lower()} as hours and minutes, like 14:30",
        },
    )


class PatientFields(NHSForm):
    """Optional: who the patient is. Stored apart from the report and shown only to roles that need it."""

    patient_name = _text(
        "Patient's name (optional)", widget=forms.TextInput(attrs={"autocomplete": "off"})
    )
    nhs_number = forms.CharField(
        label="NHS number (optional)",
        required=False,
        max_length=20,
        help_text="10 digits, like 943 476 5919.",
        widget=forms.TextInput(attrs={"class": "nhsuk-input--width-10"}),
    )
    date_of_birth = DateInputField(
        label="Date of birth", required=False, help_text="For example, 15 3 1984."
    )
    hospital_number = _text(
        "Hospital number (optional)",
        max_length=30,
        widget=forms.TextInput(attrs={"class": "nhsuk-input--width-10"}),
    )

    def clean_nhs_number(self):
        value = self.cleaned_data["nhs_number"].strip()
        if not value:
            return ""
        problem = nhs_number.problem_with(value)
        if problem:
            raise forms.ValidationError(problem)
        return nhs_number.normalise(value)

    def patient_data(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data.get("patient_name", "").strip(),
            "nhs_number": data.get("nhs_number", ""),
            "date_of_birth": data.get("date_of_birth"),
            "hospital_number": data.get("hospital_number", "").strip(),
        }


def _department_field() -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        label="Department or ward",
        queryset=None,
        required=False,
        empty_label="Choose one",
        error_messages={"invalid_choice": "Select a department or ward from the list"},
    )


def _with_departments(form, organisation) -> None:
    field = form.fields["department"]
    field.queryset = organisation.departments.order_by("name")
    field.label_from_instance = lambda d: d.name


class IncidentReportForm(PatientFields):
    event_type = forms.ChoiceField(
        label="What are you reporting?",
        choices=Report.EventType.choices,
        widget=forms.RadioSelect,
        initial=Report.EventType.INCIDENT,
        error_messages={"required": "Select what you are reporting"},
    )
    occurred_on = DateInputField(label="Date it happened", help_text="For example, 27 3 2026.")
    occurred_time = _time("Time it happened")
    department = _department_field()
    location_code = _code_choice(
        "Where it happened", lfpse.INCIDENT_LOCATION, what="where it happened"
    )
    specialty_code = _code_choice("Specialty", lfpse.SPECIALTY, what="a specialty", sort=True)
    service_type_code = _code_choice("Service type", lfpse.SERVICE_TYPE, what="a service type")
    what_happened = _long_text(
        "What happened",
        required=True,
        rows=6,
        message="Describe what happened",
        help_text="Say what happened, in your own words. Do not include the patient's name here.",
    )
    immediate_action = _long_text(
        "What was done at once (optional)",
        help_text="For example, the patient was reviewed by a doctor.",
    )
    physical_harm = forms.ChoiceField(
        label="Physical harm to the patient",
        choices=Report.PhysicalHarm.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the level of physical harm"},
    )
    psychological_harm = forms.ChoiceField(
        label="Psychological harm to the patient",
        choices=Report.PsychologicalHarm.choices,
        widget=forms.RadioSelect,
        initial=Report.PsychologicalHarm.NONE,
        error_messages={"required": "Select the level of psychological harm"},
    )
    never_event_code = _code_choice(
        "Is it a Never Event?",
        lfpse.NEVER_EVENT_TYPE,
        what="a type of Never Event",
        empty="No, it is not a Never Event",
    )
    people_involved = _long_text(
        "People involved (optional)",
        rows=3,
        help_text="Roles rather than names, for example 'staff nurse, porter'.",
    )
    anonymous = forms.BooleanField(
        label="Report without giving my name",
        required=False,
        help_text="Your name is not stored with the report. You can still follow it with the code you are given.",
    )

    field_order = [
        "event_type",
        "occurred_on",
        "occurred_time",
        "department",
        "location_code",
        "specialty_code",
        "service_type_code",
        "what_happened",
        "immediate_action",
        "physical_harm",
        "psychological_harm",
        "never_event_code",
        "people_involved",
        "patient_name",
        "nhs_number",
        "date_of_birth",
        "hospital_number",
        "anonymous",
    ]

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        _with_departments(self, organisation)

    def clean(self):
        cleaned = super().clean()
        day, time = cleaned.get("occurred_on"), cleaned.get("occurred_time")
        if day and time:
            occurred_at = timezone.make_aware(datetime.datetime.combine(day, time))
            if occurred_at > timezone.now():
                self.add_error("occurred_time", "Time it happened must be now or in the past")
            else:
                cleaned["occurred_at"] = occurred_at
        return cleaned

    def report_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "event_type": data["event_type"],
            "occurred_at": data["occurred_at"],
            "department": data.get("department"),
            "location_code": data.get("location_code", ""),
            "specialty_code": data.get("specialty_code", ""),
            "service_type_code": data.get("service_type_code", ""),
            "what_happened": data["what_happened"].strip(),
            "immediate_action": data.get("immediate_action", "").strip(),
            "people_involved": data.get("people_involved", "").strip(),
            "physical_harm": data["physical_harm"],
            "psychological_harm": data["psychological_harm"],
            "never_event_code": data.get("never_event_code", ""),
        }


class DeathForm(PatientFields):
    date_of_death = DateInputField(label="Date of death", help_text="For example, 27 3 2026.")
    place_of_death = _text(
        "Place of death", required=True, help_text="For example, the ward, home or hospice."
    )
    department = _department_field()
    specialty_code = _code_choice("Specialty", lfpse.SPECIALTY, what="a specialty", sort=True)
    cause_of_death = _long_text("Cause of death as certified (optional)", rows=3)
    medical_examiner_scrutiny = _long_text(
        "Medical examiner's scrutiny (optional)", help_text="What the medical examiner found."
    )
    scrutinised_on = DateInputField(label="Date of scrutiny", required=False)
    medical_examiner_concerns = _long_text(
        "Concerns raised by the medical examiner (optional)", rows=3
    )
    family_concerns = _long_text("Concerns raised by the family (optional)", rows=3)
    learning_disability = forms.BooleanField(
        label="The person had a learning disability", required=False
    )
    autism = forms.BooleanField(label="The person was autistic", required=False)
    leder_referred_on = DateInputField(
        label="Date referred to LeDeR",
        required=False,
        help_text="Every death of a person with a learning disability or autism is referred to LeDeR.",
    )
    coroner_referred_on = DateInputField(label="Date referred to the coroner", required=False)
    pfd_received_on = DateInputField(
        label="Date a Prevention of Future Deaths report was received",
        required=False,
        help_text="The response is due 56 days after this date.",
    )

    field_order = [
        "date_of_death",
        "place_of_death",
        "department",
        "specialty_code",
        "cause_of_death",
        "medical_examiner_scrutiny",
        "scrutinised_on",
        "medical_examiner_concerns",
        "family_concerns",
        "learning_disability",
        "autism",
        "leder_referred_on",
        "coroner_referred_on",
        "pfd_received_on",
        "patient_name",
        "nhs_number",
        "date_of_birth",
        "hospital_number",
    ]

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        _with_departments(self, organisation)

    def clean(self):
        cleaned = super().clean()
        died = cleaned.get("date_of_death")
        if died:
            for name in (
                "scrutinised_on",
                "leder_referred_on",
                "coroner_referred_on",
                "pfd_received_on",
            ):
                if cleaned.get(name) and cleaned[name] < died:
                    self.add_error(
                        name, f"{self.fields[name].label} must be on or after the date of death"
                    )
        if cleaned.get("leder_referred_on") and not (
            cleaned.get("learning_disability") or cleaned.get("autism")
        ):
            self.add_error(
                "leder_referred_on",
                "Date referred to LeDeR is only for a person with a learning disability or autism: tick one",
            )
        born = cleaned.get("date_of_birth")
        if born and died and born > died:
            self.add_error("date_of_birth", "Date of birth must be before the date of death")
        return cleaned

    def report_fields(self) -> dict:
        data = self.cleaned_data
        return {
            "occurred_at": timezone.make_aware(
                datetime.datetime.combine(data["date_of_death"], datetime.time(0, 0))
            ),
            "department": data.get("department"),
            "specialty_code": data.get("specialty_code", ""),
            "what_happened": f"Death at {data['place_of_death'].strip()}.",
        }

    def death_data(self) -> dict:
        data = self.cleaned_data
        text = (
            "place_of_death",
            "cause_of_death",
            "medical_examiner_scrutiny",
            "medical_examiner_concerns",
            "family_concerns",
        )
        dates = (
            "date_of_death",
            "scrutinised_on",
            "leder_referred_on",
            "coroner_referred_on",
            "pfd_received_on",
        )
        return {
            **{name: data.get(name, "").strip() for name in text},
            **{name: data.get(name) for name in dates},
            "learning_disability": data.get("learning_disability", False),
            "autism": data.get("autism", False),
        }


class DeathUpdateForm(DeathForm):
    """Change a death record after it was first recorded: the medical examiner's scrutiny,
    referrals and a PFD report often come days or weeks later. Same fields and checks as
    DeathForm, less what is not part of the death record (patient details, department, specialty)."""

    not_in_death_record = (
        "patient_name",
        "nhs_number",
        "date_of_birth",
        "hospital_number",
        "department",
        "specialty_code",
    )

    # The trust's response is written weeks after the report arrives, so only here.
    pfd_responded_on = DateInputField(
        label="Date the response to the Prevention of Future Deaths report was sent",
        required=False,
    )

    def __init__(self, *args, death, **kwargs):
        kwargs.setdefault(
            "initial",
            {name: getattr(death, name) for name in [*self.death_fields(), "pfd_responded_on"]},
        )
        super().__init__(*args, organisation=death.report.organisation, **kwargs)
        for name in self.not_in_death_record:
            del self.fields[name]

    @classmethod
    def death_fields(cls) -> list[str]:
        return [name for name in cls.field_order if name not in cls.not_in_death_record]

    def clean(self):
        cleaned = super().clean()
        responded, received = cleaned.get("pfd_responded_on"), cleaned.get("pfd_received_on")
        if responded and not received:
            self.add_error("pfd_responded_on", "Enter the date the Prevention of Future Deaths report was received first")
        elif responded and received and responded < received:
            self.add_error("pfd_responded_on", "The response must be on or after the date the report was received")
        return cleaned

    def death_data(self) -> dict:
        return {**super().death_data(), "pfd_responded_on": self.cleaned_data.get("pfd_responded_on")}


class FollowUpForm(NHSForm):
    reference = forms.CharField(
        label="Report reference",
        max_length=20,
        help_text="For example, LL-AB2C-D3EF.",
        widget=forms.TextInput(attrs={"class": "nhsuk-input--width-10", "autocomplete": "off"}),
        error_messages={"required": "Enter the report reference"},
    )
    code = forms.CharField(
        label="Follow-up code",
        max_length=20,
        help_text="The code you were given when you made the report.",
        widget=forms.TextInput(attrs={"class": "nhsuk-input--width-20", "autocomplete": "off"}),
        error_messages={"required": "Enter the follow-up code"},
    )


# What each PSIRF response means, shown under its radio.
RESPONSE_HINTS = {
    TriageDecision.Response.NO_FURTHER_RESPONSE: "Learning is already known or the event needs nothing more.",
    TriageDecision.Response.SWARM: "A short huddle soon after the event, with the staff involved.",
    TriageDecision.Response.AFTER_ACTION_REVIEW: "A structured conversation on what was expected and what happened.",
    TriageDecision.Response.MDT_REVIEW: "Staff from several disciplines review the care together.",
    TriageDecision.Response.PSII: "A full investigation, for Never Events, deaths likely due to problems in care "
    "and the risks in the patient safety incident response plan.",
    TriageDecision.Response.THEMATIC_REVIEW: "Learn from this alongside similar reports.",
    TriageDecision.Response.REFER_ELSEWHERE: "Another body leads the response.",
}


class TriageForm(NHSForm):
    response = forms.ChoiceField(
        label="What response will this report get?",
        choices=TriageDecision.Response.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Select the response"},
    )
    referred_to = forms.ChoiceField(
        label="Where is it referred?",
        choices=TriageDecision.Referral.choices,
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": "Select where the report is referred"},
    )
    referral_detail = _text(
        "Details of the referral (optional)",
        help_text="For example, the name of the other provider.",
    )
    reason = _long_text(
        "Reason for this decision", required=True, message="Give the reason for this decision"
    )

    def clean(self):
        cleaned = super().clean()
        # Checked here as well as in the service, so it works without JavaScript and names the field.
        if cleaned.get("response") == TriageDecision.Response.REFER_ELSEWHERE and not cleaned.get(
            "referred_to"
        ):
            self.add_error("referred_to", "Select where the report is referred")
        return cleaned


class CandourForm(NHSForm):
    told_on = DateInputField(label="Date the patient or family was told", required=False)
    told_time = _time("Time they were told", required=False)
    told_by = _text(
        "Who told them", help_text="Name and role, for example 'Dr A Khan, consultant'."
    )
    told_whom = _text("Who was told", help_text="For example, 'the patient and their daughter'.")
    letter_sent_on = DateInputField(label="Date the letter was sent", required=False)
    notes = _long_text("Notes (optional)", rows=3)

    def __init__(self, *args, record=None, **kwargs):
        if record is not None:
            told_at = timezone.localtime(record.told_at) if record.told_at else None
            kwargs.setdefault(
                "initial",
                {
                    "told_on": told_at.date() if told_at else None,
                    "told_time": f"{told_at:%H:%M}" if told_at else "",
                    "told_by": record.told_by,
                    "told_whom": record.told_whom,
                    "letter_sent_on": record.letter_sent_on,
                    "notes": record.notes,
                },
            )
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned = super().clean()
        day, time = cleaned.get("told_on"), cleaned.get("told_time")
        if time and not day and "told_on" not in self.errors:
            self.add_error("told_on", "Enter the date the patient or family was told")
        cleaned["told_at"] = None
        if day:
            told_at = timezone.make_aware(
                datetime.datetime.combine(day, time or datetime.time(0, 0))
            )
            if told_at > timezone.now():
                self.add_error("told_time", "Time they were told must be now or in the past")
            cleaned["told_at"] = told_at
        letter = cleaned.get("letter_sent_on")
        if letter and not day and "told_on" not in self.errors:
            self.add_error(
                "told_on",
                "Enter the date the patient or family was told: they are told before the letter",
            )
        if letter and day and letter < day:
            self.add_error(
                "letter_sent_on",
                "Date the letter was sent must be on or after the date they were told",
            )
        return cleaned
