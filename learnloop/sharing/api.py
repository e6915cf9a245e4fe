"""The learning exchange in the API: the same search as the learning pages, as JSON.

With an organisation's API key, a system sees exactly what that organisation's members see;
without a key, the public records (as on /learning/public/). A person signed in to the web
app but sending no key is treated as the public: the API acts for keys, not sessions.
"""

from datetime import date, datetime
from enum import StrEnum

from ninja import Field, Query, Router, Schema

from learnloop.organisations.api import ErrorOut
from learnloop.organisations.api_auth import OPTIONAL_SECURITY, optional_api_key_auth
from learnloop.organisations.models import ApiKey, Organisation
from learnloop.reports.models import Report
from learnloop.sharing import search
from learnloop.sharing.learning_presenters import LearningPresenter
from learnloop.sharing.models import Learning, LearningChange, SharingLevel

router = Router(tags=["Learning"])

Harm = StrEnum("Harm", {kind.name: kind.value for kind in Report.PhysicalHarm})
PublisherKind = StrEnum("PublisherKind", {kind.name: kind.value for kind in Organisation.Kind})
SourceKind = StrEnum("SourceKind", {kind.name: kind.value for kind in Learning.SourceKind})
Level = StrEnum("Level", {level.name: level.name.lower() for level in SharingLevel})
Strength = StrEnum("Strength", {kind.name: kind.value for kind in LearningChange.Strength})


class LearningSearchIn(Schema):
    q: str = Field(
        "", max_length=200, description="Words to find; punctuation and operators are ignored."
    )
    theme: str = Field("", max_length=100, description="Only records with this theme.")
    setting: str = Field("", max_length=8, description="LFPSE incident location code.")
    service_type: str = Field("", max_length=8, description="LFPSE service type code.")
    specialty: str = Field("", max_length=8, description="LFPSE specialty code.")
    harm: Harm | None = Field(None, description="Physical harm, as on a report.")
    publisher_kind: PublisherKind | None = Field(
        None, description="The kind of organisation that published it."
    )
    source_kind: SourceKind | None = Field(None, description="What the learning came from.")
    published_from: date | None = Field(None, description="Published on or after this day.")
    published_to: date | None = Field(None, description="Published on or before this day.")
    page: int = Field(1, ge=1, description="Page number, from 1.")
    page_size: int = Field(search.PAGE_SIZE, ge=1, le=search.MAX_PAGE_SIZE)


class CodedOut(Schema):
    code: str = Field(description="The LFPSE code.")
    display: str = Field(description="What the code means, in words.")


class ChangeOut(Schema):
    text: str = Field(description="What was changed.")
    strength: Strength = Field(description="Its strength on the action hierarchy.")


class LearningOut(Schema):
    id: int = Field(description="The record's number; its page is /learning/{id}/.")
    title: str = Field(description="The record's title.")
    snippet: str = Field(description="Where the words were found, as plain text.")
    snippet_html: str = Field(
        description="The snippet as HTML: escaped, with the words found in <mark>."
    )
    publisher: str = Field(
        description="The publisher, or 'An NHS trust in <region>' when it asked for that."
    )
    published_at: datetime = Field(description="When it was published.")
    sharing_level: Level = Field(
        description="Who may read it: organisation, system, national, public."
    )
    source_kind: SourceKind = Field(description="What the learning came from.")
    themes: list[str] = Field(description="Its themes, as the publisher wrote them.")
    setting: CodedOut | None = Field(description="LFPSE incident location.")
    service_type: CodedOut | None = Field(description="LFPSE service type.")
    specialty: CodedOut | None = Field(description="LFPSE specialty.")
    harm: Harm | None = Field(description="Physical harm, as on a report.")
    what_happened: str = Field(description="What happened, in brief, de-identified.")
    what_we_found: str = Field(description="What the organisation found, de-identified.")
    changes: list[ChangeOut] = Field(description="What the organisation changed.")
    contact: str = Field(description="How to get in touch; empty when the publisher is anonymised.")
    source_url: str = Field(description="Where an imported record came from; empty otherwise.")


class LearningPageOut(Schema):
    count: int = Field(
        description=f"How many records match, on every page; counting stops at "
        f"{search.COUNT_CAP:,}, so when `count_is_lower_bound` is true at least this many match "
        "(maybe many more)."
    )
    count_is_lower_bound: bool = Field(
        description="True when more records match than `count` says (it is the cap)."
    )
    page: int = Field(description="This page's number, from 1.")
    pages: int = Field(
        description="How many pages there are (up to the counting cap); with words, results "
        f"are the best matches among the {search.RANK_CANDIDATES:,} most recent matching records."
    )
    items: list[LearningOut]


@router.get(
    "/learning",
    auth=optional_api_key_auth,
    openapi_extra=OPTIONAL_SECURITY,
    response={200: LearningPageOut, 401: ErrorOut},
    summary="Search the learning exchange",
)
def learning_search(request, params: Query[LearningSearchIn]):
    """Ranked by how well the words match (newest first without words), with snippets. A key
    sees what its organisation's members see; no key, the public records."""
    organisation = request.auth.organisation if isinstance(request.auth, ApiKey) else None
    filters = search.Filters(
        theme=params.theme,
        setting=params.setting,
        service_type=params.service_type,
        specialty=params.specialty,
        harm=params.harm or "",
        publisher_kind=params.publisher_kind or "",
        source_kind=params.source_kind or "",
        published_from=params.published_from,
        published_to=params.published_to,
    )
    results = search.search(
        organisation=organisation,
        query=params.q,
        filters=filters,
        page=params.page,
        page_size=params.page_size,
    )
    return {
        "count": results.total,
        "count_is_lower_bound": results.more,
        "page": results.page,
        "pages": results.num_pages,
        "items": [
            LearningPresenter(hit.learning, organisation, snippet=hit.snippet).as_json()
            for hit in results.hits
        ],
    }
