"""Waiting in the crawl tests: on the state a test needs, never on a time budget.

Eight test runs on two cores make a crawl's start (imports, the normalizer workers'
warm-up) take many times what it takes alone: a crawl that finishes in 10 s alone took
over 60 s at load 20, and a test that gave it 60 s failed for nothing. So a test waits
for what it needs (a file written, a page fetched, a process ended), and its limit is
only a guard against a hang, far above any run's time: :data:`HANG_SECONDS`
(``$TAGWIRE_TEST_HANG_SECONDS`` to change it). A wait for a state also ends when the
process that should bring it about has ended first, with that process's exit code, so a
crash fails at once, not after the guard.
"""
from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Callable

#: Seconds a test waits for a process or a state before it calls it a hang.
HANG_SECONDS = float(os.environ.get("TAGWIRE_TEST_HANG_SECONDS") or 900)


def wait_until(ready: Callable[[], object], what: str,
               proc: subprocess.Popen | None = None, every: float = 0.05) -> None:
    """Return once ``ready()`` is true; fail if ``proc`` ends first or after
    :data:`HANG_SECONDS`, naming ``what`` was waited for."""
    deadline = time.monotonic() + HANG_SECONDS
    while not ready():
        if proc is not None and proc.poll() is not None:
            if ready():
                return
            raise AssertionError(f"the process ended (exit code {proc.returncode}) "
                                 f"before {what}")
        if time.monotonic() > deadline:
            raise AssertionError(f"no {what} after {HANG_SECONDS:g} s: a hang?")
        time.sleep(every)
