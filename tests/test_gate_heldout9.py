"""Gate: tagwire on the ninth held-out set (real pages from projects never drawn on).

Runs ``benchmarks/eval_heldout9.py`` on ``tests/fixtures/real/heldout9`` (real news pages in
Chinese and Hebrew saved by a Chinese news extractor and a scraper of Hebrew news flashes
for their tests, which no other set draws on: agency copy with its dateline in the lead,
outlets in their source slots, captions as plain paragraphs between paragraphs, text in
table cells and loose containers, one-paragraph right-to-left flashes; labelled by hand
before tagwire was run on them, origins in its ``SOURCES.md``) and scores the output with
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

skip_without_shared("ninth held-out gate")

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: batch 1 (10 pages: 7 Chinese, 3 Hebrew; on main at 6cde803, before any change reached
#: it), a hair below for rounding: story 0.900 (18/20), text 0.903 (plain trafilatura 0.923),
#: cruft 0.257 (9/35), headline 0.889 (8/9), source 0.200 (1/5), language 1.0 (9/9), date
#: 1.0 (10/10).
FLOORS = [
    ("story_f1", ">=", 0.895),  # a brief in one loose <div> under a low-precision run-on
    ("text_f1", ">=", 0.90),  # captions as plain <p>/<span>/<strong>, sidebar strips kept
    ("cruft_leak", "<=", 0.12),  # captions between paragraphs, a photo credit (round 20)
    ("headline_acc", ">=", 0.88),  # a table-cell headline glued to the next cell's office
    ("source_acc", ">=", 0.195),  # "来源：X" slots and outlets beside the date not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first
#: measured 0.020 below it (0.903 against 0.923: captions set as plain paragraphs and
#: sidebar strips kept); the gap may not widen.
TRAFILATURA_GAP = 0.022

#: The fifth set's real themes this set runs in: Ghost Casper and Drupal Olivero. WordPress
#: Twenty Twenty-One was left out because ``normalize_page`` raised "no story text found" on
#: one story there (the district office's one-paragraph notice). It reads now (main 29e3a29:
#: both routes run, Twenty Twenty-One alone story 0.857, text 0.964, cruft 0.609), but with
#: it the stories are dealt to the themes anew and the micro figures fall below two floors
#: below (all three: story 0.930, text 0.9598, cruft 0.639, headline 0.800, source 0.250,
#: language 1.0, date 1.0): put it back with floors from that measurement (see the tenth
#: set's findings).
PLATFORM_THEMES = ("ghost-casper", "drupal-olivero")

#: The same stories in those themes (seven stories each, in order, so all 10 reach a
#: theme), crawled, micro over the themes; first measured: story 0.929, text 0.965, cruft
#: 0.625, headline 0.769, source 0.250, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.925),
    ("text_f1", ">=", 0.96),
    ("cruft_leak", "<=", 0.63),  # the captions and tags pasted after the stories
    ("headline_acc", ">=", 0.765),
    ("source_acc", ">=", 0.53),  # (round 20: the outlet its pasted chrome names; 0.538)
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.880, text 0.964, cruft 0.532, headline 0.886, source 0.200, language 1.0,
#: date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.875),  # Twenty Twenty-One's full-text archive: a story missed
    ("text_f1", ">=", 0.96),
    ("cruft_leak", "<=", 0.535),  # the captions pasted after the stories
    ("headline_acc", ">=", 0.88),
    ("source_acc", ">=", 0.195),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


class TestHeldout9(HeldoutGate, InRealWordPress):
    """The ninth set's pages, themes and WordPress posts, against the tables above."""

    SET = "heldout9"
