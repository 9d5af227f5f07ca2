"""Gate: the held-out dumps of round "dumps20" stay at or above their first figures.

Six real news pages of 2024-25 (``tests/fixtures/real/dumps``, the "dumps20" section of its
``SOURCES.md``), flattened by headless Chromium as a user's select-all copy gives them: three
Japanese dailies' articles among long menus, share, scrap and paywall lines, captions ending in
an agency or a "（...提供）" credit, a "【ソウル＝記者】" dateline, a profile box, ranking and
related-title lists and the groups' service-site blurbs; an Italian daily's report among a
subscription-warning box, an unrelated teaser's title above it, sub-headings and a video teaser
with a one-line lead after it; a Norwegian tabloid's feature with a short-version box and captions
ending "Foto: Privat"; a Czech portal's report with a table and related links inside it. Labelled
by hand before tagwire normalized them; scored as ``benchmarks/eval_real_dumps.py --groups``
does. The floors sit a hair below the first figures, measured on 66f7155 before any change aimed
at these dumps. Raise the floors as the reading improves, never lower them. Skipped where
``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps20 gate")


class TestDumps20(RealDumpsGate):
    """Round "dumps20"'s six dumps (7 stories): (metric, comparison, floor), first figures on
    66f7155 rounded down (up for cruft_leak): story_f1 0.545 (6/7 found, 15 made), text_f1
    0.939, cruft_leak 0.029, headline_acc 0.167 (1/6), source_acc 0.333 (2/6), language_acc
    1.000 (6/6), story_date_acc 0.400 (2/5). Raised in round 28, when the set was worked on
    (so no longer held out), to its figures then rounded down: story_f1 0.632, text_f1
    0.953, cruft_leak 0.024, headline_acc 0.833, story_date_acc 0.800."""

    ROUND = "dumps20"
    FLOORS = [
        ("story_f1", ">=", 0.63),
        ("text_f1", ">=", 0.95),
        ("cruft_leak", "<=", 0.025),
        ("headline_acc", ">=", 0.83),
        ("source_acc", ">=", 0.5),  # raised (round 36: the page's name in its stories' script)
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.79),
    ]
