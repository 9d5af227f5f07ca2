"""Scrapy's downloader, its middleware chain run without a coroutine a step.

Scrapy's ``DownloaderMiddlewareManager`` hands what each ``process_request`` and
``process_response`` returns to ``ensure_awaitable`` and awaits the result: a plain
value (``None``, a response, a request: what nearly every middleware returns) is first
wrapped in a new coroutine that only returns it, and the method's dotted name is built
for a warning that only a ``Deferred`` needs. With a dozen middlewares that is some
seventeen coroutines a request; on an excerpt archive the chain's own work was about
4 % of the crawl process's CPU (cProfile, thread CPU time).
:class:`QuickDownloaderMiddlewareManager` runs the same chain in the same order with
the same checks and errors, and awaits only what is awaitable (a coroutine, a
``Deferred``, which goes through ``ensure_awaitable`` with its deprecation warning, as
before). Awaiting a plain value's coroutine never suspended the chain, so nothing else
changes. ``DOWNLOADER`` names :class:`QuickDownloader` (crawler/settings.py).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.core.downloader import Downloader
from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
from scrapy.exceptions import _InvalidOutput
from scrapy.http import Request, Response
from scrapy.utils.defer import ensure_awaitable
from scrapy.utils.python import global_object_name

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine

    from scrapy.crawler import Crawler


class QuickDownloaderMiddlewareManager(DownloaderMiddlewareManager):
    """Scrapy's downloader middleware chain; a method's plain return value is used as
    it is, not wrapped in a coroutine and awaited (see the module's doc)."""

    async def _process_request(
        self, request: Request,
        download_func: Callable[[Request], Coroutine[Any, Any, Response]],
    ) -> Response | Request:
        for method in self.methods["process_request"]:
            assert method is not None
            response = self._handle_mw_method(method, request=request)
            if response is not None and not isinstance(response, (Response, Request)):
                response = await _awaited(response, method)
                if response is not None and not isinstance(response, (Response, Request)):
                    raise _InvalidOutput(
                        f"Middleware {method.__qualname__} must return None, Response or "
                        f"Request, got {response.__class__.__name__}")
            if response:
                return response
        return await download_func(request)

    async def _process_response(self, response: Response | Request, request: Request
                                ) -> Response | Request:
        if response is None:
            raise TypeError("Received None in process_response")
        if isinstance(response, Request):
            return response
        for method in self.methods["process_response"]:
            assert method is not None
            response = self._handle_mw_method(method, request=request, response=response)
            if not isinstance(response, (Response, Request)):
                response = await _awaited(response, method)
                if not isinstance(response, (Response, Request)):
                    raise _InvalidOutput(
                        f"Middleware {method.__qualname__} must return Response or "
                        f"Request, got {type(response)}")
            if isinstance(response, Request):
                return response
        return response


async def _awaited(result: Any, method: Callable[..., Any]) -> Any:
    """What Scrapy's chain makes of a method's result that is not a plain response,
    request or None (``ensure_awaitable``): a coroutine or other awaitable awaited, a
    ``Deferred`` awaited with Scrapy's deprecation warning, anything else as it is
    (which the caller then refuses, as Scrapy does)."""
    return await ensure_awaitable(result, _warn=global_object_name(method))


class QuickDownloader(Downloader):
    """Scrapy's downloader with :class:`QuickDownloaderMiddlewareManager` as its
    middleware chain. Scrapy's ``__init__`` builds its own manager class by name; the
    manager built (and its middlewares, each made once) is kept, and given the quicker
    subclass's methods (a subclass with no state of its own)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        if type(self.middleware) is DownloaderMiddlewareManager:
            self.middleware.__class__ = QuickDownloaderMiddlewareManager
