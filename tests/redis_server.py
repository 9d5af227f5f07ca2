"""A private redis-server for the tests: it lives in ``benchmarks/redis_server.py`` (the
Redis benchmarks start one too, and benchmarks import nothing from ``tests/``)."""
from __future__ import annotations

from benchmarks.redis_server import (  # noqa: F401 -- re-exported for the tests
    RedisUnavailable,
    _ping,
    find_redis_server,
    free_port,
    redis_server,
)
