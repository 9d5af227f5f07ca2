"""Round 20 of the crawl's speed work: what the worker pool itself costs is measured
(``crawler.pool``: the workers' CPU besides their tasks, their wait for a post, the
bytes each way; in the crawl summary's ``pool``), and a post's fetch time is stamped
once a second (``crawler.items.utc_now``)."""
from __future__ import annotations

import asyncio
import pickle
import re
import time
from datetime import UTC, datetime
from pathlib import Path

import pytest
from test_crawl import SITES, crawl, manifest
from test_pool import site_items

from crawler import items
from crawler.pool import PoolRecordMaker, frame
from crawler.records import make_record


def test_the_pool_counts_what_it_costs_besides_the_posts() -> None:
    posts = site_items("wp-modern-excerpts")[:6]

    async def go() -> tuple[list, PoolRecordMaker]:
        pool = PoolRecordMaker(2)
        await pool.start()
        try:
            return list(await asyncio.gather(*(pool(p) for p in posts))), pool
        finally:
            await pool.close()

    outcomes, pool = asyncio.run(go())
    # The records are the ones made in this process (the measuring changes nothing).
    assert [o.record for o in outcomes] == [make_record(p).record for p in posts]
    # Every post sent is counted as the bytes of its message in the pipe.
    assert pool.bytes_out == sum(len(frame(pickle.dumps((i, "record", p),
                                                        pickle.HIGHEST_PROTOCOL)))
                                 for i, p in enumerate(posts, 1))
    # An outcome holds a record: more than the post's id and its CPU figures.
    assert pool.bytes_in > 6 * 100
    assert pool.normalize_cpu > 0
    # Reading a post and writing its outcome cost something, far less than the posts.
    assert 0 < pool.worker_overhead_cpu < pool.normalize_cpu
    assert pool.worker_idle >= 0


def test_the_crawl_summary_says_what_the_pool_cost(tmp_path: Path) -> None:
    from httpserver import serve

    site = "wp-modern-excerpts"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-s", "NORMALIZE_WORKERS=2")
    assert c.rc == 0, c.log
    pool = c.summary["pool"]
    assert pool["bytes_to_workers"] > 0 and pool["bytes_from_workers"] > 0
    # The permalink pages travel to the workers whole; the records come back.
    assert pool["bytes_to_workers"] >= sum(len(r["url"]) for r in c.records)
    assert 0 <= pool["worker_overhead_cpu_seconds"] < c.summary["normalize_cpu_seconds"]
    assert pool["worker_idle_seconds"] >= 0


def test_a_crawl_in_one_process_has_no_pool_figures(tmp_path: Path) -> None:
    from httpserver import serve

    site = "wp-kubrick-full"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-s", "NORMALIZE_WORKERS=0")
    assert c.rc == 0, c.log
    assert c.summary["pool"] == {"worker_overhead_cpu_seconds": 0.0,
                                 "worker_idle_seconds": 0.0, "bytes_to_workers": 0,
                                 "bytes_from_workers": 0}


def test_fetch_time_is_the_second_it_is_now(monkeypatch: pytest.MonkeyPatch) -> None:
    stamp = items.utc_now()
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", stamp)
    now = datetime.now(UTC).replace(microsecond=0)
    assert abs((datetime.fromisoformat(stamp.replace("Z", "+00:00")) - now).total_seconds()) <= 1
    # Within a second the same stamp; the next second, the next one.
    clock = [1_700_000_000.25]
    monkeypatch.setattr(time, "time", lambda: clock[0])
    assert items.utc_now() == "2023-11-14T22:13:20Z"
    clock[0] = 1_700_000_000.99
    assert items.utc_now() == "2023-11-14T22:13:20Z"
    clock[0] = 1_700_000_001.0
    assert items.utc_now() == "2023-11-14T22:13:21Z"
    # Clocks go back too (a corrected system clock): the stamp follows.
    clock[0] = 1_600_000_000.5
    assert items.utc_now() == datetime.fromtimestamp(1_600_000_000, UTC).isoformat() \
        .replace("+00:00", "Z")
