"""The tagarchive spider's callbacks called directly on ``HtmlResponse`` objects built from
saved pages (the fixture sites under tests/fixtures/sites and sites written by
tests/sitegen.py): which requests and which items each page yields, without a crawl.

The end-to-end behaviour (a real crawl against a served site) is in test_crawl*.py; here
each decision of ``parse``/``parse_post``/``on_error`` is pinned on its own.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.dupefilters import RFPDupeFilter
from scrapy.http import HtmlResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from sitegen import make_posts, write_site
from twisted.python.failure import Failure

from crawler.frontier import FrontierScheduler, InProcessFrontier
from crawler.spiders.tagarchive import POST_PRIORITY, TagArchiveSpider

SITES = Path(__file__).parent / "fixtures" / "sites"
BASE = "http://blog.example"


def manifest(site: Path) -> dict[str, Any]:
    return json.loads((site / "manifest.json").read_text(encoding="utf-8"))


def page_file(site: Path, path: str) -> Path:
    target = site / path.lstrip("/")
    return target / "index.html" if path.endswith("/") else target


def response(site: Path, path: str, request: Request | None = None) -> HtmlResponse:
    """The saved page at ``path`` as Scrapy would hand it to a callback."""
    url = request.url if request is not None else BASE + path
    return HtmlResponse(url=url, body=page_file(site, path).read_bytes(), encoding="utf-8",
                        request=request or Request(url))


def make_spider(monkeypatch: pytest.MonkeyPatch, **args: str) -> TagArchiveSpider:
    monkeypatch.delenv("TAGWIRE_REDIS_URL", raising=False)
    crawler = get_crawler(TagArchiveSpider)
    spider = TagArchiveSpider.from_crawler(crawler, url=args.pop("url", BASE + "/tag/x/"),
                                           **args)
    assert isinstance(spider, TagArchiveSpider)
    return spider


def split(outputs: Iterable[Any]) -> tuple[list[Request], list[dict[str, Any]]]:
    requests, items = [], []
    for out in outputs:
        (requests if isinstance(out, Request) else items).append(out)
    return requests, items


def stat(spider: TagArchiveSpider, key: str) -> int:
    assert spider.crawler.stats is not None
    return int(spider.crawler.stats.get_value(key, 0))


# ---------------------------------------------------------------------- archive pages

def test_a_full_content_archive_page_yields_its_posts_as_items_and_the_next_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "wp-kubrick-full"
    m = manifest(site)
    spider = make_spider(monkeypatch)
    outputs = list(spider.parse(response(site, m["start"])))
    requests, items = split(outputs)

    first_page = m["posts"][:m["per_page"]]
    assert [i["url"] for i in items] == [BASE + p["url"] for p in first_page]
    assert [i["title"] for i in items] == [p["title"] for p in first_page]
    assert [i["published"] for i in items] == [p["published"] for p in first_page]
    assert all(i["tag"] == "Sanctions" and i["archive_url"] == BASE + m["start"]
               and i["content_html"] and "html" not in i for i in items)
    assert len(requests) == 1
    (nxt,) = requests
    assert nxt.url == BASE + m["pages"][1]
    assert nxt.callback == spider.parse and nxt.errback == spider.on_error
    assert nxt.cb_kwargs == {"page_no": 2}
    # First: reading a callback's output waits while CONCURRENT_ITEMS items wait for
    # the normalizer (crawler/scraper.py, as Scrapy's queue did); the next page must not.
    assert outputs[0] is nxt
    assert stat(spider, "tagwire/posts/from_archive") == len(first_page)
    assert stat(spider, "tagwire/pages/archive") == 1


def test_an_excerpt_archive_page_yields_one_permalink_request_a_post_before_the_next_page(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """Fetched before the next page (priority); yielded after it, so that the next
    page's request never waits behind posts queued for the normalizer."""
    site = SITES / "wp-modern-excerpts"
    m = manifest(site)
    spider = make_spider(monkeypatch)
    requests, items = split(spider.parse(response(site, m["start"])))

    assert items == []
    nxt, *posts = requests
    assert [r.url for r in posts] == [BASE + p["url"] for p in m["posts"][:m["per_page"]]]
    for r in posts:
        assert r.callback == spider.parse_post and r.errback == spider.on_error
        assert r.priority == POST_PRIORITY > nxt.priority
        assert r.cb_kwargs == {"archive_url": BASE + m["start"], "tag": "Energy"}
    assert nxt.url == BASE + m["pages"][1] and nxt.cb_kwargs == {"page_no": 2}


