"""Gate: tagwire on the sixteenth held-out set (real pages never drawn on).

Runs ``benchmarks/eval_heldout16.py`` on ``tests/fixtures/real/heldout16`` (real news pages of
2023-2026 a news-scraping library keeps for its parser tests, eight outlets in four languages
and none in English: a dpa obituary a Mallorca weekly extended, a Swiss paper's SDA story signed
by an end line, an Austrian paper's Project Syndicate column, a Roman story with a related card
between its paragraphs, three Spanish staff stories and a French business paper's live feed of
19 briefs under bold time lines; labelled by hand before tagwire was run on them, origins in
its ``SOURCES.md``) and scores the output with ``../shared/eval/score.py``. One test per metric.
The floors are the FIRST measured figures (a hair below, for rounding), so they catch
regressions; the same stories are also put into the fifth set's real themes
(``benchmarks/themes_heldout5.py``) with ``eval_platforms_real.py``'s machinery, and into
posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where its Debian packages
are absent), crawled, and floored the same way. They are raised when the code gets better,
never lowered. The set is for measuring: a rule written for one of its sentences would make
it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("sixteenth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement (8
#: pages: 3 es, 3 de, 1 it, 1 fr; on main 63ccd9a's code, before any change reached it), a
#: hair below for rounding: story 0.353 (12/34), text 0.930 (plain trafilatura 0.969), cruft
#: 0.083 (16/193), headline 1.0 (6/6), source 0.0 (0/2), language 1.0 (6/6), date 1.0 (8/8).
#: Raised (pages22: a container only named hidden read as shown): story 0.412 (14/34),
#: text 0.979 (plain trafilatura 0.969), source 0.333 (1/3), headline 1.0 (7/7).
FLOORS = [
    ("story_f1", ">=", 0.975),  # (round 18: the live feed's briefs; the page's own h1 story extra)
    ("text_f1", ">=", 0.99),
    ("cruft_leak", "<=", 0.04),  # a kicker, a highlight box, "Video" labels, a feed's intro
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.995),  # (round 18: a copyright line run into the text; SDA)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first
#: measured 0.039 below it (0.930 against 0.969: one story cut after its first paragraph).
TRAFILATURA_GAP = 0.04


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero), crawled, micro over the themes; first measured: story 0.844,
#: text 0.968 (offline the same), cruft 0.238, headline 1.0, source 0.333, language 1.0,
#: date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.90),  # (round 18: the bio box no longer a second story)
    ("text_f1", ">=", 0.975),
    ("cruft_leak", "<=", 0.125),  # captions, kickers, "Video" labels (round 19: related cards out)
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.66),  # an agency named only on a byline line
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.824, text 0.964, cruft 0.222, headline 1.0, source 0.333, language 1.0,
#: date 0.967.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.82),  # a columnist's bio box read as a second story
    ("text_f1", ">=", 0.96),
    ("cruft_leak", "<=", 0.225),  # captions, pull quotes, bios, a premium promo, the feed's intro
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.33),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.965),  # a related card's "di NAME DATE" line read as the post's date
]


class TestHeldout16(HeldoutGate, InRealWordPress):
    """The sixteenth set: pages, themes and WordPress posts."""

    SET = "heldout16"
