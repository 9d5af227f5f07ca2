"""Gate: ``tagwire normalize`` on the real dump corpus stays at or above its floors.

The corpus (``tests/fixtures/real/dumps``, origins in its ``SOURCES.md``) is real pages
flattened by ``tagwire flatten``, with gold written by hand. Runs the CLI on every dump as
``benchmarks/eval_real_dumps.py`` does and scores with ``../shared/eval/score.py``. The
floors are what the code reaches now, for the first 23 dumps and for each held-out round
apart (issue 10's targets: story_f1 >= 0.95, text_f1 >= 0.98, cruft_leak <= 0.03, headline
and source >= 0.90, language 1.0 on every set); raise them as splitting improves, never
lower them. One test per group and metric, so a report shows every metric that dropped.
Skipped where ``../shared`` is absent (a user's clone); CI has it.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.heldout_gates import dump_predictions, load_benchmark

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"real-dumps gate skipped: no eval/score.py in {SHARED} "
                "(the shared measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: (group, metric, comparison, floor): measured on the corpus, rounded down (up for
#: cruft_leak). Groups (``eval_real_dumps.groups``): "first", the 23 dumps the page-rhythm
#: reading was tuned on, and "round2", seven dumps added as a held-out round (labelled
#: before tagwire ran on them).
#: History of "first": before the page-rhythm reading (issue 16) the 16 first dumps gave
#: story_f1 0.286, text_f1 0.626, cruft_leak 0.373, headline_acc 0.077, source_acc 0.250;
#: on the 23, story_f1 0.845 -> 0.933 (an article page's sidebar and footer read as the
#: page's), language_acc 1.000 (the language told on a story's longer paragraphs),
#: source_acc 0.944 ("Press Association" its own outlet), story_f1 0.942, text_f1 0.982,
#: headline_acc 0.971 at the start of issue 10's round; then relative dates as date lines
#: with no day, a headline over its authors' names, a teaser box's dates and doubled
#: titles, readers' comments and a doubled "byline" read by shape: story_f1 0.951, text_f1
#: 0.984, cruft_leak 0.006, headline_acc 0.981, source_acc 0.944, language_acc 1.000.
#: "round2" measured first, before any change: story_f1 0.720, text_f1 0.920, cruft_leak
#: 0.018, headline_acc 0.444, source_acc 0.286, language_acc 1.000; after the same round
#: (no rule written for one page): 0.750, 0.945, 0.012, 0.889, 0.286, 1.000. The next
#: round (the site's name where the footer names only its media group or no one, picture
#: credits under a standfirst, ranked and cut-short teaser boxes, "FILE - " captions,
#: titles glued to their summaries): first 0.965, 0.984, 0.006, 0.982, 0.958; round2
#: 1.000, 0.994, 0.004, 1.000, 0.714, 1.000.
#: "round3" (five more pages flattened by a browser: a weekly edition of three articles
#: with tables, an alerts listing, a news roundup, an aggregator's copy, a portal's article;
#: nl, en, zh, ja, fa) measured first: story_f1 0.429, text_f1 0.877, cruft_leak 0.029,
#: headline_acc 0.667, source_acc 0.000, language_acc 1.000; after the dumps3 round (tables
#: kept in their article, quote attributions no feed openers, section labels, "more" links,
#: account lines, pagers, contents lists and the footer's small print as chrome, listing
#: code lines no leads, sources named inside a meta line): 1.000, 0.993, 0.004, 0.857,
#: 0.286, 1.000 -- no longer held out after that round.
#: "round4" (a live blog of 79 entries in it, a city's news portal in de, a repost in fr,
#: articles in vi and id), labelled and measured after the round3 changes and before any
#: change aimed at them: story_f1 0.905, text_f1 0.951, cruft_leak 0.030, headline_acc
#: 0.930, source_acc 0.140, language_acc 1.000 (main before the round: 0.905, 0.951, 0.029,
#: 0.930, 0.058, 1.000); after a clock-time "latest" list, bracketed credits and "Name -
#: Outlet" bylines: 0.915, 0.950, 0.024, 0.942, 0.163, 1.000. Then (issue 10, round 5) the
#: live blog's own name read from the menu lines the outlets table names it in, and its
#: gold written as the page's title writes it ("la Repubblica"): source_acc 0.965; with a
#: live blog's timed entries, a mega menu's teasers and a repost's "Lire la suite sur X":
#: 0.963, 0.982, 0.009, 0.978, 0.978, 1.000; a kicker and title glued under the teaser
#: before them: 0.968, 0.982, 0.008, 0.989, 0.978, 1.000.
#: "round5" (ten pages in tr, sv, lt, ru, cs, da, ko, ar, en, no from outlets new to the
#: project, flattened by a browser, labelled before tagwire ran on them), first figures
#: (main before the round): story_f1 0.741, text_f1 0.830, cruft_leak 0.086, headline_acc
#: 0.400, source_acc 0.300, language_acc 1.000; after the round's shapes (a headline shown
#: twice over its date, "Label - Outlet" credits, credits of pictures inside an article,
#: signed comments, a box shown twice, a metadata box's label, the page's name over its
#: first line): 0.952, 0.975, 0.013, 0.900, 0.600, 1.000.
FLOORS = [
    # (0.964 -> 0.960 in round 7's short merges, a cut-off teaser of Yahoo UK's home page
    # taken for chrome; round 8: that teaser and one under a title-cased question: 0.969)
    ("first", "story_f1", ">=", 0.968),
    ("first", "text_f1", ">=", 0.98),
    ("first", "cruft_leak", "<=", 0.007),
    ("first", "headline_acc", ">=", 0.99),
    ("first", "source_acc", ">=", 0.97),
    ("first", "language_acc", ">=", 1.0),
    ("round2", "story_f1", ">=", 0.99),
    ("round2", "text_f1", ">=", 0.993),
    ("round2", "cruft_leak", "<=", 0.005),
    ("round2", "headline_acc", ">=", 0.99),
    ("round2", "source_acc", ">=", 0.85),  # KBS World its own row of the outlets table
    ("round2", "language_acc", ">=", 1.0),
    ("round3", "story_f1", ">=", 0.99),
    ("round3", "text_f1", ">=", 0.99),
    ("round3", "cruft_leak", "<=", 0.005),
    ("round3", "headline_acc", ">=", 0.99),
    ("round3", "source_acc", ">=", 0.28),  # "LWN" for "LWN.net"; "Bron:", "به گزارش" unread
    ("round3", "language_acc", ">=", 1.0),
    ("round4", "story_f1", ">=", 0.96),
    ("round4", "text_f1", ">=", 0.98),
    ("round4", "cruft_leak", "<=", 0.01),
    ("round4", "headline_acc", ">=", 0.98),
    ("round4", "source_acc", ">=", 0.97),
    ("round4", "language_acc", ">=", 1.0),
    ("round5", "story_f1", ">=", 0.95),
    ("round5", "text_f1", ">=", 0.97),
    ("round5", "cruft_leak", "<=", 0.015),
    ("round5", "headline_acc", ">=", 0.9),
    ("round5", "source_acc", ">=", 0.6),  # "Anadolu" for "Anadolu Ajansı", see SOURCES.md
    ("round5", "language_acc", ">=", 1.0),
]


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    """Each group scored as ``eval_real_dumps.evaluate(by_group=True)`` scores it, on the
    records of every dump the held-out rounds' gates read too (made once a session; their
    making fails on a dump tagwire cannot normalize)."""
    module = load_benchmark("eval_real_dumps", register=False)
    pred = dump_predictions(module, tmp_path_factory)
    return module.score_groups(SHARED, pred, tmp_path_factory.mktemp("real-dumps-groups"))


@pytest.mark.parametrize("group, metric, op, floor", FLOORS,
                         ids=[f"{g}-{m}" for g, m, _, _ in FLOORS])
def test_real_dumps_floor(scores, group, metric, op, floor):
    m = scores[group][metric]
    value = m["value"]
    shown = f"{group} {metric} = {value} ({m.get('num')}/{m.get('den')}); floor {op} {floor}"
    assert value is not None, f"{shown}: nothing to measure (no matched stories?)"
    assert value >= floor if op == ">=" else value <= floor, shown
