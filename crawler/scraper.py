"""Scrapy's handling of what a callback returns, without a queue and workers a response.

For every response, Scrapy's ``Scraper.handle_spider_output_async`` hands the callback's
output to ``_parallel_asyncio``: a queue, ``CONCURRENT_ITEMS`` worker tasks and a task
filling the queue, then ``asyncio.wait`` on them all -- for a permalink page's one item
as for an archive page's ten, and for a request as for an item (a request is only
handed to the scheduler, at once). With ``CONCURRENT_ITEMS = 4`` that is five tasks, ten
queue moves and a wait a response: about 12 tasks and 100 queue calls a post in the
crawl process on an excerpt archive (cProfile).

:func:`handle_spider_output_async` does the same work in the same order with one task a
item: it reads the output as Scrapy's filler does (the spider's errors go to
``handle_spider_error`` through Scrapy's own ``iter_errback`` / ``aiter_errback``), hands
each request to ``_process_spidermw_output_async`` as it comes (which schedules it, as a
free worker of Scrapy's would), and runs each item's
``_process_spidermw_output_async`` in a task, at most ``CONCURRENT_ITEMS`` at once
(reading the output waits while that many are running, as Scrapy's filler waits on its
full queue), then waits for the last. What differs is only when: a request that follows
``CONCURRENT_ITEMS`` running items reaches the scheduler at once, not when a worker is
free (Scrapy's queue held it for up to two items' time).

Each item the pipelines pass is then announced (``item_scraped``) with Scrapy's
``send_catch_log_async``, which under asyncio wraps every receiver in a coroutine, names
it for a warning only a ``Deferred`` needs, and gathers them as tasks: for the feed
exporter's and the stats' two plain functions, two tasks, a gather and some 90 calls an
item. :func:`send_catch_log_async` calls each receiver at once, in the same order, with
the same arguments, logs its error the same way (``dont_log`` kept), and awaits only
what a receiver returns that is awaitable -- a coroutine, or a ``Deferred`` with
Scrapy's deprecation warning -- all of them together, as Scrapy's gather does; the
results are Scrapy's, receiver by receiver. What differs is only when: a plain
receiver runs when the signal is sent, not a turn of the event loop later.

Between the callback and that hand-over, Scrapy's ``SpiderMiddlewareManager`` stacks
two asynchronous generators a middleware with ``process_spider_output`` (the
middleware's own and an ``_evaluate_iterable`` catching its errors) and steps every
output through all of them, items too, which Scrapy's request middlewares (depth, URL
length, referer, start, and tagwire's ``SiteStamp``) let through untouched: some 150
Python calls a post on an excerpt archive (cProfile). Those middlewares are Scrapy's
``BaseSpiderMiddleware``, whose ``process_spider_output`` only hands each output to
``get_processed_request`` or ``get_processed_item`` (the depth middleware first
counts the response's depth). :class:`QuickSpiderMiddlewareManager` runs each run of
such middlewares as one generator: the same methods in the same order on each
output, an item skipping the ones whose ``get_processed_item`` is the base's (it
returns the item), a ``None`` output or result dropped as the base drops it; an
error goes to the ``process_spider_exception`` methods from the same index as
Scrapy's chain would hand it (after the middleware that raised it, or after the
run's first for an error from the output it reads), and what they recover is
appended to the output as Scrapy does. Any other middleware keeps its own layer.

Where that run is the whole chain (the crawl's own middlewares), the callback's output
is read by one more generator (:meth:`QuickSpiderMiddlewareManager._callback_run`)
instead of Scrapy's stack around it -- ``as_async_generator`` of the callback's plain
generator, ``_evaluate_iterable`` catching its errors, and two ``MutableAsyncChain``
s (each an ``_async_chain`` reading ``as_async_generator`` s of the output and of
what was recovered) -- and the scraper reads that with the spider's errors handled
in the same generator (:func:`_errback_outputs`: ``aiter_errback`` inside
``as_async_generator`` before): some 13 asynchronous generators a response became 4,
with the same outputs in the same order, errors offered to the same
``process_spider_exception`` methods, what they recover handed on after the output
as before (tests/test_crawl_speed17.py compares both managers over 8 layouts).

Scrapy sends some eight signals a post with ``send_catch_log`` (request scheduled,
reached and left the downloader, headers and bytes received, ...), most of which no
component of the crawl listens to; each still walks pydispatch's four tables through
two generators, some 15 calls a signal. :func:`send_catch_log` looks in the same four
tables first and returns Scrapy's answer for no receivers, an empty list, where they
hold none for the signal; otherwise Scrapy's own ``send_catch_log`` runs.

:class:`QuickScraperOutput` (``EXTENSIONS``) installs the four on the crawl's scraper,
its spider middleware manager and the signal manager when the spider opens, where the
asyncio reactor runs (Scrapy's other reactor keeps its own).
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import types
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from pydispatch.dispatcher import Any as AnySignal
from pydispatch.dispatcher import connections, getAllReceivers, liveReceivers
from pydispatch.robustapply import robustApply
from scrapy import signals
from scrapy.core.spidermw import SpiderMiddlewareManager
from scrapy.http import Request
from scrapy.signalmanager import SignalManager
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.utils.asyncgen import as_async_generator
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.defer import _process_pending_io, ensure_awaitable, iter_errback
from scrapy.utils.python import MutableAsyncChain, global_object_name
from twisted.internet.defer import Deferred
from twisted.python.failure import Failure

if TYPE_CHECKING:
    from scrapy.core.scraper import Scraper
    from scrapy.crawler import Crawler
    from scrapy.http import Response

#: Scrapy's logger of errors in signal receivers (scrapy.utils.signal), so that the
#: lines are the same.
signal_log = logging.getLogger("scrapy.utils.signal")


async def handle_spider_output_async(
        self: Scraper, result: Iterable[Any] | AsyncIterator[Any], request: Request,
        response: Response | Failure) -> None:
    """Scrapy's ``Scraper.handle_spider_output_async`` under asyncio, one task an item
    (see the module's doc)."""
    most = max(1, self.concurrent_items)
    running: set[asyncio.Task[None]] = set()
    async for output in _errback_outputs(self, result, request, response):
        if isinstance(output, Request) or output is None:
            await self._process_spidermw_output_async(output, response)
            continue
        while len(running) >= most:
            _, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        running.add(asyncio.create_task(
            self._process_spidermw_output_async(output, response)))
    if running:
        await asyncio.wait(running)


async def _errback_outputs(self: Scraper, result: Iterable[Any] | AsyncIterator[Any],
                          request: Request, response: Response | Failure
                          ) -> AsyncIterator[Any]:
    """The outputs of ``result``, an error reading it handed to the scraper's
    ``handle_spider_error`` and the reading tried again, as Scrapy's ``iter_errback`` /
    ``aiter_errback`` inside ``as_async_generator`` do -- in one generator, not two."""
    if not isinstance(result, AsyncIterator):
        async for output in as_async_generator(
                iter_errback(result, self.handle_spider_error, request, response)):
            yield output
        return
    while True:
        try:
            output = await anext(result)
        except StopAsyncIteration:
            return
        except Exception:
            self.handle_spider_error(Failure(), request, response)
            continue
        yield output


def send_catch_log(self: SignalManager, signal: Any, **kwargs: Any) -> list[tuple[Any, Any]]:
    """Scrapy's ``SignalManager.send_catch_log``, an empty list at once for a signal
    nothing listens to (see the module's doc)."""
    sender = kwargs.get("sender", self.sender)
    for table in (connections.get(id(sender)), connections.get(id(AnySignal))):
        if table and (table.get(signal) or table.get(AnySignal)):
            return SignalManager.send_catch_log(self, signal, **kwargs)
    return []


async def send_catch_log_async(self: SignalManager, signal: Any,
                               **kwargs: Any) -> list[tuple[Any, Any]]:
    """Scrapy's ``SignalManager.send_catch_log_async`` under asyncio, plain receivers
    called at once (see the module's doc)."""
    sender = kwargs.pop("sender", self.sender)
    dont_log = kwargs.pop("dont_log", ())
    dont_log = tuple(dont_log) if isinstance(dont_log, Sequence) else (dont_log,)
    spider = kwargs.get("spider")
    results: list[tuple[Any, Any]] = []
    waits: list[tuple[int, Any, Any]] = []
    for receiver in liveReceivers(getAllReceivers(sender, signal)):
        try:
            result = robustApply(receiver, signal=signal, sender=sender, **kwargs)
        except dont_log as ex:  # pylint: disable=catching-non-exception
            result = ex
        except Exception as ex:
            signal_log.error("Error caught on signal handler: %(receiver)s",
                             {"receiver": receiver}, exc_info=True, extra={"spider": spider})
            result = ex
        else:
            if isinstance(result, Deferred) or inspect.isawaitable(result):
                waits.append((len(results), receiver, result))
        results.append((receiver, result))
    if waits:
        async def settle(receiver: Any, awaitable: Any) -> Any:
            try:
                return await ensure_awaitable(awaitable, _warn=global_object_name(receiver))
            except dont_log as ex:  # pylint: disable=catching-non-exception
                return ex
            except Exception as ex:
                signal_log.error("Error caught on signal handler: %(receiver)s",
                                 {"receiver": receiver}, exc_info=True,
                                 extra={"spider": spider})
                return ex

        settled = await asyncio.gather(*(settle(r, a) for _, r, a in waits),
                                       return_exceptions=True)
        for (at, receiver, _), result in zip(waits, settled, strict=True):
            results[at] = (receiver, result)
    return results


#: ``process_spider_output`` methods (Scrapy's asynchronous ones) that only hand each
#: output to the middleware's ``_get_processed``, with the name of the middleware's
#: method each first calls with the response (``None``: none).
PER_OUTPUT_METHODS: dict[Any, str | None] = {
    BaseSpiderMiddleware.process_spider_output_async: None,
    DepthMiddleware.process_spider_output_async: "_init_depth",
}

#: One layer of the chain: ``(index, method)`` for a middleware's own generator, or
#: ``(index of the run's first, starts, steps, drops_none)`` for a run of per-output
#: middlewares, ``starts`` as ``(index, method)``, ``steps`` as ``(index, on_request,
#: on_item)`` (``None`` where the base's method returns the output as it is), and
#: ``drops_none`` true where the run's first middleware drops a ``None`` output (the
#: base's ``get_processed_item`` returns it, and ``None`` is not handed on).
_Step = tuple[int, Any, Any]
_Layer = tuple[int, Any] | tuple[int, list[tuple[int, Any]], list[_Step], bool]


def _per_output(method: Any) -> tuple[Any, Any, Any] | None:
    """``(start, on_request, on_item)`` of a per-output middleware's
    ``process_spider_output`` method, or ``None`` where it does more."""
    func = getattr(method, "__func__", None)
    mw = getattr(method, "__self__", None)
    if mw is None or func not in PER_OUTPUT_METHODS \
            or type(mw)._get_processed is not BaseSpiderMiddleware._get_processed:
        return None
    start_name = PER_OUTPUT_METHODS[func]
    cls = type(mw)
    return (None if start_name is None else getattr(mw, start_name),
            None if cls.get_processed_request is BaseSpiderMiddleware.get_processed_request
            else mw.get_processed_request,
            None if cls.get_processed_item is BaseSpiderMiddleware.get_processed_item
            else mw.get_processed_item)


class QuickSpiderMiddlewareManager(SpiderMiddlewareManager):
    """Scrapy's spider middleware chain, a run of per-output middlewares in one
    generator (see the module's doc)."""

    _layers_from: dict[int, list[_Layer]]

    def _layers(self, start_index: int) -> list[_Layer]:
        cache = self.__dict__.setdefault("_layers_from", {})
        layers = cache.get(start_index)
        if layers is None:
            layers = []
            methods = list(self.methods["process_spider_output"])
            for index in range(start_index, len(methods)):
                method = methods[index]
                if method is None:
                    continue
                parts = None if method in self._mw_methods_requiring_spider \
                    else _per_output(method)
                if parts is None:
                    layers.append((index, method))
                    continue
                start, on_request, on_item = parts
                if not layers or len(layers[-1]) == 2:
                    layers.append((index, [], [], on_item is None))
                _, starts, steps, _ = layers[-1]  # type: ignore[misc]
                if start is not None:
                    # Scrapy's chain starts the outer generators first.
                    starts.insert(0, (index, start))
                if on_request is not None or on_item is not None:
                    steps.append((index, on_request, on_item))
            cache[start_index] = layers
        return layers

    async def scrape_response_async(self, scrape_func: Any, response: Response,
                                    request: Request) -> MutableAsyncChain[Any]:
        """Scrapy's, the callback's output read by :meth:`_callback_run` where the
        chain is one run of per-output middlewares (the callback's plain generator read
        as it is, not through ``as_async_generator``)."""
        if not self.crawler:
            raise RuntimeError(
                "scrape_response_async() called on a SpiderMiddlewareManager"
                " instance created without a crawler.")
        try:
            it = await self._process_spider_input(scrape_func, response, request)
            layers = self._layers(0)
            if len(layers) == 1 and len(layers[0]) == 4:
                return _chain_of(self._callback_run(response, it, layers[0]))  # type: ignore[arg-type]
            ait = it if isinstance(it, AsyncIterator) else as_async_generator(it)
            return await self._process_callback_output(response, ait)
        except Exception as ex:
            await _process_pending_io()
            return self._process_spider_exception(response, ex)

    async def _callback_run(self, response: Response,
                            it: Iterable[Any] | AsyncIterator[Any],
                            layer: tuple[int, list[tuple[int, Any]], list[_Step], bool]
                            ) -> AsyncIterator[Any]:
        """What Scrapy's ``_process_callback_output`` makes of the callback's output
        ``it`` when the chain is the one run ``layer``, in one generator: its
        ``_evaluate_iterable`` at index 0 (an error reading ``it`` offered to every
        ``process_spider_exception``, what they recover kept for the end), the run's
        middlewares on each output (:meth:`_each_output`), then what was recovered
        inside the run, then what was recovered from the callback's error."""
        first, starts, steps, drops_none = layer
        inner: MutableAsyncChain[Any] = MutableAsyncChain()
        outer: MutableAsyncChain[Any] = MutableAsyncChain()
        empty = inner.data, outer.data
        async for output in self._each_output(response, _evaluated(self, response, it, outer),
                                              first, starts, steps, drops_none, inner):
            yield output
        for recovered, nothing in zip((inner, outer), empty, strict=True):
            if recovered.data is not nothing:  # extended: something was recovered
                async for output in recovered:
                    yield output

    def _process_spider_output(self, response: Response, result: AsyncIterator[Any],
                               start_index: int = 0) -> MutableAsyncChain[Any]:
        recovered: MutableAsyncChain[Any] = MutableAsyncChain()
        for layer in self._layers(start_index):
            if len(layer) == 4:
                first, starts, steps, drops_none = layer  # type: ignore[misc]
                result = self._each_output(response, result, first, starts, steps,
                                           drops_none, recovered)
                continue
            index, method = layer  # type: ignore[misc]
            if method in self._mw_methods_requiring_spider:
                result = method(response=response, result=result, spider=self._spider)
            else:
                result = method(response=response, result=result)
            result = self._evaluate_iterable(response, result, index + 1, recovered)
        return MutableAsyncChain(result, recovered)

    async def _each_output(self, response: Response, result: AsyncIterator[Any],
                           first: int, starts: list[tuple[int, Any]],
                           steps: list[_Step], drops_none: bool,
                           recover_to: MutableAsyncChain[Any]) -> AsyncIterator[Any]:
        """A run of per-output middlewares as one generator, errors handed on from the
        index Scrapy's own layers would hand them from."""
        for index, start in starts:
            try:
                if response is not None:
                    start(response)
            except Exception as ex:
                self._recover(response, ex, index + 1, recover_to)
                return
        while True:
            try:
                output = await anext(result)
            except StopAsyncIteration:
                return
            except Exception as ex:
                self._recover(response, ex, first + 1, recover_to)
                return
            if output is None and drops_none:
                continue
            for index, on_request, on_item in steps:
                method = on_request if isinstance(output, Request) else on_item
                if method is None:
                    continue
                try:
                    output = method(output, response)
                except Exception as ex:
                    self._recover(response, ex, index + 1, recover_to)
                    return
                if output is None:
                    break
            else:
                yield output

    def _recover(self, response: Response, ex: Exception, index: int,
                 recover_to: MutableAsyncChain[Any]) -> None:
        """What Scrapy's ``_evaluate_iterable`` does with an error: an error no
        middleware took goes on up; any other is offered to the
        ``process_spider_exception`` methods from ``index`` on."""
        if getattr(ex, "_spidermw_unhandled", False):
            raise ex
        recover_to.extend(self._process_spider_exception(response, ex, index))


async def _evaluated(manager: SpiderMiddlewareManager, response: Response,
                     it: Iterable[Any] | AsyncIterator[Any],
                     recover_to: MutableAsyncChain[Any]) -> AsyncIterator[Any]:
    """Scrapy's ``_evaluate_iterable(response, as_async_generator(it), 0, recover_to)``
    in one generator: the outputs of ``it``, plain or asynchronous; an error reading it
    that no middleware has declined offered to the ``process_spider_exception``
    methods from the first, what they return kept in ``recover_to``."""
    try:
        if isinstance(it, AsyncIterator):
            async for output in it:
                yield output
        else:
            for output in it:
                yield output
    except Exception as ex:
        if getattr(ex, "_spidermw_unhandled", False):
            raise
        recover_to.extend(manager._process_spider_exception(response, ex, 0))


def _chain_of(outputs: AsyncIterator[Any]) -> MutableAsyncChain[Any]:
    """A ``MutableAsyncChain`` reading ``outputs`` itself (its ``__init__`` would put
    two more generators in between); ``extend`` works on it as on any."""
    chain: MutableAsyncChain[Any] = MutableAsyncChain.__new__(MutableAsyncChain)
    chain.data = outputs
    return chain


class QuickScraperOutput:
    """Extension: the crawl's scraper hands a callback's output on with
    :func:`handle_spider_output_async` (asyncio reactor only)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuickScraperOutput:
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        return ext

    def spider_opened(self) -> None:
        engine = self.crawler.engine
        if engine is None or not is_asyncio_available():
            return
        scraper = engine.scraper
        if type(scraper.spidermw) is SpiderMiddlewareManager:
            scraper.spidermw.__class__ = QuickSpiderMiddlewareManager
        scraper.handle_spider_output_async = types.MethodType(  # type: ignore[method-assign]
            handle_spider_output_async, scraper)
        manager = self.crawler.signals
        manager.send_catch_log_async = types.MethodType(  # type: ignore[method-assign]
            send_catch_log_async, manager)
        manager.send_catch_log = types.MethodType(  # type: ignore[method-assign]
            send_catch_log, manager)
