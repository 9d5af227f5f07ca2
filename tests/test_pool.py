"""``crawler.pool``: records made in worker processes are the records made in-process;
memory stays bounded; a dead worker costs the posts it held, never the crawl."""
from __future__ import annotations

import asyncio
import os
import signal
import time
from pathlib import Path
from typing import Any

import pytest

from crawler.items import listed_item, page_item
from crawler.pool import PoolRecordMaker
from crawler.records import make_record
from normalizer.pages.archive import parse_archive
from tests.waiting import HANG_SECONDS
from tests.workerhooks import CRASH_ENV, SLOW_ENV, SLOW_SECONDS_ENV

SITES = Path(__file__).parent / "fixtures" / "sites"
HOOK = "tests.workerhooks.misbehave"
# The hooks read the environment, and forkserver workers get the fork server's (fixed
# when the first pool started): the tests that set it start workers with spawn.
SPAWN = "spawn"


def site_items(site: str) -> list[dict[str, Any]]:
    """The items a crawl of ``site`` hands its pipeline: full posts from the archive
    pages, permalink pages for excerpts (read from the saved files)."""
    import json

    manifest = json.loads((SITES / site / "manifest.json").read_text(encoding="utf-8"))
    base, items = "http://127.0.0.1:8000", []
    for path in manifest["pages"]:
        page = parse_archive((SITES / site / path.lstrip("/") / "index.html").read_bytes(),
                             base + path)
        for post in page.posts:
            if post.is_excerpt:
                file = SITES / site / post.url.removeprefix(base).lstrip("/")
                if file.is_dir():
                    file = file / "index.html"
                html = file.read_text(encoding="utf-8")
                items.append(page_item(post.url, html, archive_url=base + path, tag=page.tag))
            else:
                items.append(listed_item(post, archive_url=base + path, tag=page.tag))
    return items


def run(coro: Any) -> Any:
    return asyncio.run(coro)


async def through_pool(items: list[dict], **kwargs: Any) -> tuple[list, PoolRecordMaker]:
    pool = PoolRecordMaker(2, **kwargs)
    await pool.start()
    try:
        outcomes = await asyncio.gather(*(pool(item) for item in items))
    finally:
        await pool.close()
    return outcomes, pool


def test_records_from_the_pool_are_the_records_made_in_process() -> None:
    full = site_items("wp-kubrick-full")
    empty = {**full[0], "url": "http://127.0.0.1:8000/2024/03/01/empty/",
             "content_html": '<div class="entry"></div>'}
    items = full + site_items("wp-modern-excerpts") + [empty]
    outcomes, pool = run(through_pool(items, in_flight=3))
    local = [make_record(item) for item in items]
    assert [(o.url, o.record, o.errors) for o in outcomes] == \
        [(o.url, o.record, o.errors) for o in local]
    assert sum(o.ok for o in outcomes) == len(items) - 1  # the empty post is an error
    assert 1 < pool.busiest <= 3, "at most in_flight posts are in the pool at once"


def test_archive_pages_parsed_in_the_pool_are_the_pages_parsed_in_process() -> None:
    """What the spider gets from :meth:`PoolRecordMaker.parse_archive` (crawler.offload)
    is what it would parse itself, with posts in the pool at the same time; a pool
    not running gives None (the spider then parses the page itself)."""
    import json

    pages = []
    for site in ("wp-kubrick-full", "wp-modern-excerpts", "blogger-label"):
        manifest = json.loads((SITES / site / "manifest.json").read_text(encoding="utf-8"))
        for path in manifest["pages"]:
            html = (SITES / site / path.lstrip("/") / "index.html").read_text(encoding="utf-8")
            pages.append((html, "http://127.0.0.1:8000" + path))
    items = site_items("wp-kubrick-full")

    async def go() -> tuple[list, list, PoolRecordMaker, object]:
        pool = PoolRecordMaker(2, in_flight=3)
        await pool.start()
        try:
            parsed, outcomes = await asyncio.gather(
                asyncio.gather(*(pool.parse_archive(h, u) for h, u in pages)),
                asyncio.gather(*(pool(item) for item in items)))
        finally:
            await pool.close()
        return parsed, outcomes, pool, await pool.parse_archive(*pages[0])

    parsed, outcomes, pool, after_close = run(go())
    assert parsed == [parse_archive(h, u) for h, u in pages]
    assert all(p.posts for p in parsed)
    assert [o.record for o in outcomes] == [make_record(i).record for i in items]
    assert pool.archive_pages == len(pages) and pool.archive_cpu > 0
    assert after_close is None


