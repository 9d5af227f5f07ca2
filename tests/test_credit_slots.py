"""Credits in a page's header slots that the other shapes do not read: a source label
with its value in the next element ("المصدر:" then "(أبوظبي - البيان)"), an aggregator's
provider link before the item's date ("Unica.md, 20 septembrie 2020 16:20"), and a news
agency as the page's author metadata on a site that is not the agency's
(``<meta name="author" content="The Associated Press">``).

The real pages are the third held-out set's (tests/fixtures/real/heldout3, Apache-2.0,
see its SOURCES.md): Al Bayan, a YamNews item and Hutchinson News; the small pages here
are written for the test in the same shapes.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import normalizer

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout3" / "site"
BODY = ("<p>The council approved the plan on Tuesday after a long debate, officials said, "
        "and the first works will start next month in the city centre.</p>"
        "<p>The opposition said it would appeal against the decision in court.</p>")


def _sources(html: str | bytes, url: str = "https://paper.example/2020/06/03/plan/") -> list:
    return [s["source"] for r in normalizer.normalize_page(html, url) for s in r["stories"]]


def _page(head: str = "", header: str = "", site: str = "The Daily Example") -> str:
    return (f'<html><head><title>Plan approved</title><meta property="og:site_name" '
            f'content="{site}">{head}</head><body><article><h1>Plan approved</h1>{header}'
            f"{BODY}</article></body></html>")


@pytest.mark.parametrize(("path", "source"), [
    ("/2020/06/03/afghan-embassy-uae/", "البيان"),
    ("/2020/09/20/femei-studii-it/", "Unica.md"),
    ("/2020/11/23/latest-spain-vaccination/", "AP"),
])
def test_the_real_pages_slots_credit_the_story(path, source):
    html = (SITE / path.strip("/") / "index.html").read_bytes()
    assert _sources(html, "http://127.0.0.1" + path)[0] == source


@pytest.mark.parametrize(("label", "value", "source"), [
    ("المصدر:", "(أبوظبي - البيان)", "البيان"),
    ("Source:", "(Abu Dhabi - WAM)", "WAM"),
    ("Quelle:", "Reuters", "Reuters"),
])
def test_a_source_label_alone_takes_the_next_elements_value(label, value, source):
    from normalizer.cues.outlets import SOURCE_LABEL_ALONE_RE as _SOURCE_LABEL_ALONE_RE
    from normalizer.pages.credits import _slot_value

    assert _SOURCE_LABEL_ALONE_RE.match(label)
    assert _slot_value(value) == source


def test_a_label_with_its_value_on_its_line_is_not_alone():
    from normalizer.cues.outlets import SOURCE_LABEL_ALONE_RE as _SOURCE_LABEL_ALONE_RE

    assert not _SOURCE_LABEL_ALONE_RE.match("Source: Reuters")


def test_a_providers_link_before_the_items_date():
    header = ('<div class="date-info"><a class="src" href="/b/metro-md">Metro.md</a>, '
              "20 septembrie 2020 16:20</div>")
    assert _sources(_page(header=header)) == ["Metro.md"]


def test_an_agency_as_the_pages_author_metadata():
    assert _sources(_page(head='<meta name="author" content="The Associated Press">')) == ["AP"]


def test_the_agencys_own_site_is_not_credited_by_its_metadata():
    head = '<meta name="author" content="The Associated Press">'
    assert _sources(_page(head=head, site="AP News"), "https://apnews.com/article/plan") \
        == [None]


def test_a_syndicated_copy_pointing_its_canonical_link_at_the_agency_credits_it():
    head = ('<meta name="author" content="Reuters">'
            '<link rel="canonical" href="https://www.reuters.com/article/plan-idUS1">')
    assert _sources(_page(head=head, site="Entrepreneur"),
                    "https://www.entrepreneur.com/article/1") == ["Reuters"]


def test_a_person_as_the_author_metadata_is_no_source():
    assert _sources(_page(head='<meta name="author" content="Jane Roe">')) == [None]
