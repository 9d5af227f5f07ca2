"""Cleaning by shape in many languages: share bars, counters, term lists, read-also labels,
cut tweets, look-alike-letter spam, caption openers, Chinese author credits, trailing
titles of other stories; and what must stay text (sentences, whole tweets, credits).

The lines are invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.cues.markup import OUTSIDE_POST_RE
from normalizer.stories.blocks import CRUFT, META, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def roles(lines: list[str]) -> list[tuple[str, str | None]]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [(b.role, b.cruft_kind) for b in blocks]


@pytest.mark.parametrize("line, kind", [
    # share bars and counters, in many languages and scripts
    ("Share this: Facebook | X | Telegram", "chrome"),
    ("12x geteilt", "chrome"),
    ("Teilen: Facebook · X · E-Mail", "chrome"),
    ("Compartilhe", "chrome"),
    ("Condividi su Facebook", "chrome"),
    ("Udostępnij", "chrome"),
    ("Paylaş", "chrome"),
    ("分享到：微博 微信", "chrome"),
    ("Gallery ( 8 photos )", "chrome"),
    ("6 Min Read", "chrome"),
    ("3 Min. Lesezeit", "chrome"),
    # a category or tag list pasted as a line
    ("Wirtschaft, Handel & Zoll, Europa, Politik", "chrome"),
    # read-also labels of other languages
    ("Lue myös:", "related_link"),
    ("Läs mer: Regeringen presenterar budgeten", "related_link"),
    ("Baca juga: Menteri bertemu di Jakarta", "related_link"),
    ("MORE: Council approves a new budget for the harbour district", "related_link"),
    ("Podívejte se na sestřih utkání:", "related_link"),
    # a tweet cut to a phrase and its picture link
    ("What a night in the stadium 🔥 pic.twitter.com/AbCdEf1234", "other"),
    # an ad in look-alike letters (Cyrillic а, е, о among Latin ones)
    ("Аdvеrtisе with the lеаding nеws sitе tоdаy", "promo"),
    # a wire caption pasted as a paragraph, credit and all
    ("In this file photo taken on May 3, 2019, workers unload crates at the port. "
     "(AP Photo/Jane Doe, File)", "caption"),
    ("In this image made from video, rescuers search the rubble.", "caption"),
])
def test_cruft_lines_by_shape(line, kind):
    assert roles([PARA, line, PARA2])[1] == (CRUFT, kind)


@pytest.mark.parametrize("line", [
    "Facebook said on Monday that it would share more data with researchers.",
    "Follow the money, the prosecutor told the jury.",
    "In this photo I am standing with my grandfather in front of his shop.",
    "Angela Merkel, Emmanuel Macron, Joe Biden, Xi Jinping",
    "Tennis, golf and football were played all weekend.",
    "More than 40 countries have signed, including:",
    "— Jane Roe (@janeroe) January 7, 2020",
    "What a night in the stadium. pic.twitter.com/AbCdEf1234 — Club (@club) May 3, 2021",
    "Contributing: John Doe",
    "With Post wires",
])
def test_story_lines_stay_text(line):
    assert roles([PARA, line, PARA2])[1] == (TEXT, None)


def test_a_whole_tweet_with_its_signoff_is_text():
    got = roles([PARA, "What a night in the stadium 🔥 pic.twitter.com/AbCdEf1234",
                 "— Club (@club) May 3, 2021", PARA2])
    assert got[1:3] == [(TEXT, None), (TEXT, None)]


def test_a_chinese_author_credit_is_a_byline():
    assert roles([PARA, "作者︱小明", PARA2])[1] == (META, "byline")


def test_titles_after_the_last_sentence_are_other_stories():
    got = roles([PARA, PARA2, "Ministers clash over the harbour budget",
                 "Talks to resume in Vienna next week"])
    assert got[2:] == [(CRUFT, "related_link"), (CRUFT, "related_link")]


def test_a_long_run_of_title_shaped_lines_is_the_post_own():
    lines = ["Roses are red in the garden", "Violets are blue in the field",
             "Sugar is sweet in the morning", "And so are you in the evening"]
    assert all(r == (TEXT, None) for r in roles([PARA, *lines])[1:])


def test_a_closing_credit_is_not_a_trailing_title():
    got = roles([PARA, PARA2, "(Editing by Jane Doe and John Roe)"])
    assert got[2] == (TEXT, None)


@pytest.mark.parametrize("classes, outside", [
    ("entry-header", False),       # Twenty Twenty-One's post header holds the post's h1
    ("post-header", False),
    ("article_header", False),
    ("site-header", True),
    ("header", True),
    ("page-header", True),
    ("entry-footer", True),
    ("sharedaddy sd-sharing-enabled", True),
])
def test_a_post_own_header_is_part_of_the_post(classes, outside):
    assert bool(OUTSIDE_POST_RE.search(classes)) is outside
