"""Gate: the held-out dumps of round "dumps22" stay at or above their first figures.

Six real news pages of 2020-23 (``tests/fixtures/real/dumps``, the "dumps22" section of its
``SOURCES.md``), flattened by headless Chromium as a user's select-all copy gives them: a UK
magazine's weekly good-news round-up (an intro and twelve titled items, each ending in an
"Image: credit" line) and a German local portal's holiday briefing (an intro, ten titled event
tips and a traffic note, under a site-wide ticker of one-line briefs), and single articles of two
French national titles (a newsletter box and three "À LIRE AUSSI" teasers glued inside one's
paragraphs, readers' comments after it), a Brazilian regional portal (a timed ticker of latest
news after it) and an Italian food magazine's news page, among menus, share, newsletter, tag and
related lines. Labelled by hand before tagwire normalized them; scored as
``benchmarks/eval_real_dumps.py --groups`` does. The floors sit a hair below the first figures,
measured on 1c92d5d before any change aimed at these dumps; round 30 worked on them (so they
are seen now) and raised the floors to its figures. Raise the floors as the reading improves,
never lower them. Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps22 gate")


class TestDumps22(RealDumpsGate):
    """Round "dumps22"'s six dumps (29 stories): (metric, comparison, floor), first figures on
    1c92d5d rounded down (up for cruft_leak): story_f1 0.208 (5/29 found, 19 made), text_f1
    0.948, cruft_leak 0.034 (24/715), headline_acc 0.200 (1/5), source_acc 0.600 (3/5),
    language_acc 1.000 (5/5), story_date_acc 0.800 (4/5). Round 30 (worked on): story_f1 0.906,
    text_f1 0.977, cruft_leak 0.021, headline_acc 0.931, source_acc 0.897, language_acc 1.000,
    story_date_acc 1.000."""

    ROUND = "dumps22"
    FLOORS = [
        ("story_f1", ">=", 0.90),
        ("text_f1", ">=", 0.98),
        ("cruft_leak", "<=", 0.018),
        ("headline_acc", ">=", 0.92),
        ("source_acc", ">=", 0.96),  # raised (round 51: 0.966, a footer describing its site)
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.999),
    ]
