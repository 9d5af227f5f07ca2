"""A related story's link set in a list inside the standfirst's element (La Información's
``<div class="article-intro"><p>…</p><ul class="rel"><li><a>…</a></li></ul>``, a real page
of heldout22): the paragraph is the standfirst, the linked item is another story's title
and stays out of the story."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_page

PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout22" / "site" / "2020" / "08"
        / "16" / "lukashenko-marchas-minsk" / "index.html")
LINKED = "La Policía bielorrusa abre fuego contra opositores en otra noche de protestas"
LEAD = "A la manifestación de sus simpatizantes ha acudido el propio presidente"


def _story_text() -> str:
    record = normalize_page(PAGE.read_bytes(), "https://www.lainformacion.com/mundo/x/")
    record = record[0] if isinstance(record, list) else record
    return "\n\n".join(s["text"] for s in record["stories"])


def test_a_linked_item_in_the_intro_is_no_line_of_the_story() -> None:
    assert LINKED not in _story_text()


def test_the_intro_paragraph_is_still_the_storys() -> None:
    assert _story_text().startswith(LEAD)


GUARDIAN = (Path(__file__).parent / "fixtures" / "real" / "heldout13" / "site" / "2023" / "02"
            / "25" / "england-new-zealand-second-test" / "index.html")


def test_a_bulleted_standfirst_opening_with_a_linked_line_keeps_it() -> None:
    """The Guardian's standfirst of two bullets, the first a link to the scorecard
    ("Second Test, day two: ..."), the second plain: both are the story's (a list of links
    only is another story's titles)."""
    record = normalize_page(GUARDIAN.read_bytes(), "https://www.theguardian.com/sport/x")
    record = record[0] if isinstance(record, list) else record
    text = "\n\n".join(s["text"] for s in record["stories"])
    assert "Second Test, day two: England 435-8d (New Zealand 138-7)" in text
