"""Page furniture that opened stories of its own: a breadcrumb whose last crumb is the
title again, the footer going on under the copyright label that closed the story, and a
heading over a list of dated teasers (an aggregator's "other news from X" block).

The real pages are the third held-out set's (tests/fixtures/real/heldout3, Apache-2.0,
see its SOURCES.md): UrduPoint (breadcrumb, copyright footer) and a YamNews item (teaser
list, footer); the small posts here are written for the test in the same shapes.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import normalizer
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout3" / "site"
LEAD = ("<p>The council approved the plan on Tuesday after a long debate, officials said, "
        "and the first works will start next month in the city centre.</p>"
        "<p>The opposition said it would appeal against the decision in court.</p>")


@pytest.mark.parametrize("path", ["/2020/04/29/mishustin-restrictions/",
                                  "/2020/09/20/femei-studii-it/"])
def test_the_real_pages_are_one_story(path):
    html = (SITE / path.strip("/") / "index.html").read_bytes()
    records = normalizer.normalize_page(html, "http://127.0.0.1" + path)
    assert [len(r["stories"]) for r in records] == [1]


def _post(body: str) -> list[dict]:
    return normalize_content(body, PostMeta(url="https://news.example/2020/06/03/plan/",
                                            title="Council approves the city plan"))["stories"]


def test_the_footer_under_the_closing_copyright_label_is_no_story():
    stories = _post(LEAD + "<p>© 1997-2020, Example Network</p><p>All rights of the "
                    "publication are reserved by Example.com. Reproduction without proper "
                    "consent is not allowed.</p>")
    assert len(stories) == 1
    assert "Reproduction" not in stories[0]["text"]


def test_a_heading_over_dated_teasers_is_no_story():
    teasers = "".join(f"<p>{t}</p><p>Teaser number {n} tells of another event of the day in "
                      f"a sentence long enough to be read as prose by anyone.</p>"
                      for n, t in enumerate(["16:20", "15:50", "15:10", "14:40", "14:10"]))
    stories = _post(LEAD + "<p>* * *</p><h3>Other news from Example.md</h3>" + teasers)
    assert len(stories) == 1
    assert "Teaser number" not in stories[0]["text"]


def test_recommended_lines_under_the_source_label_before_the_next_story_are_no_story():
    """(The third held-out set's Banyuetan story in a Blogger theme: its "来源：" label, the
    source page's share label and "recommended" titles, then the next pasted story.)"""
    second = ("<p><strong>Second story opens here</strong></p><p>The second story's lead "
              "paragraph tells what happened on Monday in the port, officials said.</p>"
              "<p>More paragraphs of the second story follow in the post.</p>")
    stories = _post("<p><strong>Council approves the city plan</strong></p>" + LEAD
                    + "<p>Source: Example News</p><p>Share to:</p><p>Hot picks</p>"
                    "<p>Theory talk | a short video on the topic</p>"
                    "<p>How should one teach it? See these young people…</p>" + second)
    assert [s["headline"] for s in stories] == ["Council approves the city plan",
                                                "Second story opens here"]
    assert "Hot picks" not in stories[0]["text"]
