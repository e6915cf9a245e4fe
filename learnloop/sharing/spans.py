"""What the de-identification engine hands out: spans, results and an organisation's terms.

Kept apart from ``deidentify.py`` and never compiled: the optional mypyc build of the engine
compiles that module's classes into native ones, which cannot be pickled or copied, and the
``learnloop deidentify --workers`` command sends ``Terms`` to its spawned workers. Import them from
``learnloop.sharing.deidentify`` as before.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

__all__ = ["Result", "Span", "Terms"]


@dataclass(frozen=True, order=True, slots=True)
class Span:
    """An identifier found in the input: ``text[start:end]``, to be replaced by ``[label]``."""

    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class Result:
    text: str
    spans: list[Span]


@dataclass(frozen=True, slots=True)
class Terms:
    """An organisation's own terms, learned from its reviewers' decisions.

    ``redact`` pairs a term with its label: found wherever it appears as whole words, in any case,
    and as certain as the record. ``keep`` terms are never redacted on a guess: a pattern or
    name-list span lying within one is dropped. A keep term never un-redacts what the record or a
    redact term names, because the record is certain and a reviewer's "keep" was about guesses.
    """

    redact: tuple[tuple[str, str], ...] = ()
    keep: tuple[str, ...] = ()

    @classmethod
    def of(
        cls, redact: Mapping[str, str] | Iterable[tuple[str, str]] = (), keep: Iterable[str] = ()
    ) -> Terms:
        # The labels live with the engine, which imports this module.
        from learnloop.sharing.deidentify import LABELS

        pairs = redact.items() if isinstance(redact, Mapping) else redact
        cleaned = {" ".join(term.split()): label for term, label in pairs if term.strip()}
        unknown = sorted({label for label in cleaned.values() if label not in LABELS})
        if unknown:
            raise ValueError(f"unknown label for a term to redact: {', '.join(unknown)}")
        kept = {" ".join(term.split()) for term in keep if term.strip()}
        return cls(redact=tuple(sorted(cleaned.items())), keep=tuple(sorted(kept)))
