"""Test-only hooks for normalizer workers (``NORMALIZE_WORKER_HOOK``).

A test cannot monkeypatch a worker process from outside, so it names one of these
functions in the setting; each worker calls it once warm, in the worker process, and
the environment (inherited from the crawl) says which posts to misbehave on:

- ``TAGWIRE_TEST_CRASH_URL``: a post whose url ends so makes its worker exit at once,
  as a worker killed by the OOM killer or a segfaulting C extension would;
- ``TAGWIRE_TEST_SLOW_URL``: a post whose url ends so takes
  ``TAGWIRE_TEST_SLOW_SECONDS`` (default 30) before it is normalized.
"""
from __future__ import annotations

import os
import time
from typing import Any

CRASH_ENV = "TAGWIRE_TEST_CRASH_URL"
SLOW_ENV = "TAGWIRE_TEST_SLOW_URL"
SLOW_SECONDS_ENV = "TAGWIRE_TEST_SLOW_SECONDS"
CRASH_EXIT_CODE = 70


def misbehave() -> None:
    import crawler.pool as pool

    crash, slow = os.environ.get(CRASH_ENV), os.environ.get(SLOW_ENV)
    seconds = float(os.environ.get(SLOW_SECONDS_ENV, "30"))
    real = pool.make_record

    def make_record(item: dict[str, Any]) -> Any:
        url = str(item.get("url"))
        if crash and url.endswith(crash):
            os._exit(CRASH_EXIT_CODE)
        if slow and url.endswith(slow):
            time.sleep(seconds)
        return real(item)

    pool.make_record = make_record
