"""Whole posts through the normalizer: pasted stories come back split, clean, attributed.

Fixtures (invented) cover a WordPress block-theme page with a Spanish EFE story and a
Russian RIA Novosti story apart by an ``<hr>``, a flattened German/French archive with
dpa and AFP copy, and a flattened Blogger label page with its post furniture.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer import normalize_page, normalize_text
from normalizer.contract.schema import record_errors

FIXTURES = Path(__file__).parent / "fixtures" / "normalizer"


def load(name: str) -> dict:
    path = FIXTURES / name
    if name.endswith(".html"):
        (record,) = normalize_page(path.read_bytes(), "https://blog.example/2019/03/14/post/")
        return record
    return normalize_text(path.read_text(encoding="utf-8"), path.resolve().as_uri())


CASES = {
    "modern-two-stories.html": [
        ("Rusia y España firman un acuerdo energético", "EFE", "MADRID", "es"),
        ("Лавров: Москва готова к диалогу с Вашингтоном", "RIA Novosti", "МОСКВА", "ru"),
    ],
    "mixed-dump.txt": [
        ("Merkel trifft Macron in Paris", "dpa", "Berlin", "de"),
        ("Le président russe reçoit son homologue turc à Sotchi", "AFP", "SOTCHI", "fr"),
    ],
    "blogger-dump.txt": [
        ("Kremlin says no plans for Putin-Trump meeting", "Reuters", "MOSCOW", "en"),
        ("EU ministers discuss new sanctions on Russia", "AP", "BRUSSELS", "en"),
    ],
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_stories_are_split_and_attributed(name):
    record = load(name)
    got = [(s["headline"], s["source"], s["dateline"], s["language"]) for s in record["stories"]]
    assert got == CASES[name]


@pytest.mark.parametrize("name", sorted(CASES))
def test_nothing_removed_leaks_into_the_stories_and_records_are_valid(name):
    record = load(name)
    paragraphs = {p for s in record["stories"] for p in s["text"].split("\n\n")}
    cruft = [r["text"] for r in record["removed"] if r["kind"] != "metadata"]
    assert cruft, "the fixture has cruft to remove"
    assert not paragraphs & set(cruft)
    assert record_errors(record) == []


def test_closing_credit_lines_stay_and_name_the_writers():
    record = load("blogger-dump.txt")
    first = record["stories"][0]
    assert first["text"].endswith("Reporting by Andrew Osborn; Editing by Mark Heinrich")
    assert first["byline"] == ["Andrew Osborn"]


def test_date_header_above_a_title_belongs_to_the_story_below_it():
    record = load("blogger-dump.txt")
    assert [s["published"] for s in record["stories"]] == ["2019-03-12", "2019-03-11"]


def test_post_metadata_of_a_page():
    record = load("modern-two-stories.html")
    assert record["title"] == "Rusia y España firman un acuerdo energético"
    assert record["published"] == "2019-03-14"
    assert record["tags"] == ["Rusia", "España"] and record["categories"] == ["Mundo"]
    assert record["language"] == "es"


def test_a_byline_block_pasted_with_the_story_names_its_writers():
    """trafilatura drops blocks classed "byline"; tagwire reads them before it does."""
    paragraphs = "".join(f"<p>{text}</p>" for text in (
        "LONDON (Reuters) - Britain and the EU signed a fisheries deal on Tuesday, officials said.",
        "The agreement covers quotas for the next five years and was welcomed by industry groups.",
        "Critics said the deal left many questions open, including access for small boats."))
    html = ("<html><head><title>Deal signed | Blog</title></head><body><article class='post'>"
            "<h1 class='entry-title'>Deal signed</h1><div class='entry-content'>"
            f"<p class='byline'>By Anna Smith and John Doe</p>{paragraphs}</div></article>"
            "</body></html>")
    (record,) = normalize_page(html, "https://blog.example/deal/")
    story = record["stories"][0]
    assert (story["byline"], story["source"], story["dateline"]) == (
        ["Anna Smith", "John Doe"], "Reuters", "LONDON")
    assert record["author"] is None  # the story's writers are not the blog's poster


SITES = Path(__file__).parent / "fixtures" / "sites"


@pytest.mark.parametrize("site, page", [
    ("wp-kubrick-full", "tag/sanctions/index.html"),
    ("blogger-label", "search/label/Trade/index.html"),
])
def test_an_archive_page_gives_one_record_per_post_it_lists(site, page):
    """A saved archive page is read like the crawler reads it: one record a listed post,
    each under its own permalink; excerpts are flagged in ``extra``."""
    import json

    manifest = json.loads((SITES / site / "manifest.json").read_text())
    path = SITES / site / page
    records = normalize_page(path.read_bytes(), f"https://blog.example/{page.removesuffix('index.html')}")
    by_path = {r["url"].split("blog.example", 1)[1]: r for r in records}
    listed = [p for p in manifest["posts"] if p["url"] in by_path]
    assert len(records) >= 2 and len(listed) == len(records)
    for post in listed:
        record = by_path[post["url"]]
        assert record["title"] == post["title"]
        assert record["archive_url"].endswith(page.removesuffix("index.html"))
        if manifest["full"]:
            assert [s["source"] for s in record["stories"]] == post["sources"]
        else:
            assert record["extra"] == {"excerpt": True}


def test_a_permalink_page_whose_post_is_empty_has_no_story():
    """Not the page's furniture ("Share this:", "Recent Posts") passed off as a story."""
    import json

    from normalizer import NormalizeError

    site = SITES / "wp-empty-post"
    empty = next(p for p in json.loads((site / "manifest.json").read_text())["posts"] if p["empty"])
    page = site / empty["url"].strip("/") / "index.html"
    with pytest.raises(NormalizeError):
        normalize_page(page.read_bytes(), "https://blog.example" + empty["url"])


def test_normalizing_a_page_keeps_no_reference_to_its_document():
    """Memory must not grow with the number of files: nothing (a cache, a record field)
    may hold on to a page's tree, as lxml's "smart strings" from XPath results would."""
    import gc
    import weakref

    from normalizer.pages.permalink import parse_html

    tree = parse_html((FIXTURES / "modern-two-stories.html").read_bytes())
    # lxml hands out one proxy per element while it is alive: watch every element's.
    elements = list(tree.iter())
    watched = [weakref.ref(el) for el in elements]
    records = normalize_page(tree, "https://blog.example/2019/03/14/post/")
    assert records and records[0]["published"] == "2019-03-14"
    del tree, elements
    gc.collect()
    assert [r for r in watched if r() is not None] == []
