"""Gate: tagwire on the seventh held-out set (real pages from outlets never seen).

Runs ``benchmarks/eval_heldout7.py`` on ``tests/fixtures/real/heldout7`` (real news pages
from outlets no other gold set holds, taken from the test data of projects the other sets
do not draw on: syndicated and wire copy on other outlets' pages, outlets named in their
own credit slots, a paywalled page, a podcast page, lists and credits set between
paragraphs; labelled by hand before tagwire was run on them, origins in its
``SOURCES.md``) and scores the output with ``../shared/eval/score.py``. One test per
metric. The floors are the FIRST measured figures (a hair below, for rounding), so they
catch regressions; the same stories are also put into the fifth set's three real themes
(``benchmarks/themes_heldout5.py``) with ``eval_platforms_real.py``'s machinery, and into
posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where its Debian packages
are absent), crawled, and floored the same way. They are raised when the code gets better,
never lowered. The set is for measuring: a rule written for one of its sentences would
make it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("seventh held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: the whole set (28 pages, on main at a82b577, nothing changed for the set), a hair below
#: for rounding: story 0.875 (56/64), text 0.953 (plain trafilatura 0.955), cruft 0.096
#: (19/197), headline 0.964 (27/28), source 0.286 (2/7), language 1.0 (28/28), date 0.964
#: (27/28). Each batch was measured before any change reached it: batch 1 (15 pages) 0.903,
#: 0.948 (trafilatura 0.967), 0.105, 1.0, 0.400, 1.0, 1.0; batch 2 (13 pages) 0.848, 0.957
#: (0.947), 0.090, 0.929, 0.0, 1.0, 0.923.
FLOORS = [
    ("story_f1", ">=", 0.87),  # a wire story missed whole; video titles, comments split pages
    ("text_f1", ">=", 0.95),
    ("cruft_leak", "<=", 0.10),  # a donation appeal, pull quotes, "READ MORE:" lines
    ("headline_acc", ">=", 0.96),  # a second standfirst taken for the headline
    ("source_acc", ">=", 0.28),  # outlets in their own credit slots not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.96),  # online date in metadata over the print issue's date
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's (first
#: measured on the whole set: 0.002 below; on batch 1 alone 0.019 below).
TRAFILATURA_GAP = 0.005

#: The same stories in the fifth set's three real themes (seven stories each, so the first
#: 21 of the 29 reach a theme), crawled, micro over the themes; first measured on the whole
#: set: story 0.955, text 0.976, cruft 0.327, headline 0.952, source 0.286, language 1.0,
#: date 1.0 (batch 1 alone: 0.913, 0.981, 0.259, 0.905, 0.375, 1.0, 1.0).
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.95),
    ("text_f1", ">=", 0.973),
    ("cruft_leak", "<=", 0.33),
    ("headline_acc", ">=", 0.95),
    ("source_acc", ">=", 0.28),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured on the
#: whole set: recall 1.0, story 0.918, text 0.980, cruft 0.220, headline 1.0, source 0.25,
#: language 1.0, date 1.0 (batch 1 alone: 1.0, 0.938, 0.983, 0.200, 1.0, 0.333, 1.0, 1.0).
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.915),
    ("text_f1", ">=", 0.977),
    ("cruft_leak", "<=", 0.221),
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.245),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

# The pages' text F1 against plain trafilatura's (TRAFILATURA_GAP, 0 where absent):
# first measured on the whole set: 0.953 against trafilatura's 0.955 (batch 1 alone 0.948
# against 0.967: a wire story on another outlet's page missed whole, paragraphs of a
# video-interleaved page cut off); the gap may not widen


class TestHeldout7(HeldoutGate, InRealWordPress):
    """The seventh set's pages, themes and WordPress posts, against the tables above."""

    SET = "heldout7"
