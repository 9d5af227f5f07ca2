"""Gate: tagwire on the second held-out set (real pages and dumps the rules never saw).

Runs ``benchmarks/eval_heldout2.py`` on ``tests/fixtures/real/heldout2`` (18 real news pages
in 17 languages from outlets no other gold set holds, and 3 real pages that carry several
articles one after another, flattened as a browser copies them; labelled by hand before
tagwire was run on them, origins in its ``SOURCES.md``) and scores the output with
``../shared/eval/score.py``. One test per metric and group. The floors are the FIRST
measured figures, so they catch regressions; the same stories are also put into three
real platform themes (Blogger, Tumblr, WordPress) with ``eval_platforms_real.py``'s
machinery, crawled, and floored the same way; they are raised when the code gets better,
never lowered. The set is for measuring: a rule written for one of its sentences would
make it worthless. Skipped where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout2"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"second held-out gate skipped: no eval/score.py in {SHARED} (the shared "
                "measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: Floors: group, metric, comparison, value; the first measurement of the whole set (both
#: batches, see its SOURCES.md), before any change for it (main at e42ae3e), raised where
#: later changes measured better (the dumps: story 0.836 -> 0.986 -> 1.000, source 0 -> 0.957
#: -> 1.000 after round 6's dump chrome and press-release rules).
FLOORS = [
    ("site", "story_f1", ">=", 1.0),
    ("site", "text_f1", ">=", 0.977),
    ("site", "cruft_leak", "<=", 0.011),
    ("site", "headline_acc", ">=", 1.0),
    ("site", "source_acc", ">=", 0.818),  # in-text datelines, credits around the body
    ("site", "language_acc", ">=", 1.0),  # scripts without a profile, declared relatives
    ("site", "date_acc", ">=", 1.0),
    ("dumps", "story_f1", ">=", 0.999),
    ("dumps", "text_f1", ">=", 0.999),
    ("dumps", "cruft_leak", "<=", 0.001),
    ("dumps", "headline_acc", ">=", 0.999),
    ("dumps", "source_acc", ">=", 0.999),
    ("dumps", "language_acc", ">=", 1.0),
]


#: The same stories in real Blogger, Tumblr and WordPress themes, crawled (micro over the
#: three themes; first measured story 0.900, text 0.928, cruft 0.704, headline 0.889, source
#: 0.333, language 0.889; floors now at the merged figures). Date has no floor of its own
#: here: the Blogger theme's month-only permalinks lose the day on the project's own stories
#: too (platforms gate).
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.999),  # split
    ("text_f1", ">=", 0.995),  # story tails (cleaner round 6: 0.977 -> 0.997)
    ("cruft_leak", "<=", 0.02),  # (cleaner round 6: 0.200 -> 0.015)
    ("headline_acc", ">=", 1.0),  # a dated bold headline, any script
    ("source_acc", ">=", 0.428),  # datelines, CJK notices; more stories matched
    ("language_acc", ">=", 0.951),  # Armenian by its script
]


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_heldout2", REPO / "benchmarks" / "eval_heldout2.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = _load().evaluate(SHARED, tmp_path_factory.mktemp("heldout2"), GOLD)
    assert out["problems"] == [], "tagwire normalize failed on a held-out page or dump"
    return out


@pytest.mark.parametrize("group, metric, op, floor", FLOORS,
                         ids=[f"{g}-{m}" for g, m, _, _ in FLOORS])
def test_heldout2_floor(result, group, metric, op, floor):
    m = result["tagwire"][group][metric]
    value = m["value"]
    shown = f"{group} {metric} = {value} ({m.get('num')}/{m.get('den')}); floor {op} {floor}"
    assert value is not None, f"{shown}: nothing to measure"
    assert value >= floor if op == ">=" else value <= floor, shown


def test_every_heldout2_post_and_dump_is_found_once(result):
    for group in ("site", "dumps"):
        scores = result["tagwire"][group]
        assert scores["posts_recall"]["value"] == 1.0, f"{group}: {scores['posts_recall']}"
        assert scores["duplicate_posts"]["value"] == 0, f"{group}: {scores['duplicate_posts']}"


def test_heldout2_pages_text_at_least_plain_trafilatura(result):
    ours = result["tagwire"]["site"]["text_f1"]["value"]
    ref = result["trafilatura"]["site"]["text_f1"]["value"]
    assert ours >= ref, f"held-out pages: tagwire text_f1 {ours:.3f} < trafilatura's {ref:.3f}"


@pytest.fixture(scope="module")
def platform_totals(tmp_path_factory):
    out, _mod = _load().platforms(SHARED, tmp_path_factory.mktemp("heldout2-platforms"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]["crawl"]


@pytest.mark.parametrize("metric, op, floor", PLATFORM_FLOORS,
                         ids=[m for m, _, _ in PLATFORM_FLOORS])
def test_heldout2_in_platform_themes_floor(platform_totals, metric, op, floor):
    value = platform_totals[metric]
    shown = f"platforms crawl {metric} = {value}; floor {op} {floor}"
    assert value is not None, f"{shown}: nothing to measure"
    assert value >= floor if op == ">=" else value <= floor, shown
