"""Forms for screening and Structured Judgement Review.

The forms check the shape of what was typed; the rules (what a submitted review must contain,
who may write one) are the services', whose errors the views put back on these fields.
"""

from django import forms

from learnloop.core.forms import NHSForm
from learnloop.reviews.models import NOT_APPLICABLE, PHASES, Avoidability, CareScore, ProblemType

CARE_SCORE_CHOICES = [(str(value), label) for value, label in CareScore.choices]
NOT_APPLICABLE_CHOICE = (str(NOT_APPLICABLE), "Not applicable: this phase of care did not happen")
AVOIDABILITY_CHOICES = [(str(value), label) for value, label in Avoidability.choices]


def _int_or_none(value):
    return int(value) if value not in (None, "") else None


def apply_service_errors(form, error) -> None:
    """Put a service's ValidationError on the form's fields, so the summary links to them."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages)
    else:
        form.add_error(None, error.messages)


class CriterionAddForm(NHSForm):
    name = forms.CharField(label="Name of the criterion", max_length=120, required=False)
    description = forms.CharField(
        label="Description (optional)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="When is a death said to meet it?",
    )


class CriteriaActiveForm(NHSForm):
    active = forms.MultipleChoiceField(
        label="Criteria used when screening deaths",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Untick a criterion to stop using it. Past screenings keep the criteria they recorded.",
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["active"].choices = [(str(c.pk), c.name) for c in criteria]
        self.initial.setdefault("active", [str(c.pk) for c in criteria if c.is_active])


class ScreeningForm(NHSForm):
    criteria = forms.MultipleChoiceField(
        label="Which criteria does this death meet?",
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Criteria the death record already shows are ticked for you. Select all that apply.",
    )
    sjr_needed = forms.ChoiceField(
        label="Does this death need a Structured Judgement Review?",
        choices=[("yes", "Yes"), ("no", "No")],
        widget=forms.RadioSelect,
        error_messages={"required": "Say whether this death needs a Structured Judgement Review"},
    )
    reason = forms.CharField(
        label="Reason for your decision",
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": "Give the reason for your decision"},
    )

    def __init__(self, *args, criteria, **kwargs):
        super().__init__(*args, **kwargs)
        self.criteria_by_pk = {str(c.pk): c for c in criteria}
        self.fields["criteria"].choices = [(str(c.pk), c.name) for c in criteria]

    def chosen_criteria(self):
        return [self.criteria_by_pk[pk] for pk in self.cleaned_data["criteria"]]


class _StructuredJudgementReviewBase(NHSForm):
    """Every field optional here: a draft may be partial. `sjr_submit` says what a submitted review needs."""

    avoidability = forms.ChoiceField(
        label="How avoidable was this death?",
        choices=AVOIDABILITY_CHOICES,
        required=False,
        widget=forms.RadioSelect,
        error_messages={
            "invalid_choice": "Choose avoidability from 1 definitely avoidable to 6 definitely not avoidable"
        },
        help_text="Scores 1 to 3 mean the death was more likely than not due to problems in care.",
    )
    problems = forms.MultipleChoiceField(
        label="Problems in care",
        choices=ProblemType.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text="Select each type of problem you found, and say briefly what it was.",
    )

    @classmethod
    def initial_from(cls, review) -> dict:
        if review is None:
            return {}
        initial = {"avoidability": review.avoidability, "problems": []}
        for phase, _label, _ in PHASES:
            initial[f"{phase}_score"] = review.score(phase)
            initial[f"{phase}_judgement"] = review.judgement(phase)
        for problem in review.problems.all():
            initial["problems"].append(problem.problem_type)
            initial[f"problem_{problem.problem_type}"] = problem.note
        return initial

    def phase_fields(self):
        return [
            (label, self[f"{phase}_score"], self[f"{phase}_judgement"])
            for phase, label, _ in PHASES
        ]

    def problem_note_fields(self):
        return {value: self[f"problem_{value}"] for value in ProblemType.values}

    def data_for_service(self) -> dict:
        data = self.cleaned_data
        result = {"avoidability": _int_or_none(data["avoidability"])}
        for phase, _label, _ in PHASES:
            result[f"{phase}_score"] = _int_or_none(data[f"{phase}_score"])
            result[f"{phase}_judgement"] = data[f"{phase}_judgement"]
        result["problems"] = {value: data[f"problem_{value}"] for value in data["problems"]}
        return result


def _phase_and_problem_fields() -> dict:
    # Declared on the class (not added in __init__), so NHSFormMixin gives each its NHS.UK template.
    fields = {}
    for phase, label, may_be_not_applicable in PHASES:
        choices = CARE_SCORE_CHOICES + ([NOT_APPLICABLE_CHOICE] if may_be_not_applicable else [])
        fields[f"{phase}_score"] = forms.ChoiceField(
            label=f"Score for {label.lower()}",
            choices=choices,
            required=False,
            widget=forms.RadioSelect,
            error_messages={"invalid_choice": f"Choose a score for {label.lower()} from the list"},
        )
        fields[f"{phase}_judgement"] = forms.CharField(
            label=f"Your judgement of {label.lower()}",
            required=False,
            widget=forms.Textarea(attrs={"rows": 4}),
        )
    for value, label in ProblemType.choices:
        fields[f"problem_{value}"] = forms.CharField(
            label=f"What was the problem with {label.lower()}?", required=False, max_length=500
        )
    return fields


StructuredJudgementReviewForm = type(
    "StructuredJudgementReviewForm",
    (_StructuredJudgementReviewBase,),
    {"__module__": __name__, **_phase_and_problem_fields()},
)


class SecondStageForm(NHSForm):
    overall_score = forms.ChoiceField(
        label="Settled overall care score",
        choices=CARE_SCORE_CHOICES,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Choose the overall care score from 1 very poor to 5 excellent"
        },
    )
    avoidability = forms.ChoiceField(
        label="Settled avoidability of death",
        choices=AVOIDABILITY_CHOICES,
        widget=forms.RadioSelect,
        help_text="Scores 1 to 3 send the death back to triage, where a PSII must follow.",
        error_messages={
            "required": "Choose avoidability from 1 definitely avoidable to 6 definitely not avoidable"
        },
    )
    rationale = forms.CharField(
        label="Your rationale",
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text="How you weighed the first-stage reviews and settled their disagreement.",
        error_messages={"required": "Explain how you settled the reviewers' disagreement"},
    )
