"""Seeds for distributed crawl workers: the part of ``tagwire enqueue`` that talks to Redis.

Workers move seeds from ``<spider>:start_urls`` into their shared queue
(:meth:`crawler.distributed.scheduler.LeasedScheduler.take_seeds`). The frontier outlives
the workers, so a seed crawled before is skipped; :func:`forget_crawl` deletes a finished
crawl's frontier first (``--fresh``), never one that workers are still crawling.

Needs redis-py (``tagwire[redis]``), imported only when connecting; never Scrapy, so the
``tagwire`` command starts fast.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from crawler.distributed.keys import FrontierKeys

if TYPE_CHECKING:
    from redis import Redis


class CrawlRunning(RuntimeError):
    """Workers hold leases on the frontier that was to be forgotten."""


def connect(url: str) -> Redis:
    """A client for the Redis at ``url`` (``redis://host:port/db``; connects lazily)."""
    import redis

    return redis.Redis.from_url(url)


def forget_crawl(client: Redis, seeds: str) -> str:
    """Delete the frontier (queue, seen-set, leases, claims, seeds) of the spider whose
    seed list is ``seeds``; returns the spider's name.

    Raises :class:`CrawlRunning`, deleting nothing, if workers still hold leases on it:
    their requests would be lost and their posts crawled again."""
    keys = FrontierKeys.for_seed_list(seeds)
    held = int(client.zcard(keys.leases))
    if held:
        raise CrawlRunning(f"{held} request(s) of {keys.spider} are being crawled "
                           "(workers running?)")
    claims = list(client.scan_iter(match=keys.claims_pattern))
    client.delete(*keys.fixed, *claims)
    return keys.spider


def push_seeds(client: Redis, seeds: str, urls: Sequence[str]) -> int:
    """Append ``urls`` to the seed list ``seeds`` in order; how many seeds now wait."""
    return int(client.rpush(seeds, *urls))
