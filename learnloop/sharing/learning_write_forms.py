"""Forms for writing, publishing and managing learning records, and tightening the policy."""

from django import forms

from learnloop.core.forms import NHSForm
from learnloop.reports import lfpse
from learnloop.reports.models import Report
from learnloop.sharing.learning_services import CASE_FLAGS, MAX_THEMES
from learnloop.sharing.models import Learning, LearningChange, SharingLevel

NONE = [("", "Not stated")]
CHANGE_ROWS = 5
STRENGTHS = [("", "Choose a strength"), *LearningChange.Strength.choices]


class LearningForm(NHSForm):
    title = forms.CharField(
        label="Title",
        max_length=200,
        help_text="What someone elsewhere should learn, in a line: for example, "
        "“Insulin missed after a ward move”",
        error_messages={"required": "Enter a title"},
    )
    what_happened = forms.CharField(
        label="What happened, in brief",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Enter what happened"},
    )
    what_we_found = forms.CharField(
        label="What we found",
        help_text="The contributory factors: why it happened, not who did it",
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": "Enter what you found"},
    )
    themes = forms.CharField(
        label="Themes",
        required=False,
        max_length=1000,
        help_text="Separated by commas: for example, “Medication, Handover”",
    )
    setting_code = forms.ChoiceField(
        label="Setting", required=False, choices=NONE + lfpse.codes(lfpse.INCIDENT_LOCATION)
    )
    service_type_code = forms.ChoiceField(
        label="Service type", required=False, choices=NONE + lfpse.sorted_codes(lfpse.SERVICE_TYPE)
    )
    specialty_code = forms.ChoiceField(
        label="Specialty", required=False, choices=NONE + lfpse.sorted_codes(lfpse.SPECIALTY)
    )
    harm = forms.ChoiceField(
        label="Harm", required=False, choices=NONE + Report.PhysicalHarm.choices
    )
    sharing_level = forms.TypedChoiceField(
        label="Who should this learning reach?",
        coerce=int,
        choices=SharingLevel.choices,
        initial=SharingLevel.SYSTEM,
        widget=forms.RadioSelect,
        help_text="You choose again when you publish; the sharing policy says what each level needs",
    )
    anonymised_publisher = forms.BooleanField(
        label="At national and public level, show us only as “an NHS organisation in our region”",
        required=False,
    )
    contact = forms.CharField(
        label="How to get in touch (optional)",
        required=False,
        max_length=200,
        help_text="A team's address, not a person's: for example, patient.safety@trust.example",
    )
    inquest_pending = forms.BooleanField(label="An inquest is pending", required=False)
    litigation = forms.BooleanField(label="Litigation or a claim is in progress", required=False)
    family_informed = forms.BooleanField(
        label="The family (or the patient) has been told about this learning", required=False
    )
    patient_specific = forms.BooleanField(
        label="It keeps detail specific to the patient (such as an exact age or a rare condition)",
        required=False,
    )
    family_consent = forms.BooleanField(
        label="The family (or the patient) agrees to that detail being shared", required=False
    )

    def change_rows(self):
        return [
            (self[f"change_{number}"], self[f"strength_{number}"])
            for number in range(1, CHANGE_ROWS + 1)
        ]

    def clean(self):
        cleaned = super().clean()
        changes = []
        for number in range(1, CHANGE_ROWS + 1):
            text = (cleaned.get(f"change_{number}") or "").strip()
            strength = cleaned.get(f"strength_{number}") or ""
            if text and not strength:
                self.add_error(f"strength_{number}", f"Choose how strong change {number} is")
            elif strength and not text:
                self.add_error(f"change_{number}", f"Say what change {number} was")
            elif text:
                changes.append((text, strength))
        if not changes and not self.has_error("change_1"):
            self.add_error("change_1", "Say at least one thing that was changed")
        themes = [name.strip() for name in (cleaned.get("themes") or "").split(",") if name.strip()]
        if len(themes) > MAX_THEMES:
            self.add_error("themes", f"Choose {MAX_THEMES} themes or fewer")
        cleaned["change_pairs"] = changes
        cleaned["theme_names"] = themes
        return cleaned

    def service_fields(self) -> dict:
        names = [
            "title", "what_happened", "what_we_found", "setting_code", "service_type_code",
            "specialty_code", "harm", "sharing_level", "anonymised_publisher", "contact",
            *CASE_FLAGS,
        ]  # fmt: skip
        return {name: self.cleaned_data[name] for name in names}

    @classmethod
    def initial_from(cls, learning: Learning) -> dict:
        initial = {
            name: getattr(learning, name)
            for name in (
                "title", "what_happened", "what_we_found", "setting_code", "service_type_code",
                "specialty_code", "harm", "sharing_level", "anonymised_publisher", "contact",
                *CASE_FLAGS,
            )
        }  # fmt: skip
        initial["themes"] = ", ".join(theme.name for theme in learning.themes.all())
        for number, change in enumerate(learning.changes.all()[:CHANGE_ROWS], start=1):
            initial[f"change_{number}"] = change.text
            initial[f"strength_{number}"] = change.strength
        return initial


# The change rows, declared on the class so that NHSFormMixin gives them their templates.
for _number in range(1, CHANGE_ROWS + 1):
    LearningForm.base_fields[f"change_{_number}"] = forms.CharField(
        label=f"Change {_number}" + ("" if _number == 1 else " (optional)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    LearningForm.base_fields[f"strength_{_number}"] = forms.ChoiceField(
        label=f"Strength of change {_number}", required=False, choices=STRENGTHS
    )


class PublishForm(NHSForm):
    sharing_level = forms.TypedChoiceField(
        label="Publish at this level",
        coerce=int,
        choices=SharingLevel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a sharing level"},
    )


class ChangeLevelForm(PublishForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["sharing_level"].label = "Share it with"


class WithdrawForm(NHSForm):
    reason = forms.CharField(
        label="Why are you withdrawing it?",
        max_length=500,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Kept with the record in your organisation; other organisations do not see it",
        error_messages={"required": "Say why the learning is withdrawn"},
    )


class RuleForm(NHSForm):
    applies_from = forms.TypedChoiceField(
        label="Apply this rule from",
        coerce=int,
        choices=SharingLevel.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Choose a sharing level"},
    )
    threshold = forms.IntegerField(
        label="Threshold", required=False, min_value=0, max_value=99,
        error_messages={"invalid": "Enter a whole number"},
    )  # fmt: skip

    def __init__(self, *args, rule=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.rule = rule
        # Only the levels up to the default: the form offers no way to loosen a rule.
        self.fields["applies_from"].choices = [
            (value, label) for value, label in SharingLevel.choices if value <= rule.applies_from
        ]
        if rule.threshold is None:
            del self.fields["threshold"]
        else:
            self.fields["threshold"].label = f"Threshold: {rule.threshold.meaning}"
            self.fields["threshold"].help_text = (
                f"From {rule.threshold.strictest} (strictest) to {rule.threshold.default} "
                "(the default)"
            )
