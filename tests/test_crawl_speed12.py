"""The crawl process's cheaper steps of round 12 do what the steps they replace did.

- :class:`crawler.middlewares.QuickDownloaderStats` counts what Scrapy's
  ``DownloaderStats`` counts, byte for byte: requests of every method, with and without
  headers, bodies, queries, params, ports and international paths; responses with and
  without headers, repeated headers and bodies, of known and unknown statuses.
- :class:`crawler.middlewares.QuickCookies` lets a request without cookies to an empty
  jar through at once: over a run of requests with and without cookies of their own,
  in several jars, before and after a response sets one, each request carries the
  ``Cookie`` headers Scrapy's middleware gives it.
"""
from __future__ import annotations

from typing import Any

import pytest
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.downloadermiddlewares.stats import DownloaderStats, get_header_size
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.http.headers import Headers
from scrapy.utils.request import request_httprepr
from scrapy.utils.test import get_crawler

from crawler import settings as crawl_settings
from crawler.middlewares import QuickCookies, QuickDownloaderStats, headers_bytes, request_bytes

SITE = "http://blog.example.org"

REQUESTS: list[Request] = [
    Request(f"{SITE}/"),
    Request(f"{SITE}/tag/wire/page/2/"),
    Request(f"{SITE}:8080/tag/wire/?paged=3&x=%C3%BC"),
    Request(f"{SITE}/a;params/b?q=1#fragment"),
    Request("http://127.0.0.1:41234/2024/01/02/post/"),
    Request("https://bücher.example/straße/"),
    Request(f"{SITE}", method="HEAD"),
    Request(f"{SITE}/wp-json/wp/v2/posts", method="POST", body=b'{"a": 1}',
            headers={"Content-Type": "application/json"}),
    Request(f"{SITE}/x", headers={"Accept": ["text/html", "application/xhtml+xml"],
                                  "User-Agent": "tagwire/0.1", "Cookie": "a=1; b=2",
                                  "Referer": f"{SITE}/tag/wire/", "X-Empty": []}),
    Request(f"{SITE}/only-empty", headers={"X-Empty": []}),
]


def _responses() -> list[Response]:
    page = b"<html><head><title>t</title></head><body>" + b"x" * 5000 + b"</body></html>"
    return [
        HtmlResponse(f"{SITE}/", body=page, headers={
            "Content-Type": "text/html; charset=UTF-8", "Content-Length": str(len(page)),
            "Server": "Apache", "Set-Cookie": ["a=1", "b=2; Path=/"]}),
        TextResponse(f"{SITE}/robots.txt", body=b"User-agent: *\nAllow: /\n",
                     headers={"Content-Type": "text/plain"}),
        Response(f"{SITE}/gone", status=404),
        Response(f"{SITE}/odd", status=599, headers={"X-Odd": b"1"}),
        Response(f"{SITE}/moved", status=301, headers={"Location": f"{SITE}/new"}),
        Response(f"{SITE}/no-headers", status=200, body=b"plain"),
    ]


def test_settings_put_quick_stats_in_scrapys_place() -> None:
    mws = crawl_settings.DOWNLOADER_MIDDLEWARES
    assert mws["scrapy.downloadermiddlewares.stats.DownloaderStats"] is None
    assert mws["crawler.middlewares.QuickDownloaderStats"] == 850  # Scrapy's place


@pytest.mark.parametrize("request_", REQUESTS, ids=lambda r: f"{r.method} {r.url}")
def test_request_bytes_are_scrapys(request_: Request) -> None:
    assert request_bytes(request_) == len(request_httprepr(request_))


def test_header_bytes_are_scrapys() -> None:
    for response in _responses():
        assert headers_bytes(response.headers) == get_header_size(response.headers)
    assert headers_bytes(Headers()) == get_header_size(Headers())


def _stats_of(mw_class: type[DownloaderStats]) -> dict[str, Any]:
    crawler = get_crawler(settings_dict={"DOWNLOADER_STATS": True})
    crawler.stats.open_spider()
    mw = mw_class.from_crawler(crawler)
    for request, response in zip(REQUESTS, _responses() * 2, strict=False):
        assert mw.process_request(request) is None
        assert mw.process_response(request, response) is response
    return crawler.stats.get_stats()


def test_same_stats_as_scrapys_middleware() -> None:
    ours, scrapys = _stats_of(QuickDownloaderStats), _stats_of(DownloaderStats)
    assert ours == scrapys
    assert ours["downloader/request_count"] == len(REQUESTS)
    assert ours["downloader/request_method_count/POST"] == 1
    assert ours["downloader/response_status_count/599"] == 2  # responses go round twice
    assert ours["downloader/request_bytes"] > 0 and ours["downloader/response_bytes"] > 0


def _cookie_requests(mw_class: type[CookiesMiddleware]) -> list[list[bytes]]:
    """The Cookie headers of a run of requests through ``mw_class``: to an empty jar
    with and without cookies of their own (``cookies=``, a ``Cookie`` header, both),
    then after a response that sets one, in the default jar and another."""
    mw = mw_class.from_crawler(get_crawler(settings_dict={"COOKIES_ENABLED": True}))
    runs: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
        (f"{SITE}/", {}, {}),
        (f"{SITE}/a/", {"headers": {"Cookie": "mine=1"}}, {}),
        (f"{SITE}/b/", {"cookies": {"given": "2"}}, {}),
        (f"{SITE}/c/", {"headers": {"Cookie": "mine=3"}}, {"dont_merge_cookies": True}),
        (f"{SITE}/d/", {}, {"cookiejar": "other"}),
        (f"{SITE}/e/", {"headers": {"Cookie": "mine=4"}}, {"cookiejar": "third"}),
    ]
    seen = []
    for round_ in range(2):
        for url, kwargs, meta in runs:
            request = Request(url, meta=dict(meta), **kwargs)
            mw.process_request(request)
            seen.append(list(request.headers.getlist("Cookie")))
            sets = {"Set-Cookie": "session=abc; Path=/"} if round_ == 0 and url.endswith(
                "/d/") else {}
            response = HtmlResponse(url, body=b"<html></html>", headers=sets, request=request)
            mw.process_response(request, response)
    return seen


def test_quick_cookies_requests_carry_what_scrapys_give_them() -> None:
    quick, scrapys = _cookie_requests(QuickCookies), _cookie_requests(CookiesMiddleware)
    assert quick == scrapys
    assert [b"mine=1"] not in quick[:2]  # Scrapy drops a Cookie header the jar cannot back
    assert [b"given=2"] in quick and [b"session=abc"] in quick[6:]
