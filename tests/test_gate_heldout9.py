"""Gate: tagwire on the ninth held-out set (real pages from projects never drawn on).

Runs ``benchmarks/eval_heldout9.py`` on ``tests/fixtures/real/heldout9`` (real news pages in
Chinese and Hebrew saved by a Chinese news extractor and a scraper of Hebrew news flashes
for their tests, which no other set draws on: agency copy with its dateline in the lead,
outlets in their source slots, captions as plain paragraphs between paragraphs, text in
table cells and loose containers, one-paragraph right-to-left flashes; labelled by hand
before tagwire was run on them, origins in its ``SOURCES.md``) and scores the output with
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
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout9"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"ninth held-out gate skipped: no eval/score.py in {SHARED} (the shared "
                "measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: batch 1 (10 pages: 7 Chinese, 3 Hebrew; on main at 6cde803, before any change reached
#: it), a hair below for rounding: story 0.900 (18/20), text 0.903 (plain trafilatura 0.923),
#: cruft 0.257 (9/35), headline 0.889 (8/9), source 0.200 (1/5), language 1.0 (9/9), date
#: 1.0 (10/10).
FLOORS = [
    ("story_f1", ">=", 0.895),  # a brief in one loose <div> under a low-precision run-on
    ("text_f1", ">=", 0.90),  # captions as plain <p>/<span>/<strong>, sidebar strips kept
    ("cruft_leak", "<=", 0.26),  # captions between paragraphs, a photo credit line
    ("headline_acc", ">=", 0.88),  # a table-cell headline glued to the next cell's office
    ("source_acc", ">=", 0.195),  # "来源：X" slots and outlets beside the date not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's: first
#: measured 0.020 below it (0.903 against 0.923: captions set as plain paragraphs and
#: sidebar strips kept); the gap may not widen.
TRAFILATURA_GAP = 0.022

#: The fifth set's real themes this set runs in: Ghost Casper and Drupal Olivero. WordPress
#: Twenty Twenty-One is left out because ``normalize_page`` raises "no story text found" on
#: one story there (the district office's one-paragraph notice) and the offline route stops
#: on it: put it back once the body is found (see the findings of this set).
PLATFORM_THEMES = ("ghost-casper", "drupal-olivero")

#: The same stories in those themes (seven stories each, in order, so all 10 reach a
#: theme), crawled, micro over the themes; first measured: story 0.929, text 0.965, cruft
#: 0.625, headline 0.769, source 0.250, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.925),
    ("text_f1", ">=", 0.96),
    ("cruft_leak", "<=", 0.63),  # the captions and tags pasted after the stories
    ("headline_acc", ">=", 0.765),
    ("source_acc", ">=", 0.245),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.880, text 0.964, cruft 0.532, headline 0.886, source 0.200, language 1.0,
#: date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.875),  # Twenty Twenty-One's full-text archive: a story missed
    ("text_f1", ">=", 0.96),
    ("cruft_leak", "<=", 0.535),  # the captions pasted after the stories
    ("headline_acc", ">=", 0.88),
    ("source_acc", ">=", 0.195),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_heldout9", REPO / "benchmarks" / "eval_heldout9.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _check(shown: str, value: float | None, op: str, floor: float) -> None:
    assert value is not None, f"{shown}: nothing to measure"
    assert value >= floor if op == ">=" else value <= floor, f"{shown}; floor {op} {floor}"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = _load().evaluate(SHARED, tmp_path_factory.mktemp("heldout9"), GOLD)
    assert out["problems"] == [], "tagwire normalize failed on a held-out page"
    return out


@pytest.mark.parametrize("metric, op, floor", FLOORS, ids=[m for m, _, _ in FLOORS])
def test_heldout9_floor(result, metric, op, floor):
    m = result["tagwire"]["site"][metric]
    _check(f"site {metric} = {m['value']} ({m.get('num')}/{m.get('den')})", m["value"], op,
           floor)


def test_every_heldout9_post_is_found_once(result):
    scores = result["tagwire"]["site"]
    assert scores["posts_recall"]["value"] == 1.0, scores["posts_recall"]
    assert scores["duplicate_posts"]["value"] == 0, scores["duplicate_posts"]


def test_heldout9_pages_text_gap_to_plain_trafilatura_not_wider(result):
    # first measured 0.903 against trafilatura's 0.923; the gap may not widen
    ours = result["tagwire"]["site"]["text_f1"]["value"]
    ref = result["trafilatura"]["site"]["text_f1"]["value"]
    assert ours >= ref - TRAFILATURA_GAP, (
        f"held-out pages: tagwire text_f1 {ours:.3f} < trafilatura's {ref:.3f} - "
        f"{TRAFILATURA_GAP}")


@pytest.fixture(scope="module")
def platform_totals(tmp_path_factory):
    out, _mod = _load().platforms(SHARED, tmp_path_factory.mktemp("heldout9-platforms"), GOLD,
                                   PLATFORM_THEMES)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]["crawl"]


@pytest.mark.parametrize("metric, op, floor", PLATFORM_FLOORS,
                         ids=[m for m, _, _ in PLATFORM_FLOORS])
def test_heldout9_in_platform_themes_floor(platform_totals, metric, op, floor):
    _check(f"platforms crawl {metric} = {platform_totals[metric]}", platform_totals[metric],
           op, floor)


@pytest.fixture(scope="module")
def wordpress_totals(tmp_path_factory):
    missing = missing_packages()
    if missing:
        pytest.skip(f"no real WordPress for this test: missing Debian packages: "
                    f"{' '.join(missing)} (tests/services/install-debian-packages.sh)")
    out, _mod = _load().wordpress(SHARED, tmp_path_factory.mktemp("heldout9-wordpress"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]


@pytest.mark.parametrize("metric, op, floor", WORDPRESS_FLOORS,
                         ids=[m for m, _, _ in WORDPRESS_FLOORS])
def test_heldout9_in_real_wordpress_floor(wordpress_totals, metric, op, floor):
    _check(f"wordpress {metric} = {wordpress_totals[metric]}", wordpress_totals[metric], op,
           floor)
