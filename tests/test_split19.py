"""A page's reader comments under a plain label with their count ("Opinie (36)") are no
stories, and a pull quote set between rules in the middle of a story opens no story of
its own. Invented pages and lines."""
from __future__ import annotations

import pytest

from normalizer.model import MetaKind
from normalizer.pipeline import normalize_page
from normalizer.stories.blocks import META, Block
from normalizer.stories.split import split

_URL = "https://news.example/2024/05/02/harbour-strike-ends/"
_TITLE = "Harbour strike ends after nine days"

_BODY = [
    "Dock workers voted on Thursday to end the strike that had closed the harbour for "
    "nine days, the union said in a statement.",
    "The vote came after the port authority offered a pay rise of four percent over two "
    "years and a review of the night shifts.",
    "Ships that had waited outside the harbour began to enter on Thursday evening, the "
    "port authority said.",
]

#: (commenter's line with its date, comment): invented comments.
_COMMENTS = [
    ("~anna [2024-05-02 10:15]",
     "Finally some good news for the town, the shops on the quay were empty all week."),
    ("bartek [2024-05-02 11:40]",
     "Nine days too long if you ask me, the union should have taken the first offer."),
    ("~kasia [2024-05-02 12:05]",
     "My brother works on the night shift and he says the review is the real win here."),
]


def _page(body: str, title: str = _TITLE) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"{body}</article></body></html>")


def _stories(body: str, title: str = _TITLE) -> list[dict]:
    return normalize_page(_page(body, title), _URL)[0]["stories"]


def _paras(lines: list[str]) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


def _thread(label: str, comments: list[tuple[str, str]] = _COMMENTS) -> str:
    return f"<p>{label}</p>" + "".join(f"<p>{who}</p><p>{text}</p>" for who, text in comments)


def _text(story: dict) -> str:
    return str(story["text"])


@pytest.mark.parametrize("label", ["Opinie (36)", "Reakcje (3)", "Reacciones (12)",
                                   "Hozzászólások [8]", "Comments (3)"])
def test_a_counted_plain_label_over_dated_comments_heads_the_comments(label: str) -> None:
    stories = _stories(_paras(_BODY) + _thread(label))
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    text = _text(stories[0])
    assert _BODY[-1] in text
    assert not any(comment in text for _, comment in _COMMENTS)


def test_a_plain_label_without_its_count_heads_nothing() -> None:
    # ("Opinie" alone may title a section of the story itself)
    stories = _stories(_paras(_BODY) + _thread("Opinie"))
    assert any(_COMMENTS[0][1] in _text(s) for s in stories)


def test_a_counted_label_needs_the_comment_dates_under_it() -> None:
    undated = [("", text) for _, text in _COMMENTS]
    body = _paras(_BODY) + "<p>Opinie (36)</p>" + _paras([t for _, t in undated])
    stories = _stories(body)
    assert any(_COMMENTS[0][1] in _text(s) for s in stories)


def test_a_counted_label_above_the_story_takes_no_story_away() -> None:
    # (a page header's "Comments (3)" link over the story's own date line: the classified
    # blocks as the splitter gets them, since the cleaner may drop such a header first)
    blocks = [Block("Comments (3)"), Block("2024-05-02 09:00", role=META, cruft_kind=MetaKind.DATE)]
    blocks += [Block(line) for line in _BODY]
    blocks += [Block("2024-05-02 09:30", role=META, cruft_kind=MetaKind.DATE),
               Block(_COMMENTS[0][1])]
    segments = split(blocks, _TITLE)
    kept = [b.text for s in segments for b in s.text_blocks]
    assert all(line in kept for line in _BODY)


_QUOTED = ("We did not win everything we asked for, but the night shifts will finally be "
           "looked at by someone who works them")


def _with_pull_quote(pull: str) -> str:
    return (_paras(_BODY[:2]) + f"<hr><blockquote><p>{pull}</p></blockquote><hr>"
            + _paras([_BODY[2], f"“{_QUOTED},” the union's leader told reporters.",
                      "The port expects the backlog of ships to clear by Monday."]))


@pytest.mark.parametrize("pull", [_QUOTED, f"{_QUOTED}. — Union leader Jan Smit"])
def test_a_pull_quote_between_rules_opens_no_story(pull: str) -> None:
    stories = _stories(_with_pull_quote(pull))
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    text = _text(stories[0])
    assert _BODY[0] in text and "by Monday" in text


def test_a_quotation_that_repeats_nothing_still_opens_a_story_after_a_rule() -> None:
    # (stories pasted one after another between rules, the second one quoted whole)
    other = ("Bakers in the old town said on Friday they would keep their shops open on "
             "Sundays through the summer, the first time in forty years.")
    more = ("The bakers' guild said the change followed a survey of its members, most of "
            "whom wanted to open on Sundays.")
    body = _paras(_BODY) + f"<hr><blockquote><p>{other}</p><p>{more}</p></blockquote>"
    stories = _stories(body)
    assert len(stories) == 2
    assert other in _text(stories[1])
