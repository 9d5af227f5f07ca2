"""The crawl process's cheaper steps of round 19 do what the steps they replace did.

- :class:`crawler.middlewares.QuickReferer` gives every request the ``Referer`` Scrapy's
  ``RefererMiddleware`` gives it: under each of Scrapy's policies and a policy of the
  user's own (setting), a response's ``Referrer-Policy`` header, a request's own
  ``referrer_policy``, requests to other schemes, hosts, ports and credentials, in runs
  of requests from one response (its referrers remembered) and from the next.
- :class:`crawler.middlewares.Rfc9309RobotsTxt` checks a request to a host whose
  robots.txt is read at once (no coroutine), with Scrapy's answer (allowed, forbidden
  and counted, a host without a parser); everything else goes to Scrapy's coroutine.
- :class:`crawler.middlewares.SiteGuard` refuses or lets through at once where no name
  is looked up, and hands back a coroutine where one is (a start URL, a public site).
- :func:`crawler.handlers.response_class` is Scrapy's ``responsetypes.from_args``.
- :func:`crawler.middlewares.request_bytes`, its method and host bytes remembered,
  is still Scrapy's length of the raw request.
"""
from __future__ import annotations

import asyncio
import inspect
from typing import Any

import pytest
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.settings import Settings
from scrapy.spidermiddlewares.referer import NoReferrerWhenDowngradePolicy, RefererMiddleware
from scrapy.utils.misc import build_from_crawler, load_object
from scrapy.utils.request import request_httprepr
from scrapy.utils.test import get_crawler

from crawler import settings as crawl_settings
from crawler.handlers import response_class
from crawler.middlewares import (
    ORIGIN_META,
    ORIGIN_PRIVATE_META,
    QuickReferer,
    Refused,
    Rfc9309RobotsTxt,
    SiteGuard,
    request_bytes,
)

SITE = "http://blog.example.org"
SECURE = "https://blog.example.org"

#: Targets of the requests a response leads to: same origin, other paths and queries,
#: a downgrade, an upgrade, another host, another port, credentials, a fragment.
TARGETS = [
    f"{SITE}/2024/01/post/", f"{SITE}/2024/01/other/?p=2", f"{SECURE}/2024/01/post/",
    "http://other.example.net/a/", "https://other.example.net/b/", f"{SITE}:8080/c/",
    "http://user:pw@blog.example.org/d/", f"{SITE}/e/#frag", f"{SITE}/f/",
    "http://127.0.0.1:41234/g/", "ftp://files.example.org/h",
]
#: Archive pages the requests come from (their own credentials, fragment, port).
SOURCES = [f"{SITE}/tag/wire/", f"{SECURE}/tag/wire/page/2/",
           "http://user:pw@blog.example.org:8080/tag/wire/#top", "http://127.0.0.1:41234/t/"]
POLICIES = ["", "no-referrer", "no-referrer-when-downgrade", "same-origin", "origin",
            "strict-origin", "origin-when-cross-origin", "strict-origin-when-cross-origin",
            "unsafe-url", "scrapy-default"]


class PathOnlyPolicy(NoReferrerWhenDowngradePolicy):
    """A policy of a user's own that reads the request's path: not remembered."""

    def referrer(self, response_url: str, request_url: str) -> str | None:
        return f"{response_url}?to={request_url.rsplit('/', 2)[-2]}"


def test_settings_put_quick_referer_in_scrapys_place() -> None:
    mws = crawl_settings.SPIDER_MIDDLEWARES
    assert mws["scrapy.spidermiddlewares.referer.RefererMiddleware"] is None
    assert mws["crawler.middlewares.QuickReferer"] == 700  # Scrapy's place


def _referers(mw: RefererMiddleware, header: str | None, meta_policy: str | None
              ) -> list[bytes | None]:
    """The Referer of each request from each source page, twice over (the second
    round from new responses of the same pages), some with a Referer of their own."""
    seen = []
    for _ in range(2):
        for source in SOURCES:
            response = HtmlResponse(source, body=b"<html></html>", headers={
                "Referrer-Policy": header} if header is not None else {})
            for i, target in enumerate(TARGETS):
                meta = {"referrer_policy": meta_policy} if meta_policy and i % 2 else {}
                headers = {"Referer": "mine"} if i == 3 else {}
                request = Request(target, meta=meta, headers=headers)
                out = mw.get_processed_request(request, response)
                assert out is request
                seen.append(request.headers.get("Referer"))
    return seen


@pytest.mark.parametrize("setting", [*POLICIES, f"{__name__}.PathOnlyPolicy"])
def test_referers_are_scrapys_under_each_policy(setting: str) -> None:
    settings = Settings({"REFERRER_POLICY": setting or "scrapy-default"})
    for header, meta_policy in [(None, None), ("same-origin", None),
                                ("no-referrer, unsafe-url", None), ("bogus", None),
                                (None, "origin"), ("strict-origin", "unsafe-url")]:
        with pytest.warns() if header == "bogus" else _nothing():
            ours = _referers(QuickReferer(settings), header, meta_policy)
        with pytest.warns() if header == "bogus" else _nothing():
            scrapys = _referers(RefererMiddleware(settings), header, meta_policy)
        assert ours == scrapys, (setting, header, meta_policy)
        assert any(r is not None for r in ours) or setting == "no-referrer"


