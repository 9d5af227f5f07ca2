"""extract._mark_named_standfirst: a heading trafilatura keeps as the first line of the
body, whose own class names a standfirst (Euronews' ``<h2 class="c-article-summary">``
under its share bar, heldout11b), is the story's lead paragraph, not a heading (the
splitter would read a heading there as a second headline, metadata)."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_page

_PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout11b" / "site" / "2026" / "03"
         / "24" / "us-ambassador-eu-trade-deal" / "index.html")


def test_named_standfirst_heading_is_the_first_paragraph():
    records = normalize_page(_PAGE.read_bytes(), "https://gr.euronews.com/2026/03/24/x")
    first = records[0]["stories"][0]["text"].split("\n\n")[0]
    assert first.startswith("Ο Άντριου Πάζντερ δηλώνει ότι η Ουάσινγκτον")

