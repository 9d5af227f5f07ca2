"""Round 17's cuts of the crawl process's work a post (crawler/scraper.py).

:class:`crawler.scraper.QuickSpiderMiddlewareManager` against Scrapy's own
``SpiderMiddlewareManager``: both built from the crawl's own settings (Scrapy's depth,
URL-length, referer and start middlewares, tagwire's ``SiteStamp``) plus middlewares of
the test's -- one dropping items, one failing on some requests, one recovering from
errors with ``process_spider_exception``, one with its own ``process_spider_output``
between them -- are fed the same callback outputs (requests, items, ``None``, a callback
that raises half-way, sync and async) and must give the same outputs in the same order
(requests with the same depth, referer and start-URL stamps), the same recovered
outputs and the same errors. :func:`crawler.scraper.send_catch_log` against Scrapy's:
the same results and logged errors, with receivers and without.
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from scrapy import Spider
from scrapy.core.spidermw import SpiderMiddlewareManager
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares.base import BaseSpiderMiddleware
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawler import settings as crawl_settings
from crawler.middlewares import ORIGIN_META
from crawler.scraper import QuickSpiderMiddlewareManager

MODULE = __name__


class _Spider(Spider):
    name = "speed17"


class Boom(Exception):
    """An error of a middleware or a callback."""


class DropOddItems(BaseSpiderMiddleware):
    """Drops items whose number is odd (``get_processed_item`` returning ``None``)."""

    def get_processed_item(self, item: Any, response: Response | None) -> Any:
        return None if item["n"] % 2 else item


class NoneToItem(BaseSpiderMiddleware):
    """Turns a ``None`` output into an item (``get_processed_item`` sees ``None`` too)."""

    def get_processed_item(self, item: Any, response: Response | None) -> Any:
        return {"n": -1} if item is None else item


class FailOnBoom(BaseSpiderMiddleware):
    """Fails on a request whose URL says ``boom``."""

    def get_processed_request(self, request: Request,
                              response: Response | None) -> Request | None:
        if "boom" in request.url:
            raise Boom(request.url)
        return request


class Recover:
    """Recovers from :class:`Boom` with a request of its own; other errors go on."""

    def process_spider_exception(self, response: Response, exception: Exception) -> Any:
        if isinstance(exception, Boom):
            return [Request(f"http://127.0.0.1/recovered/{exception}")]
        return None


class OwnLayer:
    """A middleware with its own ``process_spider_output``: marks items it sees."""

    async def process_spider_output(self, response: Response,
                                    result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for output in result:
            if isinstance(output, dict):
                output = {**output, "own": True}
            yield output


#: Each layout: extra spider middlewares and their orders (the crawl's own are always in).
LAYOUTS: list[dict[str, int]] = [
    {},
    {f"{MODULE}.DropOddItems": 600},
    {f"{MODULE}.FailOnBoom": 750, f"{MODULE}.Recover": 40},
    {f"{MODULE}.FailOnBoom": 750, f"{MODULE}.Recover": 850},
    {f"{MODULE}.FailOnBoom": 750, f"{MODULE}.OwnLayer": 650, f"{MODULE}.DropOddItems": 300},
    {f"{MODULE}.FailOnBoom": 200, f"{MODULE}.OwnLayer": 950, f"{MODULE}.Recover": 10},
    {f"{MODULE}.NoneToItem": 950, f"{MODULE}.DropOddItems": 600},
    {f"{MODULE}.NoneToItem": 550, f"{MODULE}.OwnLayer": 650},
]

#: ``r`` a request, ``b`` a request a middleware fails on, ``l`` a request of a URL
#: over the length limit, ``i`` an item, ``n`` None, ``x`` the callback's error.
SHAPES = ["i", "r", "", "iriinr", "rbrii", "iiiix", "rlrbi", "biiii", "ixr", "rrrrrrrr"]


def outputs(shape: str) -> list[Any]:
    made: list[Any] = []
    for k, c in enumerate(shape):
        made.append(Request(f"http://127.0.0.1/{k}/") if c == "r" else
                    Request(f"http://127.0.0.1/boom{k}/") if c == "b" else
                    Request(f"http://127.0.0.1/{'l' * 300}/{k}") if c == "l" else
                    {"n": k} if c == "i" else None if c == "n" else Boom(f"callback {k}"))
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


def _seen(output: Any) -> tuple[Any, ...]:
    if isinstance(output, Request):
        return ("request", output.url, output.meta.get("depth"), output.priority,
                output.meta.get(ORIGIN_META), output.headers.get("Referer"),
                output.meta.get("is_start_request"))
    return ("item", repr(output))


def run(manager_class: type[SpiderMiddlewareManager], layout: dict[str, int], shape: str,
        kind: str) -> list[tuple[Any, ...]]:
    crawler = get_crawler(_Spider, {
        "SPIDER_MIDDLEWARES": {**crawl_settings.SPIDER_MIDDLEWARES, **layout},
        "DEPTH_LIMIT": 3, "DEPTH_PRIORITY": 1, "URLLENGTH_LIMIT": 200})
    crawler.spider = crawler._create_spider()
    crawler.stats.open_spider()
    manager = build_from_crawler(SpiderMiddlewareManager, crawler)
    manager.__class__ = manager_class
    made = outputs(shape)
    request = Request("http://127.0.0.1/tag/x/", meta={"depth": 1, ORIGIN_META: "start"})
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)

    async def callback(_response: Any, _request: Request) -> Any:
        return sync_output(made) if kind == "sync" else async_output(made)

    async def go() -> list[tuple[Any, ...]]:
        seen: list[tuple[Any, ...]] = []
        try:
            result = await manager.scrape_response_async(callback, response, request)
            async for output in result:
                seen.append(_seen(output))
        except Exception as ex:  # what gets past every middleware
            seen.append(("error", type(ex).__name__, str(ex)))
        return seen

    seen = asyncio.run(go())
    stats = crawler.stats.get_stats()
    seen.append(("stats", tuple(sorted((k, v) for k, v in stats.items()
                                       if not k.endswith("_time")))))
    return seen


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize("shape", SHAPES)
@pytest.mark.parametrize("layout", range(len(LAYOUTS)))
def test_spider_middlewares_give_scrapys_outputs(layout: int, shape: str,
                                                 kind: str) -> None:
    ours = run(QuickSpiderMiddlewareManager, LAYOUTS[layout], shape, kind)
    theirs = run(SpiderMiddlewareManager, LAYOUTS[layout], shape, kind)
    assert ours == theirs
    assert len(ours) > 1 or not shape


def test_the_crawls_request_middlewares_run_as_one_layer() -> None:
    crawler = get_crawler(_Spider, {"SPIDER_MIDDLEWARES": crawl_settings.SPIDER_MIDDLEWARES})
    crawler.spider = crawler._create_spider()
    manager = build_from_crawler(SpiderMiddlewareManager, crawler)
    manager.__class__ = QuickSpiderMiddlewareManager
    layers = manager._layers(0)
    assert len(layers) == 1 and len(layers[0]) == 4
    _, starts, steps, drops_none = layers[0]  # type: ignore[misc]
    assert drops_none, "a callback's None is not handed on"
    assert len(starts) == 1, "the depth middleware's count of the response's depth"
    assert all(on_item is None for _, _, on_item in steps), "items pass untouched"


def _results(results: list[tuple[Any, Any]]) -> list[tuple[str, str]]:
    return [(getattr(receiver, "__name__", repr(receiver)),
             type(r.value).__name__ if hasattr(r, "value") else repr(r))
            for receiver, r in results]


def plain(item: Any) -> str:
    return f"plain {item}"


def failing(item: Any) -> None:
    raise Boom(item)


@pytest.mark.parametrize("receivers", [[], [plain], [failing, plain], ["any"]])
def test_send_catch_log_gives_scrapys_results(receivers: list[Any],
                                              caplog: pytest.LogCaptureFixture) -> None:
    from pydispatch import dispatcher
    from scrapy.signalmanager import SignalManager

    from crawler.scraper import send_catch_log

    manager = SignalManager(sender=object())
    signal, other = object(), object()
    anywhere = []
    for receiver in receivers:
        if receiver == "any":
            # A receiver of every signal from every sender.
            def every(**kwargs: Any) -> str:
                return "every"
            anywhere.append(every)
            dispatcher.connect(every, signal=dispatcher.Any, sender=dispatcher.Any)
        else:
            manager.connect(receiver, signal=signal)
    try:
        for sent in (signal, other):
            caplog.clear()
            ours = _results(send_catch_log(manager, sent, item="x"))
            ours_logged = [r.getMessage() for r in caplog.records]
            caplog.clear()
            theirs = _results(SignalManager.send_catch_log(manager, sent, item="x"))
            assert ours == theirs
            assert ours_logged == [r.getMessage() for r in caplog.records]
    finally:
        for every in anywhere:
            dispatcher.disconnect(every, signal=dispatcher.Any, sender=dispatcher.Any)
