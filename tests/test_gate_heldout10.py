"""Gate: tagwire on the tenth held-out set (real pages from a project never drawn on).

Runs ``benchmarks/eval_heldout10.py`` on ``tests/fixtures/real/heldout10`` (real news pages
saved by a read-it-later app's Readability fork for its tests, which no other set draws on:
an Arabic BBC feature, a paywalled Chinese company story, a Spanish long feature and English
reports from nine outlets no set holds, with "Advertisement" headings and ad furniture,
promos, "Related" links and an embedded tweet between paragraphs; labelled by hand before
tagwire was run on them, origins in its ``SOURCES.md``) and scores the output with
``../shared/eval/score.py``. One test per metric. The floors are the FIRST measured figures
(a hair below, for rounding), so they catch regressions; the same stories are also put into
the fifth set's real themes (``benchmarks/themes_heldout5.py``) with
``eval_platforms_real.py``'s machinery, and into posts of a real WordPress
(``eval_wordpress_real.py``'s, skipped where its Debian packages are absent), crawled, and
floored the same way. They are raised when the code gets better, never lowered. The set is
for measuring: a rule written for one of its sentences would make it worthless. Skipped
where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("tenth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: batch 1 (12 pages: 1 Arabic, 1 Chinese, 1 Spanish, 9 English; on main at 29e3a29, before
#: any change reached it), a hair below for rounding: story 0.889 (24/27), text 0.974 (plain
#: trafilatura 0.955), cruft 0.068 (10/146), headline 0.750 (9/12), source 0.500 (2/4),
#: language 1.0 (12/12), date 0.917 (11/12).
FLOORS = [
    ("story_f1", ">=", 0.885),  # a cookie notice, an event promo, an embedded tweet as stories
    ("text_f1", ">=", 0.97),  # "Article content" furniture, a "you may like" strip kept
    ("cruft_leak", "<=", 0.07),  # a promo's lines, a house note, a bare link, a print note
    ("headline_acc", ">=", 0.745),  # a cookie notice's and a promo's heading, a <title>
    ("source_acc", ">=", 0.495),  # "来源：财新网" and BBC's role line not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.915),  # a late-evening date read a day later (UTC)
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first
#: measured above it (0.974 against 0.955); it may not fall below.
TRAFILATURA_GAP = 0.0


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero; seven stories each, in order, so all 12 reach a theme), crawled,
#: micro over the themes; first measured: story 0.913, text 0.954, cruft 0.442, headline
#: 0.952, source 0.250, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.95),  # 0.955 since an event promo no longer splits a story
    ("text_f1", ">=", 0.95),
    # the captions, promos and related links pasted after; 0.449 since the same change: the
    # related titles under that promo, a false story's text before, now leak into the true
    # story they follow (counted where they were not: the story is now matched)
    ("cruft_leak", "<=", 0.45),
    ("headline_acc", ">=", 0.95),
    ("source_acc", ">=", 0.245),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.960, text 0.960, cruft 0.237, headline 0.917, source 0.250, language 1.0,
#: date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.955),
    ("text_f1", ">=", 0.955),
    ("cruft_leak", "<=", 0.245),  # as in the themes; 0.243 since the promo change above
    ("headline_acc", ">=", 0.915),
    ("source_acc", ">=", 0.245),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout10(HeldoutGate, InRealWordPress):
    """The tenth set's pages, themes and WordPress posts, against the tables above."""

    SET = "heldout10"
