"""Pasted page chrome of the themes parts (issue 10, round 21): shapes and table rows.

A themes post pastes a real page's chrome around its story: the page's breadcrumb trail,
a section box's heading closed by a lone "»" with the box's titles under it, an ad
network's raw banner code, the comment form's and bookmark box's controls. Each is read
by its shape or a table row, in several languages; a story's lines of the same look stay.
"""
from __future__ import annotations

from normalizer.cues import text as cues
from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import _breadcrumb, _label_only, _section_more, classify
from normalizer.stories.dumps import dump_blocks
from tests.real_gold import gold_stories


def _roles(lines: list[str]) -> list[str]:
    """The roles of the lines as paragraphs of a page."""
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


def test_a_breadcrumb_trail_is_chrome_in_any_script() -> None:
    assert _breadcrumb("Startseite > Politik > Ausland > Artikel")
    assert _breadcrumb("Home › News › World")
    assert _breadcrumb("首页>国内>")  # one split closing the line
    assert _breadcrumb("Главная > Новости > Общество")


def test_a_comparison_or_a_quote_is_no_breadcrumb() -> None:
    assert not _breadcrumb("Home > News")  # one split inside the line
    assert not _breadcrumb("Inflation > 5 > target")  # a part with no letter
    assert not _breadcrumb("> a reader's quoted reply")
    assert not _breadcrumb("The rate rose > as expected by most analysts polled this week > "
                           "and the bank held firm.")


def test_a_section_heading_closed_by_a_lone_guillemet_is_a_list_label() -> None:
    assert _section_more("Top Stories »")
    assert _section_more("Meistgelesen »")
    assert _section_more("国际新闻 »")
    assert not _section_more("« Nous partirons demain »")  # a quote's closing mark
    assert not _section_more("Il a répondu qu'il ne partirait pas avant la fin de la semaine »")


def test_the_titles_under_a_section_heading_go_with_it() -> None:
    roles = _roles([
        "The council voted on Tuesday to extend the night bus service to all districts.",
        "It will run until the end of the year, the transport office said in a statement.",
        "Top Stories »",
        "Storm closes schools across the north",
        "Minister resigns over housing row",
    ])
    assert roles[:2] == [TEXT, TEXT]
    assert roles[2:] == [CRUFT, CRUFT, CRUFT]


def test_raw_banner_code_is_no_story_line() -> None:
    code = ('<a href="http://ads.example.net/click?123" target="_top">'
            '<img src="http://ads.example.net/b.gif" width=234 height=60></a>')
    assert cues.EMBED_CODE_RE.match(code)
    assert not cues.EMBED_CODE_RE.match('He typed <a href="x"> into the page, she said.')


def test_comment_and_bookmark_controls_alone_are_chrome() -> None:
    for line in ("Читать комментарии к статье...", "Оставить свой комментарий...",
                 "Добавить в закладки и поделиться с друзьями:", "Escribe tu comentario",
                 "Leave your comment", "Read the comments", "Ajouter aux favoris"):
        assert cues.ERROR_REPORT_LABELS_RE.match(line), line
    # the words inside a sentence are a story's
    assert not cues.ERROR_REPORT_LABELS_RE.match(
        "Readers were asked to leave your comment below, the editor wrote.")


def test_no_line_of_a_real_gold_story_has_the_new_shapes() -> None:
    """Every story line of the project's real gold sets: none is read as a breadcrumb, a
    section heading or a comment or bookmark control (the rules take no story's line)."""
    stories = gold_stories()
    assert len(stories) > 150
    for name, text in stories:
        for line in text.split("\n\n"):
            assert not _breadcrumb(line), (name, line)
            assert not _label_only(line, sections=True) or _label_only(line), (name, line)
            assert not cues.EMBED_CODE_RE.match(line), (name, line)
            assert not cues.ERROR_REPORT_LABELS_RE.match(line), (name, line)
