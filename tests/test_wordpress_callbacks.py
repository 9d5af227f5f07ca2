"""The spider's REST API and feed callbacks (``crawler.sources``) called directly on
responses saved from the real WordPress (``tests/fixtures/wordpress``): which requests
and items each answer yields, and how each failure falls back. The crawls themselves are
in test_wordpress_crawl.py."""
from __future__ import annotations

import json
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse, Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

from crawler.spiders.tagarchive import TagArchiveSpider

FIX = Path(__file__).parent / "fixtures" / "wordpress"
TAG = "http://wp.test/tag/diplomacy/"


def saved(name: str, request: Request | None = None, cls: type = TextResponse) -> Response:
    meta_file = FIX / f"{name}.meta.json"
    meta = json.loads(meta_file.read_text()) if meta_file.exists() else {"url": TAG,
                                                                          "headers": {},
                                                                          "status": 200}
    url = request.url if request is not None else meta["url"]
    return cls(url=url, body=(FIX / name).read_bytes(), encoding="utf-8",
               headers=meta["headers"], status=meta.get("status", 200),
               request=request or Request(url))


def make_spider(monkeypatch: pytest.MonkeyPatch, **args: str) -> TagArchiveSpider:
    monkeypatch.delenv("TAGWIRE_REDIS_URL", raising=False)
    spider = TagArchiveSpider.from_crawler(get_crawler(TagArchiveSpider),
                                           url=args.pop("url", TAG), **args)
    assert isinstance(spider, TagArchiveSpider)
    return spider


def split(outputs: Iterable[Any]) -> tuple[list[Request], list[dict[str, Any]]]:
    requests, items = [], []
    for out in outputs:
        (requests if isinstance(out, Request) else items).append(out)
    return requests, items


def first_api_request(spider: TagArchiveSpider) -> Request:
    requests, items = split(spider.parse(saved("tt1-tag-pretty.html", cls=HtmlResponse)))
    assert not items and len(requests) == 1
    return requests[0]


def test_first_archive_page_plans_the_api_and_asks_for_its_first_page(monkeypatch) -> None:
    spider = make_spider(monkeypatch)
    request = first_api_request(spider)
    assert request.url.startswith("http://wp.test/wp-json/wp/v2/posts?tags=7&per_page=100")
    assert request.callback == spider.parse_api
    plan = request.cb_kwargs["plan"]
    assert plan.order == ("api", "feed", "html") and request.cb_kwargs["tag"] == "Diplomacy"
    # The request pickles with its plan (JOBDIR's disk queue, the Redis frontier).
    again = request_from_dict(pickle.loads(pickle.dumps(request.to_dict(spider=spider))),
                              spider=spider)
    assert again.callback == spider.parse_api and again.cb_kwargs["plan"] == plan
    assert spider.crawler.stats.get_value("tagwire/via/api") == 1


def test_api_page_yields_its_posts_and_the_next_page(monkeypatch) -> None:
    spider = make_spider(monkeypatch)
    spider.api_per_page = 5
    request = first_api_request(spider)
    requests, items = split(spider.parse_api(saved("rest-posts-tag.json", request),
                                             **request.cb_kwargs))
    assert len(items) == 5
    assert all(i["content_html"] and i["author"] and i["tags"] for i in items)
    assert all(i["archive_url"] == TAG and i["tag"] == "Diplomacy" for i in items)
    assert [r.cb_kwargs["page_no"] for r in requests] == [2]  # X-WP-TotalPages: 3
    assert "page=2" in requests[0].url


def test_max_pages_counts_api_pages(monkeypatch) -> None:
    spider = make_spider(monkeypatch, max_pages="1")
    request = first_api_request(spider)
    requests, items = split(spider.parse_api(saved("rest-posts-tag.json", request),
                                             **request.cb_kwargs))
    assert len(items) == 5 and requests == []


