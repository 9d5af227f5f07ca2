"""Gate: the held-out dumps of round "dumps46" stay at or above their first figures.

Four real pages of 2011-2024 (``tests/fixtures/real/dumps``, the "dumps46" section of its
``SOURCES.md``), flattened by headless Chromium as a user's select-all copy gives them: a
Milan city magazine's home page of teasers (title, "AUTHOR - DD/MM/YYYY", a lead cut with
"..."; the same teasers again as title-only lists, two under a hashtag instead of an author)
among a long menu and a category list (Milano Città Stato), a Czech web developers'
magazine's long opinion article under an "Články - AUTHOR - SECTION - D.M.YYYY" line, with a
tag list, tip boxes and objections set as sub-headings inside and an author box and a comment
list after it (Zdroják), a UK tech news site's report under a date line and a section kicker,
with a standfirst, a caption and a sub-heading inside and a "Read more:" line and an author
box after it (Tech Monitor), and a Bay Area tech blog's post under a "By NAME / DATE at TIME"
line with a "Photo:" caption after it and a long archive of months (SiliconBeat), among menus,
title lists and footers. Labelled by hand before tagwire normalized them; scored as
``benchmarks/eval_real_dumps.py --groups`` does. The floors sit a hair below the first
figures, measured on 2ba60f22 before any change aimed at these dumps. Raise the floors as the
reading improves, never lower them. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps46 gate")


class TestDumps46(RealDumpsGate):
    """Round "dumps46"'s four dumps (10 stories): (metric, comparison, floor), first figures
    on 2ba60f22 rounded down (up for cruft_leak; 0.01 lower where a figure sits on a
    two-decimal value): story_f1 0.909 (10/10 found, 12 made), text_f1 0.968, cruft_leak
    0.024, headline_acc 0.800 (8/10), source_acc 0.100 (1/10), language_acc 1.000 (10/10),
    story_date_acc 0.900 (9/10)."""

    ROUND = "dumps46"
    FLOORS = [  # (raised in round 50, which worked on them: 1.000, 0.997, 0.002, 1.000,
        # 1.000, 1.000, 1.000 on its final rules)
        ("story_f1", ">=", 0.99),
        ("text_f1", ">=", 0.99),
        ("cruft_leak", "<=", 0.005),
        ("headline_acc", ">=", 0.99),
        ("source_acc", ">=", 0.99),
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.99),
    ]
