"""A standfirst set as the ``<h2>`` right under the headline's ``<h1>`` (The Telegraph's
comment pages): one sentence there is the story's standfirst, put back where trafilatura
left it out. A short label there, or a sentence in a deeper heading, is not taken."""
from __future__ import annotations

from pathlib import Path

from normalizer.stories.extract import STANDFIRST_NOTE, extract

TELEGRAPH = (Path(__file__).parent / "fixtures" / "real" / "heldout8" / "site" / "2011" / "10"
             / "21" / "shalit-respect-for-life" / "index.html")

BODY = "".join(f"<p>Paragraph {i} of the story runs on for long enough to be read as the "
               f"body of the article by the extractor, and it ends as a sentence does.</p>"
               for i in range(8))
DECK = "The council voted to close the harbour for a year, says the author of this piece."


def page(under_headline: str) -> str:
    return (f"<html><body><div id='nav'><a href='/'>Home</a></div><div class='story'>"
            f"<h1>A headline over the story</h1>{under_headline}"
            f"<div class='body'>{BODY}</div></div></body></html>")


def standfirsts(markup: str) -> list[str]:
    return [b.text for b in extract(markup).blocks if b.notes.get(STANDFIRST_NOTE)]


def test_a_sentence_in_the_h2_under_the_headline_is_the_standfirst() -> None:
    blocks = extract(TELEGRAPH.read_bytes()).blocks
    got = [b.text for b in blocks if b.notes.get(STANDFIRST_NOTE)]
    assert len(got) == 1 and got[0].startswith("The exchange of a thousand")
    texts = [b.text for b in blocks if b.text]
    assert texts.index(got[0]) < next(i for i, t in enumerate(texts) if t.startswith("One of"))


def test_a_label_in_the_h2_under_the_headline_is_not() -> None:
    assert standfirsts(page("<h2>More on this story today</h2>")) == []


def test_a_sentence_in_a_deeper_heading_is_not_taken_as_a_deck() -> None:
    assert standfirsts(page(f"<h4>{DECK}</h4>")) == []
