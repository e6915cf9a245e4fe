"""How far independent Structured Judgement Reviews of one death agree, and whether the case
needs a second-stage review. Plain Python: no Django, so it is tested directly.

One reviewer's judgement of care is unreliable (inter-rater agreement around 0.25), so a case is
read by several reviewers and their judgements are compared here.

The rule (also in learnloop/reviews/README.md):
  Reviewers DISAGREE, and the case needs a second-stage review, when two or more first-stage
  reviews are submitted and any of these is true:
    1. they fall on different sides of the avoidability line: some score 1-3 ("more likely than
       not due to problems in care") and some 4-6;
    2. their avoidability scores are more than 1 apart (e.g. 4 and 6);
    3. their overall care scores are more than 1 apart (e.g. 2 and 4).
  Phase-of-care scores are compared and shown, but do not by themselves flag a case: the phases
  feed the overall score, which is compared.
  When they agree, the agreed judgement is the lower median of their scores: with two reviewers
  the lower (more critical) of the two. Within the rule above that never crosses the line.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

# Hogan et al. 2015: scores 1 to 3 mean "more likely than not due to problems in care".
AVOIDABILITY_LINE = 3
AVOIDABILITY_RANGE = range(1, 7)
CARE_SCORE_RANGE = range(1, 6)
# The most two reviewers' scores may differ and still count as agreeing.
TOLERATED_SPREAD = 1

REASON_SIDES = "Reviewers fall on different sides of the avoidability line (1–3 against 4–6)."
REASON_AVOIDABILITY_SPREAD = "Avoidability scores are more than 1 apart."
REASON_OVERALL_SPREAD = "Overall care scores are more than 1 apart."


def more_likely_than_not(avoidability: int) -> bool:
    """Hogan 1-3: the death was more likely than not due to problems in care."""
    if avoidability not in AVOIDABILITY_RANGE:
        raise ValueError(f"Avoidability must be 1 to 6, not {avoidability!r}")
    return avoidability <= AVOIDABILITY_LINE


@dataclass(frozen=True)
class Judgement:
    """One reviewer's submitted judgement. Phase scores: 1-5, or None when not applicable."""

    reviewer: str
    overall: int
    avoidability: int
    phases: Mapping[str, int | None] = field(default_factory=dict)

    def __post_init__(self):
        if self.overall not in CARE_SCORE_RANGE:
            raise ValueError(f"Overall care score must be 1 to 5, not {self.overall!r}")
        more_likely_than_not(self.avoidability)
        for phase, score in self.phases.items():
            if score is not None and score not in CARE_SCORE_RANGE:
                raise ValueError(f"Score for {phase} must be 1 to 5 or None, not {score!r}")


@dataclass(frozen=True)
class Spread:
    scores: tuple[int, ...]

    @property
    def spread(self) -> int | None:
        return max(self.scores) - min(self.scores) if self.scores else None

    @property
    def agrees(self) -> bool:
        return self.spread is None or self.spread <= TOLERATED_SPREAD


@dataclass(frozen=True)
class Agreement:
    judgements: tuple[Judgement, ...]
    overall: Spread
    avoidability: Spread
    phases: dict[str, Spread]
    reasons: tuple[str, ...]

    @property
    def review_count(self) -> int:
        return len(self.judgements)

    @property
    def comparable(self) -> bool:
        """Agreement only means something with two or more reviews."""
        return self.review_count >= 2

    @property
    def same_side_of_line(self) -> bool:
        return len({more_likely_than_not(j.avoidability) for j in self.judgements}) <= 1

    @property
    def needs_second_stage(self) -> bool:
        return self.comparable and bool(self.reasons)

    @property
    def agreed_overall(self) -> int | None:
        return _lower_median(self.overall.scores) if self.judgements and not self.reasons else None

    @property
    def agreed_avoidability(self) -> int | None:
        return (
            _lower_median(self.avoidability.scores)
            if self.judgements and not self.reasons
            else None
        )


def _lower_median(scores: Sequence[int]) -> int:
    ordered = sorted(scores)
    return ordered[(len(ordered) - 1) // 2]


def assess(judgements: Sequence[Judgement]) -> Agreement:
    """Compare submitted judgements; any number, including none or one."""
    judgements = tuple(judgements)
    overall = Spread(tuple(j.overall for j in judgements))
    avoidability = Spread(tuple(j.avoidability for j in judgements))
    phase_names: list[str] = []
    for judgement in judgements:
        phase_names += [name for name in judgement.phases if name not in phase_names]
    phases = {
        name: Spread(tuple(s for j in judgements if (s := j.phases.get(name)) is not None))
        for name in phase_names
    }
    reasons = []
    if len({more_likely_than_not(j.avoidability) for j in judgements}) > 1:
        reasons.append(REASON_SIDES)
    if not avoidability.agrees:
        reasons.append(REASON_AVOIDABILITY_SPREAD)
    if not overall.agrees:
        reasons.append(REASON_OVERALL_SPREAD)
    return Agreement(judgements, overall, avoidability, phases, tuple(reasons))
