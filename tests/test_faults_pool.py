"""Faults in the normalizer's worker pool (issue 13, item 1's time limit and "nothing
lost"): a post stuck in Python is stopped by the per-post alarm; a worker stuck where
the alarm cannot reach (C code that never returns to Python) is killed at the hard
limit; a worker killed by a signal mid-post is replaced. In every case the post becomes
a reject with the reason, every other post still gets its record or its reject, once,
and the crawl goes on -- within a bounded wait.

The misbehaviour comes from ``tests/workerhooks.py`` (a hook each worker runs once warm);
the pool tests run real worker processes (``spawn``, so that they see the environment the
test sets), the crawl test a real ``scrapy crawl`` against a saved site on 127.0.0.1.
"""
from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from httpserver import serve
from test_crawl import SITES, crawl, listed, manifest
from test_pool import HOOK, SPAWN, site_items
from workerhooks import HANG_ENV, SLOW_ENV, SLOW_SECONDS_ENV, STARTED_DIR_ENV

import crawler.pool
from crawler.pool import PoolRecordMaker

#: The crawl process's grace past the limit (HARD_GRACE_SECONDS, 30 s), shortened for
#: the pool tests (the crawl test keeps the real one). Shorter than a new pool's start-up
#: on a loaded machine (spawn, imports, warm-up: 3-4 s): a post's clock starts once the
#: replacement pool is warm, so a slow start kills no pool (it used to, again and again).
GRACE = 3.0


def run(coro: Any) -> Any:
    return asyncio.run(coro)


async def in_pool(items: list[dict], **kwargs: Any) -> tuple[list, list, PoolRecordMaker]:
    """``items[:4]`` through a pool of two workers, then the rest (the crawl going on)."""
    pool = PoolRecordMaker(2, hook=HOOK, start_method=SPAWN, **kwargs)
    await pool.start()
    try:
        first = await asyncio.gather(*(pool(item) for item in items[:4]))
        rest = await asyncio.gather(*(pool(item) for item in items[4:]))
    finally:
        await pool.close()
    return first, rest, pool


def test_a_post_stuck_in_python_is_stopped_by_the_alarm_and_the_pool_goes_on(
        monkeypatch: pytest.MonkeyPatch) -> None:
    items = site_items("wp-modern-excerpts")
    stuck = items[1]["url"]
    monkeypatch.setenv(SLOW_ENV, stuck)
    monkeypatch.setenv(SLOW_SECONDS_ENV, "600")
    t0 = time.monotonic()
    first, rest, pool = run(in_pool(items, in_flight=2, time_limit=1))
    assert time.monotonic() - t0 < 90, "bounded: the alarm, not the 600 s sleep"
    failed = [o for o in first + rest if not o.ok]
    assert [o.url for o in failed] == [stuck]
    assert "took longer than the 1 s limit" in failed[0].errors[0]
    assert "NORMALIZE_TIME_LIMIT" in failed[0].errors[0]
    assert len(first + rest) == len(items)
    assert pool.timeouts == 1 and pool.crashes == 0, "the worker itself stopped the post"


def test_a_worker_hung_in_c_code_is_killed_at_the_hard_limit_and_nothing_is_lost(
        monkeypatch: pytest.MonkeyPatch) -> None:
    items = site_items("wp-modern-excerpts")
    hung = items[2]["url"]
    monkeypatch.setenv(HANG_ENV, hung)
    monkeypatch.setenv(SLOW_SECONDS_ENV, "600")
    monkeypatch.setattr(crawler.pool, "HARD_GRACE_SECONDS", GRACE)
    t0 = time.monotonic()
    first, rest, pool = run(in_pool(items, in_flight=2, time_limit=1))
    assert time.monotonic() - t0 < 90, "bounded: the hard limit, not the 600 s hang"
    outcomes = first + rest
    assert [o.url for o in outcomes] == [i["url"] for i in items], "one outcome a post"
    by_url = {o.url: o for o in outcomes}
    assert not by_url[hung].ok
    # The hard limit: 1 s for each post queued before it (in_flight 2 over 2 workers) + grace.
    assert f"no result within {1 + GRACE:g} s" in by_url[hung].errors[0]
    assert "its worker was killed" in by_url[hung].errors[0]
    # The other post in the pool when it was killed: its record, or a reject saying why.
    others = [o for o in first if o.url != hung]
    assert all(o.ok or "worker process died" in o.errors[0] for o in others)
    assert all(o.ok for o in rest), "the new pool normalizes the rest"
    assert pool.timeouts == 1 and pool.crashes == 1


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGSEGV],
                         ids=["SIGKILL", "SIGTERM", "SIGSEGV"])
