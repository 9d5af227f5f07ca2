"""Inline elements neither glue words nor cut a paragraph, on a real saved page whose
text stands straight inside a ``<div>`` with bold links in it (in.gr, 2012, of the
thirteenth held-out set's second batch: tests/fixtures/real/heldout13b, SOURCES.md):
trafilatura cuts such a run at each inline element, strips the space after it, and
tagwire joins the pieces back (:func:`normalizer.stories.extract._join_cut_sentences`)."""
from __future__ import annotations

from pathlib import Path

from normalizer.stories.extract import extract

PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout13b" / "site" / "2012" / "01"
        / "05" / "laconia-malaria-safe" / "index.html")


def test_bold_links_inside_a_sentence_keep_its_words_apart_and_whole() -> None:
    markup = PAGE.read_bytes()
    page = markup.decode("utf-8", errors="replace")
    # the page's own markup: "(<strong><a>NAME</a></strong>), ... <strong><a>NAME</a></strong> και"
    assert "Νοσημάτων (<strong><a" in page and "ECDC</a></strong> και" in page
    texts = [b.text for b in extract(markup, "http://example.org/laconia/").blocks]
    joined = [t for t in texts if "Νοσημάτων (" in t]
    assert len(joined) == 1  # the paragraph is not cut at the "(" before the bold link
    line = joined[0]
    assert "Νοσημάτων (ΚΕΕΛΠΝΟ), κλιμάκια του ECDC και του" in line
    assert not any("ECDCκαι" in t or "CDCπου" in t for t in texts)
    assert any("από τα CDC που" in t for t in texts)
