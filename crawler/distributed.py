"""Distributed crawl: ``scrapy crawl tagarchive -s REDIS_URL=redis://host:6379/0``.

Any number of workers, on one machine or many, share one frontier and one seen-set in
Redis through scrapy-redis's scheduler and dupefilter, which :func:`configure` (called
from the spider's ``update_settings``) switches on when ``REDIS_URL`` or
``$TAGWIRE_REDIS_URL`` is set. Without it nothing here is imported.

What tagwire adds to scrapy-redis 0.9.1, and why:

- **Leases** (``crawler.redisqueue``): a popped request stays in Redis until its worker
  has fully processed it. "Fully" is decided here: the callback's output is exhausted
  (:class:`LeaseMiddleware`), each item it yielded has been exported or rejected
  (``item_scraped``/``item_dropped``/``item_error``, handled after the feed exporter
  wrote the line), each request it yielded is in the queue (:meth:`LeasedScheduler.
  enqueue_request`); a failed request once its errback ran; a retried or redirected one
  when its replacement is queued (in the same Redis step). Only then is it acked.
- **Atomic scheduling**: seen-set check and queue push (and the ack of the request being
  replaced) are one Lua script, so a kill between them cannot lose a request.
- **Seeds** are moved from ``tagarchive:start_urls`` into the queue atomically, not
  popped into the worker's memory (scrapy-redis's ``RedisSpider`` pops them).
- **Idle close** (:class:`DistributedWorker`): a worker closes once, for
  ``FRONTIER_IDLE_CLOSE`` seconds, the frontier had nothing queued, no seed waiting and
  no lease held by any worker. scrapy-redis's ``MAX_IDLE_TIME_BEFORE_CLOSE`` (read as a
  fallback) times from a class attribute set at import and reset only while seeds wait,
  so a worker busy for longer than it closes at its first idle moment.
- Fingerprints are Scrapy's request fingerprints (20 bytes, binary), half the size of
  scrapy-redis's hex SHA1, and agree with the in-process dupefilter's.

The scheduler never flushes the shared state when a worker closes (``SCHEDULER_PERSIST``
is forced on: one worker finishing must not wipe the others' frontier); start a new crawl
of the same archives with ``tagwire enqueue --fresh``.
"""
from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass, field
from typing import Any

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from scrapy.http import Request, Response
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawler.redisqueue import LEASE_META
from normalizer.io.redis_url import REDIS_URL_ENV

log = logging.getLogger(__name__)


def redis_url(settings: Any) -> str | None:
    """The Redis of a distributed crawl: ``-s REDIS_URL=...`` or ``$TAGWIRE_REDIS_URL``."""
    return settings.get("REDIS_URL") or os.environ.get(REDIS_URL_ENV) or None


def configure(settings: Any) -> bool:
    """Switch ``settings`` to the shared Redis frontier if a Redis URL is given.

    Set at the spider's priority, so a ``-s`` on the command line still wins."""
    url = redis_url(settings)
    if not url:
        return False
    if not settings.get("REDIS_URL"):
        settings.set("REDIS_URL", url, priority="spider")
    for name, value in {
        "SCHEDULER": "crawler.distributed.LeasedScheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.redisqueue.LeasedPriorityQueue",
        "DUPEFILTER_CLASS": "crawler.distributed.SharedDupeFilter",
    }.items():
        settings.set(name, value, priority="spider")
    _add_component(settings, "EXTENSIONS", "crawler.distributed.DistributedWorker", 600)
    _add_component(settings, "SPIDER_MIDDLEWARES", "crawler.distributed.LeaseMiddleware", 10)
    return True


def _add_component(settings: Any, name: str, path: str, order: int) -> None:
    """Add to a component dict at (at least) the spider's priority: ``scrapy crawl``
    re-applies the project's settings after ``update_settings``, and a change made at
    the project's priority would be overwritten."""
    from scrapy.settings import SETTINGS_PRIORITIES

    components = settings.getdict(name)
    components[path] = order
    priority = max(settings.getpriority(name) or 0, SETTINGS_PRIORITIES["spider"])
    settings.set(name, components, priority=priority)


