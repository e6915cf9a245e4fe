"""How subscriptions read: on the page (what was saved, in words) and in the digest email
(each record as its page shows it, with an absolute link built from SITE_URL)."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse

from learnloop.sharing.learning_forms import LearningSearchForm
from learnloop.sharing.learning_presenters import LearningPresenter, day, highlighted, plain
from learnloop.sharing.models import Subscription
from learnloop.sharing.search import Results


def _display(name: str, value: str) -> str:
    field = LearningSearchForm.base_fields[name]
    choices = dict(getattr(field, "choices", ()) or ())
    if value in choices:
        return str(choices[value])
    if name in ("published_from", "published_to"):
        try:
            moment = date.fromisoformat(value)
        except ValueError:
            return value
        return f"{moment.day} {moment:%B %Y}"
    return value


def search_rows(query: str, filters: dict) -> list[tuple[str, str]]:
    """(what, value) for the words and each filter, in the search form's order and words."""
    rows = [("Words", query)] if query else []
    for name in LearningSearchForm.FILTERS:
        if value := str(filters.get(name) or ""):
            rows.append((str(LearningSearchForm.base_fields[name].label), _display(name, value)))
    return rows


def search_query_string(query: str, filters: dict) -> str:
    params = {"q": query} if query else {}
    params.update({name: value for name, value in filters.items() if value})
    return urlencode(params)


def absolute(path: str) -> str:
    return settings.SITE_URL + path


class SearchToSave:
    """The search shown on the page that saves it: in words, and carried as hidden fields."""

    def __init__(self, query: str, filters: dict):
        self.query = query
        self.filters = filters
        self.rows = search_rows(query, filters)

    @property
    def summary_rows(self) -> list[dict]:
        return [{"key": {"text": key}, "value": {"text": value}} for key, value in self.rows]

    @property
    def hidden_fields(self) -> list[tuple[str, str]]:
        return ([("q", self.query)] if self.query else []) + list(self.filters.items())

    @property
    def suggested_name(self) -> str:
        return self.rows[0][1] if self.rows else ""

    @property
    def search_url(self) -> str:
        query = search_query_string(self.query, self.filters)
        return reverse("learning:index") + (f"?{query}" if query else "")


class SubscriptionPresenter:
    def __init__(self, subscription: Subscription):
        self.subscription = subscription

    @property
    def pk(self) -> int:
        return self.subscription.pk

    @property
    def name(self) -> str:
        return self.subscription.name

    @property
    def frequency(self) -> str:
        return self.subscription.get_frequency_display()

    @property
    def search(self) -> str:
        rows = search_rows(self.subscription.query, self.subscription.filters)
        return "; ".join(f"{what}: {value}" for what, value in rows)

    @property
    def since(self) -> str:
        return day(self.subscription.last_sent_at)

    @property
    def search_url(self) -> str:
        return SearchToSave(self.subscription.query, self.subscription.filters).search_url

    @property
    def delete_url(self) -> str:
        return reverse("learning:subscription_delete", kwargs={"pk": self.subscription.pk})

    def summary_rows(self) -> list[dict]:
        rows = search_rows(self.subscription.query, self.subscription.filters)
        rows += [("How often", self.frequency), ("New learning since", self.since)]
        return [{"key": {"text": key}, "value": {"text": value}} for key, value in rows]


class DigestItem:
    """One new record in a digest: as the subscriber's organisation reads it on its page, so
    an anonymised publisher stays anonymised."""

    def __init__(self, learning, organisation, snippet: str):
        self.record = LearningPresenter(learning, organisation, snippet=snippet)

    @property
    def title(self) -> str:
        return self.record.title

    @property
    def publisher(self) -> str:
        return self.record.publisher

    @property
    def published(self) -> str:
        return self.record.published

    @property
    def snippet_text(self) -> str:
        # A snippet that is only the title (the words were found there) says nothing more.
        text = plain(self.record.snippet)
        return "" if text.strip() == self.title.strip() else text

    @property
    def snippet_html(self):
        return highlighted(self.record.snippet) if self.snippet_text else ""

    @property
    def url(self) -> str:
        return absolute(self.record.url)


class DigestSection:
    def __init__(self, subscription: Subscription, results: Results):
        self.subscription = subscription
        self.results = results
        self.items = [
            DigestItem(hit.learning, subscription.organisation, hit.snippet) for hit in results.hits
        ]

    @property
    def name(self) -> str:
        return self.subscription.name

    @property
    def organisation(self) -> str:
        return self.subscription.organisation.name

    @property
    def count(self) -> str:
        total = self.results.total
        new = f"{total:,} new record{'' if total == 1 else 's'}"
        return f"More than {new}" if self.results.more else new

    @property
    def more(self) -> str:
        """The link to the rest: "And 3 more"; when counting stopped at the cap, the count is a
        lower bound, so "And over 3 more", or "And more" when the cap was all shown."""
        left = max(0, self.results.total - len(self.items))
        if not self.results.more:
            return f"And {left:,} more" if left else ""
        return f"And over {left:,} more" if left else "And more"

    @property
    def search_url(self) -> str:
        return absolute(SearchToSave(self.subscription.query, self.subscription.filters).search_url)


class DigestPresenter:
    def __init__(self, *, user, frequency: str, sections: list[tuple[Subscription, Results]]):
        self.user = user
        self.frequency = frequency
        self.sections = [DigestSection(subscription, results) for subscription, results in sections]
        # The organisation is named only when the person's subscriptions span more than one.
        self.several_organisations = (
            len({s.subscription.organisation_id for s in self.sections}) > 1
        )

    @property
    def total(self) -> int:
        return sum(section.results.total for section in self.sections)

    @property
    def subject(self) -> str:
        total = self.total
        over = "over " if any(section.results.more for section in self.sections) else ""
        return (
            f"New learning on learnloop: {over}{total:,} record{'' if total == 1 else 's'} "
            f"for your {self.frequency} subscriptions"
        )

    @property
    def greeting(self) -> str:
        return f"Dear {self.user.full_name or 'colleague'},"

    @property
    def manage_url(self) -> str:
        return absolute(reverse("learning:subscriptions"))
