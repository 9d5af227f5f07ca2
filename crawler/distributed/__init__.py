"""Distributed crawl: ``scrapy crawl tagarchive -s REDIS_URL=redis://host:6379/0``.

Any number of workers, on one machine or many, share one frontier and one seen-set in
Redis through scrapy-redis's scheduler and dupefilter, which :func:`config.configure`
(called from the spider's ``update_settings``) switches on when ``REDIS_URL`` or
``$TAGWIRE_REDIS_URL`` is set. Without it nothing that needs scrapy-redis is imported.

- :mod:`~crawler.distributed.keys`: the Redis key layout and ``REDIS_URL_ENV``, defined
  once (no Scrapy, no redis-py);
- :mod:`~crawler.distributed.enqueue`: seeds in, a finished crawl forgotten (what
  ``tagwire enqueue`` does; no Scrapy);
- :mod:`~crawler.distributed.config`: the settings that switch a crawl to Redis;
- :mod:`~crawler.distributed.queue`: the shared priority queue with leases (Lua scripts);
- :mod:`~crawler.distributed.scheduler`: the scheduler and seen-set;
- :mod:`~crawler.distributed.worker`: lease bookkeeping around callbacks, heartbeat and
  idle close.

This package's ``__init__`` imports nothing, so ``keys`` and ``enqueue`` stay light.

What tagwire adds to scrapy-redis 0.9.1, and why:

- **Leases** (``queue``): a popped request stays in Redis until its worker has fully
  processed it. "Fully" is decided by the scheduler: the callback's output is exhausted
  (``worker.LeaseMiddleware``), each item it yielded has been exported or rejected
  (``item_scraped``/``item_dropped``/``item_error``, handled after the feed exporter
  wrote the line), each request it yielded is in the queue
  (``LeasedScheduler.enqueue_request``); a failed request once its errback ran; a
  retried or redirected one when its replacement is queued (in the same Redis step).
  Only then is it acked.
- **Atomic scheduling**: seen-set check and queue push (and the ack of the request being
  replaced) are one Lua script, so a kill between them cannot lose a request.
- **Seeds** are moved from ``tagarchive:start_urls`` into the queue atomically, not
  popped into the worker's memory (scrapy-redis's ``RedisSpider`` pops them).
- **Idle close** (``worker.DistributedWorker``): a worker closes once, for
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
