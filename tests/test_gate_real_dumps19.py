"""Gate: the held-out dumps of round "dumps19" stay at or above their first figures.

Six real pages that carry several stories one after another (``tests/fixtures/real/dumps``, the
"dumps19" section of its ``SOURCES.md``), flattened by headless Chromium as a user's select-all
copy gives them: two live blogs (timed entries under "HH:MMAuthor" or "N hours agoHH:MM Author"
lines, captions, embedded posts), a broadcaster's news ticker ("HH.MM Uhr: Title" entries under
a key-points box), a business newsletter archived as a web page (run-in briefs, sub-headed
sections), an article with a second story appended under its own title, and a government portal's
article followed by teasers with leads; in German, English, Spanish and French. Labelled by hand
before tagwire normalized them; scored as ``benchmarks/eval_real_dumps.py --groups`` does. The
floors sit a hair below the first figures, measured on main's code (d55459a) before any change
aimed at these dumps. Raise the floors as the reading improves, never lower them. Skipped where
``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps19 gate")


class TestDumps19(RealDumpsGate):
    """Round "dumps19"'s six dumps (75 stories): (metric, comparison, floor), first figures on
    d55459a rounded down (up for cruft_leak): story_f1 0.360 (18/75 found, 25 made), text_f1
    0.936, cruft_leak 0.050 (29/583), headline_acc 0.222 (4/18), source_acc 0.111 (2/18),
    language_acc 1.000 (18/18), story_date_acc 0.357 (5/14). Raised in round 27 (a clock line
    glued to its author or badge, a ticker's "HH.MM Uhr: Title" line, entries before the
    page's stamped time of its day): story_f1 0.824, text_f1 0.965, cruft_leak 0.038,
    headline_acc 0.893, story_date_acc 0.905; source_acc 0.036 on that branch (more entries
    found, none yet credited with its page's name), 0.375 with the round's source rules
    merged (the BR24 and Express table rows, a byline's trade): floor 0.35."""

    ROUND = "dumps19"
    FLOORS = [
        ("story_f1", ">=", 0.83),  # raised (round 38: 0.832)
        ("text_f1", ">=", 0.96),
        ("cruft_leak", "<=", 0.03),  # raised (round 51: 0.024, a live blog's pointer)
        ("headline_acc", ">=", 0.89),  # raised (round 38: 0.895)
        ("source_acc", ">=", 0.98),  # raised (round 45: 0.982, the Mirror by its usual name)
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.89),
    ]
