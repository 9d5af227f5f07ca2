"""Paragraphs trafilatura cut out of one sentence, joined back (issue 10).

Where a page's text is a run of words and inline elements straight inside a container
(paragraphs written as text between ``<br>``s), trafilatura may set a link or an emphasis
apart, with the words after it glued to it, as paragraphs of their own. Read as lines,
the pieces look like credits, names, headings; the splitter opened stories at them. The
first test is a real page (origins in its set's ``SOURCES.md``); the shapes after it are
written in the markup trafilatura gives, with invented words.
"""
from __future__ import annotations

from pathlib import Path

from lxml import etree

from normalizer.pipeline import normalize_page
from normalizer.stories.extract import body_to_blocks

REAL = Path(__file__).parent / "fixtures" / "real"
BASE = "http://127.0.0.1:8000"


def test_an_outlet_named_inside_a_sentence_opens_no_story():
    """Sott.net's copy of a long investigation, one container cut by ``<br><br>``: the
    outlets it cites ("the *Times* [reported] on ...") are links and emphases inside its
    sentences, and the page is one story, credited to none of them."""
    path = "/2020/05/14/adelson-security-assange-spying/"
    html = (REAL / "heldout7" / "site" / path.strip("/") / "index.html").read_bytes()
    found = normalize_page(html, BASE + path)[0]["stories"]
    assert len(found) == 1
    assert found[0]["headline"]


def texts(markup: str) -> list[str]:
    return [b.text for b in body_to_blocks(etree.fromstring(f"<body>{markup}</body>"))
            if b.text]


def test_a_sentence_cut_around_its_links_is_one_paragraph():
    # trafilatura strips the space after an inline element it cuts at: it is put back
    assert texts("<p>In the spring of 2002, the</p><p><hi rend='#i'>Daily Planet</hi></p>"
                 "<p><ref target='x'>reported</ref>on the task force and its work.</p>"
                 "<p>Another paragraph starts here and ends.</p>") == [
        "In the spring of 2002, the Daily Planet reported on the task force and its work.",
        "Another paragraph starts here and ends."]
    assert texts("<p>Their report for the council, at the time,</p>"
                 "<p>went further than anyone had asked.</p>") == [
        "Their report for the council, at the time, went further than anyone had asked."]


def test_lines_that_are_no_cut_sentence_stay_apart():
    # a list of links, each line ending with its link
    assert len(texts("<p>Read next: <ref target='a'>Some headline here</ref></p>"
                     "<p><ref target='b'>Other headline</ref>s and more</p>")) == 2
    # a heading over its paragraph, which opens with a capital
    assert len(texts("<p>What the council said about it</p>"
                     "<p><ref target='a'>The council</ref> said it would wait.</p>")) == 2
    # a label line and an item under it: a comma after a link is no glue
    assert len(texts("<p>Drink within the hour after it</p>"
                     "<p><ref target='a'>Recovery Drink</ref>, one cup of berries</p>")) == 2
    # a photo's credit of two words before a sentence
    assert len(texts("<p>Jane Roe</p><p><ref target='a'>The court</ref>has found it.</p>")) == 2
    # a sentence that ends, and a line that goes on lower-case (a tag list)
    assert len(texts("<p>The council met on Monday.</p><p>news and notes</p>")) == 2
