"""The normalize benchmarks time pages as new pages: ``bench_normalize.forget_pages``
empties the caches of what pages hold before each repetition (a second pass over the
same pages finds every text in them and reads 0.1 lower on the AEB median page), and
keeps the tables loaded once."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture()
def bench(monkeypatch):
    monkeypatch.syspath_prepend(str(REPO / "benchmarks"))
    import bench_normalize

    return bench_normalize


def _real_pages(bench, n: int):
    from corpus import REAL_FIXTURES, load_folder

    return load_folder(REAL_FIXTURES, limit=n)


def test_forget_pages_empties_page_caches_and_keeps_tables(bench):
    import normalizer
    from normalizer.cues import outlets
    from normalizer.stories import clean, language
    from normalizer.text.dates import parse_date

    page = _real_pages(bench, 1)[0]
    normalizer.normalize_page(page.html, page.url)
    parse_date("3 March 2021")
    assert parse_date.cache_info().currsize > 0
    outlets.wire_names()  # a table (a cache of one entry): kept
    tables = outlets.wire_names.cache_info().currsize
    assert bench.forget_pages() >= 5
    assert parse_date.cache_info().currsize == 0
    assert clean.is_sentence.cache_info().currsize == 0
    assert language._WORD_NGRAMS == {}
    assert outlets.wire_names.cache_info().currsize == tables == 1


def test_paired_new_pages_gives_paired_figures_per_repetition(bench):
    pages = _real_pages(bench, 4)
    calls: list[str] = []
    sides = {"a": lambda p: calls.append("a"), "b": lambda p: calls.append("b")}
    row = bench.paired_new_pages(pages, sides, repeat=2, reference="b")
    assert row["repeat"] == 2 and row["pages"] == 4
    assert set(row["sides"]) == {"a", "b"}
    a = row["sides"]["a"]
    lo, hi = a["median_page_ratio_range"]
    assert lo <= a["median_page_ratio"] <= hi
    assert len(a["page_ratio_quartiles"]) == 2
    # (3 warm-up pages and 4 timed, per repetition and side)
    assert calls.count("a") == calls.count("b") == 2 * (3 + 4)
    assert "median_page_ratio" not in row["sides"]["b"]
    assert sys.modules["corpus"].format_paired("t", row)
