"""Switching a crawl to the shared Redis frontier: which settings, and when.

:func:`configure` is called from the spider's ``update_settings``; it changes nothing
unless a Redis URL is given (``-s REDIS_URL=...`` or ``$TAGWIRE_REDIS_URL``). No Scrapy or
scrapy-redis import at module level: the spider imports this module on every crawl, and
the scrapy-redis classes named below are loaded by Scrapy only when configured.
"""
from __future__ import annotations

import os
from typing import TYPE_CHECKING

from crawler.distributed.keys import QUEUE_KEY, REDIS_URL_ENV, SEEDS_KEY, SEEN_KEY
from normalizer.io.redis_url import redact_url

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

_PACKAGE = "crawler.distributed"
SCHEDULER = f"{_PACKAGE}.scheduler.LeasedScheduler"
QUEUE_CLASS = f"{_PACKAGE}.queue.LeasedPriorityQueue"
DUPEFILTER = f"{_PACKAGE}.scheduler.SharedDupeFilter"
WORKER_EXTENSION = f"{_PACKAGE}.worker.DistributedWorker"
LEASE_MIDDLEWARE = f"{_PACKAGE}.worker.LeaseMiddleware"
LEASE_CHECK_PIPELINE = f"{_PACKAGE}.worker.LeaseCheckPipeline"

#: Set at the spider's priority, so a ``-s`` on the command line still wins.
DISTRIBUTED_SETTINGS = {
    "SCHEDULER": SCHEDULER,
    "SCHEDULER_QUEUE_CLASS": QUEUE_CLASS,
    "DUPEFILTER_CLASS": DUPEFILTER,
    "SCHEDULER_QUEUE_KEY": QUEUE_KEY,
    "SCHEDULER_DUPEFILTER_KEY": SEEN_KEY,
    "REDIS_START_URLS_KEY": SEEDS_KEY,
}


def redis_url(settings: BaseSettings) -> str | None:
    """The Redis of a distributed crawl: ``-s REDIS_URL=...`` or ``$TAGWIRE_REDIS_URL``."""
    return settings.get("REDIS_URL") or os.environ.get(REDIS_URL_ENV) or None


def configure(settings: BaseSettings) -> bool:
    """Switch ``settings`` to the shared Redis frontier if a Redis URL is given; whether
    it did."""
    url = redis_url(settings)
    if not url:
        return False
    if not settings.get("REDIS_URL"):
        settings.set("REDIS_URL", url, priority="spider")
    for name, value in DISTRIBUTED_SETTINGS.items():
        settings.set(name, value, priority="spider")
    _add_component(settings, "EXTENSIONS", WORKER_EXTENSION, 600)
    _add_component(settings, "SPIDER_MIDDLEWARES", LEASE_MIDDLEWARE, 10)
    # After the normalizer (300), before the stories export (800) and the feed.
    _add_component(settings, "ITEM_PIPELINES", LEASE_CHECK_PIPELINE, 790)
    return True


def _add_component(settings: BaseSettings, name: str, path: str, order: int) -> None:
    """Add to a component dict at (at least) the spider's priority: ``scrapy crawl``
    re-applies the project's settings after ``update_settings``, and a change made at
    the project's priority would be overwritten."""
    from scrapy.settings import SETTINGS_PRIORITIES

    components = settings.getdict(name)
    components[path] = order
    priority = max(settings.getpriority(name) or 0, SETTINGS_PRIORITIES["spider"])
    settings.set(name, components, priority=priority)


#: A Redis URL without its password, for the log (one definition, in the library).
redact = redact_url
