"""A distributed worker's life: lease bookkeeping around callbacks, heartbeat, idle close.

:class:`LeaseMiddleware` (a spider middleware) counts what each leased request's callback
yields; :class:`DistributedWorker` (an extension) settles items as they are written,
keeps this worker's leases alive, recovers those of dead workers, and closes the worker
once the whole frontier has been empty for ``FRONTIER_IDLE_CLOSE`` seconds (0: never).

Outages: a worker never calls itself "finished" when it cannot see the frontier. Redis
unreachable for ``FRONTIER_REDIS_TIMEOUT`` seconds (default 60) closes it with the reason
``redis_unreachable``; a frontier gone from Redis (restarted empty, or forgotten by
``tagwire enqueue --fresh``: its id, ``keys.FrontierKeys.marker``, is missing or
another) closes it at once with ``frontier_lost``. Either way what was already fetched
is written (Scrapy finishes the items in its pipelines before it closes) and the
requests it held go back on the queue when their lease expires, if the frontier still
exists. :class:`LeaseCheckPipeline` drops a record whose lease this worker lost (it was
stopped longer than ``FRONTIER_LEASE_SECONDS``: another worker took the request over and
writes the post), counted in ``tagwire/dropped/lease_lost``.
"""
from __future__ import annotations

import logging
import time
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

from scrapy import Spider, signals
from scrapy.exceptions import CloseSpider, DontCloseSpider, DropItem
from scrapy.http import Response

from crawler.distributed.scheduler import LeasedScheduler, lease_of

if TYPE_CHECKING:
    from scrapy.core.engine import ExecutionEngine
    from scrapy.crawler import Crawler
    from scrapy.utils.asyncio import AsyncioLoopingCall
    from twisted.internet.task import LoopingCall

log = logging.getLogger(__name__)


def leased_scheduler(crawler: Crawler) -> LeasedScheduler | None:
    """The crawl's scheduler if it is the distributed one (None before the engine opens)."""
    engine = crawler.engine
    scheduler = engine.scheduler if engine is not None else None
    return scheduler if isinstance(scheduler, LeasedScheduler) else None


