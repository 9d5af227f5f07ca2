"""Scrapy's HTTP/1.1 download handler, with each host name's IDNA encoding remembered.

Twisted's HTTP client makes a new ``HostnameEndpoint`` for every request, even over a
kept-alive connection, and the endpoint encodes its host name with the ``idna``
package (a check of every label's code points against the IDNA 2008 tables; Scrapy
wraps it with a fallback to the standard library's codec for names ``idna`` refuses,
:mod:`scrapy.core.downloader._idna_patch`). A crawl asks for a few host names
thousands of times: on a 2,000-post excerpt archive that encoding was 2.4 % of the
crawl process's CPU (cProfile on thread CPU time). The encoding of a name never
changes, so :class:`RememberingHTTP11DownloadHandler` remembers the last
:data:`HOSTS_REMEMBERED` names' (a name that fails is not remembered: it fails again,
as before). Everything else is Scrapy's handler; ``DOWNLOAD_HANDLERS`` names it for
``http`` and ``https`` (crawler/settings.py).

It also builds each response's Scrapy ``Headers`` from Twisted's more cheaply
(:func:`quick_response_headers`): Scrapy builds them twice a response (for the
``headers_received`` signal, then for the response) through ``Headers.update``, which
title-cases, type-checks and copies every name and value one call at a time (about
2 % of the crawl process's CPU on an excerpt archive). Twisted's names and values are
bytes already: the same dict, built in one pass.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers import http11
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http.headers import Headers
from twisted.web.iweb import UNKNOWN_LENGTH

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from twisted.web.iweb import IResponse

#: Host names whose encoding is kept (a crawl meets a few; a broad crawl's oldest go).
HOSTS_REMEMBERED = 4096


class RememberingHTTP11DownloadHandler(HTTP11DownloadHandler):
    """:class:`~scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler`, host
    names' IDNA encoding remembered (:func:`remember_idna`)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)  # installs Scrapy's IDNA fallbacks first
        remember_idna()
        quick_response_headers()


def remember_idna() -> None:
    """Wrap the host-name encoder Twisted's endpoints call (Scrapy's, with its
    fallbacks, once its handler has installed them) in a cache; once only."""
    from twisted.internet import endpoints

    encode = endpoints._idnaBytes
    if not isinstance(encode, functools._lru_cache_wrapper):
        endpoints._idnaBytes = functools.lru_cache(maxsize=HOSTS_REMEMBERED)(encode)


def response_headers(response: IResponse) -> Headers:
    """Scrapy's ``_ScrapyAgent._headers_from_twisted_response``: a ``Content-Length``
    from the response's length where known, then Twisted's raw headers (which replace
    it if they hold one), each name title-cased and the values of names that title-case
    alike joined -- in one pass over Twisted's bytes. A name or value that is not bytes
    (Twisted's headers hold none) goes to Scrapy's own code."""
    merged: dict[bytes, list[bytes]] = {}
    for name, values in response.headers.getAllRawHeaders():
        if type(name) is not bytes or not all(type(v) is bytes for v in values):
            return _SCRAPY_HEADERS(response)
        merged.setdefault(name.title(), []).extend(values)
    headers = Headers()
    if response.length != UNKNOWN_LENGTH:
        dict.__setitem__(headers, b"Content-Length", [str(response.length).encode()])
    dict.update(headers, merged)
    return headers


_SCRAPY_HEADERS = http11._ScrapyAgent._headers_from_twisted_response


def quick_response_headers() -> None:
    """Scrapy's agent builds response headers with :func:`response_headers` (once;
    the agent class is Scrapy's, made anew for every request)."""
    http11._ScrapyAgent._headers_from_twisted_response = staticmethod(  # type: ignore[assignment]
        response_headers)
