"""Gate: real stories in real Blogger, Tumblr and WordPress themes, crawled and normalized.

Runs ``benchmarks/eval_platforms_real.py`` in full: eight real themes (four Blogger, two
Tumblr, two WordPress themes the test WordPress does not have), each a static site of
five posts holding real stories from the real-stories gold, crawled with ``scrapy crawl
tagarchive`` from its label or tag page and normalized offline from its permalink pages,
scored with ``../shared/eval/score.py``. The floors are what the code reaches now, per
platform over both routes (a regression gate: raise them as it improves, never lower
them); the issue's targets are the benchmark's ``TARGETS``. Skipped where ``../shared``
is absent (the sites' own test runs everywhere). About a minute (eight crawls).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import lxml.html
import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

NO_SHARED = (f"platforms real-stories gate skipped: no eval/score.py in {SHARED} "
             "(the shared measuring material beside the repository)")

#: Floors per platform, both routes together: what the code reaches now (measured
#: 2026-11-30; the failures behind the gaps are listed by the benchmark's report). First
#: measured: Blogger headline 0.821, cruft 0.108; Tumblr story_f1 0.923, text_f1 0.974,
#: cruft 0.268, headline 0.708, language 0.833; WordPress headline 0.857. Then the heading
#: that opens a post's body taken as its story's headline, the paragraph shapes of
#: ``<br>`` bodies and reblog quotes, and caption markup under pictures. Then (cruft
#: round): Blogger cruft 0.041 -> 0.027, Tumblr 0.098 -> 0.000 with captions typed just
#: before their photo credit, "symbolic picture" labels, CJK photo credits, the
#: report-an-error table and app notices; text_f1 Blogger 0.998 -> 0.999, Tumblr 0.995 -> 0.9987.
FLOORS: dict[str, list[tuple[str, str, float]]] = {
    "blogger": [("story_f1", ">=", 1.0), ("text_f1", ">=", 0.999), ("cruft_leak", "<=", 0.028),
                ("headline_acc", ">=", 1.0), ("source_acc", ">=", 1.0),
                ("language_acc", "==", 1.0), ("date_acc", ">=", 0.8)],
    "tumblr": [("story_f1", ">=", 1.0), ("text_f1", ">=", 0.998), ("cruft_leak", "<=", 0.0),
               ("headline_acc", ">=", 1.0), ("source_acc", ">=", 0.8),
               ("language_acc", "==", 1.0), ("date_acc", "==", 1.0)],
    "wordpress": [("story_f1", ">=", 1.0), ("text_f1", ">=", 0.997), ("cruft_leak", "<=", 0.0),
                  ("headline_acc", ">=", 1.0), ("source_acc", ">=", 1.0),
                  ("language_acc", "==", 1.0), ("date_acc", "==", 1.0)],
}
CASES = [(p, m, op, v) for p, rows in FLOORS.items() for m, op, v in rows]
#: Posts whose crawled record differs from the offline one (there were two Tumblr
#: headlines, the listing's title vs the permalink page's; none since the body's opening
#: heading is read alike on both routes).
ROUTE_DIFFERENCES_AT_MOST = 0


def _load():
    spec = importlib.util.spec_from_file_location(
        "eval_platforms_real", REPO / "benchmarks" / "eval_platforms_real.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def bench():
    return _load()


def test_every_theme_site_lists_every_gold_post(bench, tmp_path) -> None:
    """The sites themselves (no scorer needed): each theme's archive pages, followed by
    their older-posts links, list every gold post once, and each post's page exists and
    shows its title and stories' text."""
    sets = bench.build_sets(tmp_path, bench.THEMES)
    assert sorted(sets) == sorted(t.name for t in bench.THEMES)
    for theme in bench.THEMES:
        folder = sets[theme.name]
        golds = [json.loads(x) for x in (folder / "gold.jsonl").read_text().splitlines()]
        assert len(golds) == len(bench.SHAPE)
        listed: list[str] = []
        path: str | None = (folder / "START").read_text().strip()
        seen = set()
        while path and path not in seen:
            seen.add(path)
            page = lxml.html.parse(str(folder / "site" / path.lstrip("/") / "index.html"))
            hrefs = {a.get("href") for a in page.iter("a")}
            listed += [g["url"] for g in golds if g["url"] in hrefs and g["url"] not in listed]
            older = page.xpath(theme.next) if theme.next else page.xpath(
                "//a[contains(@class,'blog-pager-older-link')]")
            path = older[0].get("href") if older else None
        assert listed == [g["url"] for g in golds], f"{theme.name}: archive lists {listed}"
        for g in golds:
            file = folder / "site" / g["url"].lstrip("/")
            file = file / "index.html" if g["url"].endswith("/") else file
            text = " ".join(lxml.html.parse(str(file)).getroot().text_content().split())
            assert g["title"] in text, f"{theme.name} {g['url']}: no title"
            for story in g["stories"]:
                first = " ".join(story["text"].split("\n\n")[0].split())
                assert first in text, f"{theme.name} {g['url']}: story text missing"


@pytest.fixture(scope="module")
def result(bench, tmp_path_factory) -> dict:
    if not (SHARED / "eval" / "score.py").is_file():
        pytest.skip(NO_SHARED)
    out = bench.evaluate(SHARED, tmp_path_factory.mktemp("platforms-real"))
    out["targets"] = bench.TARGETS
    out["table"] = bench.table(out)
    return out


@pytest.mark.gate
def test_every_theme_crawls_every_post_once(result) -> None:
    assert result["problems"] == [], "a crawl failed: " + "; ".join(result["problems"])
    assert len(result["runs"]) == 16, sorted(result["runs"])
    for name, scores in result["runs"].items():
        assert scores["posts_recall"]["value"] == 1.0, f"{name}: {scores['posts_recall']}"
        assert scores["duplicate_posts"]["value"] == 0, f"{name}: {scores['duplicate_posts']}"


@pytest.mark.gate
@pytest.mark.parametrize("platform, metric, op, floor", CASES,
                         ids=[f"{p}-{m}" for p, m, _, _ in CASES])
def test_platforms_real_floor(result, platform, metric, op, floor) -> None:
    names = [n for n in result["runs"] if result["platform"][n.split("/")[0]] == platform]
    num = sum(result["runs"][n][metric]["num"] for n in names)
    den = sum(result["runs"][n][metric]["den"] for n in names)
    assert den, f"{platform} {metric}: nothing to measure"
    value = num / den
    shown = (f"{platform} {metric} = {value:.4f} ({num}/{den}); floor {op} {floor}; issue "
             f"target {result['targets'].get(metric, '-')}\n{result['table']}")
    if op == ">=":
        assert value >= floor, shown
    elif op == "<=":
        assert value <= floor, shown
    else:
        assert value == floor, shown


@pytest.mark.gate
def test_crawl_and_offline_give_the_same_records(result) -> None:
    routes = result["routes"]
    assert len(routes) <= ROUTE_DIFFERENCES_AT_MOST, "\n".join(routes)
