"""Gate: tagwire on the fourth held-out set (real agency, wire and national pages never seen).

Runs ``benchmarks/eval_heldout4.py`` on ``tests/fixtures/real/heldout4`` (real news pages
from outlets no other gold set holds, taken from other extraction projects' test data:
national agencies, wire stories republished by other outlets, an aggregator's repost and
national outlets' own pages, in languages such as Turkish, Korean, Hindi, Swahili, Japanese
and Polish; labelled by hand before tagwire was run on them, origins in its ``SOURCES.md``)
and scores the output with ``../shared/eval/score.py``. One test per metric. The floors are
the FIRST measured figures (a hair below, for rounding), so they catch regressions; the
same stories are also put into real platform themes (Blogger, Tumblr, WordPress; every
theme the project holds is already used by an earlier held-out set, so these are reused)
with ``eval_platforms_real.py``'s machinery, and into posts of a real WordPress
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
GOLD = REPO / "tests" / "fixtures" / "real" / "heldout4"

if not (SHARED / "eval" / "score.py").is_file():
    pytest.skip(f"fourth held-out gate skipped: no eval/score.py in {SHARED} (the shared "
                "measuring material beside the repository)", allow_module_level=True)

pytestmark = pytest.mark.gate

#: Floors: metric, comparison, value, over the permalink pages; the first measurement
#: (batch 1, 15 pages, on main at 0ad63e4, nothing changed for the set), a hair below for
#: rounding: story 0.968 (30/31), text 0.958, cruft 0.042 (5/119), headline 0.867 (13/15),
#: source 0.200 (2/10), language 1.0, date 1.0.
FLOORS = [
    ("story_f1", ">=", 0.965),  # a caption and a pull quote read as a second story
    ("text_f1", ">=", 0.955),
    ("cruft_leak", "<=", 0.045),  # end matter ("(END)", "Keywords"), newsletter boxes
    ("headline_acc", ">=", 0.86),  # a teaser's or a toolbar's heading taken for the h1
    ("source_acc", ">=", 0.19),  # bylines and slots naming the agency, source labels
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]

#: Plain trafilatura's text F1 on the same pages was 0.961 at the first measurement, 0.003
#: above tagwire's: the gap may not widen.
TRAFILATURA_TEXT_GAP = 0.005

#: The same stories in real Blogger, Tumblr and WordPress themes (seven stories each, as many
#: themes as it takes for every story to reach one), crawled, micro over the themes; first
#: measured: story 0.955, text 0.968, cruft 0.460, headline 1.0, source 0.077, language 1.0,
#: date 0.667 (the Blogger theme's posts got no date).
PLATFORM_FLOORS = [
    ("story_f1", ">=", 0.95),
    ("text_f1", ">=", 0.965),
    ("cruft_leak", "<=", 0.465),  # captions, related lists and labels in new languages
    ("headline_acc", ">=", 0.995),
    ("source_acc", ">=", 0.075),  # credits off the text are not pasted: a ceiling below 1
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.66),
]

#: The same stories pasted into posts of a real WordPress (``heldout_common.wordpress``:
#: every third post two stories, every cruft line a paragraph after its story), crawled by
#: ``eval_wordpress_real``'s five quick runs; micro over the runs, first measured: recall
#: 1.0, story 0.968, text 0.979, cruft 0.276, headline 0.933, source 0.100, language 1.0,
#: date 1.0.
WORDPRESS_FLOORS = [
    ("posts_recall", ">=", 0.999),
    ("story_f1", ">=", 0.965),
    ("text_f1", ">=", 0.975),
    ("cruft_leak", "<=", 0.28),
    ("headline_acc", ">=", 0.93),
    ("source_acc", ">=", 0.095),
    ("language_acc", ">=", 0.999),
    ("date_acc", ">=", 0.999),
]


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_heldout4", REPO / "benchmarks" / "eval_heldout4.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def _check(shown: str, value: float | None, op: str, floor: float) -> None:
    assert value is not None, f"{shown}: nothing to measure"
    assert value >= floor if op == ">=" else value <= floor, f"{shown}; floor {op} {floor}"


@pytest.fixture(scope="module")
def result(tmp_path_factory):
    out = _load().evaluate(SHARED, tmp_path_factory.mktemp("heldout4"), GOLD)
    assert out["problems"] == [], "tagwire normalize failed on a held-out page"
    return out


@pytest.mark.parametrize("metric, op, floor", FLOORS, ids=[m for m, _, _ in FLOORS])
def test_heldout4_floor(result, metric, op, floor):
    m = result["tagwire"]["site"][metric]
    _check(f"site {metric} = {m['value']} ({m.get('num')}/{m.get('den')})", m["value"], op,
           floor)


def test_every_heldout4_post_is_found_once(result):
    scores = result["tagwire"]["site"]
    assert scores["posts_recall"]["value"] == 1.0, scores["posts_recall"]
    assert scores["duplicate_posts"]["value"] == 0, scores["duplicate_posts"]


def test_heldout4_pages_text_near_plain_trafilatura(result):
    ours = result["tagwire"]["site"]["text_f1"]["value"]
    ref = result["trafilatura"]["site"]["text_f1"]["value"]
    assert ours >= ref - TRAFILATURA_TEXT_GAP, (
        f"held-out pages: tagwire text_f1 {ours:.3f} more than {TRAFILATURA_TEXT_GAP} below "
        f"trafilatura's {ref:.3f}")


@pytest.fixture(scope="module")
def platform_totals(tmp_path_factory):
    out, _mod = _load().platforms(SHARED, tmp_path_factory.mktemp("heldout4-platforms"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]["crawl"]


@pytest.mark.parametrize("metric, op, floor", PLATFORM_FLOORS,
                         ids=[m for m, _, _ in PLATFORM_FLOORS])
def test_heldout4_in_platform_themes_floor(platform_totals, metric, op, floor):
    _check(f"platforms crawl {metric} = {platform_totals[metric]}", platform_totals[metric],
           op, floor)


@pytest.fixture(scope="module")
def wordpress_totals(tmp_path_factory):
    missing = missing_packages()
    if missing:
        pytest.skip(f"no real WordPress for this test: missing Debian packages: "
                    f"{' '.join(missing)} (tests/services/install-debian-packages.sh)")
    out, _mod = _load().wordpress(SHARED, tmp_path_factory.mktemp("heldout4-wordpress"), GOLD)
    assert out["problems"] == [], f"crawl failed: {out['problems']}"
    return out["totals"]


@pytest.mark.parametrize("metric, op, floor", WORDPRESS_FLOORS,
                         ids=[m for m, _, _ in WORDPRESS_FLOORS])
def test_heldout4_in_real_wordpress_floor(wordpress_totals, metric, op, floor):
    _check(f"wordpress {metric} = {wordpress_totals[metric]}", wordpress_totals[metric], op,
           floor)
