"""A container only NAMED hidden that holds the rest of the story is read.

A news site's article body sets its story's paragraphs after the first one in a
container whose id or class says hidden ("post-text-hidden", "prometeo-hideable": a
script could fold it, the page serves it shown). trafilatura drops an element by such a
name alone; the story's text runs on into it, so it is read as shown. An element the
page does hide (the ``hidden`` attribute, ``display: none``, ``aria-hidden``) or a modal
dialog, and a hidden-named menu, stay out. Invented pages.
"""
from __future__ import annotations

from normalizer.stories.blocks import TEXT
from normalizer.stories.extract import extract

FIRST = ("The council of the small coastal town voted on Tuesday evening to rebuild the "
         "old harbour wall that the winter storms had broken in three places, after a "
         "debate of more than four hours in which every party of the council spoke and "
         "the town's fishermen, who had filled the public seats, applauded the result.")
REST = [
    "The work is to begin in the spring and should last about eighteen months, the mayor "
    "told reporters after the vote, adding that the region would pay half of the cost.",
    "Fishermen had asked for the repair for years, saying that their boats were no longer "
    "safe in the harbour when the wind turned to the north during the long winter nights.",
    "A local engineering firm drew up the plans, which keep the wall's original stones "
    "where they can still be used and add a new concrete core behind them for strength.",
]
MENU = ["Home page of the site", "Sport results and tables", "Weather for the region"]


def _page(holder: str) -> str:
    rest = "".join(f"<p>{p}</p>" for p in REST)
    menu = "".join(f"<li><a href='/s{n}'>{m}</a></li>" for n, m in enumerate(MENU))
    return (
        "<html><head><title>Harbour wall to be rebuilt</title></head><body>"
        f"<div id='menu-hidden' class='nav-hidden'><ul>{menu}</ul></div>"
        "<div class='content-wrapper'><div class='post-wrapper post-content'>"
        "<h1>Harbour wall to be rebuilt</h1>"
        f"<div class='post-text article-body'><p>{FIRST}</p>{holder.format(rest=rest)}</div>"
        "</div></div></body></html>")


def _text_lines(markup: str) -> list[str]:
    return [b.text for b in extract(markup).blocks if b.role == TEXT and b.text]


def test_story_in_a_container_named_hidden_is_kept() -> None:
    lines = _text_lines(_page("<div id='post-text-hidden' class='prometeo-hideable'>"
                              "{rest}</div>"))
    assert FIRST in lines
    for p in REST:
        assert p in lines


def test_story_in_a_class_named_hide_is_kept() -> None:
    lines = _text_lines(_page("<div class='story-more js-hide-print hidden-x'>{rest}</div>"))
    for p in REST:
        assert p in lines


def test_container_the_page_hides_stays_out() -> None:
    for holder in ("<div id='post-text-hidden' hidden>{rest}</div>",
                   "<div id='post-text-hidden' style='display: none'>{rest}</div>",
                   "<div id='post-text-hidden' aria-hidden='true'>{rest}</div>"):
        lines = _text_lines(_page(holder))
        assert FIRST in lines
        assert not any(p in lines for p in REST)


def test_hidden_modal_and_menu_stay_out() -> None:
    lines = _text_lines(_page("<div id='modal-hidden' role='dialog'>{rest}</div>"))
    assert not any(p in lines for p in REST)
    lines = _text_lines(_page("<div id='post-text-hidden'>{rest}</div>"))
    assert not any(m in lines for m in MENU)


def test_hidden_named_box_without_the_story_before_it_stays_out() -> None:
    # (nothing of the story before it in its parent: a box of its own, not the story's rest)
    page = _page("").replace(f"<p>{FIRST}</p>", "")
    page = page.replace("<div class='post-text article-body'>",
                        f"<div class='post-text article-body'><p>{FIRST}</p></div>"
                        "<div class='aside-box'><div id='box-hidden'>"
                        + "".join(f"<p>{p}</p>" for p in REST) + "</div></div><div>")
    lines = _text_lines(page)
    assert FIRST in lines
    assert not any(p in lines for p in REST)
