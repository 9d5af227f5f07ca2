"""Gate: tagwire on the eighth held-out set (real pages from projects never drawn on).

Runs ``benchmarks/eval_heldout8.py`` on ``tests/fixtures/real/heldout8`` (real news pages
saved by Readability ports and wrappers for their tests, which no other set draws on: wire
copy on other outlets' pages, outlets named in their own credit slots, first pages of
multi-page stories, factboxes, pull quotes, captions and credits between paragraphs;
labelled by hand before tagwire was run on them, origins in its ``SOURCES.md``) and scores
the output with ``../shared/eval/score.py``. One test per metric. The floors are the FIRST
measured figures (a hair below, for rounding), so they catch regressions; the same stories
are also put into the fifth set's three real themes (``benchmarks/themes_heldout5.py``) with
``eval_platforms_real.py``'s machinery, and into posts of a real WordPress
(``eval_wordpress_real.py``'s, skipped where its Debian packages are absent), crawled, and
floored the same way. They are raised when the code gets better, never lowered. The set is
for measuring: a rule written for one of its sentences would make it worthless. Skipped
where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("eighth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: the whole set (19 pages, on main at d5a243c; each batch measured before any change
#: reached it), a hair below for rounding: story 0.900 (36/40), text 0.972 (plain
#: trafilatura 0.965), cruft 0.117 (19/162), headline 0.889 (16/18), source 0.200 (1/5),
#: language 1.0 (18/18), date 0.895 (17/19). Batch 1 (10 pages, on main at e4cff1b; the
#: same on d5a243c): 0.818, 0.958 (trafilatura 0.944), 0.246, 0.889, 0.250, 1.0, 0.800;
#: batch 2 (9 pages, on d5a243c): 1.0, 0.989 (0.989), 0.040, 0.889, 0.0, 1.0, 1.0.
FLOORS = [
    ("story_f1", ">=", 0.895),  # a wire story drowned in sidebar lists; a bio and a box split off
    ("text_f1", ">=", 0.97),
    ("cruft_leak", "<=", 0.12),  # pull quotes, a programme box, bios, "See also" lists
    ("headline_acc", ">=", 0.88),  # a deck taken for the headline over its title (Slate x2)
    ("source_acc", ">=", 0.195),  # outlets in their own credit slots not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.89),  # the URL's print date over the page's own, and the reverse
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's (first
#: measured on the whole set: 0.007 above it; batch 1 alone 0.014 above, batch 2 alone
#: 0.001 below); it may not fall below on the whole set.
TRAFILATURA_GAP = 0.0

#: The same stories in the fifth set's three real themes (seven stories each, in order, so
#: all 19 reach a theme), crawled, micro over the themes; first measured on the whole set:
#: story 1.0, text 0.969, cruft 0.440, headline 0.952, source 0.143, language 1.0, date 1.0
#: (batch 1 alone: 1.0, 0.976, 0.462, 0.952, 0.200, 1.0, 1.0). The BuzzFeed News page's
#: gold source, null when these were measured, was then set to BuzzFeed News (its two
#: "BuzzFeed News Reporter" labels: one rule with "Washington Post Staff Writers"); no code
#: changed between, and the themes and WordPress, which do not read it, fell to 0.125 and 0.143.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.999),
    ("text_f1", ">=", 0.966),
    ("cruft_leak", "<=", 0.13),  # bios, boxes, pull quotes pasted after the stories (round 20)
    ("headline_acc", ">=", 0.95),
    ("source_acc", ">=", 0.12),  # 0.125 once BuzzFeed's staff label counted (gold, below)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured on the
#: whole set: recall 1.0, story 0.974, text 0.975, cruft 0.301, headline 1.0, source 0.167,
#: language 1.0, date 1.0 (batch 1 alone: 1.0, 0.952, 0.980, 0.323, 1.0, 0.200, 1.0, 1.0).
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.97),
    ("text_f1", ">=", 0.972),
    ("cruft_leak", "<=", 0.305),
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.14),  # 0.143 once BuzzFeed's staff label counted (gold, below)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

# The pages' text F1 against plain trafilatura's (TRAFILATURA_GAP, 0 where absent):
# first measured on the whole set: 0.972 against trafilatura's 0.965 (batch 1 alone
# 0.958 against 0.944); it may not fall below


class TestHeldout8(HeldoutGate, InRealWordPress):
    """The eighth set's pages, themes and WordPress posts, against the tables above."""

    SET = "heldout8"
