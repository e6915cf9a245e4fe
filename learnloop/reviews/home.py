"""What the home page says is waiting for mortality review."""

from django.urls import reverse

from learnloop.core.home_panels import register
from learnloop.core.presenters import WaitingItem
from learnloop.organisations.roles import Role
from learnloop.reviews import querysets


@register(Role.MORTALITY_REVIEWER, Role.MEDICAL_EXAMINER)
def deaths_awaiting_screening(request):
    count = querysets.deaths_awaiting_screening(request.organisation).count()
    return WaitingItem(
        "death awaiting screening",
        "deaths awaiting screening",
        count,
        reverse("reviews:screening_list"),
    )


@register(Role.MORTALITY_REVIEWER)
def reviews_in_draft(request):
    count = request.organisation.structured_judgement_reviews.filter(
        reviewer=request.user, status="draft"
    ).count()
    return WaitingItem(
        "review of yours in draft", "reviews of yours in draft", count, reverse("reviews:index")
    )


@register(Role.MORTALITY_REVIEWER)
def cases_needing_second_stage(request):
    count = len(querysets.cases_needing_second_stage(request.organisation))
    return WaitingItem(
        "case needing a second-stage review",
        "cases needing a second-stage review",
        count,
        reverse("reviews:index"),
    )