def test_a_worker_killed_by_a_signal_mid_post_is_replaced_and_its_post_rejected(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int) -> None:
    items = site_items("wp-modern-excerpts")
    busy = items[1]["url"]
    monkeypatch.setenv(SLOW_ENV, busy)
    monkeypatch.setenv(SLOW_SECONDS_ENV, "600")
    monkeypatch.setenv(STARTED_DIR_ENV, str(tmp_path))

    async def go() -> tuple[list, list, PoolRecordMaker]:
        pool = PoolRecordMaker(2, in_flight=2, hook=HOOK, start_method=SPAWN)
        await pool.start()
        try:
            first = asyncio.ensure_future(asyncio.gather(*(pool(i) for i in items[:4])))
            deadline = time.monotonic() + 60
            while not any(tmp_path.iterdir()):
                assert time.monotonic() < deadline, "the slow post never reached a worker"
                await asyncio.sleep(0.05)
            pid = int(next(tmp_path.iterdir()).name.split("-")[0])
            os.kill(pid, signum)
            done = await asyncio.wait_for(first, timeout=60)
            rest = await asyncio.gather(*(pool(i) for i in items[4:]))
        finally:
            await pool.close()
        return done, rest, pool

    first, rest, pool = run(go())
    outcomes = first + rest
    assert [o.url for o in outcomes] == [i["url"] for i in items], "one outcome a post"
    by_url = {o.url: o for o in outcomes}
    assert not by_url[busy].ok and "worker process died" in by_url[busy].errors[0]
    assert all(o.ok or "worker process died" in o.errors[0] for o in first)
    assert all(o.ok for o in rest)
    assert pool.crashes == 1 and pool.lost == sum(not o.ok for o in first)


def test_a_crawl_with_a_worker_hung_in_c_code_goes_on(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The crawl as users run it: the hung post is a reject naming the limit, every
    other post of the site a record or a reject, once; the crawl ends by itself."""
    site = "wp-modern-excerpts"
    posts = listed(site)
    hung = posts[3]
    monkeypatch.setenv(HANG_ENV, hung)
    monkeypatch.setenv(SLOW_SECONDS_ENV, "600")
    t0 = time.monotonic()
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-s", "NORMALIZE_WORKER_HOOK=tests.workerhooks.misbehave",
                  "-s", "NORMALIZE_WORKERS=2", "-s", "NORMALIZE_IN_FLIGHT=2",
                  "-s", "NORMALIZE_TIME_LIMIT=1", timeout=180)
    assert time.monotonic() - t0 < 180
    assert c.rc == 0, c.log[-3000:]
    rejected = [urlsplit(r["source"]).path for r in c.rejects]
    assert hung in rejected
    assert sorted(c.paths + rejected) == sorted(posts), "every post, once"
    reasons = {urlsplit(r["source"]).path: r["errors"][0] for r in c.rejects}
    assert "its worker was killed" in reasons[hung]
    assert all(p == hung or "worker process died" in reasons[p] for p in rejected)
    assert c.summary["worker_crashes"] == 1
    assert "did not return within" in c.log
