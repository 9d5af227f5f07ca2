"""A time limit on normalizing one post, so one hostile page cannot stall a run.

Normalization is linear in the page's size (``benchmarks/bench_scaling.py``), but a
10 MB page still takes minutes, and a page may find a slow path nobody has seen yet. A
post that runs over its limit becomes a reject (``tagwire normalize``: one
``tagwire: FILE: reason`` line; a crawl: the rejects file, with the reason) and the run
goes on.

:func:`time_limit` raises :class:`PostTimeout` in the running code once ``seconds`` have
passed, through ``SIGALRM`` (``setitimer``). That works in the main thread of a process,
which is where normalization runs: ``tagwire normalize`` and its ``-j`` workers, and the
crawl's worker processes (:mod:`crawler.pool`, which also guards against code that never
returns to Python). Elsewhere (another thread, a platform without ``SIGALRM``) it is a
no-op. :class:`PostTimeout` derives from ``BaseException`` so that the normalizer's own
``except Exception`` fallbacks cannot swallow it and carry on.

The limit: ``$TAGWIRE_POST_TIME_LIMIT`` seconds (0 = none), default
:data:`DEFAULT_SECONDS`; the crawl's setting is ``NORMALIZE_TIME_LIMIT``.
"""
from __future__ import annotations

import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

#: Seconds one post may take. A 1 MB page of 45,000 short paragraphs takes about 15 s on
#: one core, the 10 MB input cap about ten times that: 300 s stops only what is stuck.
DEFAULT_SECONDS = 300.0
ENV = "TAGWIRE_POST_TIME_LIMIT"


class PostTimeout(BaseException):
    """Normalizing one post took longer than its limit."""

    def __init__(self, seconds: float) -> None:
        super().__init__(seconds)
        self.seconds = seconds

    def __str__(self) -> str:
        return f"normalizing took longer than the {self.seconds:g} s limit; skipped"


def default_seconds() -> float:
    """``$TAGWIRE_POST_TIME_LIMIT`` if set (0 = no limit), else :data:`DEFAULT_SECONDS`;
    a value that is not a number is an error that names the variable."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return DEFAULT_SECONDS
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"${ENV}: a number of seconds, not {raw!r}") from None
    return max(0.0, value)


def can_limit() -> bool:
    """Whether :func:`time_limit` works here (the main thread, a platform with SIGALRM)."""
    return hasattr(signal, "setitimer") and \
        threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`PostTimeout` inside the block once ``seconds`` have passed
    (``None`` or 0: no limit). Not re-entrant: one limit at a time per process."""
    if not seconds or seconds <= 0 or not can_limit():
        yield
        return
    armed = True

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        if armed:
            raise PostTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        armed = False  # an alarm landing between the block's end and here is ignored
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
