"""The crawl process's cheaper steps of round 18 do what the steps they replace did.

- :func:`crawler.handlers.make_response` makes the response Scrapy's ``make_response``
  makes (class, URL, status, headers, body, flags, protocol, address; a stopped
  download's flag and error) from the ``Headers`` the handler builds, without copying
  them: responses of HTML, text, JSON, binary and unknown types, with no headers,
  repeated headers and a ``Content-Length``.
- :class:`crawler.scraper.QuickSpiderMiddlewareManager` reads the callback's output
  with one generator where the crawl's own spider middlewares are the chain (what it
  gives is compared with Scrapy's chain in tests/test_crawl_speed17.py).
- :class:`crawler.downloader.QuickDownloaderMiddlewareManager` calls Scrapy's own
  middlewares (wrapped by ``_warn_spider_arg``) through the wrapped function, with the
  same requests and responses coming out as Scrapy's chain gives, and a middleware
  that requires the spider still gets it.
- :class:`crawler.handlers.RequestTxHeaders` holds what Twisted's ``Headers`` holds when
  made from the same Scrapy ``Headers`` (str, bytes and int values, repeated values,
  line breaks, an empty value list), and copies itself as Twisted's does.
"""
from __future__ import annotations

from typing import Any

import pytest
from scrapy.core.downloader.handlers import http11
from scrapy.exceptions import StopDownload
from scrapy.http import Request
from scrapy.http.headers import Headers
from scrapy.utils import _download_handlers
from twisted.web.http_headers import Headers as TxHeaders

from crawler.handlers import (
    RequestTxHeaders,
    make_response,
    quick_header_copies,
)

URL = "http://blog.example.org/2024/03/25/a-post/"


def _headers_cases() -> list[tuple[str, dict[Any, Any] | list[Any], bytes]]:
    return [
        (URL, {b"Content-Type": [b"text/html; charset=UTF-8"], b"Content-Length": [b"13"],
               b"Server": [b"Apache"], b"Set-Cookie": [b"a=1", b"b=2; Path=/"]},
         b"<html></html>"),
        (URL, {"content-type": "text/plain", "X-Cache": ["HIT", "MISS"]}, b"plain text"),
        (URL + "feed.json", {b"Content-Type": [b"application/json"]}, b"{}"),
        (URL + "a.png", {b"Content-Type": [b"image/png"], b"Content-Length": [b"4"]},
         b"\x89PNG"),
        (URL, {}, b"<html><body>no headers</body></html>"),
        (URL + "x", [(b"Vary", b"Accept-Encoding"), (b"vary", b"Cookie")], b""),
    ]


def _same(ours: Any, scrapys: Any) -> None:
    assert type(ours) is type(scrapys)
    for name in ("url", "status", "body", "flags", "protocol", "ip_address",
                 "certificate"):
        assert getattr(ours, name) == getattr(scrapys, name), name
    assert type(ours.headers) is Headers
    assert dict(ours.headers) == dict(scrapys.headers)
    assert list(ours.headers) == list(scrapys.headers)
    assert ours.headers.encoding == scrapys.headers.encoding
    assert (ours._headers is None) == (scrapys._headers is None)
    if hasattr(scrapys, "text"):
        assert ours.text == scrapys.text and ours.encoding == scrapys.encoding


@pytest.mark.parametrize(("url", "raw", "body"), _headers_cases())
def test_make_response_is_scrapys(url: str, raw: Any, body: bytes) -> None:
    kwargs = {"flags": ["cached"], "protocol": "HTTP/1.1", "ip_address": None,
              "certificate": None}
    built = Headers(raw)
    ours = make_response(url=url, status=200, headers=built, body=body, **kwargs)
    scrapys = _download_handlers.make_response(url=url, status=200, headers=Headers(raw),
                                               body=body, **kwargs)
    _same(ours, scrapys)
    if built:
        assert ours.headers is built  # taken as it is, not copied
    # Another class of headers goes to Scrapy's own function (which copies them).
    other = _OwnHeaders(raw)
    fallback = make_response(url=url, status=404, headers=other, body=body)
    _same(fallback, _download_handlers.make_response(url=url, status=404,
                                                     headers=_OwnHeaders(raw), body=body))
    assert fallback._headers is not other


class _OwnHeaders(Headers):
    """A Headers subclass someone's handler might build."""


@pytest.mark.parametrize("fail", [False, True])
def test_stopped_download_as_scrapys(fail: bool) -> None:
    def build(make: Any) -> tuple[Any, Any]:
        stop = StopDownload(fail=fail)
        try:
            response = make(url=URL, status=200, body=b"<html>",
                            headers=Headers({"Content-Type": "text/html"}),
                            stop_download=stop)
        except StopDownload as ex:
            return ex.response, ex
        return response, None

    (ours, ours_error), (scrapys, scrapys_error) = (
        build(make_response), build(_download_handlers.make_response))
    _same(ours, scrapys)
    assert ours.flags == ["download_stopped"]
    assert (ours_error is None) == (scrapys_error is None) == (not fail)


def _request_headers() -> list[Headers]:
    return [
        Request(URL).headers,
        Request(URL, headers={"User-Agent": "tagwire/0.1", "Accept": "text/html",
                              "Accept-Encoding": "gzip, deflate", "X-Count": 3,
                              "cookie": ["a=1", b"b=2"], "Referer": URL}).headers,
        Headers({b"X-Folded": [b"one\r\n two", "three\nfour"], "x-empty": []}),
        Headers({"X-Name": "välue"}, encoding="latin-1"),
    ]


