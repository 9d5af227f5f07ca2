"""The scheduler and seen-set of a distributed crawl (scrapy-redis's, with leases).

:class:`LeasedScheduler` pops requests from the shared queue as leases
(:mod:`crawler.distributed.queue`) and tracks each of this worker's leases until the
request is fully processed (see the package doc); it is the spider's
:class:`~crawler.frontier.FrontierScheduler`. :class:`SharedDupeFilter` is scrapy-redis's
seen-set keyed by Scrapy's own request fingerprints.
"""
from __future__ import annotations

import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from redis.exceptions import RedisError
from scrapy.http import Request, Response
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

from crawler.distributed.config import redact
from crawler.distributed.queue import LEASE_META, LeasedPriorityQueue
from crawler.frontier import FrontierScheduler, SeedSpider

if TYPE_CHECKING:
    from redis import Redis
    from scrapy import Spider
    from scrapy.crawler import Crawler
    from scrapy.utils.request import RequestFingerprinterProtocol

log = logging.getLogger(__name__)


def lease_of(response: Response | None) -> str | None:
    """The lease token of the request ``response`` answers, if it was leased."""
    request = response.request if isinstance(response, Response) else None
    return request.meta.get(LEASE_META) if request is not None else None


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis's seen-set, keyed by Scrapy's own (binary) request fingerprints."""

    def __init__(self, server: Redis, key: str, debug: bool = False,
                 fingerprinter: RequestFingerprinterProtocol | None = None) -> None:
        super().__init__(server, key, debug)
        self.fingerprinter = fingerprinter

    @classmethod
    def from_spider(cls, spider: Spider) -> SharedDupeFilter:
        df = super().from_spider(spider)
        df.fingerprinter = spider.crawler.request_fingerprinter
        return df

    def request_fingerprint(self, request: Request) -> bytes:
        assert self.fingerprinter is not None, "made by from_spider"
        return self.fingerprinter.fingerprint(request)

    def close(self, reason: str = "") -> None:
        pass  # the seen-set is shared: one worker closing must not clear it


@dataclass
class Lease:
    """What a leased request still waits for before it is acked."""

    pending: int = 0            # items and requests yielded, not yet through
    output_done: bool = False   # the callback (or errback) has returned
    claims: set[bytes] = field(default_factory=set)  # posts it took from an archive page


class LeasedScheduler(Scheduler, FrontierScheduler):
    """scrapy-redis's scheduler over :class:`~crawler.distributed.queue.LeasedPriorityQueue`,
    tracking this worker's leases until they are done (see the package doc)."""

    # Set by scrapy-redis's Scheduler (untyped): in open() and from_settings().
    queue: LeasedPriorityQueue
    df: SharedDupeFilter
    server: Redis
    spider: Spider

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.leases: dict[str, Lease] = {}
        self.children: dict[int, tuple[str, Request]] = {}
        self.last_activity = time.monotonic()
        self.url = ""
        self.frontier_id: str | None = None   # see keys.FrontierKeys.marker
        #: Set when the worker gives up on the frontier (lost, Redis unreachable): no
        #: request is taken from it or queued on it any more.
        self.paused = False
        #: canonical post URL -> the lease whose callback yielded its item
        self.item_leases: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LeasedScheduler:
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

    def open(self, spider: Spider) -> None:
        super().open(spider)
        queue = self.queue
        recovered = self.recover_expired()
        if recovered:
            log.warning("recovered %d request(s) whose worker stopped without finishing "
                        "them (lease expired)", recovered)
        self.frontier_id = queue.mark_frontier()
        if spider.settings.get("JOBDIR"):
            log.warning("JOBDIR is not used for the frontier of a distributed crawl: "
                        "it lives in Redis")
        queued, seeds, leases = self.frontier()
        log.info("distributed worker %s on %s: %d request(s) queued, %d seed(s) waiting, "
                 "%d lease(s) held by workers; lease %.0f s", queue.worker,
                 redact(self.url), queued, seeds, leases, queue.lease_ms / 1000)

    def close(self, reason: str) -> None:
        """Give back unfinished leases at once (none after a graceful stop: Scrapy
        finishes what it took); never flush the shared frontier."""
        if self.leases:
            try:
                n = self.queue.release(list(self.leases))
            except RedisError as exc:
                log.error("could not put back %d unfinished request(s) (Redis: %s); they "
                          "return when their lease expires", len(self.leases), exc)
            else:
                log.warning("put back %d unfinished request(s) on the shared queue", n)
                self.inc("tagwire/frontier/released", n)
            self.leases.clear()

    def frontier_lost(self) -> bool:
        """Whether the frontier this worker joined is gone from Redis (restarted empty,
        or forgotten): its id is missing or another. Raises if Redis is unreachable."""
        return self.frontier_id is not None and self.queue.frontier_id() != self.frontier_id

    def lease_still_held(self, url: str) -> bool:
        """Before a post's record is written: whether the lease of the request that
        yielded it is still this worker's. A worker stopped (SIGSTOP, a VM pause) longer
        than its lease finds it recovered by another worker, which writes the post;
        writing it here too would duplicate it. Unknown, unreachable, or gone with the
        whole frontier: True (keep)."""
        from normalizer.pages.urls import canonical_post_url

        token = self.item_leases.pop(canonical_post_url(url), None)
        if token is None:
            return True
        try:
            # A lease gone with the whole frontier was taken over by nobody: keep it.
            return self.queue.lease_held(token) or self.paused or self.frontier_lost()
        except RedisError:
            return True

    def has_pending_requests(self) -> bool:
        if self.paused:
            return False
        try:
            queued, seeds = self._queued_and_seeds()
        except RedisError:
            return False  # the worker's heartbeat decides when to give up
        return queued + seeds > 0

    def enqueue_request(self, request: Request) -> bool:
        finished = request.meta.pop(LEASE_META, None)  # a retry/redirect replaces it
        parent = self.children.pop(id(request), None)
        if self.paused:
            log.error("not queued, the worker is stopping (frontier lost or unreachable): "
                      "%s", request.url)
            request.meta["tagwire_enqueue_failed"] = True
            return False
        fingerprint = self.df.request_fingerprint(request)
        try:
            added = self.queue.schedule(request, fingerprint, dont_filter=request.dont_filter,
                                        finished_lease=finished)
        except RedisError as exc:
            # Not queued; its parent's lease stays unacked, so the parent is crawled
            # again once Redis is back (or the worker stops: redis_unreachable).
            log.error("cannot queue %s: Redis: %s", request.url, exc)
            request.meta["tagwire_enqueue_failed"] = True
            if parent is not None:
                self.leases.pop(parent[0], None)
            return False
        if finished:
            self.leases.pop(finished, None)
        if added:
            self.inc("scheduler/enqueued/redis")
        else:
            self.df.log(request, self.spider)
        if parent is not None:
            self.output_finished(parent[0])
        return added

    def next_request(self) -> Request | None:
        if self.paused:
            return None
        try:
            request = self.queue.pop()
            if request is None and self.take_seeds():
                request = self.queue.pop()
        except RedisError as exc:  # the worker's heartbeat decides when to give up
            log.debug("no request from the frontier: %s", exc)
            return None
        if request is not None:
            self.leases[request.meta[LEASE_META]] = Lease()
            self.last_activity = time.monotonic()
            self.inc("scheduler/dequeued/redis")
        return request

    # ------------------------------------------------------------------ frontier

    def _queued_and_seeds(self) -> tuple[int, int]:
        keys = self.queue.keys
        pipe = self.server.pipeline(transaction=True)
        pipe.zcard(keys.queue)
        pipe.llen(keys.seeds)
        queued, seeds = pipe.execute()
        return int(queued), int(seeds)

    def frontier(self) -> tuple[int, int, int]:
        """(requests queued, seeds waiting, leases held by all workers), read in one
        MULTI/EXEC: between two separate reads another worker may queue a page's last
        children and ack the page's lease, and (queue read before, leases after) the
        frontier would look empty for an instant -- enough for an idle worker to close,
        and, if the other worker is then killed, for nobody to recover its leases.
        Every script keeps "work left => queued + seeds + leases > 0" at every instant."""
        keys = self.queue.keys
        pipe = self.server.pipeline(transaction=True)
        pipe.zcard(keys.queue)
        pipe.llen(keys.seeds)
        pipe.zcard(keys.leases)
        queued, seeds, leases = pipe.execute()
        return int(queued), int(seeds), int(leases)

    def take_seeds(self, batch: int = 16) -> int:
        """Move seeds from the start-URL list into the queue; how many were queued."""
        from crawler.args import SpiderArgumentError, check_url

        seed_key = self.queue.keys.seeds
        queued = 0
        seeds: list[bytes] = self.server.lrange(seed_key, 0, batch - 1)  # type: ignore[assignment]
        for raw in seeds:  # bytes: the client does not decode
            try:
                url = seed_url(raw)
                check_url(url, f"seed in {seed_key}")
            except (SpiderArgumentError, ValueError) as exc:
                self.server.lrem(seed_key, 1, raw)
                log.error("%s; dropped it", exc)
                self.inc("tagwire/frontier/bad_seeds")
                continue
            spider = self.spider
            request = spider.seed_request(url) if isinstance(spider, SeedSpider) else Request(url)
            outcome = self.queue.seed(raw, request, self.df.request_fingerprint(request))
            if outcome == 1:
                queued += 1
                log.info("seed queued: %s", url)
            elif outcome == 0:
                log.info("seed already crawled or queued, skipped: %s", url)
        return queued

    # ------------------------------------------------------------------ FrontierScheduler

    def claim_post(self, request: Request, response: Response | None = None) -> bool:
        """Mark a post shown in full on an archive page as seen, on behalf of that
        page's lease; False if it was seen already."""
        fingerprint = self.df.request_fingerprint(request)
        token = lease_of(response)
        lease = self.leases.get(token) if token else None
        if token is None or lease is None:
            return not self.df.request_seen(request)
        if self.queue.claim(fingerprint, token):
            lease.claims.add(fingerprint)
            return True
        return False

    def request_failed(self, request: Request) -> None:
        """Its errback ran: the request is through."""
        token = request.meta.get(LEASE_META)
        if token:
            self.callback_finished(token)

    # ------------------------------------------------------------------ leases

    def output_started(self, token: str, output: object) -> None:
        """The callback of lease ``token`` yielded ``output`` (an item or a request)."""
        lease = self.leases.get(token)
        if lease is None or output is None:
            return
        lease.pending += 1
        if isinstance(output, Request):
            self.children[id(output)] = (token, output)
        else:
            url = output.get("url") if isinstance(output, Mapping) else None
            if isinstance(url, str):
                from normalizer.pages.urls import canonical_post_url

                self.item_leases[canonical_post_url(url)] = token

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

    def item_finished(self, item: object, response: Response | None) -> None:
        """The item is in the feed (or the rejects file): settle its claim, if any."""
        token = lease_of(response)
        lease = self.leases.get(token) if token else None
        if token is None or lease is None:
            return
        url = item.get("url") if isinstance(item, Mapping) else None
        if isinstance(url, str) and self.item_leases:
            from normalizer.pages.urls import canonical_post_url

            self.item_leases.pop(canonical_post_url(url), None)  # rejected: never checked
        if lease.claims and isinstance(url, str):
            from normalizer.pages.urls import canonical_post_url

            fingerprint = self.df.request_fingerprint(Request(canonical_post_url(url)))
            if fingerprint in lease.claims:
                lease.claims.discard(fingerprint)
                self.queue.settle_claim(fingerprint, token)
        self.output_finished(token)

    def renew_leases(self) -> list[str]:
        """Push this worker's lease deadlines forward; the tokens already lost."""
        return self.queue.renew(list(self.leases))

    def recover_expired(self) -> int:
        """Put back the requests of dead workers' leases; how many."""
        recovered = self.queue.recover_expired()
        if recovered:
            self.inc("tagwire/frontier/recovered", recovered)
        return recovered

    def _maybe_ack(self, token: str, lease: Lease) -> None:
        if lease.output_done and lease.pending <= 0:
            del self.leases[token]
            self.queue.ack(token)
            self.last_activity = time.monotonic()

    def inc(self, key: str, n: int = 1) -> None:
        """Add ``n`` to the crawl stat ``key``."""
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
