"""Round 13's cuts of the crawl process's work a post (crawler/scraper.py).

:func:`crawler.scraper.handle_spider_output_async` against Scrapy's own handling under
asyncio (``_parallel_asyncio`` over ``iter_errback`` / ``aiter_errback``, as
``Scraper.handle_spider_output_async`` calls it): a real ``Scraper`` of a real crawler
whose ``_process_spidermw_output_async`` notes what it is handed and when (items take
turns of the event loop to finish, as an item awaiting the worker pool does), fed the
same callback outputs -- requests, items, ``None``, a callback that raises half-way,
sync and async -- must hand on the same requests and start the same items, each in the
callback's order, report the same spider errors, never run more than
``CONCURRENT_ITEMS`` items at once, and return only once every item is done.
"""
from __future__ import annotations

import asyncio
import random
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from scrapy import Spider
from scrapy.core.scraper import Scraper
from scrapy.http import HtmlResponse, Request
from scrapy.utils.asyncio import _parallel_asyncio
from scrapy.utils.defer import aiter_errback, iter_errback
from scrapy.utils.test import get_crawler

from crawler.scraper import handle_spider_output_async


class _Spider(Spider):
    name = "speed13"


class NotingScraper(Scraper):
    """Scrapy's scraper; what it hands on and the spider errors it meets are noted."""

    def __init__(self, *args: Any, seed: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.noted: list[tuple[str, Any]] = []
        self.running = 0
        self.most_running = 0
        self.rng = random.Random(seed)

    async def _process_spidermw_output_async(self, output: Any, response: Any) -> None:
        if isinstance(output, Request):
            self.noted.append(("request", output.url))
            return
        if output is None:
            self.noted.append(("none", None))
            return
        self.noted.append(("item", output["n"]))
        self.running += 1
        self.most_running = max(self.most_running, self.running)
        for _ in range(self.rng.randint(0, 4)):
            await asyncio.sleep(0)
        self.running -= 1
        self.noted.append(("done", output["n"]))

    def handle_spider_error(self, _failure: Any, request: Any, response: Any,
                            spider: Any = None) -> None:
        self.noted.append(("error", str(_failure.value)))


async def scrapys(self: Scraper, result: Any, request: Request, response: Any) -> None:
    """``Scraper.handle_spider_output_async``'s asyncio branch, as Scrapy spells it."""
    if isinstance(result, AsyncIterator):
        it: Any = aiter_errback(result, self.handle_spider_error, request, response)
    else:
        it = iter_errback(result, self.handle_spider_error, request, response)
    await _parallel_asyncio(it, self.concurrent_items, self._process_spidermw_output_async,
                            response)


def outputs(shape: str) -> list[Any]:
    """A callback's output: ``r`` a request, ``i`` an item, ``n`` None, ``x`` an error."""
    made: list[Any] = []
    for k, c in enumerate(shape):
        made.append(Request(f"http://127.0.0.1/{k}/") if c == "r" else
                    {"n": k} if c == "i" else None if c == "n" else ValueError(f"bad {k}"))
    return made


def sync_output(made: list[Any]) -> Iterator[Any]:
    for x in made:
        if isinstance(x, Exception):
            raise x
        yield x


async def async_output(made: list[Any]) -> AsyncIterator[Any]:
    for x in made:
        await asyncio.sleep(0)
        if isinstance(x, Exception):
            raise x
        yield x


SHAPES = ["i", "r", "n", "", "riiiiiiiiii", "iiiiiiiiiir", "rrrrrrrrrri", "irirnirrii",
          "iiiiix", "riiixiii", "rrx", "iiiiiiiiiiiiiiiiiiiiiiii"]


def run(handler: Any, shape: str, kind: str, items: int, seed: int) -> NotingScraper:
    scraper = NotingScraper(get_crawler(_Spider, {"CONCURRENT_ITEMS": items}), seed=seed)
    made = outputs(shape)
    request = Request("http://127.0.0.1/tag/x/")
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)

    async def go() -> None:
        result = sync_output(made) if kind == "sync" else async_output(made)
        await handler(scraper, result, request, response)
        assert scraper.running == 0, "every item done before the output is handled"

    asyncio.run(go())
    return scraper


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("items", [1, 2, 4])
@pytest.mark.parametrize("shape", SHAPES)
def test_the_same_outputs_in_the_same_order_as_scrapys(shape: str, kind: str,
                                                       items: int) -> None:
    overlap = 0
    for seed in range(3):
        ours = run(handle_spider_output_async, shape, kind, items, seed)
        theirs = run(scrapys, shape, kind, items, seed)
        # Each kind in the callback's order; between kinds only the moment differs
        # (an item's task starts on the loop's next turn; see crawler/scraper.py).
        for what in ("request", "item", "none", "error"):
            assert [x for x in ours.noted if x[0] == what] == \
                [x for x in theirs.noted if x[0] == what], what
        assert sorted(x for x in ours.noted if x[0] == "done") == \
            sorted(x for x in theirs.noted if x[0] == "done")
        assert ours.most_running <= items and theirs.most_running <= items
        overlap = max(overlap, ours.most_running)
    if shape.count("i") >= items > 1 and "x" not in shape:
        assert overlap > 1, "items still overlap"


