"""Gate: the held-out dumps of round "dumps51" stay at or above their first figures.

Two real pages of 2008 (``tests/fixtures/real/dumps``, the "dumps51" section of its
``SOURCES.md``), flattened by headless Chromium as a user's select-all copy gives them: a
Melbourne daily's report under a skip-link masthead line, a network bar and a breadcrumb, with
its author and "August 18, 2008" lines, a "Page 1 of 2 | Single Page View" pager, a glued
"Continued..." closing its last paragraph, title lists and the sister sites' "Most viewed" boxes
after it (The Age), and a national daily's business page: a wire market report closing on a lone
"- AAP" line, share and e-mail forms, a poll and advertisers' boxes, then section boxes of one
title with a lead (the writer's name glued to the lead's head) and two titles alone (The
Australian). Labelled by hand before tagwire normalized them; scored as
``benchmarks/eval_real_dumps.py --groups`` does. The floors sit a hair below the first figures,
measured on 0b8f6dba before any change aimed at these dumps. Raise the floors as the reading
improves, never lower them. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps51 gate")


class TestDumps51(RealDumpsGate):
    """Round "dumps51"'s two dumps (10 stories): (metric, comparison, floor), first figures
    on 0b8f6dba rounded down (up for cruft_leak; 0.01 lower where a figure sits on a
    two-decimal value): story_f1 0.909 (10/10 found, 12 made), text_f1 0.961, cruft_leak
    0.034 (8/238), headline_acc 0.800 (8/10), source_acc 0.200 (2/10), language_acc 1.000
    (10/10), story_date_acc 1.000 (2/2). Raised in round 55, when the set was worked on (so
    no longer held out), to its figures then: story_f1 1.000 (10/10 found, 10 made), text_f1
    1.000 (text_p 0.999), cruft_leak 0.000, headline_acc 1.000 (10/10), source_acc 1.000
    (10/10), language_acc 1.000, story_date_acc 1.000 (2/2)."""

    ROUND = "dumps51"
    FLOORS = [
        ("story_f1", ">=", 0.99),
        ("text_f1", ">=", 0.99),
        ("cruft_leak", "<=", 0.01),
        ("headline_acc", ">=", 0.99),
        ("source_acc", ">=", 0.99),
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.99),
    ]
