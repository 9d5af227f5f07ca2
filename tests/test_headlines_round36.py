"""Round 36: a dump's headline as the page shows its heading. CBC's page prints its
``<title>`` line, "Headline | CBC News" with a video player's "Loaded" glued on, above the
section label and the heading itself: the heading is the headline, not the title line.
(A real dump in ``fixtures/real/dumps``, SOURCES.md.)"""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.dumps import headline_shown_plain

_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"
_TITLE = "What's next for Gaza, after Yahya Sinwar's appointment as Hamas political head?"


def test_a_title_line_over_the_heading_gives_way_to_the_heading() -> None:
    text = (_DUMPS / "cbc-sinwar-2024.txt").read_text(encoding="utf-8")
    stories = normalize_text(text, "file:///page.txt")["stories"]
    assert [s["headline"] for s in stories] == [_TITLE]


def test_a_headline_with_a_bar_stays_whole_where_no_line_shows_it_plain() -> None:
    """"Brexit | What it means" is a headline of its own where no line reads "Brexit"."""
    assert headline_shown_plain("Brexit | What it means", ["Brexit talks", "What it means"]) \
        == "Brexit | What it means"
    assert headline_shown_plain(f"{_TITLE} | CBC News Loaded", ["World", _TITLE]) == _TITLE