class LeaseMiddleware:
    """Counts what each leased request's callback yields, and tells the scheduler when
    the callback is exhausted (the last step before its lease can be acked)."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseMiddleware:
        return cls(crawler)

    async def process_spider_output(
            self, response: Response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        scheduler = leased_scheduler(self.crawler)
        token = lease_of(response)
        try:
            async for output in result:
                if scheduler is not None and token is not None:
                    scheduler.output_started(token, output)
                yield output
        finally:
            if scheduler is not None and token is not None:
                scheduler.callback_finished(token)


def wake_engine(engine: ExecutionEngine | None) -> None:
    """Ask the engine for requests now instead of at its 5 s heartbeat.

    Scrapy has no public call for this: ``ExecutionEngine.crawl`` wakes the engine only
    by scheduling a request, and no signal makes it poll the scheduler. So this one
    function reaches into the engine's private slot; if a Scrapy release renames it,
    nothing breaks: the worker just takes work at the next heartbeat."""
    slot = getattr(engine, "_slot", None)
    nextcall = getattr(slot, "nextcall", None)
    if nextcall is not None:
        nextcall.schedule()


class DistributedWorker:
    """Keeps a worker's leases alive, recovers those of dead workers, wakes an idle
    worker when the shared queue has work, and closes it once the whole frontier has
    been empty for ``FRONTIER_IDLE_CLOSE`` seconds (0: never)."""

    def __init__(self, crawler: Crawler) -> None:
        s = crawler.settings
        self.crawler = crawler
        # scrapy-redis's name for it counts when set more specifically than ours.
        if (s.getpriority("MAX_IDLE_TIME_BEFORE_CLOSE") or 0) > (
                s.getpriority("FRONTIER_IDLE_CLOSE") or 0):
            self.idle_close = s.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE")
        else:
            self.idle_close = s.getfloat("FRONTIER_IDLE_CLOSE", 30.0)
        self.poll = max(0.1, s.getfloat("FRONTIER_POLL_SECONDS", 1.0))
        self.renew_every = max(0.1, s.getfloat("FRONTIER_LEASE_SECONDS", 90.0) / 3)
        self.last_busy = time.monotonic()
        self.last_renew = 0.0
        self.redis_timeout = max(0.0, s.getfloat("FRONTIER_REDIS_TIMEOUT", 60.0))
        self.down_since: float | None = None   # Redis unreachable since (monotonic)
        self.last_down_log = 0.0
        self.stopping: str | None = None       # the close reason once it gives up
        self.loop: AsyncioLoopingCall | LoopingCall | None = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DistributedWorker:
        return cls(crawler)

    @property
    def scheduler(self) -> LeasedScheduler | None:
        return leased_scheduler(self.crawler)

    def spider_opened(self, spider: Spider) -> None:
        # Connected now, after the feed exporter connected its own handler in
        # from_crawler: handlers run in that order, so the line is written first.
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            self.crawler.signals.connect(self.item_finished, signal=signal)
        self.last_busy = time.monotonic()
        from scrapy.utils.asyncio import create_looping_call

        self.loop = create_looping_call(self.tick)
        self.loop.start(self.poll, now=False)
        log.info("idle close after %.0f s of empty frontier", self.idle_close)

    def item_finished(self, item: object, response: Response | None = None,
                      **kwargs: object) -> None:
        scheduler = self.scheduler
        if scheduler is not None:
            try:
                scheduler.item_finished(item, response)
            except Exception as exc:  # written, but its claim/ack waits for Redis
                log.warning("item written, its lease not settled (Redis: %s)", exc)

    # ------------------------------------------------------------------ outages

    def stop(self, reason: str, message: str) -> None:
        """Close this worker with ``reason`` (never "finished"), saying why: it takes no
        new request from the frontier and queues none; what it has in hand (downloads,
        items in the pipelines) is finished and written; then, idle, it closes
        (:meth:`spider_idle`)."""
        if self.stopping:
            return
        self.stopping = reason
        log.error("%s; stopping this worker once what it holds is written (close reason "
                  "%s)", message, reason)
        if self.crawler.stats is not None:
            self.crawler.stats.set_value("tagwire/frontier/stopped", reason)
        scheduler = self.scheduler
        if scheduler is not None:
            scheduler.paused = True
        wake_engine(self.crawler.engine)

    def redis_failed(self, exc: Exception) -> None:
        """Redis did not answer: retry for ``FRONTIER_REDIS_TIMEOUT`` s, then stop."""
        now = time.monotonic()
        if self.down_since is None:
            self.down_since = now
        down = now - self.down_since
        if down >= self.redis_timeout:
            self.stop("redis_unreachable", f"Redis unreachable for {down:.0f} s "
                      f"(FRONTIER_REDIS_TIMEOUT={self.redis_timeout:g}): {exc}")
        elif now - self.last_down_log >= 5:
            self.last_down_log = now
            log.warning("Redis unreachable for %.0f s, retrying for up to %g s: %s",
                        down, self.redis_timeout, exc)

    def check_frontier(self, scheduler: LeasedScheduler) -> bool:
        """False (and the worker stopping) if Redis is unreachable or the frontier gone."""
        try:
            lost = scheduler.frontier_lost()
        except Exception as exc:
            self.redis_failed(exc)
            return False
        if self.down_since is not None:
            log.warning("Redis reachable again after %.0f s", time.monotonic() - self.down_since)
            self.down_since = None
        if lost:
            self.stop("frontier_lost", "the crawl's frontier is gone from Redis (restarted "
                      "empty, or forgotten by tagwire enqueue --fresh): its queue and "
                      "seen-set cannot be trusted; what this worker wrote is in its feed "
                      "and rejects; seed a new crawl with tagwire enqueue")
            return False
        return True

    def tick(self) -> None:
        scheduler = self.scheduler
        if scheduler is None or self.stopping or not self.check_frontier(scheduler):
            return
        try:
            now = time.monotonic()
            if scheduler.leases and now - self.last_renew >= self.renew_every:
                lost = scheduler.renew_leases()
                self.last_renew = now
                for token in lost:
                    log.warning("lease %s expired before its request was done; another "
                                "worker may process it again", token)
            recovered = scheduler.recover_expired()
            if recovered:
                log.warning("recovered %d request(s) of a worker that stopped without "
                            "finishing them (lease expired)", recovered)
            if not scheduler.leases and (recovered or scheduler.has_pending_requests()
                                         or self.idle_for(scheduler) >= self.idle_close > 0):
                # to take the work, or to let spider_idle close the worker
                wake_engine(self.crawler.engine)
        except Exception as exc:  # Redis away for a moment: say so, try again next tick
            log.warning("frontier heartbeat failed: %s", exc)

    def spider_idle(self, spider: Spider) -> None:
        scheduler = self.scheduler
        if scheduler is None:
            return
        if self.stopping:
            raise CloseSpider(self.stopping)  # drained: close with the reason
        if not self.check_frontier(scheduler):
            if self.stopping:
                raise CloseSpider(self.stopping)
            raise DontCloseSpider  # retrying Redis
        now = time.monotonic()
        try:
            queued, seeds, leases = scheduler.frontier()
        except Exception as exc:
            self.redis_failed(exc)
            raise DontCloseSpider from None
        if queued or seeds or leases:
            self.last_busy = now
            raise DontCloseSpider
        idle = self.idle_for(scheduler)
        if self.idle_close <= 0 or idle < self.idle_close:
            raise DontCloseSpider
        log.info("frontier empty for %.1f s: this worker is done", idle)

    def idle_for(self, scheduler: LeasedScheduler) -> float:
        return time.monotonic() - max(self.last_busy, scheduler.last_activity)

    def spider_closed(self, spider: Spider, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()



class LeaseCheckPipeline:
    """Drops a record whose request's lease this worker no longer holds, just before it
    is written (see the module doc); runs after the normalizer, before the exports."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeaseCheckPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        scheduler = leased_scheduler(self.crawler)
        url = item.get("url") if hasattr(item, "get") else None
        if scheduler is None or not isinstance(url, str) or scheduler.lease_still_held(url):
            return item
        if self.crawler.stats is not None:
            self.crawler.stats.inc_value("tagwire/dropped/lease_lost")
        log.warning("not written: %s; this worker's lease on it expired (stopped longer "
                    "than FRONTIER_LEASE_SECONDS) and another worker took it over", url)
        raise DropItem(f"lease lost: {url}", log_level="INFO")
