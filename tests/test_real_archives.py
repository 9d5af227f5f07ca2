"""Archive pages saved from real sites, read against hand-read gold: a regression gate.

The corpus and its gold live in ``tests/fixtures/real/archives`` (origins in
``SOURCES.tsv``); ``benchmarks/eval_archives.py`` scores ``parse_archive`` on it. The
floors below are what the code reaches; a change that reads real pages worse fails here.
"""
from __future__ import annotations

import csv
import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "fixtures" / "real" / "archives"

# What the code reaches on the corpus (overall, micro-averaged); raise them as it improves.
# Round 11's pages came in at title 0.84, date 0.90, full/excerpt 0.61 on them alone (all 143
# pages: 0.98, 0.99, 0.95); read now at 1.0, 1.0, 1.0 (all 143 pages: 1.0, 1.0, 0.98).
FLOORS = {
    "archive_detected": 1.0,
    "precision": 1.0,
    "recall": 1.0,
    "title": 1.0,
    "date": 1.0,
    "full_excerpt": 0.98,
    "next_page": 1.0,
}
MAX_PREFIXED_TITLES = 0


def _scorer():
    path = ROOT / "benchmarks" / "eval_archives.py"
    spec = importlib.util.spec_from_file_location("eval_archives", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_archives", module)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def scored():
    return _scorer().evaluate(CORPUS)


def test_corpus_is_real_pages_with_recorded_origins() -> None:
    """Every gold page has its file and a SOURCES line naming repository, path and commit;
    there are at least 50 archive pages from at least 30 sites."""
    gold = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text("utf-8").splitlines()]
    with (CORPUS / "SOURCES.tsv").open(encoding="utf-8") as fh:
        sources = {row["page"]: row for row in csv.DictReader(fh, delimiter="\t")}
    assert {g["page"] for g in gold} == set(sources)
    for g in gold:
        assert (CORPUS / g["page"]).is_file()
        row = sources[g["page"]]
        assert row["origin_repo"] and row["origin_path"] and len(row["commit"]) == 40
        assert row["url"] == g["url"]
    archives = [g for g in gold if g["is_archive"]]
    assert len(archives) >= 50
    assert len({sources[g["page"]]["site"] for g in archives}) >= 30


def test_canonical_permalinks_ignore_only_spelling() -> None:
    canonical = _scorer().canonical
    assert canonical("https://www.example.org/a/b/?utm_source=x#c") == canonical("http://example.org/a/b")
    assert canonical("http://example.org/x/index.html") == canonical("http://example.org/x/")
    assert canonical("http://example.org/%e6%97%a5/") == canonical("http://example.org/%E6%97%A5")
    assert canonical("http://example.org/?p=1") != canonical("http://example.org/?p=2")
    assert canonical("http://example.org/a") != canonical("http://example.org/b")


def test_real_archive_pages_are_read_at_least_as_well_as_before(scored) -> None:
    module = _scorer()
    _, overall = scored
    failures = module.check(overall, FLOORS, MAX_PREFIXED_TITLES)
    assert not failures, f"{failures}; overall: {overall}"


# The held-out second round (``"set": "round2"``): first measured before any change at
# recall 0.98, title 0.70, full/excerpt 0.91 (README); what the code reaches now.
ROUND2_FLOORS = dict.fromkeys(FLOORS, 1.0)


def test_the_second_round_of_pages_stays_read_as_it_is_now() -> None:
    module = _scorer()
    scores, overall = module.evaluate(CORPUS, gold_set="round2")
    assert len(scores) >= 15 and overall["sites"] >= 8
    failures = module.check(overall, ROUND2_FLOORS, 0)
    assert not failures, f"{failures}; overall: {overall}"


def test_the_fourth_round_of_pages_stays_read_as_it_is_now() -> None:
    """Round 4 (held out, first measured: 1 of 3 Hugo lists right, recall 0.32): all right."""
    module = _scorer()
    scores, overall = module.evaluate(CORPUS, gold_set="round4")
    assert len(scores) >= 3
    failures = module.check(overall, ROUND2_FLOORS, 0)
    assert not failures, f"{failures}; overall: {overall}"


