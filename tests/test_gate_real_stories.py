"""Gate: tagwire on real news and aggregator pages it was not designed from.

Runs ``benchmarks/eval_real_stories.py`` on ``tests/fixtures/real/stories`` (45 real
pages from 45 sites in ten languages, labelled by hand; origins in its ``SOURCES.md``; the
last 19 were added as held-out pages, scored before the rules were changed for them)
and scores the output with ``../shared/eval/score.py``. One test per metric, so a report
shows every metric that is off, with its value. The floors are what the code reaches
(a regression gate); the issue's targets are in ``TARGETS`` and the benchmark prints
them. Skipped where ``../shared`` is absent (a user's clone); CI has it.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"real-stories gate skipped: no eval/score.py in {SHARED} "
                "(the shared measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: Floors: what the code reaches now (raise them as it improves, never lower them). Set
#: when the held-out pages joined the set (the first 26 pages alone still reach story_f1
#: 0.98, text_f1 0.99, cruft 0.00, headline 1.00, source 1.00, date 0.92). With credits read
#: around the post's body and print headers' dates set aside: source 0.893 -> 0.964, date
#: 0.953 -> 1.000.
FLOORS = [
    ("story_f1", ">=", 0.99),  # boundaries by shape: 0.968 -> 1.000 (headline 0.978 -> 1.000)
    ("text_f1", ">=", 0.985),
    ("cruft_leak", "<=", 0.01),
    ("headline_acc", ">=", 0.99),
    ("source_acc", ">=", 0.99),
    ("language_acc", "==", 1.0),
    ("date_acc", ">=", 1.0),
]
#: The issue's targets for real content (cruft_leak and source_acc are not met on the
#: held-out pages: see SOURCES.md).
TARGETS = {"story_f1": 0.95, "text_f1": 0.98, "cruft_leak": 0.03, "headline_acc": 0.90,
           "source_acc": 0.90, "language_acc": 1.0}


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_real_stories", REPO / "benchmarks" / "eval_real_stories.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    result = _load().evaluate(SHARED, tmp_path_factory.mktemp("real-stories"))
    assert result["problems"] == [], "tagwire normalize failed on a real page"
    return result["tagwire"]["site"]


@pytest.mark.parametrize("metric, op, floor", FLOORS, ids=[m for m, _, _ in FLOORS])
def test_real_stories_floor(scores, metric, op, floor):
    m = scores[metric]
    value = m["value"]
    shown = (f"{metric} = {value} ({m.get('num')}/{m.get('den')}); floor {op} {floor}; "
             f"issue target {TARGETS.get(metric, '-')}")
    assert value is not None, f"{shown}: nothing to measure"
    if op == ">=":
        assert value >= floor, shown
    elif op == "<=":
        assert value <= floor, shown
    else:
        assert value == floor, shown


def test_every_gold_post_is_found_once(scores):
    assert scores["posts_recall"]["value"] == 1.0, f"posts_recall = {scores['posts_recall']}"
    assert scores["duplicate_posts"]["value"] == 0, f"duplicate_posts = {scores['duplicate_posts']}"