class _nothing:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def test_referer_of_start_requests_is_none() -> None:
    request = Request(f"{SITE}/")
    assert QuickReferer(Settings()).get_processed_request(request, None) is request
    assert b"Referer" not in request.headers


# ------------------------------------------------------------------ robots.txt

ROBOTS = b"User-agent: *\nDisallow: /private/\n\nUser-agent: picky\nDisallow: /\n"


def _robots(mw_class: type[RobotsTxtMiddleware]) -> tuple[Any, Any]:
    crawler = get_crawler(settings_dict={"ROBOTSTXT_OBEY": True, "USER_AGENT": "tagwire"})
    crawler.stats.open_spider()
    mw = mw_class(crawler)
    parser = build_from_crawler(load_object(crawler.settings["ROBOTSTXT_PARSER"]),
                                crawler, ROBOTS)
    mw._parsers.update({"blog.example.org": parser, "open.example.org": None})
    return mw, crawler.stats


ROBOT_REQUESTS = [
    (f"{SITE}/tag/wire/", {}, {}), (f"{SITE}/private/x", {}, {}),
    (f"{SITE}/private/y", {"User-Agent": "picky"}, {}), (f"{SITE}/z", {"User-Agent": "picky"}, {}),
    ("http://open.example.org/private/", {}, {}),
    (f"{SITE}/private/z", {}, {"dont_obey_robotstxt": True}),
]


def _answer(result: Any) -> str:
    """What a middleware's process_request came to: ``None`` or the error's name."""
    try:
        if inspect.isawaitable(result):
            asyncio.run(_await(result))
    except IgnoreRequest:
        return "forbidden"
    return "allowed"


async def _await(result: Any) -> Any:
    return await result


def test_robots_answers_are_scrapys_at_once() -> None:
    ours, our_stats = _robots(Rfc9309RobotsTxt)
    scrapys, their_stats = _robots(RobotsTxtMiddleware)
    answers = []
    for url, headers, meta in ROBOT_REQUESTS:
        try:
            result = ours.process_request(Request(url, headers=headers, meta=dict(meta)))
        except IgnoreRequest:
            mine = "forbidden"
        else:
            # Read robots.txt: no coroutine, but for a request that does not obey.
            assert (result is None) != bool(meta), url
            mine = _answer(result)
        try:
            theirs = _answer(scrapys.process_request(Request(url, headers=headers,
                                                             meta=dict(meta))))
        except IgnoreRequest:
            theirs = "forbidden"
        assert mine == theirs, url
        answers.append(mine)
    assert answers == ["allowed", "forbidden", "forbidden", "forbidden", "allowed", "allowed"]
    assert our_stats.get_value("robotstxt/forbidden") == 3
    assert our_stats.get_stats() == their_stats.get_stats()


def test_robots_of_an_unread_host_is_scrapys_coroutine() -> None:
    mw, _ = _robots(Rfc9309RobotsTxt)
    result = mw.process_request(Request("http://unread.example.org/a/"))
    assert inspect.iscoroutine(result)
    result.close()  # not run: it would fetch robots.txt through the engine
    from twisted.internet.defer import Deferred

    mw._parsers["pending.example.org"] = Deferred()
    result = mw.process_request(Request("http://pending.example.org/a/"))
    assert inspect.iscoroutine(result)
    result.close()


# ------------------------------------------------------------------ SiteGuard

def _guard(**settings: Any) -> SiteGuard:
    return SiteGuard(get_crawler(settings_dict=settings))


def _request(url: str, start: str | None, private: bool | None = None) -> Request:
    meta = {} if start is None else {ORIGIN_META: start, ORIGIN_PRIVATE_META: private}
    return Request(url, meta=meta)


def test_site_guard_decides_at_once_where_nothing_is_looked_up() -> None:
    guard = _guard()
    local = "http://127.0.0.1:41234"
    # A private start's own site: let through, no coroutine.
    assert guard.process_request(_request(f"{local}/p/", local, True)) is None
    # Offsite: refused at once, as the coroutine refused it.
    with pytest.raises(Refused) as refused:
        guard.process_request(_request("http://elsewhere.example/p/", local, True))
    assert refused.value.reason == "offsite"
    # Not http(s): let through.
    assert guard.process_request(Request("data:,x")) is None
    # Private addresses allowed by setting: no look-up.
    assert _guard(ALLOW_PRIVATE_ADDRESSES=True).process_request(
        _request("http://10.0.0.1/p/", "http://10.0.0.1:80", False)) is None


