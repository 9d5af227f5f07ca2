"""Where a distributed crawl keeps its frontier in Redis: the one definition of the layout.

Every structure is named ``<spider>:<what>``, the way scrapy-redis names its own (the
queue, the seen-set and the seed list keep scrapy-redis's default names, so
``redis-cli`` users and scrapy-redis tools find them where they expect):

=========================  ==========  =====================================================
key                        type        holds
=========================  ==========  =====================================================
``<spider>:start_urls``    list        seeds pushed by ``tagwire enqueue`` (or ``RPUSH``)
``<spider>:requests``      sorted set  queued requests (score = -priority)
``<spider>:dupefilter``    set         request fingerprints seen (20 bytes each)
``<spider>:leases``        sorted set  lease token -> deadline (Redis server time, ms)
``<spider>:leased``        hash        lease token -> ``score|request`` taken off the queue
``<spider>:claims:<tok>``  set         posts an archive page took, until they are written
``<spider>:frontier``      string      the frontier's id, set by its first worker: gone or
                                       changed = the frontier was lost (Redis restarted)
=========================  ==========  =====================================================

The queue (:mod:`crawler.distributed.queue`), the scheduler's settings
(:mod:`crawler.distributed.config`) and ``tagwire enqueue --fresh``
(:mod:`crawler.distributed.enqueue`) all read the names from here. Imports nothing
heavier than the standard library, so the ``tagwire`` command stays light.
"""
from __future__ import annotations

from dataclasses import dataclass

# Environment variable naming the Redis of a distributed crawl (as ``-s REDIS_URL``); also
# the default of ``tagwire enqueue --redis-url`` and of the shared dedupe index. Defined
# once, in the library (the dedupe index reads it too); re-exported here with the keys.
from normalizer.io.redis_url import REDIS_URL_ENV as REDIS_URL_ENV

#: The spider that reads the seeds (``crawler.spiders.tagarchive.TagArchiveSpider.name``;
#: a test checks they agree).
SPIDER = "tagarchive"

# scrapy-redis setting patterns (its defaults, set explicitly by config.configure so
# scrapy-redis and tagwire cannot drift apart). scrapy-redis fills the seed list's
# pattern with ``name`` and the others with ``spider``.
QUEUE_KEY = "%(spider)s:requests"          # SCHEDULER_QUEUE_KEY
SEEN_KEY = "%(spider)s:dupefilter"         # SCHEDULER_DUPEFILTER_KEY
SEEDS_KEY = "%(name)s:start_urls"          # REDIS_START_URLS_KEY


@dataclass(frozen=True)
class FrontierKeys:
    """The Redis keys of one spider's frontier."""

    spider: str
    queue: str
    seen: str
    seeds: str

    @property
    def leases(self) -> str:
        return f"{self.spider}:leases"

    @property
    def leased(self) -> str:
        return f"{self.spider}:leased"

    @property
    def marker(self) -> str:
        """The frontier's id: written by the first worker, checked by every worker."""
        return f"{self.spider}:frontier"

    @property
    def claims_prefix(self) -> str:
        return f"{self.spider}:claims:"

    def claims(self, token: str) -> str:
        """The set of posts claimed on behalf of the lease ``token``."""
        return self.claims_prefix + token

    @property
    def claims_pattern(self) -> str:
        """A ``SCAN MATCH`` pattern for every lease's claims."""
        return self.claims_prefix + "*"

    @property
    def fixed(self) -> tuple[str, ...]:
        """Every key whose name does not depend on a lease token."""
        return (self.queue, self.seen, self.seeds, self.leases, self.leased, self.marker)

    @classmethod
    def for_spider(cls, spider: str, *, queue: str = QUEUE_KEY, seen: str = SEEN_KEY,
                   seeds: str = SEEDS_KEY) -> FrontierKeys:
        """The keys of ``spider``; the patterns are scrapy-redis's settings, if given."""
        return cls(spider=spider, queue=queue % {"spider": spider},
                   seen=seen % {"spider": spider}, seeds=seeds % {"name": spider})

    @classmethod
    def for_seed_list(cls, seeds: str) -> FrontierKeys:
        """The keys of the spider whose seed list is ``seeds`` (``<spider>:start_urls``):
        what ``tagwire enqueue --key`` names."""
        spider = seeds.rsplit(":", 1)[0]
        return cls(spider=spider, queue=QUEUE_KEY % {"spider": spider},
                   seen=SEEN_KEY % {"spider": spider}, seeds=seeds)


#: The seed list of the tagarchive spider: ``tagwire enqueue``'s default ``--key``.
DEFAULT_SEEDS = FrontierKeys.for_spider(SPIDER).seeds
