"""Gate: ``tagwire normalize`` on the real dump corpus stays at or above its floors.

The corpus (``tests/fixtures/real/dumps``, origins in its ``SOURCES.md``) is real pages
flattened by ``tagwire flatten``, with gold written by hand. Runs the CLI on every dump as
``benchmarks/eval_real_dumps.py`` does and scores with ``../shared/eval/score.py``. The
floors are what the code reaches now (issue 16's targets are higher: story_f1 >= 0.90,
text_f1 >= 0.97, cruft_leak <= 0.05, headline and source >= 0.85); raise them as splitting
improves, never lower them. One test per metric, so a report shows every metric that
dropped. Skipped where ``../shared`` is absent (a user's clone); CI has it.
"""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"real-dumps gate skipped: no eval/score.py in {SHARED} "
                "(the shared measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: (metric, comparison, floor): measured on the corpus, rounded down (up for cruft_leak).
#: Before the page-rhythm reading (issue 16) the 16 first dumps gave story_f1 0.286, text_f1
#: 0.626, cruft_leak 0.373, headline_acc 0.077, source_acc 0.250. Seven harder dumps were
#: added since (Persian and Arabic outlet openers, a blog archive, feeds of wire leads); on
#: the 23 the code gave story_f1 0.845, text_f1 0.960, cruft_leak 0.017, headline_acc 0.941,
#: source_acc 0.869, language_acc 0.970; with an article page's sidebar and footer read as
#: the page's and the site's name read from its logo and follow-us lines (issue 16),
#: story_f1 0.933, text_f1 0.980, cruft_leak 0.008, headline_acc 0.971, source_acc 0.930,
#: language_acc 0.971 (two stories of German prose that open with English words were taken
#: for English, a three-word teaser was "und"); with the language told on a story's longer
#: paragraphs and a story too short to tell taking its post's, language_acc 1.000; with
#: "Press Association" its own outlet (not folded into PA Media), source_acc 0.944.
FLOORS = [
    ("story_f1", ">=", 0.94),  # a headed paywall box of under 20 words is chrome: 0.942
    ("text_f1", ">=", 0.975),
    ("cruft_leak", "<=", 0.01),
    ("headline_acc", ">=", 0.97),
    ("source_acc", ">=", 0.94),
    ("language_acc", ">=", 1.0),
]


def _load_eval():
    spec = importlib.util.spec_from_file_location("eval_real_dumps",
                                                  REPO / "benchmarks" / "eval_real_dumps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    result = _load_eval().evaluate(SHARED, tmp_path_factory.mktemp("real-dumps"))
    assert result["problems"] == [], "tagwire normalize failed on a real dump"
    return result["tagwire"]


@pytest.mark.parametrize("metric, op, floor", FLOORS, ids=[m for m, _, _ in FLOORS])
def test_real_dumps_floor(scores, metric, op, floor):
    m = scores[metric]
    value = m["value"]
    shown = f"{metric} = {value} ({m.get('num')}/{m.get('den')}); floor {op} {floor}"
    assert value is not None, f"{shown}: nothing to measure (no matched stories?)"
    assert value >= floor if op == ">=" else value <= floor, shown