def test_site_guard_looks_names_up_in_a_coroutine() -> None:
    guard = _guard()
    public = "http://93.184.216.34:80"
    result = guard.process_request(_request(f"{public}/p/", public, False))
    assert inspect.iscoroutine(result)
    assert asyncio.run(_await(result)) is None  # a public address: let through
    # A redirect from a public start to a private address of the same site's www twin
    # is not possible with literal addresses; a start URL on a private literal is.
    start = Request("http://10.1.2.3/tag/wire/")
    result = guard.process_request(start)
    assert inspect.iscoroutine(result)
    asyncio.run(_await(result))
    assert start.meta[ORIGIN_META] == "http://10.1.2.3:80"
    assert start.meta[ORIGIN_PRIVATE_META] is True
    assert guard.starts == {"http://10.1.2.3:80": True}
    # A request of a public start that goes to a private address is refused.
    other = _guard(ALLOWED_HOSTS="10.9.9.9")
    result = other.process_request(_request("http://10.9.9.9/x/", public, False))
    with pytest.raises(Refused) as refused:
        asyncio.run(_await(result))
    assert refused.value.reason == "private_address"


# ------------------------------------------------------------------ response classes

HEADER_SETS: list[dict[str, Any]] = [
    {"Content-Type": "text/html; charset=UTF-8"},
    {"Content-Type": "text/html; charset=UTF-8", "Content-Encoding": "gzip"},
    {"Content-Type": "application/xml"}, {"Content-Type": "application/rss+xml"},
    {"Content-Type": "application/json"}, {"Content-Type": "text/plain"},
    {"Content-Type": "application/octet-stream"},
    {"Content-Type": "application/octet-stream",
     "Content-Disposition": "attachment; filename=page.html"},
    {"Content-Type": ["text/plain", "text/html"]},
    {"Content-Type": "TEXT/HTML"}, {"Content-Type": "bogus"}, {"Content-Type": []},
    {"Content-Disposition": "attachment; filename=feed.xml"}, {},
]
URLS = [f"{SITE}/page.html", f"{SITE}/feed.xml", f"{SITE}/", f"{SITE}/data.bin"]
BODIES = [b"<html><body>x</body></html>", b"<?xml version='1.0'?><rss/>", b"plain text",
          b"\x00\x01\x02binary", b""]


def test_response_classes_are_scrapys() -> None:
    for _ in range(2):  # the second round from what was remembered
        for headers in HEADER_SETS:
            for url in URLS:
                for body in BODIES:
                    h = Headers(headers)
                    expected = _class_or_error(responsetypes.from_args, headers=h,
                                               url=url, body=body)
                    assert _class_or_error(response_class, h, url, body) == expected, \
                        (headers, url, body)


def _class_or_error(func: Any, *args: Any, **kwargs: Any) -> Any:
    """The class ``func`` answers, or its error's type and message (Scrapy refuses a
    ``Content-Type`` without a value: so must the quick path)."""
    try:
        return func(*args, **kwargs)
    except Exception as exc:
        return type(exc), str(exc)


# ------------------------------------------------------------------ request bytes

def test_request_bytes_remembered_by_method_and_host() -> None:
    for _ in range(2):
        for method in ("GET", "HEAD", "POST"):
            for url in (f"{SITE}/a/", f"{SITE}:8080/a/", "http://BLOG.example.org/a/",
                        "http://u:p@blog.example.org/a/", "https://bücher.example/b/"):
                request = Request(url, method=method)
                assert request_bytes(request) == len(request_httprepr(request)), (method, url)


def test_response_keeps_its_class_through_the_handler() -> None:
    from crawler.handlers import make_response

    response = make_response(f"{SITE}/", 200, Headers({"Content-Type": "text/html"}),
                             b"<html></html>")
    assert type(response) is HtmlResponse
    assert type(make_response(f"{SITE}/x", 200, Headers({}), b"\x00\x01")) is Response


def test_request_headers_reach_twisted_as_set_raw_headers_stores_them() -> None:
    from twisted.web.http_headers import Headers as TxHeaders

    from crawler.handlers import RequestTxHeaders

    for values in [{"Accept": "text/html", "User-Agent": "tagwire/0.1",
                    "Referer": f"{SITE}/tag/wire/", "Accept-Encoding": "gzip, br"},
                   {"X-Folded": "a\r\n b", "X-Lf": "a\nb", "X-Cr": "a\rb", "X-Empty": [],
                    "Accept": ["text/html", "application/xhtml+xml"], "Te": "trailers",
                    "Www-Authenticate": "Basic", "Etag": "x", "X-Blank": ""}]:
        headers = Headers(values)
        expected = TxHeaders()
        for name, vals in dict.items(headers):
            expected.setRawHeaders(name, vals)
        ours = RequestTxHeaders(headers)
        assert list(ours.getAllRawHeaders()) == list(expected.getAllRawHeaders())
        assert all(v is not w for (_, v), (_, w) in zip(ours.getAllRawHeaders(),
                                                         dict.items(headers), strict=True))
    assert list(RequestTxHeaders({b"A": [b"1"]}).getAllRawHeaders()) == [(b"A", [b"1"])]
