"""A byline that runs its writers' names together, between an article's deck and its date
line (``normalizer/stories/rhythm.py``: ``_mark_name_run_bylines``).

A page that heads its article with the title, a one-paragraph deck, the writers' names
with no commas between ("Anna Berg Tom Reed Maria de la Cruz") and the date line, then the
body, reads the names line as the title of a second story: the body is cut from its title
and deck, and dated apart. The names line is the article's byline: one story, under its
own title, dated by its date line.
Unit tests use invented pages; the real dumps are scored by tests/test_gate_real_dumps*.py.
"""
from __future__ import annotations

import normalizer
from normalizer.model import MetaKind, RemovedKind
from normalizer.stories import rhythm
from normalizer.stories.blocks import CRUFT, META, TEXT, Block

TITLE = "After the flood: is the town ready for the next one?"
DECK = ("The water has gone down, but the damage stays. Across the valley the question now "
        "is how well the town would cope with the next flood and who should pay for it.")
NAMES = "Anna Berg Tom Reed Maria de la Cruz"
DATE = "3 May 2024, 17:47"
BODY = [
    "After the flood the council wants to build a new wall along the river before the "
    "winter, the mayor told the town's residents at a meeting on Thursday evening.",
    "The wall would cost more than the town spends on its roads in a year, and the council "
    "has asked the region to pay half of it from its fund for the valley's towns.",
    "Residents of the lower streets said they had heard such plans before, and that only "
    "the pumps bought after the last flood had kept the water out of their cellars.",
    "The region's answer is due in June, when its budget for the coming year is voted.",
]
MENU = ["Home", "News", "Sport", "Business", "Culture", "Weather"]


def _stories(text: str) -> list[dict]:
    return normalizer.normalize_text(text, "file:///invented.txt")["stories"]


def test_page_with_names_run_byline_keeps_one_dated_story() -> None:
    page = "\n\n".join([*MENU, TITLE, DECK, NAMES, DATE, *BODY, "Copyright 2024 Example"])
    stories = _stories(page)
    assert len(stories) == 1
    assert stories[0]["headline"] == TITLE
    assert stories[0]["published"] == "2024-05-03"
    assert NAMES not in stories[0]["text"]
    assert stories[0]["text"].startswith(DECK)
    assert BODY[-1] in stories[0]["text"]


def _marked(lines: list[tuple[str, str]]) -> list[Block]:
    """The page as the rhythm leaves it: menu chrome, a unit's title, its deck, the line
    under test, a story date line, the body."""
    blocks = []
    for role, text in lines:
        b = Block(text=text)
        if role == "chrome":
            b.mark(CRUFT, RemovedKind.CHROME)
        elif role == "date":
            b.mark(META, MetaKind.DATE)
        elif role == "title":
            b.notes["unit_start"] = True
        elif role == "lead":
            b.notes["lead"] = True
        blocks.append(b)
    return blocks


def _run(middle: str, *, deck: str = DECK, first: bool = True) -> Block:
    head = [("chrome", m) for m in MENU]
    if not first:
        head += [("title", "An earlier story on the same page"), ("lead", BODY[0])]
    blocks = _marked([*head, ("title", TITLE), ("lead", deck), ("text", middle),
                      ("date", DATE), *(("lead", t) for t in BODY)])
    rhythm._mark_name_run_bylines(blocks, list(range(len(blocks))))
    return blocks[len(head) + 2]


def test_names_run_between_deck_and_date_is_the_byline() -> None:
    line = _run(NAMES)
    assert (line.role, line.cruft_kind) == (META, MetaKind.BYLINE)


def test_two_names_run_together_are_a_byline_too() -> None:
    line = _run("Birgit Baumann Jan Michael Marchart")
    assert (line.role, line.cruft_kind) == (META, MetaKind.BYLINE)


def test_a_title_with_lower_case_words_is_no_byline() -> None:
    line = _run("Flood walls are back on the agenda")
    assert line.role == TEXT


def test_a_sentence_or_a_label_in_capitals_is_no_byline() -> None:
    assert _run("Anna Berg Tom Reed Said.").role == TEXT
    assert _run("ANNA BERG").role == TEXT


def test_one_writers_name_alone_is_the_byline_too() -> None:
    """(Round 28: a real page, VG's, heads its article so with one writer's name; until
    then a single name here was left to be a title.)"""
    line = _run("Anna Berg")
    assert (line.role, line.cruft_kind) == (META, MetaKind.BYLINE)


def test_only_the_pages_first_article_is_read_so() -> None:
    """Further down a page of teasers, title-cased titles over their dates are the next
    teasers' titles, whatever their words."""
    assert _run(NAMES, first=False).role == TEXT


def test_a_short_deck_that_is_no_prose_leaves_the_line() -> None:
    assert _run(NAMES, deck="Flood special").role == TEXT


# A fold-out box's notice with its close button glued after it ("... Close"), under the
# article's date lines and over the box's points, is the box's chrome: the article stays
# one story under its own title.
NOTICE = "i The summary was written by a language model and checked by the desk. Close"
POINTS = ["In short",
          "The council wants a new wall along the river before the winter, at half the cost "
          "paid by the region.",
          "Residents of the lower streets doubt it will be built.",
          "Show more"]


def test_closed_notice_is_the_boxs_chrome() -> None:
    assert rhythm._closed_notice(NOTICE)
    assert rhythm._closed_notice("Cookies help us run the site. Lukk")
    assert not rhythm._closed_notice("Why the council would close the bridge")
    assert not rhythm._closed_notice("The factory will close.")
    assert not rhythm._closed_notice("He said it was close. Very close")


def test_closed_notice_over_a_summary_box_does_not_open_a_story() -> None:
    blocks = [Block(text=TITLE), Block(text=NOTICE), Block(text=BODY[0])]
    blocks[0].notes["unit_start"] = True
    blocks[1].notes["unit_start"] = True
    rhythm._drop_closed_notices(blocks, [0, 1, 2])
    assert (blocks[1].role, blocks[1].cruft_kind) == (CRUFT, RemovedKind.CHROME)
    assert "unit_start" not in blocks[1].notes
    assert blocks[0].notes["unit_start"] and blocks[2].role == TEXT


def test_page_with_a_closed_summary_box_keeps_one_story() -> None:
    page = "\n\n".join([*MENU, TITLE, DECK, "Anna Berg", "Tom Reed",
                        "Published Thursday 9 May 2024 - 13:26",
                        "Updated Thursday 9 May 2024 - 20:24", NOTICE, *POINTS, *BODY,
                        "Copyright 2024 Example"])
    stories = _stories(page)
    assert len(stories) == 1
    assert stories[0]["headline"] == TITLE
    assert NOTICE not in stories[0]["text"]
    assert BODY[-1] in stories[0]["text"]
