"""Test-only hooks for normalizer workers (``NORMALIZE_WORKER_HOOK``).

A test cannot monkeypatch a worker process from outside, so it names one of these
functions in the setting; each worker calls it once warm, in the worker process, and
the environment (inherited from the crawl) says which posts to misbehave on, by the
end of their url (several: comma-separated):

- ``TAGWIRE_TEST_SLOW_URL``: the post takes ``TAGWIRE_TEST_SLOW_SECONDS`` (default 30)
  before it is normalized; its worker first creates a file in
  ``TAGWIRE_TEST_STARTED_DIR`` (if set), so a test knows the post is in the pool;
- ``TAGWIRE_TEST_CRASH_URL``: then the worker exits at once, as a worker killed by the
  OOM killer or a segfaulting C extension would.
- ``TAGWIRE_TEST_HANG_URL``: the worker hangs in C code the per-post alarm cannot
  reach (SIGALRM blocked, then libc ``sleep`` for ``TAGWIRE_TEST_SLOW_SECONDS``), as a
  C extension stuck in a loop that never returns to Python would; it also creates the
  started file.
"""
from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Any

CRASH_ENV = "TAGWIRE_TEST_CRASH_URL"
HANG_ENV = "TAGWIRE_TEST_HANG_URL"
SLOW_ENV = "TAGWIRE_TEST_SLOW_URL"
SLOW_SECONDS_ENV = "TAGWIRE_TEST_SLOW_SECONDS"
STARTED_DIR_ENV = "TAGWIRE_TEST_STARTED_DIR"
CRASH_EXIT_CODE = 70


def _urls(name: str) -> tuple[str, ...]:
    return tuple(u for u in os.environ.get(name, "").split(",") if u)


def misbehave() -> None:
    from crawler import pool

    crash, slow, hang = _urls(CRASH_ENV), _urls(SLOW_ENV), _urls(HANG_ENV)
    seconds = float(os.environ.get(SLOW_SECONDS_ENV, "30"))
    started = os.environ.get(STARTED_DIR_ENV)
    real = pool.make_record

    def make_record(item: dict[str, Any]) -> Any:
        url = str(item.get("url"))
        if ((slow and url.endswith(slow)) or (hang and url.endswith(hang))) and started:
            Path(started, f"{os.getpid()}-{time.monotonic_ns()}").write_text(url)
        if slow and url.endswith(slow):
            time.sleep(seconds)
        if hang and url.endswith(hang):
            import ctypes
            import signal

            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            ctypes.CDLL(None).sleep(int(seconds))
        if crash and url.endswith(crash):
            os._exit(CRASH_EXIT_CODE)
        return real(item)

    pool.make_record = make_record
