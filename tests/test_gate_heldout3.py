"""Gate: tagwire on the third held-out set (real agency, wire and national pages never seen).

Runs ``benchmarks/eval_heldout3.py`` on ``tests/fixtures/real/heldout3`` (30 real news pages
in 12 languages, Arabic, Persian and Chinese among them, from agencies, outlets that
republish wire stories, an aggregator and national outlets no other gold set holds;
labelled by hand before tagwire was run on them, origins in its ``SOURCES.md``) and scores
the output with ``../shared/eval/score.py``. One test per metric. The floors are the FIRST
measured figures (a hair below, for rounding), so they catch regressions; the same
stories are also put into five real platform themes the second held-out set does not
use (Blogger, Tumblr, WordPress) with ``eval_platforms_real.py``'s machinery, and into
posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where its Debian
packages are absent), crawled, and floored the same way. They are raised when the code
gets better, never lowered. The set is for measuring: a rule written for one of its
sentences would make it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("third held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: the whole set (30 pages), a hair below for rounding. Each batch was measured before any
#: change reached it: batch 1 (15 pages, main 37d62da) story 0.636, text 0.850, cruft
#: 0.098, headline 1.0, source 0.286, language 0.929, date 1.0; batch 2 (10 pages) 0.833,
#: 0.919, 0.055, 0.9, 0.333, 0.8, 0.9; batch 3 (3 pages) 1.0, 0.991, 0.0, 1.0, 0.0, 1.0,
#: 0.667; batch 4 (2 pages) 1.0, 0.925, 0.105, 1.0, 1.0, 1.0, 0.5.
#: Merged round 6 (cleaner, sources, h3fix, datesarch), measured on main: pages story 0.984,
#: text 0.966, cruft 0.022, headline 0.967, source 0.765, language 1.0, date 1.0; themes
#: 1.0, 0.973, 0.212, 1.0, 0.500, 1.0, 1.0; WordPress 0.983, 0.972, 0.202, 0.986, 0.529, 1.0, 1.0,
#: then 1.0, 0.973, 0.194, 0.987 once a sentence may close the lead under a heading after a label.
FLOORS = [
    ("story_f1", ">=", 0.98),  # an AP "The Latest" split by datelines; sidebars as stories
    ("text_f1", ">=", 0.972),  # (cleaner round 6: 0.891 -> 0.894)
    ("cruft_leak", "<=", 0.016),  # (cleaner round 6: 0.074 -> 0.044)
    ("headline_acc", ">=", 0.995),  # an og:title with a double-escaped entity
    ("source_acc", ">=", 0.995),  # source slots, agency formulas, capitals prefixes
    ("language_acc", ">=", 0.999),  # Traditional Chinese taken for Korean, Tagalog for English
    ("date_acc", ">=", 0.999),  # 30/30 since Arabic month names, Drupal's dc:date and the
    # story's date line over the masthead's render day (first measured 0.900)
]

#: The same stories in five real Blogger, Tumblr and WordPress themes (seven stories each,
#: so every story at least once), crawled, micro over the themes; first measured on the
#: whole set: story 0.971, text 0.948, cruft 0.642, headline 0.971, source 0.250, language
#: 0.912, date 1.0 (batch 1 alone in the first three themes: 0.976, 0.944, 0.716, 0.950,
#: 0.273, 0.900, 1.0).
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.999),  # (cleaner round 6: 0.971 -> 0.986)
    ("text_f1", ">=", 0.99),  # (cleaner round 6: 0.948 -> 0.973)
    ("cruft_leak", "<=", 0.025),  # cruft wording in scripts the cues do not hold (0.642 -> 0.222)
    ("headline_acc", ">=", 0.995),  # (cleaner round 6: 0.971 -> 1.0)
    ("source_acc", ">=", 0.79),  # credits off the text are not pasted: a ceiling below 1
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured on the
#: whole set: story 0.929 (each two-story post read as one), text 0.961, cruft 0.371,
#: headline 0.908, source 0.214, language 0.923, date 1.0. (With the 28 pages of 1b43564
#: two HTML runs also lost the one post alone on the last archive page: recall 0.981.)
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    # (round 7's glued-titles rule took a pasted story's headline and lead, both naming one
    # camel-case handle, for a related list: two stories merged, 0.983; round 8: 1.000)
    ("story_f1", ">=", 0.999),
    ("text_f1", ">=", 0.995),
    ("cruft_leak", "<=", 0.035),  # (round 8: 0.032)
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.82),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout3(HeldoutGate, InRealWordPress):
    """The third set's pages, themes and WordPress posts, against the tables above."""

    SET = "heldout3"