def test_a_worker_that_dies_costs_its_posts_and_the_pool_is_replaced(
        monkeypatch: pytest.MonkeyPatch) -> None:
    items = site_items("wp-modern-excerpts")
    doomed = items[4]["url"]
    monkeypatch.setenv(CRASH_ENV, doomed)

    async def go() -> tuple[list, list, PoolRecordMaker]:
        pool = PoolRecordMaker(2, in_flight=2, hook=HOOK, start_method=SPAWN)
        await pool.start()
        try:
            before = await asyncio.gather(*(pool(item) for item in items[:6]))
            after = await asyncio.gather(*(pool(item) for item in items[6:]))
        finally:
            await pool.close()
        return before, after, pool

    before, after, pool = run(go())
    failed = [o for o in before if not o.ok]
    assert doomed in [o.url for o in failed]
    assert 1 <= len(failed) <= 2, "only the posts in the pool when it broke are lost"
    assert all("worker process died" in o.errors[0] for o in failed)
    assert all(o.ok for o in after), "the new pool normalizes the rest"
    assert pool.crashes == 1 and pool.lost == len(failed)


def test_a_worker_killed_from_outside_while_busy(monkeypatch: pytest.MonkeyPatch) -> None:
    """SIGKILL a worker (as the OOM killer would) while it holds a slow post."""
    items = site_items("blogger-label")
    slow = items[0]["url"]
    monkeypatch.setenv(SLOW_ENV, slow)
    monkeypatch.setenv(SLOW_SECONDS_ENV, "60")

    async def go() -> tuple[Any, list, PoolRecordMaker]:
        pool = PoolRecordMaker(2, in_flight=4, hook=HOOK, start_method=SPAWN)
        await pool.start()
        try:
            stuck = asyncio.ensure_future(pool(items[0]))
            await asyncio.sleep(0.5)
            for pid in pool.worker_pids():
                os.kill(pid, signal.SIGKILL)
            t0 = time.monotonic()
            lost = await asyncio.wait_for(stuck, timeout=HANG_SECONDS)
            # Told by the worker's death, not by the slow post's end (60 s of sleep).
            assert time.monotonic() - t0 < 55
            rest = await asyncio.gather(*(pool(item) for item in items[1:]))
        finally:
            await pool.close()
        return lost, rest, pool

    lost, rest, pool = run(go())
    assert not lost.ok and lost.url == slow and "worker process died" in lost.errors[0]
    assert all(o.ok for o in rest)
    assert pool.crashes == 1


def test_close_leaves_no_worker_behind() -> None:
    async def go() -> list[int]:
        pool = PoolRecordMaker(2)
        pids = await pool.start()
        await pool(site_items("blogger-label")[0])
        await pool.close()
        return pids

    pids = run(go())
    assert len(pids) == 2
    for pid in pids:
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)


def test_a_pool_needs_a_worker() -> None:
    with pytest.raises(ValueError, match="at least one worker"):
        PoolRecordMaker(0)


@pytest.mark.parametrize(("value", "workers", "expected"), [
    (None, "1", False), (None, "2", False), (None, "3", True), ("auto", "4", True),
    ("1", "1", True), ("0", "4", False), ("auto", "0", False)])
def test_archive_pages_go_to_the_workers_where_the_crawl_process_would_be_the_ceiling(
        value: str | None, workers: str, expected: bool) -> None:
    from scrapy.settings import Settings

    from crawler.offload import parse_in_workers

    settings = Settings({"NORMALIZE_WORKERS": workers})
    if value is not None:
        settings.set("ARCHIVE_PARSE_IN_WORKERS", value)
    assert parse_in_workers(settings) is expected
