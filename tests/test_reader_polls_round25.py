"""A reader poll inside an article (20 Minuten's question over four radio-button answers,
a real page of heldout22): the question and its answers are the page's, not the story's;
the paragraphs around the poll stay."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_page

PAGE = (Path(__file__).parent / "fixtures" / "real" / "heldout22" / "site" / "2024" / "12"
        / "17" / "tiktok-bruessel-wahleinmischung" / "index.html")
QUESTION = "Sollten Plattformen wie Tiktok strenger reguliert werden"
AFTER = "Der Oberste Verteidigungsrat (CSAT) in Rumänien hatte Tiktok"
BEFORE = "Der chinesische Konzern weist die Vorwürfe von sich."


def _story_text() -> str:
    record = normalize_page(PAGE.read_bytes(), "https://www.20min.ch/story/x")
    record = record[0] if isinstance(record, list) else record
    return "\n\n".join(s["text"] for s in record["stories"])


def test_the_poll_question_and_answers_are_no_lines_of_the_story() -> None:
    text = _story_text()
    assert QUESTION not in text and "Ja, unbedingt." not in text


def test_the_paragraphs_around_the_poll_stay() -> None:
    text = _story_text()
    assert BEFORE in text and AFTER in text


def test_a_radio_group_of_two_choices_is_no_poll() -> None:
    """A form's two radio buttons (a pager, a setting) hold no poll's answers."""
    from normalizer.pages.dom import PageIndex
    from normalizer.pages.permalink import parse_html
    from normalizer.stories.extract import _reader_polls

    html = ("<html><body><p>Some words of a story that goes on for a while.</p><form>"
            "<label><input type='radio' name='v'/>Light</label>"
            "<label><input type='radio' name='v'/>Dark</label></form></body></html>")
    assert _reader_polls(PageIndex(parse_html(html))) == []
