"""The shared frontier in Redis: scrapy-redis's priority queue plus leases.

scrapy-redis pops a request off the queue and forgets it: a worker killed with the
request in hand loses it. Here popping *leases* the request instead, in one Lua script:
it moves from the queue into ``<spider>:leased`` (token -> score|request) with a deadline
in ``<spider>:leases`` (token -> deadline, Redis server time in ms; every key is named in
:mod:`crawler.distributed.keys`). The worker renews its leases while it lives and acks
each one once the request is fully processed (see :mod:`crawler.distributed`); a lease
whose deadline passes -- its worker died -- goes back on the queue
(:meth:`LeasedPriorityQueue.recover_expired`).

Posts that an archive page shows in full are never requested; the page *claims* them in
the seen-set and in ``<spider>:claims:<token>``. A claim is settled when the post's
record is in the feed; the claims still open when a lease expires are taken out of the
seen-set again, so the re-processed page emits exactly the posts that had not been
written.

Every step that changes more than one key is a Lua script, so a worker killed at any
point leaves the frontier consistent. Needs Redis >= 5 (``TIME`` in scripts); not
written for Redis Cluster (scripts build claim keys from a prefix).
"""
from __future__ import annotations

import itertools
import logging
import os
import socket
import uuid
from typing import TYPE_CHECKING

from scrapy.http import Request
from scrapy_redis.queue import PriorityQueue

from crawler.distributed.keys import SEEDS_KEY, SEEN_KEY, FrontierKeys

if TYPE_CHECKING:
    from redis import Redis
    from scrapy import Spider

log = logging.getLogger(__name__)

#: request.meta key holding the lease token of a request a worker took from the queue.
LEASE_META = "tagwire_lease"

_NOW_MS = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
"""

# KEYS: queue, leases, leased   ARGV: token, lease_ms
POP = _NOW_MS + """
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[2]), ARGV[1])
redis.call('HSET', KEYS[3], ARGV[1], r[2] .. '|' .. r[1])
return r[1]
"""

# KEYS: seen, queue, leases, leased, claims-of-finished-lease
# ARGV: fingerprint, request, score, dont_filter (0/1), finished lease token or ''
SCHEDULE = """
local added = 1
if ARGV[4] == '0' then added = redis.call('SADD', KEYS[1], ARGV[1]) end
if added == 1 then redis.call('ZADD', KEYS[2], ARGV[3], ARGV[2]) end
if ARGV[5] ~= '' then
  redis.call('ZREM', KEYS[3], ARGV[5])
  redis.call('HDEL', KEYS[4], ARGV[5])
  redis.call('DEL', KEYS[5])
end
return added
"""

# KEYS: leases, leased, claims   ARGV: token
ACK = """
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('DEL', KEYS[3])
return redis.call('ZREM', KEYS[1], ARGV[1])
"""

# KEYS: seen, claims   ARGV: fingerprint
CLAIM = """
if redis.call('SADD', KEYS[1], ARGV[1]) == 1 then
  redis.call('SADD', KEYS[2], ARGV[1])
  return 1
end
return 0
"""

# KEYS: leases   ARGV: lease_ms, token...   -> tokens no longer leased (expired and taken)
RENEW = _NOW_MS + """
local lost = {}
for i = 2, #ARGV do
  if redis.call('ZADD', KEYS[1], 'XX', 'CH', now + tonumber(ARGV[1]), ARGV[i]) == 0
     and not redis.call('ZSCORE', KEYS[1], ARGV[i]) then
    table.insert(lost, ARGV[i])
  end
end
return lost
"""

_REQUEUE = """
local function requeue(token)
  local v = redis.call('HGET', KEYS[2], token)
  if v then
    local i = string.find(v, '|', 1, true)
    redis.call('ZADD', KEYS[3], string.sub(v, 1, i - 1), string.sub(v, i + 1))
  end
  local ck = ARGV[1] .. token
  for _, fp in ipairs(redis.call('SMEMBERS', ck)) do redis.call('SREM', KEYS[4], fp) end
  redis.call('DEL', ck)
  redis.call('HDEL', KEYS[2], token)
  return redis.call('ZREM', KEYS[1], token)
end
"""

# KEYS: leases, leased, queue, seen   ARGV: claims prefix, limit   -> leases put back
RECOVER = _NOW_MS + _REQUEUE + """
local n = 0
for _, token in ipairs(redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now,
                                  'LIMIT', 0, tonumber(ARGV[2]))) do
  n = n + requeue(token)
end
return n
"""

# KEYS: leases, leased, queue, seen   ARGV: claims prefix, token...   -> leases put back
RELEASE = _REQUEUE + """
local n = 0
for i = 2, #ARGV do n = n + requeue(ARGV[i]) end
return n
"""

# KEYS: seeds, seen, queue   ARGV: raw seed, fingerprint, request, score
# -> -1 another worker took the seed, 0 already seen, 1 queued
SEED = """
if redis.call('LREM', KEYS[1], 1, ARGV[1]) == 0 then return -1 end
if redis.call('SADD', KEYS[2], ARGV[2]) == 1 then
  redis.call('ZADD', KEYS[3], ARGV[4], ARGV[3])
  return 1
end
return 0
"""


def worker_id() -> str:
    """Names this worker in lease tokens, so ``redis-cli`` shows who holds what."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