def is_distributed(settings: Any) -> bool:
    return settings.get("SCHEDULER") == "crawler.distributed.LeasedScheduler"


def lease_of(response: Any) -> str | None:
    request = getattr(response, "request", None) if isinstance(response, Response) else None
    return request.meta.get(LEASE_META) if request is not None else None


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis's seen-set, keyed by Scrapy's own (binary) request fingerprints."""

    def __init__(self, server: Any, key: str, debug: bool = False,
                 fingerprinter: Any = None) -> None:
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    @classmethod
    def from_spider(cls, spider: Any) -> SharedDupeFilter:
        df = super().from_spider(spider)
        df.fingerprinter = spider.crawler.request_fingerprinter
        return df

    def request_fingerprint(self, request: Request) -> bytes:  # type: ignore[override]
        return self.fingerprinter.fingerprint(request)

    def close(self, reason: str = "") -> None:
        pass  # the seen-set is shared: one worker closing must not clear it


@dataclass
class Lease:
    """What a leased request still waits for before it is acked."""

    pending: int = 0            # items and requests yielded, not yet through
    output_done: bool = False   # the callback (or errback) has returned
    claims: set[bytes] = field(default_factory=set)  # posts it took from an archive page


class LeasedScheduler(Scheduler):
    """scrapy-redis's scheduler over :class:`~crawler.redisqueue.LeasedPriorityQueue`,
    tracking this worker's leases until they are done (see the module doc)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.leases: dict[str, Lease] = {}
        self.children: dict[int, tuple[str, Request]] = {}
        self.last_activity = time.monotonic()
        self.url = ""

    @classmethod
    def from_crawler(cls, crawler: Any) -> LeasedScheduler:
        url = crawler.settings.get("REDIS_URL")
        try:
            instance = cls.from_settings(crawler.settings)
        except Exception as exc:
            log.error("tagarchive: cannot reach Redis at %s: %s", url, exc)
            raise
        instance.stats = crawler.stats
        instance.crawler = crawler
        instance.url = url
        return instance

    # ------------------------------------------------------------------ Scrapy API

    def open(self, spider: Any) -> None:
        super().open(spider)
        queue = self.queue
        recovered = queue.recover_expired()
        if recovered:
            log.warning("recovered %d request(s) whose worker stopped without finishing "
                        "them (lease expired)", recovered)
            self._inc("tagwire/frontier/recovered", recovered)
        if spider.settings.get("JOBDIR"):
            log.warning("JOBDIR is not used for the frontier of a distributed crawl: "
                        "it lives in Redis")
        queued, seeds, leases = self.frontier()
        log.info("distributed worker %s on %s: %d request(s) queued, %d seed(s) waiting, "
                 "%d lease(s) held by workers; lease %.0f s", queue.worker,
                 _redact(self.url), queued, seeds, leases, queue.lease_ms / 1000)

    def close(self, reason: str) -> None:
        """Give back unfinished leases at once (none after a graceful stop: Scrapy
        finishes what it took); never flush the shared frontier."""
        if self.leases:
            n = self.queue.release(list(self.leases))
            log.warning("put back %d unfinished request(s) on the shared queue", n)
            self._inc("tagwire/frontier/released", n)
            self.leases.clear()

    def has_pending_requests(self) -> bool:
        queued, seeds = self._queued_and_seeds()
        return queued + seeds > 0

    def enqueue_request(self, request: Request) -> bool:
        finished = request.meta.pop(LEASE_META, None)  # a retry/redirect replaces it
        parent = self.children.pop(id(request), None)
        fingerprint = self.df.request_fingerprint(request)
        added = self.queue.schedule(request, fingerprint, dont_filter=request.dont_filter,
                                    finished_lease=finished)
        if finished:
            self.leases.pop(finished, None)
        if added:
            self._inc("scheduler/enqueued/redis")
        else:
            self.df.log(request, self.spider)
        if parent is not None:
            self.output_finished(parent[0])
        return added

    def next_request(self) -> Request | None:
        request = self.queue.pop()
        if request is None and self.take_seeds():
            request = self.queue.pop()
        if request is not None:
            self.leases[request.meta[LEASE_META]] = Lease()
            self.last_activity = time.monotonic()
            self._inc("scheduler/dequeued/redis")
        return request

    # ------------------------------------------------------------------ frontier

    def _queued_and_seeds(self) -> tuple[int, int]:
        pipe = self.server.pipeline(transaction=False)
        pipe.zcard(self.queue.key).llen(self.queue.seed_key)
        queued, seeds = pipe.execute()
        return int(queued), int(seeds)

    def frontier(self) -> tuple[int, int, int]:
        """(requests queued, seeds waiting, leases held by all workers)."""
        pipe = self.server.pipeline(transaction=False)
        pipe.zcard(self.queue.key).llen(self.queue.seed_key).zcard(self.queue.leases_key)
        return tuple(int(n) for n in pipe.execute())  # type: ignore[return-value]

    def take_seeds(self, batch: int = 16) -> int:
        """Move seeds from the start-URL list into the queue; how many were queued."""
        from crawler.args import SpiderArgumentError, check_url

        queued = 0
        for raw in self.server.lrange(self.queue.seed_key, 0, batch - 1):
            try:
                url = seed_url(raw)
                check_url(url, f"seed in {self.queue.seed_key}")
            except (SpiderArgumentError, ValueError) as exc:
                self.server.lrem(self.queue.seed_key, 1, raw)
                log.error("%s; dropped it", exc)
                self._inc("tagwire/frontier/bad_seeds")
                continue
            make = getattr(self.spider, "seed_request", None)
            request = make(url) if make else Request(url)
            outcome = self.queue.seed(raw, request, self.df.request_fingerprint(request))
            if outcome == 1:
                queued += 1
                log.info("seed queued: %s", url)
            elif outcome == 0:
                log.info("seed already crawled or queued, skipped: %s", url)
        return queued

    # ------------------------------------------------------------------ leases

    def claim_post(self, request: Request, response: Any) -> bool:
        """Mark a post shown in full on an archive page as seen, on behalf of that
        page's lease; False if it was seen already."""
        fingerprint = self.df.request_fingerprint(request)
        token = lease_of(response)
        lease = self.leases.get(token) if token else None
        if lease is None:
            return not self.df.request_seen(request)
        if self.queue.claim(fingerprint, token):
            lease.claims.add(fingerprint)
            return True
        return False

    def output_started(self, token: str, output: Any) -> None:
        lease = self.leases.get(token)
        if lease is None or output is None:
            return
        lease.pending += 1
        if isinstance(output, Request):
            self.children[id(output)] = (token, output)

    def output_finished(self, token: str) -> None:
        lease = self.leases.get(token)
        if lease is not None:
            lease.pending -= 1
            self._maybe_ack(token, lease)

    def callback_finished(self, token: str) -> None:
        lease = self.leases.get(token)
        if lease is not None:
            lease.output_done = True
            self._maybe_ack(token, lease)

    def request_failed(self, request: Request) -> None:
        """Its errback ran: the request is through."""
        token = request.meta.get(LEASE_META)
        if token:
            self.callback_finished(token)

    def item_finished(self, item: Any, response: Any) -> None:
        """The item is in the feed (or the rejects file): settle its claim, if any."""
        token = lease_of(response)
        lease = self.leases.get(token) if token else None
        if lease is None:
            return
        if lease.claims and hasattr(item, "get") and isinstance(item.get("url"), str):
            from normalizer.pages.urls import canonical_post_url

            fingerprint = self.df.request_fingerprint(Request(canonical_post_url(item["url"])))
            if fingerprint in lease.claims:
                lease.claims.discard(fingerprint)
                self.queue.settle_claim(fingerprint, token)
        self.output_finished(token)

    def _maybe_ack(self, token: str, lease: Lease) -> None:
        if lease.output_done and lease.pending <= 0:
            del self.leases[token]
            self.queue.ack(token)
            self.last_activity = time.monotonic()

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, n)