def test_follow_always_asks_for_each_permalink(monkeypatch) -> None:
    spider = make_spider(monkeypatch, follow="always")
    request = first_api_request(spider)
    requests, items = split(spider.parse_api(saved("rest-posts-tag.json", request),
                                             **request.cb_kwargs))
    assert items == [] and [r.callback for r in requests] == [spider.parse_post] * 5 + [
        spider.parse_api]  # and the next API page


@pytest.mark.parametrize("name", ["rest-401.json", "tt1-tag-pretty.html"])
def test_an_api_answer_that_is_no_listing_falls_back_to_the_feed(monkeypatch, name) -> None:
    spider = make_spider(monkeypatch)
    request = first_api_request(spider)
    requests, items = split(spider.parse_api(saved(name, request), **request.cb_kwargs))
    assert items == [] and len(requests) == 1
    assert requests[0].url == "http://wp.test/tag/diplomacy/feed/"
    assert requests[0].callback == spider.parse_feed
    assert requests[0].cb_kwargs["plan"].fallbacks[0][0] == "api"
    assert spider.crawler.stats.get_value("tagwire/fallback/api") == 1


def test_an_http_error_falls_back_and_the_site_remembers(monkeypatch, caplog) -> None:
    """A 401 from the API: the feed next, logged once; a second start URL on the same site
    skips the API, saying why."""
    spider = make_spider(monkeypatch)
    request = first_api_request(spider)
    failure = Failure(HttpError(saved("rest-401.json", request)))
    failure.request = request  # type: ignore[attr-defined]
    requests, _ = split(spider.on_source_error(failure))
    assert [r.callback for r in requests] == [spider.parse_feed]
    assert caplog.text.count("api failed (HTTP 401)") == 1
    assert spider.crawler.stats.get_value("tagwire/errors/api_http_401") == 1
    second = first_api_request(spider)
    assert second.callback == spider.parse_feed
    assert ("api", "failed earlier on this site (HTTP 401)") in second.cb_kwargs["plan"].skipped


def test_feed_pages_on_and_a_404_past_the_end_is_the_end(monkeypatch) -> None:
    spider = make_spider(monkeypatch, via="feed")
    requests, _ = split(spider.parse(saved("tt1-tag-pretty.html", cls=HtmlResponse)))
    feed_request = requests[0]
    requests, items = split(spider.parse_feed(saved("feed-rss2-full.xml", feed_request),
                                              **feed_request.cb_kwargs))
    assert len(items) == 5 and requests[0].url.endswith("/feed/?paged=2")
    nxt = requests[0]
    failure = Failure(HttpError(TextResponse(nxt.url, status=404, body=b"", request=nxt)))
    failure.request = nxt  # type: ignore[attr-defined]
    assert list(spider.on_source_error(failure)) == []
    assert spider.crawler.stats.get_value("tagwire/feed/ended") == 1


def test_a_truncated_feed_falls_back_to_the_html_pages(monkeypatch) -> None:
    spider = make_spider(monkeypatch, via="feed")
    requests, _ = split(spider.parse(saved("tt1-tag-pretty.html", cls=HtmlResponse)))
    feed_request = requests[0]
    body = (FIX / "feed-rss2-full.xml").read_bytes()
    cut = TextResponse(feed_request.url, body=body[: len(body) // 2], request=feed_request)
    requests, items = split(spider.parse_feed(cut, **feed_request.cb_kwargs))
    assert items == [] and len(requests) == 1
    html = requests[0]
    assert html.url == TAG and html.dont_filter and html.callback == spider.parse
    assert html.cb_kwargs["plan"].source == "html"


def test_summary_only_feed_items_are_followed(monkeypatch) -> None:
    spider = make_spider(monkeypatch, via="feed")
    requests, _ = split(spider.parse(saved("tt1-tag-pretty.html", cls=HtmlResponse)))
    requests, items = split(spider.parse_feed(saved("feed-rss2-excerpt.xml", requests[0]),
                                              **requests[0].cb_kwargs))
    assert items == []
    assert [r.callback for r in requests[:5]] == [spider.parse_post] * 5
