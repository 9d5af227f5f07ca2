"""The crawl process's cheaper steps of round 11 do what the steps they replace did.

- :class:`crawler.handlers.RememberingHTTP11DownloadHandler` remembers host names' IDNA
  encoding: the bytes are those of Scrapy's encoder (with its fallbacks) for ASCII,
  international, underscore and punycode names; a name it cannot encode still fails.
- :class:`crawler.middlewares.QuickCookies` lets a response that sets no cookie through
  at once: over a run of responses that set cookies, set none, or ask not to merge,
  the requests that follow carry the cookies Scrapy's middleware gives them.
"""
from __future__ import annotations

import functools
from typing import Any

import pytest
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.downloadermiddlewares.cookies import CookiesMiddleware
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler import settings as crawl_settings
from crawler.handlers import RememberingHTTP11DownloadHandler, remember_idna
from crawler.middlewares import QuickCookies

HOSTS = ["127.0.0.1", "example.org", "www.example.org", "bücher.example",
         "xn--bcher-kva.example", "under_score.example", "EXAMPLE.ORG", "localhost"]
SITE = "http://blog.example.org"


def _scrapy_encoder():  # type: ignore[no-untyped-def]
    from scrapy.core.downloader._idna_patch import _patched_idna_bytes

    return _patched_idna_bytes


def test_settings_name_the_remembering_handler_and_quick_cookies() -> None:
    handlers = crawl_settings.DOWNLOAD_HANDLERS
    name = "crawler.handlers.RememberingHTTP11DownloadHandler"
    assert handlers["http"] == handlers["https"] == name
    mws = crawl_settings.DOWNLOADER_MIDDLEWARES
    assert mws["scrapy.downloadermiddlewares.cookies.CookiesMiddleware"] is None
    assert mws["crawler.middlewares.QuickCookies"] == 700  # Scrapy's place for cookies


def test_remembered_encoding_is_scrapys() -> None:
    from scrapy.core.downloader._idna_patch import _install_twisted_idna_fallbacks
    from twisted.internet import endpoints

    # What the handler's __init__ does after Scrapy's (which would install a reactor
    # here to build its connection pool; the crawl tests crawl through the handler).
    assert issubclass(RememberingHTTP11DownloadHandler, HTTP11DownloadHandler)
    _install_twisted_idna_fallbacks()
    remember_idna()
    remember_idna()  # a second handler wraps nothing twice
    encode = endpoints._idnaBytes
    assert isinstance(encode, functools._lru_cache_wrapper)
    assert not isinstance(encode.__wrapped__, functools._lru_cache_wrapper)
    for host in HOSTS * 2:
        assert encode(host) == _scrapy_encoder()(host), host
        assert endpoints.HostnameEndpoint._hostAsBytesAndText(host)[1] == encode(host)
    assert encode.cache_info().hits >= len(HOSTS)
    for bad in ("a:b", "bad host.example"):
        with pytest.raises(UnicodeError):
            _scrapy_encoder()(bad)
        with pytest.raises(UnicodeError):
            encode(bad)


def _cookie_run(mw_class: type[CookiesMiddleware]) -> list[bytes | None]:
    """The Cookie header of each request in a run of pages, through ``mw_class``."""
    mw = mw_class.from_crawler(get_crawler(settings_dict={"COOKIES_ENABLED": True}))
    answers: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
               (f"{SITE}/", {"Set-Cookie": "session=abc; Path=/"}, {}),
               (f"{SITE}/tag/a/", {}, {}),
               (f"{SITE}/tag/a/page/2/", {"Set-Cookie": ["theme=dark; Path=/tag/",
                                                         "gone=1; Max-Age=0"]}, {}),
               (f"{SITE}/2024/01/01/post/", {"Content-Type": "text/html"}, {}),
               (f"{SITE}/tag/a/page/3/", {"Set-Cookie": "x=1"}, {"dont_merge_cookies": True}),
               (f"{SITE}/tag/a/page/4/", {"Set-Cookie2": 'v="2"; Version=1'}, {}),
               (f"{SITE}/tag/a/page/5/", {}, {"cookiejar": "other"}),
               ("http://elsewhere.example/", {"Set-Cookie": "s=1; Domain=example.org"}, {})]
    seen = []
    for url, headers, meta in answers:
        request = Request(url, meta=dict(meta))
        mw.process_request(request)
        seen.append(request.headers.get("Cookie"))
        response = HtmlResponse(url, body=b"<html></html>", headers=headers, request=request)
        assert mw.process_response(request, response) is response
    request = Request(f"{SITE}/tag/a/page/9/")
    mw.process_request(request)
    seen.append(request.headers.get("Cookie"))
    return seen


def test_quick_cookies_send_what_scrapys_middleware_sends() -> None:
    quick, scrapys = _cookie_run(QuickCookies), _cookie_run(CookiesMiddleware)
    assert quick == scrapys
    assert quick[1] == b"session=abc" and b"theme=dark" in (quick[-1] or b"")


def test_quick_cookies_stay_off_with_cookies_disabled() -> None:
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        QuickCookies.from_crawler(get_crawler(settings_dict={"COOKIES_ENABLED": False}))