# Round 9 (held out, first measured: archive 0.94, recall 0.63, date 0.97, full/excerpt
# 0.92; 10 of 16 pages right): what the code reaches now. Three pages show short posts
# whole with no marker either way, so full/excerpt stays below 1.
ROUND9_FLOORS = {**ROUND2_FLOORS, "full_excerpt": 0.89}


def test_the_ninth_round_of_pages_stays_read_as_it_is_now() -> None:
    module = _scorer()
    scores, overall = module.evaluate(CORPUS, gold_set="round9")
    assert len(scores) >= 16 and overall["sites"] >= 8
    failures = module.check(overall, ROUND9_FLOORS, 0)
    assert not failures, f"{failures}; overall: {overall}"


# Round 11 (held out, first measured on 63ccd9a: 5 of 10 pages right; title 0.84, date 0.90,
# full/excerpt 0.61): now all 10 read right.
ROUND11_FLOORS = ROUND2_FLOORS


def test_the_eleventh_round_of_pages_is_read_at_least_as_first_measured() -> None:
    module = _scorer()
    scores, overall = module.evaluate(CORPUS, gold_set="round11")
    assert len(scores) >= 10 and overall["sites"] >= 8
    failures = module.check(overall, ROUND11_FLOORS, 0)
    assert not failures, f"{failures}; overall: {overall}"


def test_the_third_round_news_articles_with_teaser_cards_list_nothing() -> None:
    """Round 3 (held out, first measured: 2 of 5 article pages read as archives, 97 false
    posts): every page stays a single article."""
    module = _scorer()
    scores, overall = module.evaluate(CORPUS, gold_set="round3")
    assert len(scores) >= 5
    assert overall["archive_detected"] == 1.0 and overall["posts_found"] == 0, overall


def test_a_single_post_page_lists_no_posts(scored) -> None:
    scores, _ = scored
    singles = [s for s in scores if s.gold_posts == 0]
    assert singles
    for s in singles:
        assert s.archive_ok and s.found_posts == 0, s.page


@pytest.mark.parametrize(("text", "order", "want"), [
    ("15 6 月, 2021", "dmy", "2021-06-15"),          # zh/ja WordPress: never "six months ago"
    ("2018年6月4日2018年6月5日", "dmy", "2018-06-04"),  # published, then updated
    ("Thu, 06/05/2025 - 17:12", "mdy", "2025-06-05"),
    ("Thu, 06/05/2025 - 17:12", "dmy", "2025-05-06"),
    ("[Samstag, 19. Juli 2014]", "dmy", "2014-07-19"),
    ("Дата: 10 ноября 2011 Рубрика", "dmy", "2011-11-10"),
    ("Oct 7th, 2015", "dmy", "2015-10-07"),
    ("5 minutes ago", "dmy", None),
    ("Permalink", "dmy", None),
])
def test_listing_dates_are_read_in_the_page_order_and_never_guessed(
        text: str, order: str, want: str | None) -> None:
    from normalizer.text.dates import parse_listing_date

    assert parse_listing_date(text, order) == want


def test_numeric_order_comes_from_the_page_then_its_locale() -> None:
    from normalizer.text.dates import numeric_date_order

    assert numeric_date_order(["Fri, 04/16/2021 - 13:32"], "en") == "mdy"
    assert numeric_date_order(["19/01/2017"], "en-US") == "dmy"
    assert numeric_date_order(["10/02/2012"], "en-US") == "mdy"
    assert numeric_date_order(["10/02/2012"], "fr-FR") == "dmy"


def test_a_future_or_far_away_listing_date_is_unknown_not_a_stop_signal() -> None:
    from datetime import date

    from normalizer.pages.archive import parse_archive

    posts = "".join(
        f'<article><h2><a href="/p{i}/">Post {i}</a></h2><time datetime="{d}">x</time>'
        f"<p>Text {i}.</p><p>More.</p></article>"
        for i, d in enumerate(["2021-06-15", "2031-06-15", "2021-06-10", "1970-01-02",
                               "2021-06-01"]))
    page = parse_archive(f"<html><body><main>{posts}</main></body></html>",
                         "http://blog.example.org/tag/x/", today=date(2021, 7, 1))
    assert [p.published for p in page.posts] == [
        "2021-06-15", None, "2021-06-10", None, "2021-06-01"]
