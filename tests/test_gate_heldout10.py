"""Gate: tagwire on the tenth held-out set (real pages from a project never drawn on).

Runs ``benchmarks/eval_heldout10.py`` on ``tests/fixtures/real/heldout10`` (real news pages
saved by a read-it-later app's Readability fork for its tests, which no other set draws on:
an Arabic BBC feature, a paywalled Chinese company story, a Spanish long feature and English
reports from nine outlets no set holds, with "Advertisement" headings and ad furniture,
promos, "Related" links and an embedded tweet between paragraphs; labelled by hand before
tagwire was run on them, origins in its ``SOURCES.md``) and scores the output with
``../shared/eval/score.py``. One test per metric. The floors are the FIRST measured figures
(a hair below, for rounding), so they catch regressions; the same stories are also put into
the fifth set's real themes (``benchmarks/themes_heldout5.py``) with
``eval_platforms_real.py``'s machinery, and into posts of a real WordPress
(``eval_wordpress_real.py``'s, skipped where its Debian packages are absent), crawled, and
floored the same way. They are raised when the code gets better, never lowered. The set is
for measuring: a rule written for one of its sentences would make it worthless. Skipped
where ``../shared`` is absent; CI has it.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from tests.services.wordpress import missing_packages

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout10"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"tenth held-out gate skipped: no eval/score.py in {SHARED} (the shared "
                "measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: batch 1 (12 pages: 1 Arabic, 1 Chinese, 1 Spanish, 9 English; on main at 29e3a29, before
#: any change reached it), a hair below for rounding: story 0.889 (24/27), text 0.974 (plain
#: trafilatura 0.955), cruft 0.068 (10/146), headline 0.750 (9/12), source 0.500 (2/4),
#: language 1.0 (12/12), date 0.917 (11/12).
FLOORS = [
    ("story_f1", ">=", 0.885),  # a cookie notice, an event promo, an embedded tweet as stories
    ("text_f1", ">=", 0.97),  # "Article content" furniture, a "you may like" strip kept
    ("cruft_leak", "<=", 0.07),  # a promo's lines, a house note, a bare link, a print note
    ("headline_acc", ">=", 0.745),  # a cookie notice's and a promo's heading, a <title>
    ("source_acc", ">=", 0.495),  # "来源：财新网" and BBC's role line not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.915),  # a late-evening date read a day later (UTC)
]


#: The same stories in the fifth set's three real themes (WordPress Twenty Twenty-One, Ghost
#: Casper, Drupal Olivero; seven stories each, in order, so all 12 reach a theme), crawled,
#: micro over the themes; first measured: story 0.913, text 0.954, cruft 0.442, headline
#: 0.952, source 0.250, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.91),
    ("text_f1", ">=", 0.95),
    ("cruft_leak", "<=", 0.445),  # the captions, promos and related links pasted after
    ("headline_acc", ">=", 0.95),
    ("source_acc", ">=", 0.245),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.960, text 0.960, cruft 0.237, headline 0.917, source 0.250, language 1.0,
#: date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.955),
    ("text_f1", ">=", 0.955),
    ("cruft_leak", "<=", 0.24),  # the captions, promos and related links pasted after
    ("headline_acc", ">=", 0.915),
    ("source_acc", ">=", 0.245),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_heldout10", REPO / "benchmarks" / "eval_heldout10.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _check(shown: str, value: float | None, op: str, floor: float) -> None:
    assert value is not None, f"{shown}: nothing to measure"
    assert value >= floor if op == ">=" else value <= floor, f"{shown}; floor {op} {floor}"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = _load().evaluate(SHARED, tmp_path_factory.mktemp("heldout10"), GOLD)
    assert out["problems"] == [], "tagwire normalize failed on a held-out page"
    return out


@pytest.mark.parametrize("metric, op, floor", FLOORS, ids=[m for m, _, _ in FLOORS])
def test_heldout10_floor(result, metric, op, floor):
    m = result["tagwire"]["site"][metric]
    _check(f"site {metric} = {m['value']} ({m.get('num')}/{m.get('den')})", m["value"], op,
           floor)


def test_every_heldout10_post_is_found_once(result):
    scores = result["tagwire"]["site"]
    assert scores["posts_recall"]["value"] == 1.0, scores["posts_recall"]
    assert scores["duplicate_posts"]["value"] == 0, scores["duplicate_posts"]


def test_heldout10_pages_text_not_below_plain_trafilatura(result):
    # first measured 0.974 against trafilatura's 0.955: tagwire's text F1 stays at or above
    ours = result["tagwire"]["site"]["text_f1"]["value"]
    ref = result["trafilatura"]["site"]["text_f1"]["value"]
    assert ours >= ref, f"held-out pages: tagwire text_f1 {ours:.3f} < trafilatura's {ref:.3f}"


@pytest.fixture(scope="module")
def platform_totals(tmp_path_factory):
    out, _mod = _load().platforms(SHARED, tmp_path_factory.mktemp("heldout10-platforms"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]["crawl"]


@pytest.mark.parametrize("metric, op, floor", PLATFORM_FLOORS,
                         ids=[m for m, _, _ in PLATFORM_FLOORS])
def test_heldout10_in_platform_themes_floor(platform_totals, metric, op, floor):
    _check(f"platforms crawl {metric} = {platform_totals[metric]}", platform_totals[metric],
           op, floor)


@pytest.fixture(scope="module")
def wordpress_totals(tmp_path_factory):
    missing = missing_packages()
    if missing:
        pytest.skip(f"no real WordPress for this test: missing Debian packages: "
                    f"{' '.join(missing)} (tests/services/install-debian-packages.sh)")
    out, _mod = _load().wordpress(SHARED, tmp_path_factory.mktemp("heldout10-wordpress"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]


@pytest.mark.parametrize("metric, op, floor", WORDPRESS_FLOORS,
                         ids=[m for m, _, _ in WORDPRESS_FLOORS])
def test_heldout10_in_real_wordpress_floor(wordpress_totals, metric, op, floor):
    _check(f"wordpress {metric} = {wordpress_totals[metric]}", wordpress_totals[metric], op,
           floor)
