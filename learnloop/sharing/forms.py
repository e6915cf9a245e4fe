"""Forms for de-identification: a text to start a review with, and a reviewer's decisions.

The decisions form carries the reviewer's choices between requests (hidden fields and
checkboxes), so the review screen works without JavaScript: each "Add" or "Update the preview"
posts the page back with the choices so far. The service checks them again on confirming.
"""

import re

from django import forms

from learnloop.core.forms import NHSForm
from learnloop.sharing.deidentify import LABELS, Span
from learnloop.sharing.presenters import Decisions, label_choices
from learnloop.sharing.services import MAX_TEXT_LENGTH

_ADDED = re.compile(r"(\d+)-(\d+)-([A-Z_]+)")
_KEY = re.compile(r"(\d+)-(\d+)")


class StartReviewForm(NHSForm):
    purpose = forms.CharField(
        label="What is the text for?",
        help_text="For example: after action review of a fall on a ward. Do not use names here.",
        max_length=200,
        error_messages={"required": "Say what the text is for"},
    )
    text = forms.CharField(
        label="Text to de-identify",
        help_text="Paste the text. learnloop proposes what to redact; you check it next.",
        widget=forms.Textarea(attrs={"rows": 12}),
        max_length=MAX_TEXT_LENGTH,
        strip=False,
        error_messages={"required": "Enter the text to de-identify"},
    )


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int]:
    """A selection widened to whole words and trimmed of spaces: "ohn Smi" means "John Smith"."""
    start, end = max(0, min(start, len(text))), max(0, min(end, len(text)))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start -= 1
    while 0 < end < len(text) and text[end - 1].isalnum() and text[end].isalnum():
        end += 1
    return start, end


def occurrences(text: str, words: str) -> list[tuple[int, int]]:
    """Every whole-word occurrence of `words` in `text`, in any case and spacing."""
    parts = [re.escape(part) for part in words.split()]
    if not parts:
        return []
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)", re.IGNORECASE)
    return [(match.start(), match.end()) for match in pattern.finditer(text)]


class ReviewDecisionsForm(NHSForm):
    keep = forms.MultipleChoiceField(required=False, widget=forms.CheckboxSelectMultiple)
    added = forms.MultipleChoiceField(required=False, widget=forms.MultipleHiddenInput)
    words = forms.CharField(
        label="Words to redact",
        help_text="Every whole-word occurrence in the text is redacted, in any case.",
        max_length=200,
        required=False,
    )
    words_label = forms.ChoiceField(
        label="What kind of identifier are they?", initial="PERSON", required=False
    )
    selection_start = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    selection_end = forms.IntegerField(required=False, min_value=0, widget=forms.HiddenInput)
    selection_label = forms.ChoiceField(
        label="What kind of identifier is the selected text?", initial="PERSON", required=False
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, review, **kwargs):
        super().__init__(*args, **kwargs)
        self.review = review
        self.text = review.original_text
        self.fields["words_label"].choices = label_choices()
        self.fields["selection_label"].choices = label_choices()

    def clean_words_label(self) -> str:
        return self.cleaned_data["words_label"] or "PERSON"

    def clean_selection_label(self) -> str:
        return self.cleaned_data["selection_label"] or "PERSON"

    def clean_added(self) -> list[Span]:
        spans = []
        for value in self.cleaned_data["added"]:
            match = _ADDED.fullmatch(value)
            start, end = (int(match[1]), int(match[2])) if match else (0, 0)
            if not match or match[3] not in LABELS or not 0 <= start < end <= len(self.text):
                raise forms.ValidationError("An added redaction was not understood; add it again")
            spans.append(Span(start, end, match[3]))
        return spans

    def clean_keep(self) -> set[tuple[int, int]]:
        return {
            (int(m[1]), int(m[2]))
            for value in self.cleaned_data["keep"]
            if (m := _KEY.fullmatch(value))
        }

    def full_clean(self):
        # The choices are whatever the page offered: any start-end key, checked against the
        # review's spans here and again by the service.
        for name in ("keep", "added"):
            values = self.data.getlist(name) if hasattr(self.data, "getlist") else []
            self.fields[name].choices = [(value, value) for value in values]
        super().full_clean()

    def decisions(self) -> Decisions:
        """What the reviewer has decided so far. Keeping an added redaction takes it away."""
        keep = self.cleaned_data["keep"]
        added = [span for span in self.cleaned_data["added"] if (span.start, span.end) not in keep]
        proposed = {(s["start"], s["end"]) for s in self.review.proposed_spans}
        return Decisions(removed=keep & proposed, added=sorted(added))

    def add_words(self, decisions: Decisions) -> Decisions:
        words = self.cleaned_data["words"].strip()
        if not words:
            self.add_error("words", "Enter the words to redact")
            return decisions
        found = occurrences(self.text, words)
        if not found:
            self.add_error("words", f"“{words}” is not in the text as whole words")
            return decisions
        for start, end in found:
            decisions = decisions.adding(Span(start, end, self.cleaned_data["words_label"]))
        return decisions

    def add_selection(self, decisions: Decisions) -> Decisions:
        start, end = self.cleaned_data["selection_start"], self.cleaned_data["selection_end"]
        if start is None or end is None or start >= end:
            self.add_error(None, "Select some of the text to redact first")
            return decisions
        start, end = snap_to_words(self.text, start, end)
        if start >= end:
            self.add_error(None, "Select some of the text to redact first")
            return decisions
        return decisions.adding(Span(start, end, self.cleaned_data["selection_label"]))
