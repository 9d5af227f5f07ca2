"""A fact box set among the story's paragraphs is neither the story's text nor its end.

A news page sets background beside its story in a box of its own: a heading ("Facts
about ..."), a few lines or bullets, often a "Source: ..." line, named so in the
site's language ("fact-box", "faktaboks", "Faktenbox", "infobox"), sometimes as the
site's own element (``<amedia-factbox>``). trafilatura keeps it between the story's
paragraphs, where its heading and its source line read as a new story or as the
story's credit and the paragraphs after it are lost. It is taken out at extraction by
its name (audited as chrome), unless it holds the story itself. Invented pages.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import TEXT
from normalizer.stories.extract import extract

STORY = [
    "The regional hospital opened a new maternity ward on Monday after two years of "
    "building work that had forced mothers to travel to the next town to give birth.",
    "The ward has twelve rooms and a team of midwives on duty at all hours, the hospital's "
    "director said at the opening, where the first patients were already waiting.",
    "Parents who had campaigned for the ward said they were relieved that the long drive "
    "in the middle of the night would no longer be part of having a child here.",
    "The hospital plans to add a neonatal unit next year if the region keeps its promise "
    "of funding, the director added before showing visitors around the new rooms.",
]
FACTS = [
    "Facts about maternity care",
    "About one birth in ten in the region happened outside the county last year.",
    "Midwives follow every mother for six weeks after the birth.",
    "Source: Regional Health Office",
]


def _box(tag: str, cls: str) -> str:
    items = "".join(f"<li>{f}</li>" for f in FACTS[1:3])
    return (f"<{tag} class='{cls}'><div class='content'><h3 class='title'>{FACTS[0]}</h3>"
            f"<div class='body'><ul>{items}</ul><p>{FACTS[3]}</p></div></div></{tag}>")


def _page(inside: str) -> str:
    story = "".join(f"<p>{p}</p>" for p in STORY[:2]) + inside \
        + "".join(f"<p>{p}</p>" for p in STORY[2:])
    return ("<html><head><title>New maternity ward opens</title></head><body>"
            "<h1>New maternity ward opens</h1>"
            f"<article><div class='article-body'>{story}</div></article></body></html>")


def _lines(markup: str) -> tuple[list[str], list[dict]]:
    ex = extract(markup)
    return [b.text for b in ex.blocks if b.role == TEXT and b.text], ex.removed


@pytest.mark.parametrize(("tag", "cls"), [
    ("div", "fact-box border-black"),
    ("aside", "faktaboks"),
    ("div", "article__factBox"),
    ("section", "infobox infobox--wide"),
    ("amedia-factbox", "fact-box"),
])
def test_a_fact_box_among_the_paragraphs_stays_out_and_the_story_goes_on(
        tag: str, cls: str) -> None:
    lines, removed = _lines(_page(_box(tag, cls)))
    assert all(p in lines for p in STORY)  # the paragraphs after the box too
    assert not any(f in line for f in FACTS for line in lines)
    assert any(r["kind"] == "chrome" and FACTS[1] in r["text"] for r in removed)


def test_a_box_merely_mentioning_facts_in_another_word_is_kept() -> None:
    # "factory" is no fact box: a paragraph in such a box stays the story's
    box = f"<div class='factory-news'><p>{FACTS[1]}</p></div>"
    lines, _ = _lines(_page(box))
    assert FACTS[1] in lines


def test_a_story_inside_a_box_named_as_facts_is_kept() -> None:
    page = ("<html><body><h1>New maternity ward opens</h1><div class='infobox'>"
            + "".join(f"<p>{p}</p>" for p in STORY) + "</div></body></html>")
    lines, _ = _lines(page)
    assert all(p in lines for p in STORY)