class LeasedPriorityQueue(PriorityQueue):
    """scrapy-redis's ``PriorityQueue`` (a sorted set, score = -priority) whose pop
    leases instead of removing; see the module doc for the keys."""

    def __init__(self, server: Redis, spider: Spider, key: str,
                 serializer: object = None) -> None:
        super().__init__(server, spider, key, serializer)
        settings = spider.settings
        self.keys = FrontierKeys(
            spider=spider.name, queue=self.key,  # scrapy-redis filled in %(spider)s
            seen=settings.get("SCHEDULER_DUPEFILTER_KEY", SEEN_KEY) % {"spider": spider.name},
            seeds=settings.get("REDIS_START_URLS_KEY", SEEDS_KEY) % {"name": spider.name})
        self.lease_ms = int(settings.getfloat("FRONTIER_LEASE_SECONDS", 90) * 1000)
        self.worker = worker_id()
        self._seq = itertools.count(1)
        self._pop = server.register_script(POP)
        self._schedule = server.register_script(SCHEDULE)
        self._ack = server.register_script(ACK)
        self._claim = server.register_script(CLAIM)
        self._renew = server.register_script(RENEW)
        self._recover = server.register_script(RECOVER)
        self._release = server.register_script(RELEASE)
        self._seed = server.register_script(SEED)

    # ------------------------------------------------------------------ queue

    def push(self, request: Request) -> None:  # scrapy-redis API; tagwire uses schedule()
        self.schedule(request, b"", dont_filter=True)

    def schedule(self, request: Request, fingerprint: bytes, *, dont_filter: bool,
                 finished_lease: str | None = None) -> bool:
        """Add ``request`` unless its fingerprint is seen; settle ``finished_lease`` (the
        request this one replaces: a retry, a redirect) in the same step. True if queued."""
        token = finished_lease or ""
        data = self._encode_request(request)
        k = self.keys
        added = self._schedule(
            keys=[k.seen, k.queue, k.leases, k.leased, k.claims(token)],
            args=[fingerprint, data, -request.priority, int(dont_filter), token])
        return bool(added)

    def pop(self, timeout: int = 0) -> Request | None:
        """Lease the request with the highest priority; its token is in
        ``request.meta[LEASE_META]``. None if the queue is empty."""
        token = f"{self.worker}:{next(self._seq)}"
        data = self._pop(keys=[self.keys.queue, self.keys.leases, self.keys.leased],
                         args=[token, self.lease_ms])
        if data is None:
            return None
        request = self._decode_request(data)
        request.meta[LEASE_META] = token
        return request

    def seed(self, raw: bytes, request: Request, fingerprint: bytes) -> int:
        """Move one seed from the start-URL list into the queue (-1 taken by another
        worker, 0 already seen, 1 queued)."""
        return int(self._seed(keys=[self.keys.seeds, self.keys.seen, self.keys.queue],
                              args=[raw, fingerprint, self._encode_request(request),
                                    -request.priority]))

    # ------------------------------------------------------------------ leases

    def ack(self, token: str) -> bool:
        k = self.keys
        return bool(self._ack(keys=[k.leases, k.leased, k.claims(token)], args=[token]))

    def claim(self, fingerprint: bytes, token: str) -> bool:
        """Mark a post seen on behalf of the lease ``token``; False if already seen."""
        return bool(self._claim(keys=[self.keys.seen, self.keys.claims(token)],
                                args=[fingerprint]))

    def settle_claim(self, fingerprint: bytes, token: str) -> None:
        """The claimed post is written: it stays seen even if the lease is recovered."""
        self.server.srem(self.keys.claims(token), fingerprint)

    def renew(self, tokens: list[str]) -> list[str]:
        """Push the deadlines of ``tokens`` forward; returns the ones already lost."""
        if not tokens:
            return []
        lost = self._renew(keys=[self.keys.leases], args=[self.lease_ms, *tokens])
        return [t.decode() if isinstance(t, bytes) else t for t in lost]

    def recover_expired(self, limit: int = 1000) -> int:
        """Put back on the queue the requests of leases past their deadline."""
        k = self.keys
        return int(self._recover(keys=[k.leases, k.leased, k.queue, k.seen],
                                 args=[k.claims_prefix, limit]))

    def release(self, tokens: list[str]) -> int:
        """Put back on the queue the requests of this worker's unfinished leases."""
        if not tokens:
            return 0
        k = self.keys
        return int(self._release(keys=[k.leases, k.leased, k.queue, k.seen],
                                 args=[k.claims_prefix, *tokens]))

    def lease_held(self, token: str) -> bool:
        """Whether the lease ``token`` is still in Redis (not expired and recovered)."""
        return self.server.zscore(self.keys.leases, token) is not None

    def mark_frontier(self) -> str:
        """The frontier's id, set now if this is its first worker."""
        import uuid as _uuid

        self.server.set(self.keys.marker, _uuid.uuid4().hex, nx=True)
        value = self.server.get(self.keys.marker)
        return value.decode() if isinstance(value, bytes) else str(value)

    def frontier_id(self) -> str | None:
        """The frontier's id as Redis holds it now (None: gone)."""
        value = self.server.get(self.keys.marker)
        return value.decode() if isinstance(value, bytes) else value

    def leases_held(self) -> int:
        """Leases held by all workers together."""
        return int(self.server.zcard(self.keys.leases))
