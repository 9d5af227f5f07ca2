"""Gate: tagwire on the seventeenth held-out set (real pages never drawn on).

Runs ``benchmarks/eval_heldout17.py`` on ``tests/fixtures/real/heldout17`` (real news pages of
2016-2025 two news-parsing libraries keep for their tests, seven outlets no other set holds in
four languages: a Taiwanese agency's story on its own site cut to one paragraph by an
archive-expiry notice, three Japanese dailies' stories (a members-only teaser above a paywall
box, a long report with reaction and comment boxes, page 1 of 2 with a Kyodo photo credit), a
Norwegian story with a fact box and "Les også" links, two South African stories (a pull quote
repeating the body, related cards inside the body); labelled by hand before tagwire was run on
them, origins in its ``SOURCES.md``) and scores the output with ``../shared/eval/score.py``.
One test per metric. The floors are the FIRST measured figures (a hair below, for rounding),
so they catch regressions; the same stories are also put into the fifth set's real themes
(``benchmarks/themes_heldout5.py``) with ``eval_platforms_real.py``'s machinery, and into
posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where its Debian packages are
absent), crawled, and floored the same way. They are raised when the code gets better, never
lowered. The set is for measuring: a rule written for one of its sentences would make it
worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("seventeenth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement (7
#: pages: 3 ja, 2 en, 1 no, 1 zh; on main 489f489's code, before any change reached it), a
#: hair below for rounding: story 0.800 (12/15), text 0.930 (plain trafilatura 0.911), cruft
#: 0.119 (21/177), headline 0.833 (5/6), language 1.0 (6/6), date 1.0 (7/7). The one story
#: that names a source (the agency's own) is not matched at all, so source has nothing to
#: measure and no floor yet.
FLOORS = [
    ("story_f1", ">=", 0.995),  # (round 19: site notice bars and a paywall gate marked by markup)
    ("text_f1", ">=", 0.99),  # (round 18: the fact box out)
    ("cruft_leak", "<=", 0.01),
    ("headline_acc", ">=", 0.995),  # (round 18: the pull quote no longer opens a story)
    ("source_acc", ">=", 0.999),  # (round 19: the agency's story matched, its opening credit read)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first measured
#: 0.019 above it (0.930 against 0.911), so not below it.
TRAFILATURA_GAP = 0.0


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero), crawled, micro over the themes; first measured: story 0.714,
#: text 0.899 (offline the same), cruft 0.646, headline 1.0, language 1.0, date 1.0; source
#: n/a (the agency's story unmatched), so no floor.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.995),
    ("text_f1", ">=", 0.94),
    ("cruft_leak", "<=", 0.13),  # a follow button, a fax credit (round 19: related cards out)
    ("headline_acc", ">=", 0.999),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.714, text 0.904, cruft 0.509, headline 1.0, language 1.0, date 1.0; source
#: n/a (the agency's story unmatched), so no floor.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.71),  # a pull quote opens a second story; an agency's paragraph drowned
    ("text_f1", ">=", 0.90),
    ("cruft_leak", "<=", 0.51),  # a fact box, paywall and reaction labels, newsletter boxes
    ("headline_acc", ">=", 0.999),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout17(HeldoutGate, InRealWordPress):
    """The seventeenth set: pages, themes and WordPress posts."""

    SET = "heldout17"
