"""Gate: the held-out dumps of round "dumps8" stay at or above their first figures.

Nineteen real pages no other set of the project holds (``tests/fixtures/real/dumps``, the
"dumps8" section of its ``SOURCES.md``: fundus and htmldate pages, 8 languages of which
Hindi and Ukrainian are new, wire stories on agencies' own pages and on other outlets'
pages, paywalled pages, teasers with leads), flattened by ``tagwire flatten`` and labelled
by hand before tagwire normalized them. Scored as ``benchmarks/eval_real_dumps.py --groups``
does (group "dumps8"). The floors sit a hair below the first figures, measured on main's
code (e4cff1b) before any change aimed at these pages: story_f1 0.757, text_f1 0.911,
cruft_leak 0.039, headline_acc 0.464, source_acc 0.464, language_acc 1.000,
story_date_acc 0.190. Raise them as the reading improves, never lower them. Skipped where
``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps8 gate")

#: (metric, comparison, floor) for group "dumps8": first figures rounded down (up for
#: cruft_leak).
FLOORS = [
    ("story_f1", ">=", 0.84),  # (rhythm22: 0.848, a byline and a box's notice no titles)
    ("text_f1", ">=", 0.91),
    ("cruft_leak", "<=", 0.04),
    ("headline_acc", ">=", 0.70),  # raised (round 51: 0.714, BBC's explainer's title)
    ("source_acc", ">=", 0.81),  # raised (round 51: 0.821, a footer describing its site)
    ("language_acc", ">=", 0.99),
    ("story_date_acc", ">=", 0.18),
]


class TestDumps8(RealDumpsGate):
    """Round "dumps8"'s real dumps, against the table above."""

    ROUND = "dumps8"