def test_request_tx_headers_refuse_what_twisted_refuses() -> None:
    from twisted.web.http_headers import InvalidHeaderName

    bad = Headers({"ÄÖ-Name": "value"}, encoding="latin-1")
    for make in (RequestTxHeaders, TxHeaders):
        with pytest.raises(InvalidHeaderName):
            make(bad)


@pytest.mark.parametrize("headers", _request_headers())
def test_request_tx_headers_are_twisteds(headers: Headers) -> None:
    ours, twisteds = RequestTxHeaders(headers), TxHeaders(headers)
    assert isinstance(ours, TxHeaders)
    assert ours._rawHeaders == twisteds._rawHeaders
    assert list(ours.getAllRawHeaders()) == list(twisteds.getAllRawHeaders())
    copied = ours.copy()
    assert copied._rawHeaders == twisteds.copy()._rawHeaders
    assert copied._rawHeaders is not ours._rawHeaders
    # Other inputs as Twisted takes them.
    assert RequestTxHeaders({"A": ["b"]})._rawHeaders == TxHeaders({"A": ["b"]})._rawHeaders
    assert RequestTxHeaders()._rawHeaders == {}


def test_handler_installs_the_header_steps() -> None:
    quick_header_copies()  # what RememberingHTTP11DownloadHandler's __init__ calls
    assert http11.make_response is make_response
    assert http11.TxHeaders is RequestTxHeaders


def test_the_crawls_chain_reads_the_callback_in_one_generator() -> None:
    import asyncio

    from scrapy import Spider
    from scrapy.core.spidermw import SpiderMiddlewareManager
    from scrapy.http import HtmlResponse
    from scrapy.utils.misc import build_from_crawler
    from scrapy.utils.test import get_crawler

    from crawler import settings as crawl_settings
    from crawler.scraper import QuickSpiderMiddlewareManager

    class _Spider(Spider):
        name = "speed18"

    def run(layout: dict[str, Any]) -> tuple[str, list[Any]]:
        crawler = get_crawler(_Spider, {"SPIDER_MIDDLEWARES": {
            **crawl_settings.SPIDER_MIDDLEWARES, **layout}})
        crawler.spider = crawler._create_spider()
        crawler.stats.open_spider()
        manager = build_from_crawler(SpiderMiddlewareManager, crawler)
        manager.__class__ = QuickSpiderMiddlewareManager
        request = Request(URL)
        response = HtmlResponse(URL, body=b"<html></html>", request=request)

        async def callback(_response: Any, _request: Request) -> Any:
            return iter([{"n": 1}, Request(URL + "next/"), None, {"n": 2}])

        async def go() -> tuple[str, list[Any]]:
            chain = await manager.scrape_response_async(callback, response, request)
            reader = getattr(chain.data, "__qualname__", "")
            return reader, [o if isinstance(o, dict) else o.url async for o in chain]

        return asyncio.run(go())

    reader, outputs = run({})
    assert reader.endswith("_callback_run")
    assert outputs == [{"n": 1}, URL + "next/", {"n": 2}]
    # A middleware with its own layer: Scrapy's stack, the same outputs.
    reader, outputs = run({f"{__name__}.OwnLayer": 550})
    assert not reader.endswith("_callback_run")
    assert outputs == [{"n": 1}, URL + "next/", {"n": 2}]


class OwnLayer:
    """A spider middleware with its own ``process_spider_output``."""

    async def process_spider_output(self, response: Any, result: Any) -> Any:
        async for output in result:
            yield output


class NeedsSpider:
    """A downloader middleware whose ``process_request`` requires the spider."""

    def __init__(self) -> None:
        self.spiders: list[Any] = []

    def process_request(self, request: Request, spider: Any) -> None:
        self.spiders.append(spider)


@pytest.mark.filterwarnings("ignore:.*requires a spider argument")
def test_quick_chain_calls_scrapys_middlewares_unwrapped() -> None:
    import asyncio
    import warnings

    from scrapy import Spider
    from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
    from scrapy.downloadermiddlewares.defaultheaders import DefaultHeadersMiddleware
    from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
    from scrapy.downloadermiddlewares.useragent import UserAgentMiddleware
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from crawler.downloader import QuickDownloaderMiddlewareManager

    class _Spider(Spider):
        name = "speed18"

    def run(manager_class: type[Any]) -> tuple[Any, ...]:
        crawler = get_crawler(_Spider)
        crawler.spider = crawler._create_spider()
        needs = NeedsSpider()
        mws = [DefaultHeadersMiddleware.from_crawler(crawler),
               UserAgentMiddleware.from_crawler(crawler),
               HttpCompressionMiddleware.from_crawler(crawler), needs]
        manager = manager_class(*mws, crawler=crawler)

        async def download(request: Request) -> Any:
            return HtmlResponse(request.url, body=b"<html></html>", request=request)

        request = Request(URL)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            out = asyncio.run(manager.download_async(download, request))
        return (dict(request.headers), type(out).__name__, out.url, out.status,
                [s is crawler.spider for s in needs.spiders],
                sorted(str(w.message) for w in caught)), manager

    quick, manager = run(QuickDownloaderMiddlewareManager)
    scrapys, _ = run(DownloaderMiddlewareManager)
    assert quick == scrapys
    assert quick[4] == [True]
    unwrapped = [call for method, call, _ in manager._calls("process_request")
                 if call is not method]
    assert len(unwrapped) >= 3  # Scrapy's three, through their wrapped functions
