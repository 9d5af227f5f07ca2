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
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

#: Host names whose encoding is kept (a crawl meets a few; a broad crawl's oldest go).
HOSTS_REMEMBERED = 4096


class RememberingHTTP11DownloadHandler(HTTP11DownloadHandler):
    """:class:`~scrapy.core.downloader.handlers.http11.HTTP11DownloadHandler`, host
    names' IDNA encoding remembered (:func:`remember_idna`)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)  # installs Scrapy's IDNA fallbacks first
        remember_idna()


def remember_idna() -> None:
    """Wrap the host-name encoder Twisted's endpoints call (Scrapy's, with its
    fallbacks, once its handler has installed them) in a cache; once only."""
    from twisted.internet import endpoints

    encode = endpoints._idnaBytes
    if not isinstance(encode, functools._lru_cache_wrapper):
        endpoints._idnaBytes = functools.lru_cache(maxsize=HOSTS_REMEMBERED)(encode)
