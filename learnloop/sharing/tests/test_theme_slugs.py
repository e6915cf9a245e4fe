"""The theme filter reads each record's column of its themes' slugs (`indexed_theme_slugs`, ADR
0021): the services keep it in step with the themes, it never matches part of another theme, and
migration 0010 fills it for the records already there. On whichever engine the tests run."""

import pytest
from django.db import connection

from learnloop.core.audit import Auditor
from learnloop.sharing import learning_services, search
from learnloop.sharing.models import Learning, SharingLevel, slugs_line
from learnloop.sharing.search import Filters
from learnloop.sharing.tests.learning_builders import draft, organisation_map, published
from learnloop.sharing.tests.test_migration_facets import latest, migrate


def themed(organisation, query: str, theme: str) -> list[int]:
    results = search.search(organisation=organisation, query=query, filters=Filters(theme=theme))
    return [hit.learning.pk for hit in results.hits]


def test_slugs_line_puts_a_line_break_either_side_of_each_slug():
    assert slugs_line(["falls", "older-people"]) == "\nfalls\nolder-people\n"
    assert slugs_line(iter(["falls"])) == "\nfalls\n"
    assert slugs_line([]) == ""


@pytest.mark.django_db
def test_a_draft_keeps_its_themes_slugs_and_a_rewrite_replaces_them():
    orgs = organisation_map()
    learning = draft(orgs.kent_a, themes=["Falls", "falls", " Older  people "])
    assert learning.indexed_theme_slugs == "\nfalls\nolder-people\n"
    assert Learning.objects.get(pk=learning.pk).indexed_theme_slugs == "\nfalls\nolder-people\n"

    learning_services.learning_update_draft(
        learning=learning,
        fields={
            "title": learning.title,
            "what_happened": learning.what_happened,
            "what_we_found": learning.what_we_found,
            "harm": learning.harm,
        },
        changes=[("Added a falls sensor", "stronger")],
        themes=["Delirium"],
        by=Auditor.system(orgs.kent_a),
    )
    assert Learning.objects.get(pk=learning.pk).indexed_theme_slugs == "\ndelirium\n"

    untagged = draft(orgs.kent_a, themes=[])
    assert untagged.indexed_theme_slugs == ""


@pytest.mark.django_db
def test_a_theme_matches_whole_slugs_only():
    orgs = organisation_map()
    falls = published(orgs.kent_a, SharingLevel.NATIONAL, themes=["Falls"])
    at_night = published(orgs.kent_a, SharingLevel.NATIONAL, themes=["Falls at night"])
    night = published(orgs.kent_a, SharingLevel.NATIONAL, themes=["Night"])
    # A slug holding the underscore LIKE reads as any one character is asked for as written.
    underscored = published(orgs.kent_a, SharingLevel.NATIONAL, themes=["a_b"])
    published(orgs.kent_a, SharingLevel.NATIONAL, themes=["axb"])

    assert themed(orgs.kent_b, "insulin", "Falls") == [falls.pk]
    assert themed(orgs.kent_b, "insulin", "falls at night") == [at_night.pk]
    assert themed(orgs.kent_b, "", "Night") == [night.pk]
    assert themed(orgs.kent_b, "", "at") == []
    assert themed(orgs.kent_b, "insulin", "a_b") == [underscored.pk]


@pytest.mark.django_db
def test_a_theme_filter_does_not_widen_what_the_reader_may_see():
    orgs = organisation_map()
    published(orgs.kent_a, SharingLevel.ORGANISATION, themes=["Falls"])
    shared = published(orgs.kent_a, SharingLevel.SYSTEM, themes=["Falls"])

    assert themed(orgs.kent_b, "insulin", "Falls") == [shared.pk]
    assert themed(orgs.sussex_b, "insulin", "Falls") == []


def columns() -> set[str]:
    with connection.cursor() as cursor:
        return {
            column.name
            for column in connection.introspection.get_table_description(cursor, "sharing_learning")
        }


@pytest.mark.django_db(transaction=True)
def test_migration_0010_fills_the_column_from_the_themes_already_there():
    orgs = organisation_map()
    tagged = published(orgs.kent_a, SharingLevel.NATIONAL, themes=["Falls", "Older people"])
    untagged = published(orgs.kent_a, SharingLevel.NATIONAL, themes=[])
    try:
        migrate([("sharing", "0009_learning_readers")])
        assert "indexed_theme_slugs" not in columns()
    finally:
        migrate(latest())
    assert "indexed_theme_slugs" in columns()

    filled = Learning.objects.get(pk=tagged.pk).indexed_theme_slugs
    assert sorted(filled.split("\n")) == ["", "", "falls", "older-people"]
    assert filled.startswith("\n") and filled.endswith("\n")
    assert Learning.objects.get(pk=untagged.pk).indexed_theme_slugs == ""
    assert themed(orgs.kent_b, "insulin", "Older people") == [tagged.pk]
    # Still found by its words: the full-text index kept its triggers (no table rebuilt).
    assert {
        hit.learning.pk for hit in search.search(organisation=orgs.kent_b, query="insulin").hits
    } == {
        tagged.pk,
        untagged.pk,
    }