def test_the_last_archive_page_yields_no_next_page(monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "wp-kubrick-full"
    m = manifest(site)
    spider = make_spider(monkeypatch)
    last = m["pages"][-1]
    requests, items = split(spider.parse(response(site, last), page_no=len(m["pages"])))
    assert requests == []
    assert [i["url"] for i in items] == [BASE + p["url"] for p in m["posts"][m["per_page"]:]]


def test_a_blogger_label_page_is_read_with_its_label_as_tag(
        monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "blogger-label"
    m = manifest(site)
    spider = make_spider(monkeypatch)
    requests, items = split(spider.parse(response(site, m["start"])))
    nxt, *posts = requests
    assert items == []
    assert [r.url for r in posts] == [BASE + p["url"] for p in m["posts"][:m["per_page"]]]
    assert {r.cb_kwargs["tag"] for r in posts} == {"Trade"}
    assert nxt.url == BASE + m["pages"][1]


@pytest.mark.parametrize(("follow", "site_name", "want_requests"), [
    ("always", "wp-kubrick-full", True),    # full posts, fetched anyway
    ("never", "wp-modern-excerpts", False),  # excerpts, taken as they are
])
def test_follow_decides_between_permalink_requests_and_items(
        monkeypatch: pytest.MonkeyPatch, follow: str, site_name: str,
        want_requests: bool) -> None:
    site = SITES / site_name
    m = manifest(site)
    spider = make_spider(monkeypatch, follow=follow)
    requests, items = split(spider.parse(response(site, m["start"])))
    listed = [BASE + p["url"] for p in m["posts"][:m["per_page"]]]
    if want_requests:
        assert items == [] and [r.url for r in requests[1:]] == listed
    else:
        assert [i["url"] for i in items] == listed and len(requests) == 1


def test_since_skips_older_posts_and_stops_paginating(monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "wp-kubrick-full"
    m = manifest(site)
    first_page = m["posts"][:m["per_page"]]
    since = sorted({p["published"] for p in first_page})[-1]  # the newest day only
    spider = make_spider(monkeypatch, since=since)
    requests, items = split(spider.parse(response(site, m["start"])))
    newer = [p for p in first_page if p["published"] >= since]
    assert 0 < len(newer) < len(first_page)
    assert [i["url"] for i in items] == [BASE + p["url"] for p in newer]
    assert requests == [], "older posts listed: no next page"
    assert stat(spider, "tagwire/posts/before_since") == len(first_page) - len(newer)


def test_max_pages_stops_at_the_last_allowed_page(monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "wp-kubrick-full"
    m = manifest(site)
    spider = make_spider(monkeypatch, max_pages="1")
    requests, items = split(spider.parse(response(site, m["start"])))
    assert requests == [] and len(items) == m["per_page"]
    assert stat(spider, "tagwire/max_pages_reached") == 1


# ---------------------------------------------------------------------- permalinks

def test_parse_post_yields_the_permalink_page_as_one_item(
        monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "wp-modern-excerpts"
    m = manifest(site)
    spider = make_spider(monkeypatch)
    post = m["posts"][0]["url"]
    request = Request(BASE + post + "?share=twitter")
    (item,) = spider.parse_post(response(site, post, request), archive_url=BASE + m["start"],
                                tag="Energy")
    assert item["url"] == BASE + post, "the canonical URL, share query dropped"
    assert item["archive_url"] == BASE + m["start"] and item["tag"] == "Energy"
    assert item["html"] == page_file(site, post).read_text(encoding="utf-8")
    assert item["fetched_at"].endswith("Z")
    assert stat(spider, "tagwire/posts/from_permalink") == 1


def test_a_start_url_that_is_a_permalink_gives_its_post(monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "wp-kubrick-full"
    post = manifest(site)["posts"][3]["url"]
    spider = make_spider(monkeypatch, url=BASE + post)
    requests, items = split(spider.parse(response(site, post)))
    assert requests == []
    assert [(i["url"], i["archive_url"]) for i in items] == [(BASE + post, None)]
    assert "html" in items[0]


def test_a_next_page_that_is_no_archive_ends_the_walk(monkeypatch: pytest.MonkeyPatch) -> None:
    site = SITES / "wp-kubrick-full"
    post = manifest(site)["posts"][0]["url"]
    spider = make_spider(monkeypatch)
    assert list(spider.parse(response(site, post), page_no=2)) == []
    assert stat(spider, "tagwire/pages/not_archive") == 1


# ---------------------------------------------------------------------- a generated site

@pytest.mark.parametrize(("theme", "full"), [("kubrick", True), ("modern", False),
                                             ("blogger", False), ("blogger", True)])
def test_walking_a_generated_archive_through_the_callbacks_gives_every_post_once(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, theme: str, full: bool) -> None:
    """Follow the requests the callbacks yield, answering each from the saved files:
    every listed post comes out once, and the walk ends."""
    m = write_site(tmp_path, make_posts(23, seed=61), theme=theme, per_page=5, full=full,
                   tag="Reuters")
    spider = make_spider(monkeypatch)
    pending = [spider.seed_request(BASE + m["start"])]
    items: list[dict[str, Any]] = []
    fetched: list[str] = []
    while pending:
        request = pending.pop(0)
        path = request.url[len(BASE):]
        fetched.append(path)
        callback = request.callback
        assert callback in (spider.parse, spider.parse_post)
        if not page_file(tmp_path, path).exists():  # past the last page: a 404, as served
            gone = HtmlResponse(url=request.url, status=404, body=b"", request=request)
            failure = Failure(HttpError(gone, "Ignoring non-200 response"))
            failure.request = request  # type: ignore[attr-defined]  # as Scrapy sets it
            requests, got = split(request.errback(failure) or ())
        else:
            requests, got = split(callback(response(tmp_path, path, request),
                                           **request.cb_kwargs))
        pending.extend(requests)
        items.extend(got)
        assert len(fetched) < 100, "the walk does not end"
    assert sorted(i["url"] for i in items) == sorted(BASE + p["url"] for p in m["posts"])
    assert [p for p in fetched if p in m["pages"]] == m["pages"]
    assert stat(spider, "tagwire/errors/http_404") == 0, "no page past the last is read"
    assert {i["tag"] for i in items} == {"Reuters"}
    assert all(("html" in i) != full for i in items), "full posts from the archive, else " \
                                                      "from their permalinks"


# ---------------------------------------------------------------------- failures

def test_on_error_counts_an_http_error_with_its_status(monkeypatch: pytest.MonkeyPatch) -> None:
    spider = make_spider(monkeypatch)
    request = Request(BASE + "/gone/")
    gone = HtmlResponse(url=request.url, status=404, body=b"", request=request)
    failure = Failure(HttpError(gone, "Ignoring non-200 response"))
    failure.request = request  # type: ignore[attr-defined]  # as Scrapy sets it
    spider.on_error(failure)
    assert stat(spider, "tagwire/errors/http_404") == 1


# ---------------------------------------------------------------------- the frontier

def test_the_in_process_frontier_claims_each_post_once() -> None:
    frontier = InProcessFrontier(RFPDupeFilter())
    post = Request(BASE + "/2024/03/28/a-post/")
    assert frontier.claim_post(post) is True
    assert frontier.claim_post(Request(post.url)) is False, "the same post seen again"
    frontier.request_failed(post)  # nothing to settle in process


def test_a_post_listed_again_is_not_emitted_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same archive page reached twice (two tags, a loop): its posts come out once,
    because the spider claims each in the scheduler's dupefilter."""
    site = SITES / "wp-kubrick-full"
    m = manifest(site)
    spider = make_spider(monkeypatch)
    assert isinstance(spider.frontier, InProcessFrontier), "the default before the crawl opens"
    spider.frontier = InProcessFrontier(RFPDupeFilter())
    _, first = split(spider.parse(response(site, m["start"])))
    _, again = split(spider.parse(response(site, m["start"])))
    assert len(first) == m["per_page"] and again == []
    assert stat(spider, "tagwire/posts") == m["per_page"]


def test_the_distributed_scheduler_implements_the_whole_frontier_interface() -> None:
    pytest.importorskip("scrapy_redis", reason="tagwire[redis] is not installed")
    from crawler.distributed.scheduler import LeasedScheduler

    assert issubclass(LeasedScheduler, FrontierScheduler)
    methods = [n for n, v in vars(FrontierScheduler).items()
               if callable(v) and not n.startswith("_")]
    assert methods == ["claim_post", "request_failed"]
    for name in methods:
        assert getattr(LeasedScheduler, name) is not getattr(FrontierScheduler, name), name


def test_the_seed_list_is_named_after_this_spider() -> None:
    from crawler.distributed.keys import DEFAULT_SEEDS, SPIDER

    assert TagArchiveSpider.name == SPIDER
    assert f"{TagArchiveSpider.name}:start_urls" == DEFAULT_SEEDS

