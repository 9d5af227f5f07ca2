"""Gate: tagwire on the fifth held-out set (real agency, wire and national pages never seen).

Runs ``benchmarks/eval_heldout5.py`` on ``tests/fixtures/real/heldout5`` (real news pages,
nearly all from outlets no other gold set holds, taken from test data of projects the other
sets do not draw on: agencies on their own sites, wire stories republished by other outlets
and aggregators, a press release, national outlets' own pages, in English, Indonesian,
German, French, Korean, Spanish and Vietnamese; labelled by hand before tagwire was run on
them, origins and the few outlets another set also holds in its ``SOURCES.md``) and scores
the output with ``../shared/eval/score.py``. One test per metric. The floors are the FIRST
measured figures (a hair below, for rounding), so they catch regressions; the same stories
are also put into three real themes no earlier set used (``benchmarks/themes_heldout5.py``:
WordPress Twenty Twenty-One, Ghost Casper, Drupal Olivero) with ``eval_platforms_real.py``'s
machinery, and into posts of a real WordPress (``eval_wordpress_real.py``'s, skipped where
its Debian packages are absent), crawled, and floored the same way. They are raised when the
code gets better, never lowered. The set is for measuring: a rule written for one of its
sentences would make it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("fifth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: the whole set (29 pages, on main at f78583f, nothing changed for the set), a hair below
#: for rounding: story 0.906 (58/64), text 0.957, cruft 0.032 (8/253), headline 0.724
#: (21/29), source 0.438 (7/16), language 1.0, date 0.828 (24/29). Each batch was measured
#: before any change reached it: batch 1 (15 pages) 0.882, 0.959, 0.038, 0.800, 0.545, 1.0,
#: 0.867; batch 2 (14 pages) 0.933, 0.954, 0.025, 0.643, 0.200, 1.0, 0.786.
FLOORS = [
    ("story_f1", ">=", 0.98),  # (round 19: a standfirst no longer opens a second story)
    ("text_f1", ">=", 0.96),
    ("cruft_leak", "<=", 0.027),  # "Imagen |" credit, follow/contact lines, print labels
    ("headline_acc", ">=", 0.995),  # og:title or <title> over the h1; a box's heading
    ("source_acc", ">=", 0.55),  # closing "(RIA Novosti)", "TOKIO taz |", slots, labels
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.86),  # site-wide dc.created, UTC over the shown day, header date
]

#: The same stories in three real themes no earlier set used (seven stories each, so the
#: first 21 of the 29 reach a theme), crawled, micro over the themes; first measured on the
#: whole set: story 0.955, text 0.977, cruft 0.246, headline 0.905, source 0.333, language
#: 1.0, date 1.0 (batch 1 alone: 0.955, 0.977, 0.206, 0.857, 0.500, 1.0, 1.0).
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.999),
    ("text_f1", ">=", 0.98),
    ("cruft_leak", "<=", 0.095),  # captions, related lists, contact and source lines
    ("headline_acc", ">=", 0.9),  # "Place: headline…" editor titles taken as the headline
    ("source_acc", ">=", 0.395),  # slots off the text are not pasted: a ceiling below 1
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured on the
#: whole set: recall 1.0, story 0.951, text 0.985, cruft 0.127, headline 0.966, source
#: 0.375, language 1.0, date 1.0 (batch 1 alone: 1.0, 0.968, 0.985, 0.104, 1.0, 0.455, 1.0,
#: 1.0).
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.98),
    ("text_f1", ">=", 0.985),
    ("cruft_leak", "<=", 0.055),
    ("headline_acc", ">=", 0.965),
    ("source_acc", ">=", 0.43),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

# The pages' text F1 against plain trafilatura's (TRAFILATURA_GAP, 0 where absent):
# first measured on the whole set: 0.957 against trafilatura's 0.950 (batch 1 0.959
# against 0.952, batch 2 0.954 against 0.948)


class TestHeldout5(HeldoutGate, InRealWordPress):
    """The fifth set's pages, themes and WordPress posts, against the tables above."""

    SET = "heldout5"
