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

:class:`QuickScraperOutput` (``EXTENSIONS``) installs both on the crawl's scraper and
signal manager when the spider opens, where the asyncio reactor runs (Scrapy's other
reactor keeps its own).
"""
from __future__ import annotations

import asyncio
import inspect
import logging
import types
from collections.abc import AsyncIterator, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from pydispatch.dispatcher import getAllReceivers, liveReceivers
from pydispatch.robustapply import robustApply
from scrapy import signals
from scrapy.http import Request
from scrapy.utils.asyncgen import as_async_generator
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.defer import aiter_errback, ensure_awaitable, iter_errback
from scrapy.utils.python import global_object_name
from twisted.internet.defer import Deferred

if TYPE_CHECKING:
    from scrapy.core.scraper import Scraper
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.signalmanager import SignalManager
    from twisted.python.failure import Failure

#: Scrapy's logger of errors in signal receivers (scrapy.utils.signal), so that the
#: lines are the same.
signal_log = logging.getLogger("scrapy.utils.signal")


async def handle_spider_output_async(
        self: Scraper, result: Iterable[Any] | AsyncIterator[Any], request: Request,
        response: Response | Failure) -> None:
    """Scrapy's ``Scraper.handle_spider_output_async`` under asyncio, one task an item
    (see the module's doc)."""
    it: Iterable[Any] | AsyncIterator[Any]
    if isinstance(result, AsyncIterator):
        it = aiter_errback(result, self.handle_spider_error, request, response)
    else:
        it = iter_errback(result, self.handle_spider_error, request, response)
    most = max(1, self.concurrent_items)
    running: set[asyncio.Task[None]] = set()
    async for output in as_async_generator(it):
        if isinstance(output, Request) or output is None:
            await self._process_spidermw_output_async(output, response)
            continue
        while len(running) >= most:
            _, running = await asyncio.wait(running, return_when=asyncio.FIRST_COMPLETED)
        running.add(asyncio.create_task(
            self._process_spidermw_output_async(output, response)))
    if running:
        await asyncio.wait(running)


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
        scraper.handle_spider_output_async = types.MethodType(  # type: ignore[method-assign]
            handle_spider_output_async, scraper)
        manager = self.crawler.signals
        manager.send_catch_log_async = types.MethodType(  # type: ignore[method-assign]
            send_catch_log_async, manager)
