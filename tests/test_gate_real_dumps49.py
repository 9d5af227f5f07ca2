"""Gate: the held-out dumps of round "dumps49" stay at or above their first figures.

Three real listing pages of 2016 (``tests/fixtures/real/dumps``, the "dumps49" section of its
``SOURCES.md``), each holding several stories, flattened by headless Chromium as a user's
select-all copy gives them: a Greek regional news site's front page, its "Live" list of teasers
(title, a "DD/MM/YYYY" line, a lead cut with "..."; three teasers with no lead) after a ticker of
"DD/MM/YYYY title" lines, advertisers' boxes and a pollution widget, side lists of titles and
dates after it (EordaiaLive.com), an Italian football fan magazine's category page, three slider
teasers with a glued " [continua...]" and twenty teasers (title, a "D mese YYYY HH:MM" line, a
lead cut with "[…]", some of them line-ups or score sheets, some opening with a dateline "PRAGA
– ") (Lazialità), and a Bangladeshi local news portal's section page, a slider of fifteen
teasers with short leads, the first ten again with an "N hours ago" line and a longer lead
closing " ... বিস্তারিত »", tickers and title lists repeating the titles (NewsChittagong24.com).
Labelled by hand before tagwire normalized them; scored as ``benchmarks/eval_real_dumps.py
--groups`` does. The floors sit a hair below the first figures, measured on 0a5a1586 before any
change aimed at these dumps. Raise the floors as the reading improves, never lower them.
Skipped where ``../shared`` is absent.
"""
from __future__ import annotations

from tests.heldout_gates import RealDumpsGate, skip_without_shared

skip_without_shared("dumps49 gate")


class TestDumps49(RealDumpsGate):
    """Round "dumps49"'s three dumps (55 stories): (metric, comparison, floor), first figures
    on 0a5a1586 rounded down (up for cruft_leak; 0.01 lower where a figure sits on a
    two-decimal value): story_f1 0.768 (38/55 found, 44 made), text_f1 0.894, cruft_leak
    0.090 (21/233), headline_acc 0.947 (36/38), source_acc 0.053 (2/38), language_acc 0.947
    (36/38), story_date_acc 0.633 (19/30). Raised in round 53, when the set was worked on (so
    no longer held out), to its figures then: story_f1 0.955, text_f1 0.981, cruft_leak
    0.026, headline_acc 1.000, source_acc 1.000, language_acc 1.000, story_date_acc 0.778
    (EordaiaLive's teasers with no lead and its ad box still part from the gold)."""

    ROUND = "dumps49"
    FLOORS = [
        ("story_f1", ">=", 0.95),
        ("text_f1", ">=", 0.98),
        ("cruft_leak", "<=", 0.03),
        ("headline_acc", ">=", 0.99),
        ("source_acc", ">=", 0.99),
        ("language_acc", ">=", 0.999),
        ("story_date_acc", ">=", 0.77),
    ]
