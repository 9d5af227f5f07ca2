"""Gate: the held-out dumps of round "dumps10" stay at or above their first figures.

Eight real pages no other set of the project holds (``tests/fixtures/real/dumps``, the
"dumps10" section of its ``SOURCES.md``: the article pages of opendatalab/magic-html's
extraction benchmark; Portuguese, Russian, Polish, Turkish, Urdu and Arabic stories with their
portals' menus, teaser cards and title lists around them, and a Reuters story on a portal),
flattened by ``tagwire flatten`` and labelled by hand before tagwire normalized them. Scored
as ``benchmarks/eval_real_dumps.py --groups`` does (group "dumps10"). The floors sit a hair
below the first figures, measured on main's code (f5f55cc) before any change aimed at these
pages: story_f1 0.700 (14/20), text_f1 0.940, cruft_leak 0.020 (15/751), headline_acc 0.714
(5/7), source_acc 0.571 (4/7), language_acc 1.000, story_date_acc 0.833 (5/6). Six more pages
of the same round and repository, group "dumps10b" (Korean, Persian, Hindi, Japanese and
Indonesian stories, a dpa story on Spiegel's site), were labelled and measured the same way on
the same code: story_f1 0.455 (10/22), text_f1 0.849, cruft_leak 0.013 (25/1898),
headline_acc 0.400 (2/5), source_acc 0.600 (3/5), language_acc 1.000, story_date_acc 0.200
(1/5). Raise the floors as the reading improves, never lower them. Skipped where
``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps10 gate")


class TestDumps10(RealDumpsGate):
    """Round "dumps10"'s real dumps: (metric, comparison, floor), first figures rounded down
    (up for cruft_leak)."""

    ROUND = "dumps10"
    FLOORS = [
        ("story_f1", ">=", 0.69),
        ("text_f1", ">=", 0.93),
        ("cruft_leak", "<=", 0.021),
        ("headline_acc", ">=", 0.71),
        ("source_acc", ">=", 0.57),
        ("language_acc", ">=", 0.99),
        ("story_date_acc", ">=", 0.83),
    ]


class TestDumps10b(RealDumpsGate):
    """Round "dumps10b"'s six real dumps, the same way."""

    ROUND = "dumps10b"
    FLOORS = [
        ("story_f1", ">=", 0.92),  # (round 21: a menu's label opens no story)
        ("text_f1", ">=", 0.84),
        # (round 31: 0.014 -> 0.017, the measure, not the reading: the Hindi page's story
        # text is the same words as before, its letters now the page's own instead of NFC's
        # (U+095C "ड़" whole, not split), so its related headlines that leaked before compare
        # equal to their gold cruft lines at last: 25 -> 32 of 1,898 lines)
        ("cruft_leak", "<=", 0.017),
        ("headline_acc", ">=", 0.40),
        ("source_acc", ">=", 0.60),
        ("language_acc", ">=", 0.99),
        ("story_date_acc", ">=", 0.60),  # (round 21: the header's date line under the title)
    ]
