"""Outlets credited by the shape of their credit and the page's own identity: a newsroom
signing in the author slot ("Jewish Business News Correspondent" on
jewishbusinessnews.com, "ET Bureau" on The Economic Times' page), an outlet on the line
under a byline ("By Jemele Hill<br>ESPN.com"), and a republished story's link to the
site it first ran on, above its date ("Max Blumenthal / The Grayzone / Thu, 14 May 2020"
on Sott.net).

The real pages are the seventh and eighth held-out sets' (tests/fixtures/real/heldout7
and heldout8, see their SOURCES.md); the small pages here are written for the test in
the same shapes, with the shapes that must read no outlet beside them.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import normalizer
from normalizer.cues.outlets import canonical_source, newsroom_of
from normalizer.pages.credits import _initials

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout7" / "site"
SITE8 = Path(__file__).parent / "fixtures" / "real" / "heldout8" / "site"
BODY = ("<p>The council approved the plan on Tuesday after a long debate, officials said, "
        "and the first works will start next month in the city centre.</p>"
        "<p>The opposition said it would appeal against the decision in court.</p>")


def _sources(html: str, url: str = "https://dailyexample.com/2020/06/03/plan/") -> list:
    return [s["source"] for r in normalizer.normalize_page(html, url) for s in r["stories"]]


def _page(header: str, head: str = "") -> str:
    return (f"<html><head><title>Plan approved</title>{head}</head><body><article>"
            f'<header><h1>Plan approved</h1>{header}</header><div class="entry-content">'
            f"{BODY}{BODY}</div></article></body></html>")


@pytest.mark.parametrize(("path", "source"), [
    ("2016/01/20/jfrog-raises-50-million", "Jewish Business News"),
    ("2010/08/13/meyer-saban-grandstanding-agents", "ESPN"),
    ("2020/05/14/adelson-security-assange-spying", "The Grayzone"),
    # (the share box's <h2> repeats the first paragraph above the page's "来源：" slot)
    ("2023/11/17/zhongmei-hezuo-zhuanjia", "China Daily"),
])
def test_the_real_pages_credit_their_outlet(path, source):
    html = (SITE / path / "index.html").read_text(encoding="utf-8")
    assert _sources(html, f"https://example.org/{path}/") == [source]


@pytest.mark.parametrize(("credit", "newsroom"), [
    ("Jewish Business News Correspondent", "Jewish Business News"),
    ("ET Bureau", "ET"),
    ("Reuters Staff", "Reuters"),
    ("Redacción Clarín", "Clarín"),
    ("Jane Doe", None),
])
def test_a_credits_newsroom(credit, newsroom):
    assert newsroom_of(credit) == newsroom


@pytest.mark.parametrize(("name", "initials"), [
    ("The Economic Times", "ET"), ("Daily Example", "DE"), ("Kompas", ""),
    ("ConservativeHQ.com", "CHQ")])
def test_a_names_initials(name, initials):
    assert _initials(name) == initials


def test_a_newsroom_named_by_the_sites_address_in_the_author_slot():
    header = ('<div class="byline">By <a href="/author/desk/">Daily Example Correspondent'
              '</a></div>')
    head = '<link rel="canonical" href="https://www.dailyexample.com/2020/06/03/plan/">'
    assert _sources(_page(header, head)) == ["Daily Example"]


def test_a_newsroom_named_by_the_sites_initials_in_the_author_slot():
    header = '<div class="author">MP Bureau</div>'
    head = '<meta property="og:site_name" content="The Morning Post">'
    assert _sources(_page(header, head)) == ["The Morning Post"]


def test_another_sites_newsroom_or_a_person_in_the_slot_is_no_source():
    head = '<meta property="og:site_name" content="The Daily Example">'
    assert _sources(_page('<div class="author">XY Bureau</div>', head)) == [None]
    assert _sources(_page('<div class="author">Jane Doe</div>', head)) == [None]


def test_an_outlet_on_the_line_under_a_byline():
    header = '<cite class="source">By Jane Doe<br>ESPN.com<br><a href="/x">Archive</a></cite>'
    assert _sources(_page(header)) == ["ESPN"]
    assert canonical_source("ESPN.com") == "ESPN"


def test_a_name_the_table_does_not_know_under_a_byline_is_no_source():
    header = '<cite class="source">By Jane Doe<br>Senior Writer<br></cite>'
    assert _sources(_page(header)) == [None]


def test_a_republished_storys_link_to_its_origin_above_the_date():
    header = ('<div class="m-bar">Jane Doe<br><a href="https://theexamplewire.com/2020/05/14/'
              'plan/">The Example Wire</a><br>Thu, 14 May 2020 17:55 UTC</div>')
    assert _sources(_page(header)) == ["The Example Wire"]


@pytest.mark.parametrize("link", [
    '<a href="https://dailyexample.com/news/">Daily Example</a>',  # the site's own
    '<a href="https://twitter.com/share?u=x">Share on Twitter</a>',  # text not its address
    '<a href="https://othersite.com/section/">Politics</a>',
    '<a href="https://geoff.example.org/author/g/">Geoff</a>',  # a blogger's page
])
def test_other_links_above_the_date_are_no_origin(link):
    header = f'<div class="m-bar">Jane Doe<br>{link}<br>Thu, 14 May 2020 17:55 UTC</div>'
    head = '<link rel="canonical" href="https://dailyexample.com/2020/06/03/plan/">'
    assert _sources(_page(header, head)) == [None]


def test_a_newsroom_by_the_capitals_of_the_sites_name_before_its_date():
    header = ('<div class="field field-field-byline"><div class="field-items">'
              '<div class="field-item">MPX Staff | 10/17/18</div></div></div>')
    head = '<meta property="og:site_name" content="MorningPostX.com">'
    assert _sources(_page(header, head)) == ["MorningPostX"]


def test_the_outlet_after_the_bylines_element():
    header = ('<font><div id="byline">By Robert Roe and Carrie Doe</div>'
              "Washington Post Staff Writers<br>Saturday, March 7, 2009</font>")
    assert _sources(_page(header)) == ["The Washington Post"]


def test_a_print_editions_day_credit():
    header = ('<p id="source-dateline"><span>Ottawa — </span>From Tuesday’s Globe and Mail'
              '<span class="dateline">Published on Tuesday, Mar. 09, 2010</span></p>')
    # (the day's possessive stands for the paper's article: The Globe and Mail, the
    # paper's usual name, as heldout8's gold and the gold format name such papers)
    assert _sources(_page(header)) == ["The Globe and Mail"]


@pytest.mark.parametrize(("path", "source"), [
    ("2010/03/12/briton-force-fed-ruling", "PA"),  # "Source PA News", author slot
    ("2009/03/07/court-indefinite-detention", "The Washington Post"),
    ("2018/10/17/soros-rented-evangelicals", "ConservativeHQ"),  # "CHQ Staff | 10/17/18"
])
def test_the_eighth_sets_pages_credit_their_outlet(path, source):
    html = (SITE8 / path / "index.html").read_text(encoding="utf-8")
    assert _sources(html, f"https://example.org/{path}/") == [source]


def test_the_pages_layout_classes_put_no_credit_outside_the_post():
    html = _page('<div class="author">AFP</div>').replace(
        "<body>", '<body class="sidebars-1" id="sidebar-side-1">')
    assert _sources(html) == ["AFP"]
