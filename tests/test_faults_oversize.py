"""Oversize pages (issue 13, item 1): pages over both thresholds of
:mod:`normalizer.pages.oversize` are extracted in chunks of sibling subtrees (linear
time, measured by ``benchmarks/bench_scaling.py``, never timed here); every other page
takes the ordinary path unchanged."""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

import normalizer
from normalizer.pages import oversize
from normalizer.pages.permalink import parse_html

FIXTURES = Path(__file__).parent / "fixtures"


def short_paragraphs(n: int) -> str:
    """A permalink page of ``n`` one-line paragraphs (the shape that made trafilatura's
    XPath lookups quadratic), with a header and a footer around the article."""
    places = ("Berlin", "Paris", "Kyiv", "Tokyo", "Nairobi", "Lima", "Oslo", "Doha")
    body = "\n".join(f"<p>Short line {i} of the notes, from {places[i % len(places)]}.</p>"
                     for i in range(n))
    return ("<html><head><title>Notes of the day</title></head><body>"
            "<header><nav><a href='/'>Home</a> <a href='/about/'>About</a></nav></header>"
            "<main><article><h1>Notes of the day</h1><p class='date'>March 4, 2024</p>"
            f"{body}</article></main><footer><p>Copyright Wire Notes</p></footer>"
            "</body></html>")


def saved_pages() -> list[Path]:
    return sorted(p for p in FIXTURES.rglob("*.htm*") if p.is_file())


def test_no_saved_page_of_the_fixtures_is_oversize() -> None:
    """The real pages (the ordinary ones) stay on the ordinary path."""
    pages = saved_pages()
    assert len(pages) > 50
    for path in pages:
        raw = path.read_bytes()
        tree = parse_html(raw)
        if tree is not None:
            assert not oversize.is_oversize(raw, tree), path


def test_thresholds_are_both_needed() -> None:
    big = short_paragraphs(45_000)
    assert len(big) > oversize.OVERSIZE_MIN_BYTES
    assert oversize.is_oversize(big, parse_html(big))
    # As many bytes in few elements: long paragraphs are not oversize.
    long_text = "<p>" + "Talks resume next week. " * 2000 + "</p>"
    few = "<html><body><article>" + long_text * 30 + "</article></body></html>"
    assert len(few) > oversize.OVERSIZE_MIN_BYTES
    assert not oversize.is_oversize(few, parse_html(few))


def test_an_oversize_page_gives_the_ordinary_paths_stories(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Thresholds and chunk size scaled down (a page of 45,000 lines takes half a minute
    on the ordinary path): the same cuts, on a page of 3,000 lines in chunks of 400."""
    html = short_paragraphs(3_000)
    url = "http://127.0.0.1/notes/"
    ordinary = normalizer.normalize_page(html, url)
    monkeypatch.setattr(oversize, "OVERSIZE_MIN_BYTES", 10_000)
    monkeypatch.setattr(oversize, "OVERSIZE_ELEMENTS", 1_000)
    monkeypatch.setattr(oversize, "CHUNK_ELEMENTS", 400)
    assert oversize.is_oversize(html, parse_html(html))
    chunked = normalizer.normalize_page(html, url)
    assert [s["text"] for r in chunked for s in r["stories"]] == \
        [s["text"] for r in ordinary for s in r["stories"]]
    assert chunked[0]["title"] == ordinary[0]["title"] == "Notes of the day"
    assert chunked[0]["published"] == ordinary[0]["published"]
    assert "Short line 2999 of the notes" in chunked[0]["stories"][-1]["text"]


def test_an_oversize_post_content_from_a_listing_api_or_feed_is_chunked_too(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The content path (posts shown whole on an archive page, by the REST API or a
    feed) meets the same quadratic lookups: over the thresholds it is chunked, with the
    ordinary path's stories. Thresholds scaled down so the test stays small."""
    from normalizer.model import PostMeta
    from normalizer.pipeline import normalize_content

    places = ("Berlin", "Paris", "Kyiv", "Tokyo")
    content = "".join(f"<p>Short line {i} of the notes, from {places[i % 4]}.</p>"
                      for i in range(3000))
    meta = PostMeta(url="http://127.0.0.1/notes/", title="Notes of the day")
    ordinary = normalize_content(content, meta)
    monkeypatch.setattr(oversize, "OVERSIZE_MIN_BYTES", 10_000)
    monkeypatch.setattr(oversize, "OVERSIZE_ELEMENTS", 1_000)
    monkeypatch.setattr(oversize, "CHUNK_ELEMENTS", 400)
    assert oversize.extract_oversize_fragment(content, meta.url) is not None
    chunked = normalize_content(content, meta)
    assert [s["text"] for s in chunked["stories"]] == [s["text"] for s in ordinary["stories"]]
    assert "Short line 2999 of the notes" in chunked["stories"][-1]["text"]
    # Below the thresholds the ordinary path is taken, untouched.
    assert oversize.extract_oversize_fragment(content[:5_000], meta.url) is None


def test_chunks_cover_the_page_once_in_order_within_the_limit() -> None:
    tree = parse_html(short_paragraphs(3_000))
    limit = 200
    seen: list[etree._Element] = []
    for parts in oversize.chunks(tree, limit):
        assert sum(1 + sum(1 for _ in c.iterdescendants()) for c in parts) <= limit
        seen.extend(parts)
    # Each element lies in at most one chunk, every paragraph in one, in document order.
    covered = [d for c in seen for d in c.iter()]
    assert len(covered) == len(set(covered))
    assert set(tree.iter("p")) <= set(covered)
    position = {el: i for i, el in enumerate(tree.iter())}
    assert [position[c] for c in seen] == sorted(position[c] for c in seen)
    texts = "".join("".join(c.itertext()) for c in seen)
    assert "Short line 0 " in texts and "Short line 2999 " in texts


def test_chunks_of_a_page_nested_deeper_than_the_recursion_limit() -> None:
    depth = 1_500  # past Python's recursion limit; libxml2 keeps about 2,000 levels
    html = "<html><body>" + "<div>" * depth + "<p>Deep text.</p>" * 3 + "</div>" * depth \
        + "</body></html>"
    # huge_tree: libxml2 otherwise stops at 256 nested elements and drops the rest.
    tree = etree.fromstring(html, etree.HTMLParser(huge_tree=True))
    parts = list(oversize.chunks(tree, 100))
    assert "".join("".join(c.itertext()) for cs in parts for c in cs).count("Deep text.") == 3
    assert b"Deep text." in etree.tostring(oversize._chunk_document(parts[-1]))