def seed_url(raw: bytes | str) -> str:
    """A seed as ``tagwire enqueue`` pushes it (the URL) or scrapy-redis's JSON form
    (``{"url": ...}``)."""
    text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    text = text.strip()
    if text.startswith("{"):
        url = json.loads(text).get("url")
        if not isinstance(url, str):
            raise ValueError(f"seed {text[:80]!r} has no url")
        return url
    return text


def _redact(url: str) -> str:
    """A Redis URL without its password, for the log."""
    if "@" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.split('@', 1)[1]}"
    return url


class LeaseMiddleware:
    """Counts what each leased request's callback yields, and tells the scheduler when
    the callback is exhausted (the last step before its lease can be acked)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> LeaseMiddleware:
        return cls(crawler)

    async def process_spider_output(self, response: Any, result: Any) -> Any:
        scheduler = self.crawler.engine.scheduler
        token = lease_of(response)
        tracking = token is not None and hasattr(scheduler, "output_started")
        try:
            async for output in result:
                if tracking:
                    scheduler.output_started(token, output)
                yield output
        finally:
            if tracking:
                scheduler.callback_finished(token)


class DistributedWorker:
    """Keeps a worker's leases alive, recovers those of dead workers, wakes an idle
    worker when the shared queue has work, and closes it once the whole frontier has
    been empty for ``FRONTIER_IDLE_CLOSE`` seconds (0: never)."""

    def __init__(self, crawler: Any) -> None:
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
        self.loop: Any = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler: Any) -> DistributedWorker:
        return cls(crawler)

    @property
    def scheduler(self) -> LeasedScheduler | None:
        engine = self.crawler.engine
        scheduler = engine.scheduler if engine is not None else None
        return scheduler if isinstance(scheduler, LeasedScheduler) else None

    def spider_opened(self, spider: Any) -> None:
        # Connected now, after the feed exporter connected its own handler in
        # from_crawler: handlers run in that order, so the line is written first.
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            self.crawler.signals.connect(self.item_finished, signal=signal)
        self.last_busy = time.monotonic()
        from scrapy.utils.asyncio import create_looping_call

        self.loop = create_looping_call(self.tick)
        self.loop.start(self.poll, now=False)
        log.info("idle close after %.0f s of empty frontier", self.idle_close)

    def item_finished(self, item: Any, response: Any = None, **kwargs: Any) -> None:
        scheduler = self.scheduler
        if scheduler is not None:
            scheduler.item_finished(item, response)

    def tick(self) -> None:
        scheduler = self.scheduler
        if scheduler is None:
            return
        try:
            now = time.monotonic()
            if scheduler.leases and now - self.last_renew >= self.renew_every:
                lost = scheduler.queue.renew(list(scheduler.leases))
                self.last_renew = now
                for token in lost:
                    log.warning("lease %s expired before its request was done; another "
                                "worker may process it again", token)
            recovered = scheduler.queue.recover_expired()
            if recovered:
                log.warning("recovered %d request(s) of a worker that stopped without "
                            "finishing them (lease expired)", recovered)
                scheduler._inc("tagwire/frontier/recovered", recovered)
            if not scheduler.leases and (recovered or scheduler.has_pending_requests()
                                         or self.idle_for(scheduler) >= self.idle_close > 0):
                self._wake()  # to take the work, or to let spider_idle close the worker
        except Exception as exc:  # Redis away for a moment: say so, try again next tick
            log.warning("frontier heartbeat failed: %s", exc)

    def _wake(self) -> None:
        """Ask the engine for requests now instead of at its 5 s heartbeat."""
        slot = getattr(self.crawler.engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule()

    def spider_idle(self, spider: Any) -> None:
        scheduler = self.scheduler
        if scheduler is None:
            return
        now = time.monotonic()
        queued, seeds, leases = scheduler.frontier()
        if queued or seeds or leases:
            self.last_busy = now
            raise DontCloseSpider
        idle = self.idle_for(scheduler)
        if self.idle_close <= 0 or idle < self.idle_close:
            raise DontCloseSpider
        log.info("frontier empty for %.1f s: this worker is done", idle)

    def idle_for(self, scheduler: LeasedScheduler) -> float:
        return time.monotonic() - max(self.last_busy, scheduler.last_activity)

    def spider_closed(self, spider: Any, reason: str) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
