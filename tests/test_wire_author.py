"""A wire service named as the page's author is the source of its one story.

A Reuters story reprinted by another outlet often carries no credit line in its text: the
page names the agency only in its author slot or meta ("Reuters", "AFP"). A person as the
author, or an outlet that is no wire service (the site's own name), names no source.
"""
from __future__ import annotations

import pytest

from normalizer.pipeline import normalize_page

BODY = "".join(
    f"<p>Paragraph {i} of the story says the markets moved sharply today as traders "
    f"weighed the central bank's latest decision on interest rates and inflation.</p>"
    for i in range(6))


def _page(author: str) -> str:
    return (f'<html><head><title>Markets move on rate decision</title>'
            f'<meta name="author" content="{author}"></head><body><article>'
            f'<h1>Markets move on rate decision</h1>{BODY}</article></body></html>')


@pytest.mark.parametrize(("author", "source"), [
    ("Reuters", "Reuters"),
    ("AFP", "AFP"),
    ("Jane Doe", None),
    ("The Daily Example", None),
])
def test_the_author_names_the_source_only_when_it_is_a_wire_service(author, source):
    [record] = normalize_page(_page(author), url="https://news.example.com/markets/1")
    assert [s["source"] for s in record["stories"]] == [source]


def test_a_credit_in_the_text_wins_over_the_author():
    html = _page("Reuters").replace("<p>Paragraph 0", "<p>WASHINGTON (AP) — Paragraph 0")
    [record] = normalize_page(html, url="https://news.example.com/markets/1")
    assert record["stories"][0]["source"] == "AP"
