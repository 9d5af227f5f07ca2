"""Pasted cruft of four more kinds (issue 10, helper cruft17, session 15), each read by its
shape in ``normalizer.stories.clean`` with its data in ``normalizer.cues.text``:

- a run of other stories' titles (and captions without their markup, which end as titles
  do, with no full stop) closing the first story of a post of two, right above the second
  story's headline: read as the post's closing titles are (``_headline_run``), now above
  every heading too;
- such a run at the post's end that lists one title twice (a related box and "More on this
  story" under it): the repeated line no longer reads as a list of the post's own;
- a listing's teasers whose "more" link runs on into the teaser's kind and day ("...
  werden. mehr analyse 02.03.2025");
- labels and controls of more languages, tables of ``normalizer.cues.text``: one story's
  link ("Related Story: ..."), "other materials" / "more news" headings (Russian,
  Ukrainian, Greek), a keyboard's skip link, a page's font-size controls, a player's call
  to listen to the story, a jump to the comments and the page's PDA version.

Beside each, story lines of a like shape that must stay. The lines are invented in the
shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.model import BlockKind
from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

STORY = [
    "The council voted on Tuesday to close the old library, a decision that drew protests "
    "from residents who had campaigned for months to keep the building open.",
    "Officials said the collection would move to a new site near the station, where a "
    "larger reading room and a children's corner are planned for next year.",
    "The mayor said the savings would be spent on the town's two schools and that no staff "
    "would lose their jobs as a result of the move.",
]
NEXT = [
    "The regional rail operator said on Monday that it would add four trains a day on the "
    "coastal line from the spring, after passenger numbers rose by a fifth.",
    "The new timetable will be published next month, a spokesman said.",
]
#: Other stories' titles and picture captions without a full stop, as a page lists them.
TITLES = [
    "Volunteers repaint the old library's reading room before its last winter",
    "Town hall archive opens its doors to visitors for the first time",
    "Residents gather outside the council chamber ahead of the vote on the library",
    "Why small towns are losing their public libraries",
]


def classified(lines: list[str], heads: tuple[int, ...] = ()) -> list[Block]:
    """``lines`` as a post's blocks, those at ``heads`` set as headings, classified."""
    blocks = dump_blocks("\n\n".join(lines))
    assert [b.text for b in blocks] == lines
    for i in heads:
        blocks[i].kind = BlockKind.HEAD
    classify(blocks)
    return blocks


def test_titles_above_the_next_storys_headline_go() -> None:
    head = "Rail operator adds trains on the coastal line"
    lines = [*STORY, *TITLES, head, *NEXT]
    blocks = classified(lines, heads=(len(STORY) + len(TITLES),))
    assert [b.role for b in blocks[len(STORY):len(STORY) + len(TITLES)]] == [CRUFT] * len(TITLES)
    assert all(b.role == TEXT for b in blocks[:len(STORY)])
    assert all(b.role == TEXT for b in blocks[len(STORY) + len(TITLES):])


@pytest.mark.parametrize("closing", [
    # a result line closing a section under its heading (one line: the story's)
    ["Lakeside d. Riverton 48-30"],
    # two short lines closing a section
    ["Lakeside d. Riverton 48-30", "Hillcrest d. Bayview 61-55"],
    # a short list of the post's own (lines of a few words)
    ["Fresh bread every morning", "Coffee from local roasters", "Free wifi for readers"],
    # the post's own list, every line opening alike
    ["The reading room on the first floor", "The children's corner by the window",
     "The archive in the basement of the hall"],
])
def test_a_sections_own_closing_lines_above_a_heading_stay(closing: list[str]) -> None:
    head = "What happens next"
    lines = [*STORY, *closing, head, *NEXT]
    blocks = classified(lines, heads=(len(STORY) + len(closing),))
    assert all(b.role == TEXT for b in blocks), [(b.text, b.role) for b in blocks]


def test_a_title_listed_twice_at_the_posts_end_still_reads_as_titles() -> None:
    lines = [*STORY, TITLES[0], TITLES[1], TITLES[2], TITLES[1]]
    blocks = classified(lines)
    assert [b.role for b in blocks[len(STORY):]] == [CRUFT] * 4
    assert all(b.role == TEXT for b in blocks[:len(STORY)])


def test_the_posts_own_list_at_its_end_stays() -> None:
    own = ["The reading room on the first floor", "The children's corner by the window",
           "The archive in the basement of the hall", "The reading room on the first floor"]
    blocks = classified([*STORY, *own])
    assert all(b.role == TEXT for b in blocks), [(b.text, b.role) for b in blocks]


TEASERS = [
    "Vor dem Gipfel in Rom Jetzt sind die Nachbarn am Zug",
    "Die Regierung will bis zum Sommer einen Plan für die Grenzregion vorlegen. mehr "
    "analyse 04.05.2025",
    "Streit um den Haushalt Was die Koalition jetzt plant",
    "Der Finanzminister hat seinen Entwurf für das kommende Jahr vorgestellt. mehr "
    "interview 03.05.2025",
]


def test_teasers_whose_more_link_runs_into_their_day_go() -> None:
    blocks = classified([STORY[0], *TEASERS, *STORY[1:]])
    assert [b.role for b in blocks] == [TEXT, *[CRUFT] * len(TEASERS), TEXT, TEXT]


def test_a_paragraph_ending_with_a_date_stays() -> None:
    lines = [*STORY[:2], "Die Regierung will den Plan bis zum Sommer vorlegen, sagte sie am "
             "04.05.2025", "Der Minister sprach von mehr Geld ab dem 03.05.2025", STORY[2]]
    blocks = classified(lines)
    assert all(b.role == TEXT for b in blocks), [(b.text, b.role) for b in blocks]


@pytest.mark.parametrize("line", [
    # one story's link and headings over a list of other stories (heldout14's kinds)
    "Related Story: Ferry service resumes after the storm",
    "Другие материалы:",
    "Інші матеріали",
    "Περισσότερες Ειδήσεις",
    # a keyboard's skip link and a page's font-size controls, alone on their lines
    "Skip to content",
    "Zum Inhalt springen",
    "Przejdź do treści",
    "Перейти к содержанию",
    "Μικρότερη γραμματοσειρά",
    "Schriftgröße",
    # a player's call to listen, a jump to the comments, the page's other versions
    "Listen to this article",
    "Posłuchaj artykułu",
    "Go to comments",
    "Przejdź do komentarzy",
    "Print version | PDA version",
])
def test_labels_and_controls_of_more_languages_go(line: str) -> None:
    blocks = classified([STORY[0], line, STORY[1]])
    assert [b.role for b in blocks] == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Related stories ran in three papers on the same day, the agency said.",
    "Другие материалы дела остаются засекреченными, сообщил адвокат.",
    "The font size of the ballots was raised after complaints from older voters.",
    "Listen to the story of her life, he told the court.",
])
def test_story_sentences_that_open_with_those_words_stay(line: str) -> None:
    blocks = classified([STORY[0], line, STORY[1]])
    assert [b.role for b in blocks] == [TEXT, TEXT, TEXT]
