"""Gate: tagwire on the twelfth held-out set's second batch (real pages never drawn on).

Runs ``benchmarks/eval_heldout12b.py`` on ``tests/fixtures/real/heldout12b`` (real news
pages a maintained article-parser fork saved for its tests, only the ones it added itself
and no earlier set took: two German stories, a headline inside the breadcrumb and a table
of contents; two French, an AI summary box and a local weekly's pull quote; an English
report whose paragraphs are separated by line breaks only, a promo slider inside it;
labelled by hand before tagwire was run on them, origins in its ``SOURCES.md``) and scores
the output with ``../shared/eval/score.py``. Kept apart from ``tests/test_gate_heldout12.py``
so each batch keeps its own first figures. One test per metric. The floors are the FIRST
measured figures (a hair below, for rounding), so they catch regressions; the same stories
are also put into the fifth set's real themes (``benchmarks/themes_heldout5.py``) with
``eval_platforms_real.py``'s machinery, and into posts of a real WordPress
(``eval_wordpress_real.py``'s, skipped where its Debian packages are absent), crawled, and
floored the same way. They are raised when the code gets better, never lowered. The set is
for measuring: a rule written for one of its sentences would make it worthless. Skipped
where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

from tests.heldout_gates import HeldoutGate, InRealWordPress, skip_without_shared

skip_without_shared("twelfth held-out gate, batch 2")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: batch 2 (5 pages: de x2, fr x2, en; on main 808661d's code, before any change reached
#: it), a hair below for rounding: story 0.800 (8/10), text 0.828 (plain trafilatura
#: 0.889), cruft 0.108 (7/65), headline 1.0 (4/4), language 1.0 (4/4), date 0.800 (4/5);
#: no story names a source, so source has no floor.
FLOORS = [
    ("story_f1", ">=", 0.995),  # a story's whole text lost but its feedback line
    ("text_f1", ">=", 0.955),
    ("cruft_leak", "<=", 0.005),  # (round 19: appeal and benefit notices out)
    ("headline_acc", ">=", 0.995),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.795),  # a date read from an image's upload path
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first
#: measured below it (0.828 against 0.889: the story of the breadcrumb-headline page lost
#: entirely); it may not fall further.
TRAFILATURA_GAP = 0.065


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero), crawled, micro over the themes; first measured: story 0.894,
#: text 0.846 (offline 0.845), cruft 0.624, headline 0.905, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.995),  # a promo slider's course titles read as a story
    ("text_f1", ">=", 0.978),
    ("cruft_leak", "<=", 0.07),  # newsletter and app promos (round 19: the appeal box out)
    ("headline_acc", ">=", 0.9),  # Drupal's "News:" label; two headlines joined with "·"
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.909, text 0.877, cruft 0.362, headline 1.0, language 1.0, date 0.950.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.905),  # the promo slider's titles read as a third story
    ("text_f1", ">=", 0.875),
    ("cruft_leak", "<=", 0.365),
    ("headline_acc", ">=", 0.995),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.945),  # the excerpt route reads a date from the text
]


class TestHeldout12b(HeldoutGate, InRealWordPress):
    """The twelfth set's second batch: pages, themes and WordPress posts."""

    SET = "heldout12b"
