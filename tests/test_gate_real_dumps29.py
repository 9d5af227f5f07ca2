"""Gate: the held-out dumps of round "dumps29" stay at or above their first figures.

Five real news pages of 2022 (``tests/fixtures/real/dumps``, the "dumps29" section of its
``SOURCES.md``), flattened by headless Chromium as a user's select-all copy gives them: a
Trinidadian daily's court report followed by six teasers with leads (Trinidad Express), a Miami
Spanish-language daily's business report followed by the next article's lead (el Nuevo Herald), a
Bahamian daily's business report (The Nassau Guardian), a Puerto Rican daily's report behind a
paywall (El Nuevo Día) and a Jamaican radio station's report (Nationwide 90FM), among menus,
inline related items, photo captions, author boxes, paywall labels, title-only lists and footers.
Labelled by hand before tagwire normalized them; scored as ``benchmarks/eval_real_dumps.py
--groups`` does. The floors sit a hair below the first figures, measured on 91ea9589 before any
change aimed at these dumps. Raise the floors as the reading improves, never lower them. Skipped
where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps29 gate")


class TestDumps29(RealDumpsGate):
    """Round "dumps29"'s five dumps (12 stories): (metric, comparison, floor), first figures on
    91ea9589 rounded down (up for cruft_leak): story_f1 0.667 (8/12 found, 12 made), text_f1
    0.937, cruft_leak 0.018 (7/390), headline_acc 0.875 (7/8), source_acc 0.250 (2/8),
    language_acc 1.000 (8/8), story_date_acc 0.800 (4/5)."""

    ROUND = "dumps29"
    FLOORS = [
        ("story_f1", ">=", 0.99),  # raised (round 38, its final tree: 1.000)
        ("text_f1", ">=", 0.97),  # raised (0.979)
        ("cruft_leak", "<=", 0.006),  # lowered ceiling (0.005)
        ("headline_acc", ">=", 0.99),  # raised (1.000)
        # (round 37 lowered it as its count held; round 38: 0.917, Nationwide's name is
        # nowhere in its text)
        ("source_acc", ">=", 0.91),
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.99),  # raised (1.000)
    ]
