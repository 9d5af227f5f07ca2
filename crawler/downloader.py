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
changes. It also calls the methods Scrapy's ``_warn_spider_arg`` wraps (most of its
own middlewares') through the wrapped function where the chain passes no spider, so the
wrapper's check for a spider argument it never gets is left out, and works out once
which methods take the spider (Scrapy's ``_handle_mw_method`` asked every call). A
coroutine (the robots middleware's ``process_request``) is awaited as it is, without
``ensure_awaitable`` and the method's dotted name it built for a ``Deferred``'s warning.
``DOWNLOADER`` names :class:`QuickDownloader` (crawler/settings.py).
"""
from __future__ import annotations

import types
from typing import TYPE_CHECKING, Any

from scrapy.core.downloader import Downloader
from scrapy.core.downloader.middleware import DownloaderMiddlewareManager
from scrapy.exceptions import _InvalidOutput
from scrapy.http import Request, Response
from scrapy.utils.decorators import _warn_spider_arg
from scrapy.utils.defer import ensure_awaitable
from scrapy.utils.python import global_object_name
from twisted.internet.defer import Deferred

if TYPE_CHECKING:
    from collections.abc import Callable, Coroutine

    from scrapy.crawler import Crawler


class QuickDownloaderMiddlewareManager(DownloaderMiddlewareManager):
    """Scrapy's downloader middleware chain; a method's plain return value is used as
    it is, not wrapped in a coroutine and awaited (see the module's doc)."""

    def _calls(self, name: str) -> list[tuple[Any, Any, bool]]:
        """``(method, what to call, whether it takes the spider)`` for each of the
        chain's ``name`` methods, in order (worked out once): what Scrapy's
        ``_handle_mw_method`` calls, a method wrapped by Scrapy's ``_warn_spider_arg``
        called through its ``__wrapped__`` where the chain passes it no spider (the
        wrapper's check only warns of a spider argument: some 40 Python calls a
        request)."""
        cache = self.__dict__.setdefault("_quick_calls", {})
        calls = cache.get(name)
        if calls is None:
            calls = []
            for method in self.methods[name]:
                assert method is not None
                needs_spider = method in self._mw_methods_requiring_spider
                call = method
                func = getattr(method, "__func__", None)
                if not needs_spider and getattr(func, "__code__", None) in _SPIDER_ARG_CHECKS:
                    call = types.MethodType(func.__wrapped__, method.__self__)  # type: ignore[union-attr]
                calls.append((method, call, needs_spider))
            cache[name] = calls
        return calls

    async def _process_request(
        self, request: Request,
        download_func: Callable[[Request], Coroutine[Any, Any, Response]],
    ) -> Response | Request:
        for method, call, needs_spider in self._calls("process_request"):
            response = call(request=request, spider=self._spider) if needs_spider \
                else call(request=request)
            if response is None:
                continue
            if type(response) is types.CoroutineType:  # an async method's: awaited as is
                response = await response
            elif not isinstance(response, (Response, Request)):
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
        for method, call, needs_spider in self._calls("process_response"):
            response = call(request=request, response=response, spider=self._spider) \
                if needs_spider else call(request=request, response=response)
            if not isinstance(response, (Response, Request)):
                response = await _awaited(response, method)
                if not isinstance(response, (Response, Request)):
                    raise _InvalidOutput(
                        f"Middleware {method.__qualname__} must return Response or "
                        f"Request, got {type(response)}")
            if isinstance(response, Request):
                return response
        return response


def _spider_arg_checks() -> frozenset[Any]:
    """The code of the wrappers Scrapy's ``_warn_spider_arg`` makes of a plain function
    and of a coroutine function."""
    def process_request(self: Any, request: Any, spider: Any = None) -> None:
        return None

    async def process_request_async(self: Any, request: Any, spider: Any = None) -> None:
        return None

    return frozenset((_warn_spider_arg(process_request).__code__,
                      _warn_spider_arg(process_request_async).__code__))


_SPIDER_ARG_CHECKS = _spider_arg_checks()


async def _awaited(result: Any, method: Callable[..., Any]) -> Any:
    """What Scrapy's chain makes of a method's result that is not a plain response,
    request or None (``ensure_awaitable``): a coroutine or other awaitable awaited, a
    ``Deferred`` awaited with Scrapy's deprecation warning, anything else as it is
    (which the caller then refuses, as Scrapy does)."""
    if isinstance(result, Deferred):
        return await ensure_awaitable(result, _warn=global_object_name(method))
    return await ensure_awaitable(result)  # the name is only for a Deferred's warning


class QuickDownloader(Downloader):
    """Scrapy's downloader with :class:`QuickDownloaderMiddlewareManager` as its
    middleware chain. Scrapy's ``__init__`` builds its own manager class by name; the
    manager built (and its middlewares, each made once) is kept, and given the quicker
    subclass's methods (a subclass with no state of its own)."""

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        if type(self.middleware) is DownloaderMiddlewareManager:
            self.middleware.__class__ = QuickDownloaderMiddlewareManager
