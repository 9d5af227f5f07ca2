"""The crawl process's cheaper steps of round 12 do what the steps they replace did.

- :class:`crawler.middlewares.QuickDownloaderStats` counts what Scrapy's
  ``DownloaderStats`` counts, byte for byte: requests of every method, with and without
  headers, bodies, queries, params, ports and international paths; responses with and
  without headers, repeated headers and bodies, of known and unknown statuses.
- :class:`crawler.middlewares.QuickCookies` lets a request without cookies to an empty
  jar through at once: over a run of requests with and without cookies of their own,
  in several jars, before and after a response sets one, each request carries the
  ``Cookie`` headers Scrapy's middleware gives it.
- :class:`crawler.downloader.QuickDownloaderMiddlewareManager` answers as Scrapy's
  chain does (the response or request, the error, the deprecation warnings, which
  middlewares ran) for middlewares returning None, responses, requests, coroutines,
  Deferreds and wrong values, or raising.
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
    # Paths request_bytes builds without urlunparse, and one it leaves to it.
    Request(f"{SITE}//double/slash;p?x=1"),
    Request(f"{SITE}/p;?"),
    Request(f"{SITE}/?q=%E2%82%AC&r=ü"),
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
    for request, response in zip(REQUESTS, _responses() * 3, strict=False):
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


# ---------------------------------------------------------------- downloader middleware chain

class _Returns:
    """A downloader middleware whose methods return what it is told (or raise it)."""

    def __init__(self, on_request: Any = None, on_response: Any = "same") -> None:
        self.on_request, self.on_response, self.calls = on_request, on_response, 0

    def process_request(self, request: Request) -> Any:
        self.calls += 1
        return _value(self.on_request, request)

    def process_response(self, request: Request, response: Response) -> Any:
        self.calls += 1
        return response if self.on_response == "same" else _value(self.on_response, request)


def _value(what: Any, request: Request) -> Any:
    if what == "coroutine":
        async def later() -> Response:
            return Response(request.url, status=203)
        return later()
    if what == "bad_coroutine":
        async def wrong() -> Any:
            return 42
        return wrong()
    if what == "deferred":
        from twisted.internet.defer import succeed

        return succeed(Response(request.url, status=204))
    if what == "raise":
        raise ValueError("middleware failed")
    if what == "request":
        return Request(request.url + "again/")
    if what == "response":
        return Response(request.url, status=202)
    return what


CHAINS: list[list[dict[str, Any]]] = [
    [{}, {}, {}],
    [{}, {"on_request": "response"}, {}],
    [{"on_request": "request"}, {}],
    [{"on_request": "coroutine"}, {}],
    [{"on_request": "bad_coroutine"}, {}],
    [{}, {"on_response": "bad_coroutine"}],
    [{"on_request": "deferred"}, {}],
    [{"on_request": "raise"}, {}],
    [{"on_request": 42}, {}],
    [{}, {"on_response": "request"}, {}],
    [{}, {"on_response": "coroutine"}],
    [{"on_response": "deferred"}, {}],
    [{"on_response": None}, {}],
    [{"on_response": "nonsense"}],
    [{"on_response": "raise"}, {}],
]


def _run_chain(manager_class: type[Any], chain: list[dict[str, Any]]) -> tuple[Any, ...]:
    """What a manager of ``manager_class`` makes of one request through ``chain``: the
    outcome (status and URL of the response, URL of a request, or the error) and how
    many times each middleware was called."""
    import asyncio
    import warnings

    from scrapy.exceptions import ScrapyDeprecationWarning

    mws = [_Returns(**kwargs) for kwargs in chain]
    manager = manager_class(*mws, crawler=get_crawler())

    async def download(request: Request) -> Response:
        return Response(request.url, status=200)

    async def run() -> Any:
        return await manager.download_async(download, Request(f"{SITE}/p/"))

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            out = asyncio.run(run())
            result: Any = (type(out).__name__, getattr(out, "status", None), out.url)
        except Exception as exc:  # the error is part of the answer
            result = (type(exc).__name__, str(exc).replace(manager_class.__name__, "M"))
    deprecations = sorted(str(w.message) for w in caught
                          if issubclass(w.category, ScrapyDeprecationWarning))
    return result, [mw.calls for mw in mws], deprecations


@pytest.mark.parametrize("chain", CHAINS, ids=str)
def test_quick_chain_answers_as_scrapys(chain: list[dict[str, Any]]) -> None:
    from scrapy.core.downloader.middleware import DownloaderMiddlewareManager

    from crawler.downloader import QuickDownloaderMiddlewareManager

    quick = _run_chain(QuickDownloaderMiddlewareManager, chain)
    assert quick == _run_chain(DownloaderMiddlewareManager, chain)
    assert sum(quick[1]) >= 1


def test_settings_name_the_quick_downloader() -> None:
    from scrapy.core.downloader import Downloader
    from scrapy.core.downloader.middleware import DownloaderMiddlewareManager

    from crawler.downloader import QuickDownloader, QuickDownloaderMiddlewareManager

    assert crawl_settings.DOWNLOADER == "crawler.downloader.QuickDownloader"
    assert issubclass(QuickDownloaderMiddlewareManager, DownloaderMiddlewareManager)
    own = {name for name in vars(QuickDownloaderMiddlewareManager)
           if not name.startswith("__") and name != "_abc_impl"}
    # No state of its own but the chain's calls, worked out once (crawler/downloader.py).
    assert own == {"_process_request", "_process_response", "_calls"}
    assert issubclass(QuickDownloader, Downloader)


# ---------------------------------------------------------------- response headers

def _tx_responses() -> list[Any]:
    """Twisted responses as Twisted's HTTP client makes them: headers set by names of
    any case (Twisted keeps one entry a lower-cased name), repeated values, a
    ``Content-Length`` header or not, lengths known and unknown."""
    from twisted.web._newclient import Response as TxResponse
    from twisted.web.http_headers import Headers as TxHeaders
    from twisted.web.iweb import UNKNOWN_LENGTH

    cases: list[tuple[dict[Any, list[Any]], Any]] = [
        ({b"Content-Type": [b"text/html; charset=UTF-8"], b"Content-Length": [b"5120"],
          b"Server": [b"Apache"], b"set-cookie": [b"a=1", b"b=2; Path=/"]}, 5120),
        ({b"content-type": [b"text/plain"], b"X-Powered-By": [b"PHP/8.2"],
          b"WWW-Authenticate": [b"Basic realm=x"], b"Content-MD5": [b"abc"]}, UNKNOWN_LENGTH),
        ({"Link": ["<https://example.org/wp-json/>; rel=\"https://api.w.org/\""],
          "x-cache": ["HIT", "MISS"]}, 42),
        ({}, 0),
        ({}, UNKNOWN_LENGTH),
        ({b"Content-Length": [b"999"]}, 7),  # the raw header wins, as in Scrapy
    ]
    out = []
    for raw, length in cases:
        response = TxResponse((b"HTTP", 1, 1), 200, b"OK", TxHeaders(raw), None)
        response.length = length
        out.append(response)
    return out


def test_response_headers_are_scrapys() -> None:
    from crawler.handlers import _SCRAPY_HEADERS, response_headers

    for tx in _tx_responses():
        ours, scrapys = response_headers(tx), _SCRAPY_HEADERS(tx)
        assert type(ours) is type(scrapys)
        assert dict(ours) == dict(scrapys) and list(ours) == list(scrapys)
        assert ours.encoding == scrapys.encoding
        response = HtmlResponse("http://blog.example.org/", headers=ours, body=b"<html/>")
        assert response.headers == HtmlResponse("http://blog.example.org/", headers=scrapys,
                                                body=b"<html/>").headers


def test_handler_installs_quick_response_headers() -> None:
    from scrapy.core.downloader.handlers import http11

    from crawler.handlers import quick_response_headers, response_headers

    quick_response_headers()
    assert http11._ScrapyAgent._headers_from_twisted_response is response_headers
