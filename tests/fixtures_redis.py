"""pytest fixtures for a real Redis (see ``tests/redis_server.py``).

Use in a test module with ``from tests.fixtures_redis import redis_url, redis_client``
(pytest finds fixtures imported into the module) and mark the tests
``@pytest.mark.redis``.

- ``redis_url`` (session): URL of one private redis-server for the whole run; the
  tests are skipped, with the reason, where redis-server is missing and cannot be
  installed.
- ``redis_client``: a redis-py client on that server, database flushed before the
  test, so tests do not see each other's keys.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from tests.redis_server import RedisUnavailable, redis_server


@pytest.fixture(scope="session")
def redis_url() -> Iterator[str]:
    try:
        with redis_server() as url:
            yield url
    except RedisUnavailable as exc:
        pytest.skip(f"no real Redis for this test: {exc}")


@pytest.fixture
def redis_client(redis_url: str) -> Iterator[Any]:
    redis = pytest.importorskip("redis", reason="redis-py is not installed (tagwire[redis])")
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.close()
