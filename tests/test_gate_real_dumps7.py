"""Gate: the held-out dumps of round "dumps7" stay at or above their first figures.

Seventeen real pages no other set of the project holds (``tests/fixtures/real/dumps``, the
"dumps7" section of its ``SOURCES.md``: fundus and newspaper4k pages, 7 languages of
which isiXhosa and isiZulu are new, wire stories on their own and on other outlets' pages,
paywalled pages, teasers with leads), flattened by ``tagwire flatten`` and labelled by hand
before tagwire normalized them. Scored as ``benchmarks/eval_real_dumps.py --groups`` does
(group "dumps7"). The floors sit a hair below the first figures, measured on main's code
before any change aimed at these pages: story_f1 0.693, text_f1 0.957, cruft_leak 0.028,
headline_acc 0.808, source_acc 0.346, language_acc 0.731, story_date_acc 0.375. Raise
them as the reading improves, never lower them. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps7 gate")

#: (metric, comparison, floor) for group "dumps7": first figures rounded down (up for
#: cruft_leak).
FLOORS = [
    ("story_f1", ">=", 0.69),
    ("text_f1", ">=", 0.955),
    ("cruft_leak", "<=", 0.028),
    ("headline_acc", ">=", 0.80),
    ("source_acc", ">=", 0.34),
    ("language_acc", ">=", 0.73),
    ("story_date_acc", ">=", 0.37),
]


class TestDumps7(RealDumpsGate):
    """Round "dumps7"'s real dumps, against the table above."""

    ROUND = "dumps7"
