"""Gate: the held-out dumps of round "dumps28" stay at or above their first figures.

Five real news pages of 2020-22 (``tests/fixtures/real/dumps``, the "dumps28" section of its
``SOURCES.md``), flattened by headless Chromium as a user's select-all copy gives them: a Honduran
daily's report followed by three teasers with leads (La Tribuna), a Mexican regional daily's
report printed twice followed by eight teasers with leads (El Sol de Mazatlán), a Pakistani
daily's report (The Frontier Post), a Lebanese site's item in Arabic (Beirut Observer) and a
Rwandan site's report (RNA News), among menus, tickers, title-only related and ranking lists,
desk credits, share counters and footers. Labelled by hand before tagwire normalized them; scored
as ``benchmarks/eval_real_dumps.py --groups`` does. The floors sit a hair below the first
figures, measured on b6df51e7 before any change aimed at these dumps. Raise the floors as the
reading improves, never lower them. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps28 gate")


class TestDumps28(RealDumpsGate):
    """Round "dumps28"'s five dumps (16 stories): (metric, comparison, floor), first figures on
    b6df51e7 rounded down (up for cruft_leak): story_f1 0.583 (7/16 found, 8 made), text_f1
    0.844, cruft_leak 0.014 (4/283), headline_acc 0.857 (6/7), source_acc 0.429 (3/7),
    language_acc 1.000 (7/7), story_date_acc 0.750 (3/4)."""

    ROUND = "dumps28"
    FLOORS = [
        # raised (round 37, the set worked on: story 0.875, text 0.910, cruft 0.004, headline
        # 1.000, source 0.429 (6/14: El Sol de Mazatlán never writes its name), date 0.833 on
        # its final tree)
        ("story_f1", ">=", 0.96),  # raised (round 51: 0.970, La Tribuna's quoted teaser)
        ("text_f1", ">=", 0.93),  # raised (round 39: El Sol's article printed twice)
        ("cruft_leak", "<=", 0.005),
        ("headline_acc", ">=", 0.99),
        ("source_acc", ">=", 0.49),  # raised (round 51: 0.500, La Tribuna's four teasers)
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.85),  # raised (round 39: El Sol's article printed twice)
    ]
