"""A page's standfirst under a text-tools list heads no story of its own.

Shape seen on the fifth held-out set: a news page sets a tools list ("Print", "Font:",
"+", "-") under its ``<h1>`` and its deck after it. The extractor puts the deck back as
the page's standfirst; short and with no full stop, it reads as a headline, and it
opened a second story under the tools list. It is the page's deck, a line of the one
story under the page's title. Invented lines.
"""
from __future__ import annotations

from normalizer.model import BlockKind, PostMeta
from normalizer.pipeline import build_record
from normalizer.stories.blocks import Block

TITLE = "Council votes to rebuild harbour wall"
DECK = "Vote ends a winter of storms that broke the wall in three places"
BODY = (
    "LIMA, Peru (AP) — The council voted on Tuesday to rebuild the old harbour wall after "
    "the winter storms broke it in three places.",
    "Work should start in the spring, a spokesman for the port said, and last a year.",
    "Fishermen said the delay had cost them most of the season, and asked for help.",
)


def _tools() -> list[Block]:
    return [Block(text=t, kind=BlockKind.ITEM) for t in ("Print", "Font:", "+", "-")]


def _stories(blocks: list[Block]) -> list[dict]:
    meta = PostMeta(url="https://news.example/2021/03/02/harbour-wall/", title=TITLE)
    return build_record(blocks, meta)["stories"]


def _deck(standfirst: bool) -> Block:
    return Block(text=DECK, kind=BlockKind.P, notes={"standfirst": True} if standfirst else {})


def test_a_standfirst_under_a_tools_list_is_the_storys_deck() -> None:
    body = [Block(text=t, kind=BlockKind.P) for t in BODY]
    stories = _stories(_tools() + [_deck(True)] + body)
    assert len(stories) == 1
    assert stories[0]["headline"] == TITLE
    assert stories[0]["text"].startswith(DECK)
    assert "Font:" not in stories[0]["text"]


def test_a_story_above_keeps_a_standfirst_shaped_heading_below_as_a_headline() -> None:
    # the fold only reads a first segment with no prose: after a real story, a headline
    # (even one the extractor noted) still opens the next story
    first = [Block(text=t, kind=BlockKind.P) for t in BODY]
    second = [Block(text=t.replace("harbour", "river"), kind=BlockKind.P) for t in BODY]
    stories = _stories(first + [_deck(True)] + second)
    assert [s["headline"] for s in stories][1:] == [DECK]
