"""A rolling story (AP's "The Latest": one headline over datelined items separated by
rule lines) is one story; AP's contributor line under the last rule ("X in City, and Y in
City contributed.") ends the story above, it opens none.

The shapes are those of the third held-out set's AP pages (tests/fixtures/real/heldout3,
Apache-2.0: Hutchinson News and Monroe News), whose bytes turn the dateline's dash into a
quotation mark; the texts here are written for the test.
"""
from __future__ import annotations

from pathlib import Path

import normalizer
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout3" / "site"
PLACES = ("MADRID --", 'LONDON "', 'STOCKHOLM "', 'SACRAMENTO, Calif. "', 'COLOMBO, Sri Lanka "')


def _item(place: str, n: int) -> str:
    return (f"<p>{place} Officials said on Monday that the number {n} plan for the region "
            f"will be put into effect next week after a meeting of the council.</p>"
            f"<p>The measures follow a rise in cases reported over the weekend, they said.</p>")


def _rolling(places=PLACES, label: str = "HERE'S WHAT ELSE IS HAPPENING:") -> dict:
    items = [_item(p, n) for n, p in enumerate(places)]
    body = items[0] + f"<p>___</p><p>{label}</p>" + "<p>___</p>".join(items[1:])
    return normalize_content(body, PostMeta(url="https://news.example/2020/11/23/latest/",
                                            title="The Latest: Plans announced across regions"))


def test_datelined_items_between_rules_under_one_headline_are_one_story():
    stories = _rolling()["stories"]
    assert len(stories) == 1
    assert "HERE'S WHAT ELSE IS HAPPENING:" in stories[0]["text"]
    assert stories[0]["text"].count("Officials said on Monday") == len(PLACES)


def test_items_naming_their_agency_are_pasted_stories():
    places = ("PARIS (Reuters) -", "BERLIN (Reuters) -", "ROME (AFP) -", "MADRID (AP) -",
              "LISBON (Reuters) -")
    assert len(_rolling(places)["stories"]) == len(places)


def test_the_ap_latest_page_is_one_story():
    path = "/2020/11/23/latest-spain-vaccination/"
    html = (SITE / path.strip("/") / "index.html").read_bytes()
    records = normalizer.normalize_page(html, "http://127.0.0.1" + path)
    assert [len(r["stories"]) for r in records] == [1]


def test_the_contributor_line_under_the_last_rule_ends_the_story():
    body = ("<p>ROME (AP) — The government announced on Saturday that borders will open next "
            "month to visitors from the rest of Europe.</p><p>Hotels said they were ready.</p>"
            "<p>_____</p><p>Jane Roe in Berlin, Germany, and John Doe in Paris contributed.</p>")
    stories = normalize_content(body, PostMeta(url="https://news.example/2020/05/16/borders/",
                                               title="Borders to open"))["stories"]
    assert len(stories) == 1
    assert stories[0]["text"].endswith("John Doe in Paris contributed.")


def test_a_sentence_ending_with_contributed_is_no_contributor_line():
    from normalizer.cues.text import CONTRIBUTED_BARE_RE as _CONTRIBUTED_BARE

    assert _CONTRIBUTED_BARE.match("David McHugh in Frankfurt, Germany, and Elaine Ganley "
                                   "in Paris contributed.")
    assert not _CONTRIBUTED_BARE.match("Everyone in the village contributed.")


def test_a_label_over_titles_and_a_promo_between_rules_are_cruft():
    items = [_item(p, n) for n, p in enumerate(PLACES)]
    body = (items[0] + "<p>___</p><p>HERE'S WHAT YOU NEED TO KNOW ABOUT THE OUTBREAK:</p>"
            "<p>- Trials show a vaccine is effective in older people</p>"
            "<p>- Schools stay closed in rural districts</p><p>___</p>"
            "<p>Follow our coverage at https://news.example/hub/outbreak</p><p>___</p>"
            + "<p>___</p>".join(items[1:]))
    record = normalize_content(body, PostMeta(url="https://news.example/2020/11/23/latest/",
                                              title="The Latest: Plans announced"))
    assert len(record["stories"]) == 1
    text = record["stories"][0]["text"]
    assert "NEED TO KNOW" not in text and "Schools stay closed" not in text
    assert "Follow our coverage" not in text
    assert text.count("Officials said on Monday") == len(PLACES)
