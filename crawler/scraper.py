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

:class:`QuickScraperOutput` (``EXTENSIONS``) installs it on the crawl's scraper when the
spider opens, where the asyncio reactor runs (Scrapy's other reactor keeps its own).
"""
from __future__ import annotations

import asyncio
import types
from collections.abc import AsyncIterator, Iterable
from typing import TYPE_CHECKING, Any

from scrapy import signals
from scrapy.http import Request
from scrapy.utils.asyncgen import as_async_generator
from scrapy.utils.asyncio import is_asyncio_available
from scrapy.utils.defer import aiter_errback, iter_errback

if TYPE_CHECKING:
    from scrapy.core.scraper import Scraper
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from twisted.python.failure import Failure


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
