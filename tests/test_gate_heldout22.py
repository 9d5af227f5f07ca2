"""Gate: tagwire on the twenty-second held-out set (real pages never drawn on).

Runs ``benchmarks/eval_heldout22.py`` on ``tests/fixtures/real/heldout22`` (six real pages
of 2020-2024, six sites no other set holds, in six languages -- L'Express carrying AFP, the au
portal carrying TBS NEWS DIG, 20 Minuten carrying dpa, and the staff stories of La Información,
Alyaum and Business Standard Hindi; labelled by hand before tagwire was run on them, origins in
its ``SOURCES.md``) and scores the output with ``../shared/eval/score.py``. One test per
metric. The floors are the FIRST measured figures (a hair below, for rounding), so they catch
regressions; the same stories are also put into the fifth set's real themes
(``benchmarks/themes_heldout5.py``) with ``eval_platforms_real.py``'s machinery, and into
posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where its Debian packages are
absent), crawled, and floored the same way. They are raised when the code gets better,
never lowered. The set is for measuring: a rule written for one of its sentences would make
it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("twenty-second held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement (6
#: pages: es, fr, ja, de, ar, hi; on main e00e018's code, before any change reached it), a
#: hair below for rounding: story 1.0 (12/12), text 0.946 (plain trafilatura 0.927), cruft
#: 0.050 (7/139), headline 0.833 (5/6), source 0.667 (2/3), language 1.0 (6/6), date 1.0 (6/6).
FLOORS = [
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.955),  # raised (round 25: 0.956); a table-layout page's rows kept
    ("cruft_leak", "<=", 0.023),  # tightened (round 25: 0.022: the intro's link, the poll)
    ("headline_acc", ">=", 0.83),  # a short SEO <h1> taken over the kicker and title
    ("source_acc", ">=", 0.66),  # a portal's source line ("TBS NEWS DIG") not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first measured
#: 0.019 above it (0.946 against 0.927), so not below it.
TRAFILATURA_GAP = 0.0


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero), crawled, micro over the themes; first measured: story 0.913,
#: text 0.927 (offline 0.927), cruft 0.514, headline 1.0, source 0.0, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.995),  # raised (round 25: a related list no second story)
    ("text_f1", ">=", 0.985),  # raised (round 25: 0.986)
    ("cruft_leak", "<=", 0.073),  # tightened (round 25: 0.072; lists, poll, promos)
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.27),  # raised (round 25: 0.273, 共同通信 no longer the source);
    # the other credits stand outside the pasted text
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 1.0, text 0.974, cruft 0.126, headline 1.0, source 0.0, language 1.0, date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.973),
    ("cruft_leak", "<=", 0.13),  # a poll, captions, promos and an ad label after a story
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.0),  # the credits stand outside the text; 共同通信 read as source
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout22(HeldoutGate, InRealWordPress):
    """The twenty-second set: pages, themes and WordPress posts."""

    SET = "heldout22"
