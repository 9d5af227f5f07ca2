"""Gate: tagwire on the eighth held-out set (real pages from projects never drawn on).

Runs ``benchmarks/eval_heldout8.py`` on ``tests/fixtures/real/heldout8`` (real news pages
saved by two Readability ports for their tests, which no other set draws on: wire copy on
other outlets' pages, outlets named in their own credit slots, first pages of multi-page
stories, factboxes, pull quotes, captions and credits between paragraphs; labelled by hand
before tagwire was run on them, origins in its ``SOURCES.md``) and scores the output with
``../shared/eval/score.py``. One test per metric. The floors are the FIRST measured figures
(a hair below, for rounding), so they catch regressions; the same stories are also put into
the fifth set's three real themes (``benchmarks/themes_heldout5.py``) with
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
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout8"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"eighth held-out gate skipped: no eval/score.py in {SHARED} (the shared "
                "measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: Floors: metric, comparison, value, over the permalink pages; the first measurement of
#: batch 1 (10 pages, on main at e4cff1b, nothing changed for the set), a hair below for
#: rounding: story 0.818 (18/22), text 0.958 (plain trafilatura 0.944), cruft 0.246
#: (15/61), headline 0.889 (8/9), source 0.250 (1/4), language 1.0 (9/9), date 0.800 (8/10).
FLOORS = [
    ("story_f1", ">=", 0.81),  # a wire story drowned in sidebar lists; a bio and a box split off
    ("text_f1", ">=", 0.955),
    ("cruft_leak", "<=", 0.25),  # pull quotes, a programme box, a bio, "See also" lists
    ("headline_acc", ">=", 0.88),  # a deck taken for the headline over its title
    ("source_acc", ">=", 0.25),  # outlets in their own credit slots not read
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.79),  # the online date over the print date, and the reverse
]

#: How far tagwire's text F1 on the pages may stay below plain trafilatura's (first
#: measured on batch 1: 0.014 above it); it may not fall below.
TRAFILATURA_GAP = 0.0

#: The same stories in the fifth set's three real themes (seven stories each, in order),
#: crawled, micro over the themes; first measured on batch 1: story 1.0, text 0.976, cruft
#: 0.462, headline 0.952, source 0.200, language 1.0, date 1.0.
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.999),
    ("text_f1", ">=", 0.973),
    ("cruft_leak", "<=", 0.465),  # the bios, boxes and pull quotes pasted after the stories
    ("headline_acc", ">=", 0.95),
    ("source_acc", ">=", 0.195),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured on
#: batch 1: recall 1.0, story 0.952, text 0.980, cruft 0.323, headline 1.0, source 0.200,
#: language 1.0, date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.95),
    ("text_f1", ">=", 0.977),
    ("cruft_leak", "<=", 0.325),
    ("headline_acc", ">=", 0.999),
    ("source_acc", ">=", 0.195),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_heldout8", REPO / "benchmarks" / "eval_heldout8.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _check(shown: str, value: float | None, op: str, floor: float) -> None:
    assert value is not None, f"{shown}: nothing to measure"
    assert value >= floor if op == ">=" else value <= floor, f"{shown}; floor {op} {floor}"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = _load().evaluate(SHARED, tmp_path_factory.mktemp("heldout8"), GOLD)
    assert out["problems"] == [], "tagwire normalize failed on a held-out page"
    return out


@pytest.mark.parametrize("metric, op, floor", FLOORS, ids=[m for m, _, _ in FLOORS])
def test_heldout8_floor(result, metric, op, floor):
    m = result["tagwire"]["site"][metric]
    _check(f"site {metric} = {m['value']} ({m.get('num')}/{m.get('den')})", m["value"], op,
           floor)


def test_every_heldout8_post_is_found_once(result):
    scores = result["tagwire"]["site"]
    assert scores["posts_recall"]["value"] == 1.0, scores["posts_recall"]
    assert scores["duplicate_posts"]["value"] == 0, scores["duplicate_posts"]


def test_heldout8_pages_text_not_below_plain_trafilatura(result):
    # first measured on batch 1: 0.958 against trafilatura's 0.944; it may not fall below
    ours = result["tagwire"]["site"]["text_f1"]["value"]
    ref = result["trafilatura"]["site"]["text_f1"]["value"]
    assert ours >= ref - TRAFILATURA_GAP, (
        f"held-out pages: tagwire text_f1 {ours:.3f} < trafilatura's {ref:.3f} - "
        f"{TRAFILATURA_GAP}")


@pytest.fixture(scope="module")
def platform_totals(tmp_path_factory):
    out, _mod = _load().platforms(SHARED, tmp_path_factory.mktemp("heldout8-platforms"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]["crawl"]


@pytest.mark.parametrize("metric, op, floor", PLATFORM_FLOORS,
                         ids=[m for m, _, _ in PLATFORM_FLOORS])
def test_heldout8_in_platform_themes_floor(platform_totals, metric, op, floor):
    _check(f"platforms crawl {metric} = {platform_totals[metric]}", platform_totals[metric],
           op, floor)


@pytest.fixture(scope="module")
def wordpress_totals(tmp_path_factory):
    missing = missing_packages()
    if missing:
        pytest.skip(f"no real WordPress for this test: missing Debian packages: "
                    f"{' '.join(missing)} (tests/services/install-debian-packages.sh)")
    out, _mod = _load().wordpress(SHARED, tmp_path_factory.mktemp("heldout8-wordpress"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]


@pytest.mark.parametrize("metric, op, floor", WORDPRESS_FLOORS,
                         ids=[m for m, _, _ in WORDPRESS_FLOORS])
def test_heldout8_in_real_wordpress_floor(wordpress_totals, metric, op, floor):
    _check(f"wordpress {metric} = {wordpress_totals[metric]}", wordpress_totals[metric], op,
           floor)