def test_the_crawl_installs_it_under_asyncio() -> None:
    from crawler import settings

    assert settings.EXTENSIONS["crawler.scraper.QuickScraperOutput"]


# -- item_scraped and the other signals sent with send_catch_log_async ----------------

class Refused(Exception):
    """An error a sender asks not to log (``dont_log``)."""


def plain(item: Any) -> str:
    return f"plain {item}"


def plain_without_arguments() -> str:
    return "no arguments"


def plain_failing(item: Any, spider: Any) -> None:
    raise ValueError(f"plain failing {item}")


def plain_refused(item: Any) -> None:
    raise Refused(item)


async def awaiting(item: Any) -> str:
    await asyncio.sleep(0)
    return f"awaited {item}"


async def awaiting_failing(item: Any) -> None:
    await asyncio.sleep(0)
    raise KeyError(item)


def deferred(item: Any) -> Any:
    from twisted.internet.defer import succeed

    return succeed(f"deferred {item}")


RECEIVERS = {"plain": plain, "none": plain_without_arguments, "fails": plain_failing,
             "refused": plain_refused, "awaits": awaiting, "awaits-fails": awaiting_failing,
             "deferred": deferred}


def _seen(results: list[tuple[Any, Any]]) -> list[tuple[str, str]]:
    return [(receiver.__name__, f"{type(r).__name__}: {r}" if isinstance(r, Exception)
             else repr(r)) for receiver, r in results]


@pytest.mark.parametrize("names", [
    ["plain"], ["none", "plain"], ["plain", "fails", "refused", "none"],
    ["awaits", "plain", "awaits-fails"], ["deferred", "plain"], [],
    ["fails", "awaits", "refused", "deferred", "none", "awaits-fails", "plain"]])
def test_signals_give_the_same_results_and_errors_as_scrapys(
        names: list[str], caplog: pytest.LogCaptureFixture) -> None:
    import warnings

    from scrapy.signalmanager import SignalManager
    from scrapy.utils.signal import _send_catch_log_asyncio

    from crawler.scraper import send_catch_log_async

    def send(ours: bool) -> tuple[list[tuple[str, str]], list[str], list[str]]:
        manager = SignalManager(sender=object())
        signal = object()
        for name in names:
            manager.connect(RECEIVERS[name], signal=signal)
        caplog.clear()
        with warnings.catch_warnings(record=True) as warned:
            warnings.simplefilter("always")
            if ours:
                coro = send_catch_log_async(manager, signal, item="x", spider=None,
                                            dont_log=Refused)
            else:
                coro = _send_catch_log_asyncio(signal, sender=manager.sender, item="x",
                                               spider=None, dont_log=Refused)
            results = asyncio.run(coro)
        logged = [f"{r.name} {r.levelname} {r.getMessage()} {r.exc_info[0].__name__}"
                  for r in caplog.records if r.exc_info]
        return _seen(results), logged, [str(w.message) for w in warned]

    ours, theirs = send(ours=True), send(ours=False)
    assert ours == theirs
    results, logged, warned = ours
    assert [name for name, _ in results] == [RECEIVERS[n].__name__ for n in names]
    assert len(logged) == sum(n in ("fails", "awaits-fails") for n in names)
    assert len(warned) == names.count("deferred")
