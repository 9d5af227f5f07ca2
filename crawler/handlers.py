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

Two more copies of headers a request are left out (:func:`quick_header_copies`):

- the response takes the ``Headers`` built for it as they are
  (:func:`make_response`): Scrapy's ``Response.__init__`` copies them once more through
  ``Headers.update`` (a title-case, a type check and a list copy a name and a value:
  about 150 Python calls a response from Apache, 3.5 % of the crawl process's calls on
  an excerpt archive), where its own ``headers`` setter adopts a ``Headers`` as it is;
- the request's headers reach Twisted's ``Headers`` from the dict Scrapy's ``Headers``
  holds (:class:`RequestTxHeaders`): read through ``Headers.items()`` each name was
  looked up again (``getlist``: title-cased and encoded anew). Twisted still encodes
  each name; a value without a line break is stored as it is, where Twisted's
  ``setRawHeaders`` split it into lines and joined them again (some 50 Python calls a
  request, 1.3 % of the crawl process's on an excerpt archive).
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from scrapy.core.downloader.handlers import http11
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Response
from scrapy.http.headers import Headers
from scrapy.responsetypes import responsetypes
from scrapy.utils import _download_handlers
from twisted.web import http_headers
from twisted.web.http_headers import Headers as TxHeaders
from twisted.web.iweb import UNKNOWN_LENGTH

if TYPE_CHECKING:
    from ipaddress import IPv4Address, IPv6Address

    from scrapy.crawler import Crawler
    from scrapy.exceptions import StopDownload
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
        quick_header_copies()


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
        if type(name) is not bytes:
            return _SCRAPY_HEADERS(response)
        for value in values:
            if type(value) is not bytes:
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


def make_response(url: str, status: int, headers: Headers, body: bytes = b"",
                  flags: list[str] | None = None, certificate: Any = None,
                  ip_address: IPv4Address | IPv6Address | None = None,
                  protocol: str | None = None,
                  stop_download: StopDownload | None = None) -> Response:
    """Scrapy's ``make_response`` (``scrapy.utils._download_handlers``), the response
    taking ``headers`` as they are, through ``Response``'s own ``headers`` setter,
    instead of a copy made by ``Response.__init__`` (the handler builds them for this
    response alone). Anything but a ``Headers`` goes to Scrapy's function."""
    if type(headers) is not Headers:
        return _SCRAPY_MAKE_RESPONSE(url=url, status=status, headers=headers, body=body,
                                     flags=flags, certificate=certificate,
                                     ip_address=ip_address, protocol=protocol,
                                     stop_download=stop_download)
    respcls = response_class(headers, url, body)
    response = respcls(url=url, status=status, body=body, flags=flags,
                       certificate=certificate, ip_address=ip_address, protocol=protocol)
    if headers:  # as Response.__init__: no headers, none kept
        response.headers = headers
    if stop_download:
        response.flags.append("download_stopped")
        if stop_download.fail:
            stop_download.response = response
            raise stop_download
    return response


_SCRAPY_MAKE_RESPONSE = _download_handlers.make_response

#: Response classes by ``(Content-Type, Content-Encoding)``: a crawl meets a handful;
#: a site that makes up new ones fills this many, then is asked of Scrapy every time.
CLASSES_REMEMBERED = 256
_CLASSES: dict[tuple[bytes, bytes | None], type[Response]] = {}


def response_class(headers: Headers, url: str, body: bytes) -> type[Response]:
    """``responsetypes.from_args(headers=headers, url=url, body=body)``: the class
    Scrapy's headers say (``from_headers``: the last ``Content-Type`` and
    ``Content-Encoding``) remembered for each pair of values, where the response has no
    ``Content-Disposition`` (some 40 Python calls a response: the MIME type's parse and
    lookup); where the headers say no more than ``Response``, and for anything else,
    Scrapy's own guess from the URL and the body."""
    types = dict.get(headers, b"Content-Type")
    if types and b"Content-Disposition" not in headers:
        encodings = dict.get(headers, b"Content-Encoding")
        key = (types[-1], encodings[-1] if encodings else None)
        cls = _CLASSES.get(key)
        if cls is None:
            cls = responsetypes.from_headers(headers)
            if len(_CLASSES) < CLASSES_REMEMBERED:
                _CLASSES[key] = cls
        if cls is not Response:
            return cls
    return responsetypes.from_args(headers=headers, url=url, body=body)


#: Twisted's encoder of header names (its spelling of each, remembered).
_NAME_ENCODER = http_headers._nameEncoder


class RequestTxHeaders(TxHeaders):
    """Twisted's ``Headers``, made from a Scrapy ``Headers`` by the dict it holds
    (names title-cased bytes, values lists of bytes: what ``Headers.items()`` returns,
    without looking every name up again); anything else as Twisted makes it."""

    __slots__ = ()

    def __init__(self, rawHeaders: Any = None) -> None:  # noqa: N803 (Twisted's name)
        if type(rawHeaders) is Headers:
            super().__init__()
            raw = self._rawHeaders
            for name, values in dict.items(rawHeaders):
                plain = type(name) is bytes
                for value in values if plain else ():
                    if type(value) is not bytes or b"\n" in value or b"\r" in value:
                        plain = False
                        break
                if plain:
                    # What setRawHeaders stores: the name as Twisted spells it, each
                    # value with its line breaks made spaces (it has none).
                    raw[_NAME_ENCODER.encode(name)] = list(values)
                else:
                    self.setRawHeaders(name, values)
        else:
            super().__init__(rawHeaders)


def quick_header_copies() -> None:
    """Scrapy's HTTP/1.1 handler makes its responses with :func:`make_response` and
    Twisted's request headers as :class:`RequestTxHeaders` (names in its module)."""
    http11.make_response = make_response  # type: ignore[assignment]
    http11.TxHeaders = RequestTxHeaders  # type: ignore[misc]
