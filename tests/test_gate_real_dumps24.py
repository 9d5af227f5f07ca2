"""Gate: the held-out dumps of round "dumps24" stay at or above their first figures.

Six real news pages of 2020-22 (``tests/fixtures/real/dumps``, the "dumps24" section of its
``SOURCES.md``), flattened by headless Chromium as a user's select-all copy gives them: a
Guyanese daily's report followed by teasers with leads (a sports card and four columns' cards,
among title-only cards), a Swedish English-language site's page carrying an agency's story (its
credit line "AFP/The Local"), a Chilean digital daily's analysis followed by a video teaser with a
lead, a Bengali news site's short report, a Cuban daily's report and a Honduran daily's report
with a dateline, among menus, captions, an embedded post, comment forms, a publisher's note,
related, ranking and column lists and footers. Labelled by hand before tagwire normalized them;
scored as ``benchmarks/eval_real_dumps.py --groups`` does. The floors sit a hair below the first
figures, measured on 991c241 before any change aimed at these dumps. Raise the floors as the
reading improves, never lower them. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps24 gate")


class TestDumps24(RealDumpsGate):
    """Round "dumps24"'s six dumps (12 stories): (metric, comparison, floor), first figures on
    991c241 rounded down (up for cruft_leak): story_f1 0.667 (7/12 found, 9 made), text_f1
    0.968, cruft_leak 0.026 (15/576), headline_acc 0.571 (4/7), source_acc 0.000 (0/7),
    language_acc 1.000 (7/7), story_date_acc 0.833 (5/6)."""

    ROUND = "dumps24"
    FLOORS = [
        ("story_f1", ">=", 0.66),
        ("text_f1", ">=", 0.96),
        ("cruft_leak", "<=", 0.027),
        ("headline_acc", ">=", 0.57),
        ("source_acc", ">=", 0.85),  # raised (round 36: © holders read, see its tests)
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.83),
    ]
