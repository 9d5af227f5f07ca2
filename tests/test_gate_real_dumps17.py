"""Gate: the held-out dumps of rounds "dumps17" and "dumps17b" stay at or above their first figures.

Nine pieces of text a person compiled by pasting and retelling stories, the first non-English
kind of it the project holds (``tests/fixtures/real/dumps``, the "dumps17" and "dumps17b"
sections of its ``SOURCES.md``): the news columns of a Russian-language e-zine of 1990-92,
newspaper and Newsbytes stories under "*** title ***" banner lines with right-aligned credit
lines ("Известия, 9.09.89", "Newsbytes News Network, February 14, 1991") and the compiler's
signature (round "dumps17"); wire and online copy pasted into the same e-zine (a UPI story with
deeply indented paragraphs, CompuServe "Online Today" stories with date lines, promos and
trailers), a forwarded e-mail newsletter of run-in headlines, and the CIS news of a Usenet
finance digest under all-caps headlines (round "dumps17b"). Labelled by hand before tagwire
normalized them; scored as ``benchmarks/eval_real_dumps.py --groups`` does. The floors sit a
hair below the first figures, measured on main's code (9de39c9) before any change aimed at these
dumps. A metric whose first figure is zero or has no gold to count has no floor yet (a floor of
zero would assert nothing): headline_acc and story_date_acc of both rounds and dumps17b's
source_acc enter the gate when they first rise. Raise the floors as the reading improves, never
lower them. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps17 gate")


class TestDumps17(RealDumpsGate):
    """Round "dumps17"'s five dumps (29 stories): (metric, comparison, floor), first figures on
    9de39c9 rounded down (up for cruft_leak): story_f1 0.488 (10/29 found, 12 made), text_f1
    0.852, cruft_leak 0.000 (0/11), headline_acc 0.000 (0/10), source_acc 0.600 (3/5),
    language_acc 1.000 (10/10), story_date_acc 0.000 (0/5)."""

    ROUND = "dumps17"
    #: Raised by d17fix (rule-wrapped titles, right-aligned credit blocks, Cyrillic
    #: hyphenation): story_f1 0.885 (23/29 found, 23 made), text_f1 0.923, headline_acc 0.696
    #: (16/23). source_acc counts the stories found: 2/11 now against 3/5, six more stories
    #: found whose source stands only in a credit line not yet read as one (and one
    #: "Известия" read as "Izvestia" once its credit block is one line), so its floor
    #: follows the new count.
    #: Raised by dumps22 (the wrap measured on the text as pasted, a story break bounding
    #: the headline search): story_f1 0.926, text_f1 0.932, headline_acc 0.760.
    FLOORS = [
        ("story_f1", ">=", 0.92),
        ("text_f1", ">=", 0.93),
        ("cruft_leak", "<=", 0.01),
        ("headline_acc", ">=", 0.75),
        ("source_acc", ">=", 0.72),  # raised (round 36: Известия, the page's name in its script)
        ("language_acc", ">=", 0.999),
    ]


class TestDumps17b(RealDumpsGate):
    """Round "dumps17b"'s four dumps (21 stories), the same way: first figures on 9de39c9
    story_f1 0.047 (1/21 found, 22 made), text_f1 0.814, cruft_leak 0.621 (18/29), headline_acc
    0.000 (0/1), source_acc - (no gold source among the stories found), language_acc 1.000
    (1/1), story_date_acc - (none found)."""

    ROUND = "dumps17b"
    #: Raised by d17fix: story_f1 0.327 (8/21 found, 28 made), text_f1 0.847, cruft_leak 0.517
    #: (15/29), headline_acc 0.875 (7/8).
    #: Raised by dumps22: story_f1 0.706, text_f1 0.964, source_acc 0.250. headline_acc counts
    #: the stories found: 10/12 right now against 7/8 (three more right, two of the newly
    #: found with a wrong one: an all-caps title written with Latin "H" for Cyrillic "Н" read
    #: as spam, a subtitle joined to its rule-wrapped title), so its floor follows the count.
    FLOORS = [
        ("story_f1", ">=", 0.70),
        ("text_f1", ">=", 0.96),
        ("cruft_leak", "<=", 0.52),
        ("headline_acc", ">=", 0.83),
        ("source_acc", ">=", 0.24),
        ("language_acc", ">=", 0.999),
    ]
