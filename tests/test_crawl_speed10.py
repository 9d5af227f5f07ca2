"""The spider's cheap read of excerpt-only archive pages (normalizer.pages.archive_links).

It must say what :func:`parse_archive` says (the posts, their full-or-excerpt flags, the
tag, the next link) on every page it answers for, answer on excerpt archives, leave
everything else to the full read, and the spider must use it only where the listing's
other fields are never read. Speed is measured by benchmarks/bench_crawl.py, not here.
"""
from __future__ import annotations

import contextlib
import gzip
import json
from pathlib import Path
from typing import Any

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler
from sitegen import make_posts, write_site

from crawler.spiders.tagarchive import CHEAP_READ_MISSES, TagArchiveSpider
from normalizer.pages.archive import ArchivePage, parse_archive
from normalizer.pages.archive_links import excerpt_links

FIXTURES = Path(__file__).parent / "fixtures"
REAL_ARCHIVES = FIXTURES / "real" / "archives"
BASE = "http://blog.example"
OTHER_PAGES = (FIXTURES / "sites", FIXTURES / "real" / "platforms", FIXTURES / "real" / "posts")


def _said(page: ArchivePage) -> tuple[Any, ...]:
    return ([(p.url, p.is_excerpt) for p in page.posts], page.tag, page.next_url,
            page.is_archive, page.display_uncertain)


def _real_archive_pages() -> list[tuple[str, bytes]]:
    out = []
    for line in (REAL_ARCHIVES / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        out.append((gold["url"], (REAL_ARCHIVES / gold["page"]).read_bytes()))
    return out


def _other_saved_pages() -> list[tuple[str, bytes]]:
    """The fixture sites' pages and the real platform and post pages, each read as a
    tag page's second page (whatever it is)."""
    out = []
    for path in sorted(p for folder in OTHER_PAGES for p in folder.rglob("*")):
        if not path.name.endswith((".html", ".html.gz")):
            continue
        data = path.read_bytes()
        out.append((f"{BASE}/tag/news/page/2/",
                    gzip.decompress(data) if path.name.endswith(".gz") else data))
    return out


def test_cheap_read_says_what_parse_archive_says_on_every_real_archive_page() -> None:
    answered = 0
    for url, data in _real_archive_pages():
        for html in (data, data.decode("utf-8", "replace")):  # bytes, and text as Scrapy's
            cheap = excerpt_links(html, url)
            if cheap is None:
                continue
            answered += 1
            assert _said(cheap) == _said(parse_archive(html, url)), url
            assert all(p.is_excerpt for p in cheap.posts) and cheap.is_archive, url
    # 20 of the 98 real archive pages list excerpts only (and read the same either way).
    assert answered >= 30, answered


def test_cheap_read_never_disagrees_on_the_other_saved_pages() -> None:
    answered = 0
    for url, data in _other_saved_pages():
        try:
            full = parse_archive(data, url)
        except ValueError:  # no page at all: the cheap read does not answer either
            with contextlib.suppress(ValueError):
                assert excerpt_links(data, url) is None
            continue
        cheap = excerpt_links(data, url)
        if cheap is not None:
            answered += 1
            assert _said(cheap) == _said(full), url
    assert answered > 0


def _site(tmp_path: Path, full: bool) -> tuple[Path, dict[str, Any]]:
    site = tmp_path / ("full" if full else "excerpts")
    manifest = write_site(site, make_posts(25, seed=3), theme="kubrick", per_page=10,
                          full=full)
    return site, manifest


def _response(site: Path, path: str) -> HtmlResponse:
    url = BASE + path
    return HtmlResponse(url=url, body=(site / path.lstrip("/") / "index.html").read_bytes(),
                        encoding="utf-8", request=Request(url))


def _spider(monkeypatch: pytest.MonkeyPatch, **args: str) -> TagArchiveSpider:
    monkeypatch.delenv("TAGWIRE_REDIS_URL", raising=False)
    spider = TagArchiveSpider.from_crawler(get_crawler(TagArchiveSpider),
                                           url=BASE + "/tag/diplomacy/", **args)
    assert isinstance(spider, TagArchiveSpider)
    return spider


def test_generated_archives_excerpts_answered_full_content_left_to_parse_archive(
        tmp_path: Path) -> None:
    excerpts, manifest = _site(tmp_path, full=False)
    for path in manifest["pages"]:
        page = (excerpts / path.lstrip("/") / "index.html").read_text(encoding="utf-8")
        cheap = excerpt_links(page, BASE + path)
        assert cheap is not None
        assert _said(cheap) == _said(parse_archive(page, BASE + path))
        assert all(p.title is None and p.content_html is None for p in cheap.posts)
    full, manifest = _site(tmp_path, full=True)
    for path in manifest["pages"]:
        page = (full / path.lstrip("/") / "index.html").read_text(encoding="utf-8")
        assert excerpt_links(page, BASE + path) is None


def test_spider_reads_excerpt_pages_cheaply_and_gives_up_on_a_full_archive(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    excerpts, manifest = _site(tmp_path, full=False)
    spider = _spider(monkeypatch)
    for path in manifest["pages"]:
        page = spider.read_archive(_response(excerpts, path))
        assert page.posts and all(p.title is None for p in page.posts)  # the cheap read
    assert spider.cheap_misses == {}

    full, manifest = _site(tmp_path, full=True)
    tries: list[str] = []
    monkeypatch.setattr("crawler.spiders.tagarchive.excerpt_links",
                        lambda html, url: tries.append(url) or excerpt_links(html, url))
    for path in manifest["pages"]:
        page = spider.read_archive(_response(full, path))
        assert page.posts and all(p.content_html for p in page.posts)  # parse_archive's
    assert len(tries) == CHEAP_READ_MISSES < len(manifest["pages"])


@pytest.mark.parametrize("args", [{"since": "2020-01-01"}, {"follow": "never"}])
def test_spider_reads_in_full_where_the_listing_is_read(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: dict[str, str]) -> None:
    """``since`` reads each post's date, ``follow=never`` its shown content."""
    excerpts, manifest = _site(tmp_path, full=False)
    spider = _spider(monkeypatch, **args)
    page = spider.read_archive(_response(excerpts, manifest["pages"][0]))
    assert page.posts and all(p.published for p in page.posts)
