"""Gate: tagwire on the sixth held-out set (real pages from outlets never seen, Urdu new).

Runs ``benchmarks/eval_heldout6.py`` on ``tests/fixtures/real/heldout6`` (real news pages
from outlets no other gold set holds, taken from the test data of two projects the other
sets do not draw on: wire and syndicated copy on other outlets' pages, outlets named in
their own credit slots, national and regional outlets' own pages, in English, Spanish,
Portuguese, German, Hindi, Indonesian, Italian, Albanian, Romanian, Russian and Urdu;
labelled by hand before tagwire was run on them, origins in its ``SOURCES.md``) and scores
the output with ``../shared/eval/score.py``. One test per metric. The floors are the FIRST
measured figures (a hair below, for rounding), so they catch regressions; the same stories
are also put into the fifth set's three real themes (``benchmarks/themes_heldout5.py``)
with ``eval_platforms_real.py``'s machinery, and into posts of a real WordPress
(``eval_wordpress_real.py``'s, skipped where its Debian packages are absent), crawled, and
floored the same way. They are raised when the code gets better, never lowered. The set is
for measuring: a rule written for one of its sentences would make it worthless. Skipped
where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("sixth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: the whole set (26 pages, on main at 6833548, nothing changed for the set), a hair below
#: for rounding: story 0.762 (48/63), text 0.970 (plain trafilatura 0.963), cruft 0.222
#: (26/117), headline 0.917 (22/24), source 0.222 (2/9), language 1.0 (24/24), date 0.923
#: (24/26). Each batch was measured before any change reached it: batch 1 (14 pages) 0.615,
#: 0.956 (trafilatura 0.964), 0.164, 0.833, 0.200, 1.0, 0.857; batch 2 (12 pages) 1.0,
#: 0.986 (0.963), 0.318, 1.0, 0.250, 1.0, 1.0.
FLOORS = [
    ("story_f1", ">=", 0.81),  # split by h2 quotes; an AMP page missed (cruft9: 0.814)
    ("text_f1", ">=", 0.978),  # cruft9: 0.979
    ("cruft_leak", "<=", 0.035),  # a pull quote, a related title, JPNN's tail (cruft9: 0.034)
    ("headline_acc", ">=", 0.915),  # og:title over the shown h1; a headline lost on AMP
    ("source_acc", ">=", 0.33),  # outlet in the author slot, "By X Bloomberg" (cruft9: 0.333)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.92),  # a site-wide date, metadata's midnight over the shown day
]

#: The same stories in the fifth set's three real themes (seven stories each, so the first
#: 21 of the 26 reach a theme), crawled, micro over the themes; first measured on the whole
#: set: story 0.976, text 0.965, cruft 0.434, headline 0.9, source 0.0, language 0.95, date
#: 1.0 (batch 1 alone: 0.976, 0.952, 0.500, 0.9, 0.0, 0.95, 1.0). No source floor: 0.0
#: first measured (the credit slots are page chrome, not pasted), a floor would assert
#: nothing.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.975),
    ("text_f1", ">=", 0.973),  # cruft9: 0.974
    ("cruft_leak", "<=", 0.331),  # alt texts, credit lines pasted as paragraphs (cruft9: 0.330)
    ("headline_acc", ">=", 0.895),
    ("source_acc", ">=", 0.55),  # (round 20: the outlet its pasted chrome names; 0.556)
    ("language_acc", ">=", 0.945),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured on the
#: whole set: recall 1.0, story 0.960, text 0.977, cruft 0.286, headline 0.958, source 0.0,
#: language 0.958, date 1.0 (batch 1 alone: 1.0, 0.963, 0.968, 0.256, 0.923, 0.0, 0.923,
#: 1.0); no source floor, as above.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.955),
    ("text_f1", ">=", 0.984),  # cruft9: 0.986
    ("cruft_leak", "<=", 0.14),  # cruft9: 0.135
    ("headline_acc", ">=", 0.955),
    ("language_acc", ">=", 0.955),
    ("date_acc", ">=", 0.999),
]

# The pages' text F1 against plain trafilatura's (TRAFILATURA_GAP, 0 where absent):
# first measured on the whole set: 0.970 against trafilatura's 0.963 (batch 1 alone was
# below it, 0.956 against 0.964: two whole stories missed; batch 2 0.986 against 0.963)


class TestHeldout6(HeldoutGate, InRealWordPress):
    """The sixth set's pages, themes and WordPress posts, against the tables above."""

    SET = "heldout6"
