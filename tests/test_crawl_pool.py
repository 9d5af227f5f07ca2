"""``scrapy crawl tagarchive`` with normalization in worker processes (the default):
the same records as normalizing in the crawl process, the same rejects, and a worker
that dies or a crawl that is stopped loses nothing silently."""
from __future__ import annotations

import json
import signal
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from httpserver import serve
from test_crawl import REPO, SITES, crawl, crawl_cmd, env, listed, manifest, read_jsonl
from waiting import HANG_SECONDS, wait_until
from workerhooks import CRASH_ENV, SLOW_ENV, SLOW_SECONDS_ENV, STARTED_DIR_ENV

HOOK = ["-s", "NORMALIZE_WORKER_HOOK=tests.workerhooks.misbehave"]


@pytest.fixture(autouse=True)
def _no_shared_index(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each crawl here keeps its own in-memory dedupe index."""
    monkeypatch.delenv("TAGWIRE_REDIS_URL", raising=False)


def without_fetch_time(records: list[dict]) -> dict[str, dict]:
    return {r["url"]: {k: v for k, v in r.items() if k != "fetched_at"} for r in records}


def test_the_pool_writes_the_records_the_crawl_process_writes(tmp_path: Path) -> None:
    full, excerpts = "wp-kubrick-full", "wp-modern-excerpts"
    with serve(SITES / full) as a, serve(SITES / excerpts) as b:
        start = ["-a", f"url={a.url(manifest(full)['start'])},{b.url(manifest(excerpts)['start'])}"]
        (tmp_path / "in").mkdir()
        (tmp_path / "pool").mkdir()
        (tmp_path / "parse-here").mkdir()
        local = crawl(tmp_path / "in", *start, "-s", "NORMALIZE_WORKERS=0")
        pooled = crawl(tmp_path / "pool", *start, "-s", "NORMALIZE_WORKERS=2",
                       "-s", "ARCHIVE_PARSE_IN_WORKERS=1")
        # 2 workers: by default (auto) the crawl process parses the archive pages.
        parse_here = crawl(tmp_path / "parse-here", *start, "-s", "NORMALIZE_WORKERS=2")
    assert local.rc == pooled.rc == parse_here.rc == 0, pooled.log
    assert len(pooled.records) == len(listed(full)) + len(listed(excerpts))
    assert without_fetch_time(pooled.records) == without_fetch_time(local.records)
    assert pooled.summary["normalize_workers"] == 2 and local.summary["normalize_workers"] == 0
    assert pooled.summary["worker_crashes"] == 0
    # What normalizing cost in the workers is counted apart from the crawl process's CPU.
    assert pooled.summary["normalize_cpu_seconds"] > 0
    assert local.summary["normalize_cpu_seconds"] == 0
    # The archive pages were parsed in the workers too (crawler.offload), same records.
    assert pooled.summary["archive_cpu_seconds"] > 0
    assert local.summary["archive_cpu_seconds"] == 0
    assert parse_here.summary["archive_cpu_seconds"] == 0  # auto, 2 workers: parsed here
    assert without_fetch_time(parse_here.records) == without_fetch_time(local.records)
    assert 0 < pooled.summary["reactor_cpu_seconds"] <= (
        pooled.summary["crawl_process_cpu_seconds"] + 0.01)


def test_a_post_the_normalizer_cannot_read_is_a_reject_with_the_pool_too(
        tmp_path: Path) -> None:
    site = "wp-empty-post"
    empty = [p["url"] for p in manifest(site)["posts"] if p["empty"]]
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-a", "follow=never", "-s", "NORMALIZE_WORKERS=2")
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(set(listed(site)) - set(empty))
    assert [r["source"].endswith(empty[0]) for r in c.rejects] == [True]
    assert c.rejects[0]["errors"][0].startswith("normalizer:")
    assert c.summary["rejects"] == 1 and c.summary["normalize_workers"] == 2


def test_a_worker_that_dies_mid_crawl_costs_its_post_not_the_crawl(
        tmp_path: Path, monkeypatch) -> None:
    site = "wp-modern-excerpts"
    doomed = listed(site)[4]
    monkeypatch.setenv(CRASH_ENV, doomed)
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}", *HOOK,
                  "-s", "NORMALIZE_WORKERS=2", "-s", "NORMALIZE_IN_FLIGHT=2")
    rejected = [urlsplit(r["source"]).path for r in c.rejects]
    assert c.rc == 0, c.log
    assert doomed in rejected
    assert 1 <= len(rejected) <= 2, "only the posts in the pool when the worker died"
    assert sorted(c.paths + rejected) == sorted(listed(site)), "every post, once"
    assert all("worker process died" in r["errors"][0] for r in c.rejects)
    assert c.summary["worker_crashes"] == 1
    assert c.summary["posts_lost_to_crashes"] == len(rejected)
    assert "a normalizer worker process died" in c.log


def stop_while_in_pool(tmp_path: Path, site: str, hooks: dict[str, str]) -> tuple:
    """Crawl ``site`` with JOBDIR, SIGTERM it once a worker has started on a slow post
    (see tests/workerhooks.py), then resume it. Returns (run 1's records, rejects and
    log; run 2's records and process; the rejects file after both)."""
    started = tmp_path / "started"
    started.mkdir()
    e = {**env(), **hooks, STARTED_DIR_ENV: str(started)}
    opts = ["-s", f"JOBDIR={tmp_path / 'job'}", "-s", "CONCURRENT_REQUESTS=1",
            "-s", "NORMALIZE_WORKERS=2", "-s", "NORMALIZE_IN_FLIGHT=1", *HOOK]
    with serve(SITES / site, delay=0.2) as server:
        start = ["-a", f"url={server.url(manifest(site)['start'])}"]
        first = tmp_path / "part1.jsonl"
        proc = subprocess.Popen(crawl_cmd(first, *start, *opts), cwd=REPO, env=e,
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wait_until(lambda: any(started.iterdir()), "a worker starting a post", proc)
        proc.send_signal(signal.SIGTERM)
        _, log1 = proc.communicate(timeout=HANG_SECONDS)
        assert proc.returncode == 3, log1  # cut short (crawler/outcome.py)
        rejects1 = read_jsonl(tmp_path / "rejects.jsonl")
        second = tmp_path / "part2.jsonl"
        run2 = subprocess.run(crawl_cmd(second, *start, *opts), cwd=REPO, env=e,
                              capture_output=True, text=True, timeout=HANG_SECONDS, check=False)
    assert run2.returncode == 0, run2.stderr
    return (read_jsonl(first), rejects1, log1, read_jsonl(second),
            read_jsonl(tmp_path / "rejects.jsonl"))


def path(url: str) -> str:
    return urlsplit(url).path


def test_sigterm_lets_the_post_in_the_pool_finish(tmp_path: Path) -> None:
    site = "wp-modern-excerpts"
    posts = listed(site)
    slow = posts[2]
    part1, rejects1, _, part2, rejects = stop_while_in_pool(
        tmp_path, site, {SLOW_ENV: slow, SLOW_SECONDS_ENV: "2"})
    assert slow in [path(r["url"]) for r in part1], "the post in the pool was written"
    assert len(part1) < len(posts), "the crawl stopped early"
    assert sorted(path(r["url"]) for r in part1 + part2) == sorted(posts)
    assert rejects1 == rejects == []


def test_a_post_lost_at_shutdown_is_a_reject_and_resume_appends_to_the_rejects(
        tmp_path: Path) -> None:
    """The post in the pool at SIGTERM dies with its worker: a reject, not a silent loss.
    The resumed crawl has its own reject, and keeps the first run's."""
    site = "wp-modern-excerpts"
    posts = listed(site)
    dying, later = posts[2], posts[11]  # page 1, and page 3 (reached by the resumed run)
    part1, rejects1, log1, part2, rejects = stop_while_in_pool(
        tmp_path, site, {SLOW_ENV: dying, SLOW_SECONDS_ENV: "1", CRASH_ENV: f"{dying},{later}"})
    assert [path(r["source"]) for r in rejects1] == [dying], log1
    assert len(part1) < len(posts) - 1, "the crawl stopped early"
    assert sorted(path(r["url"]) for r in part1 + part2) == sorted(set(posts) - {dying, later})
    assert [path(r["source"]) for r in rejects] == [dying, later], "run 1's reject is kept"
    assert json.loads((tmp_path / "summary.json").read_text())["rejects"] == 1
