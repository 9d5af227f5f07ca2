"""Redis outages in a distributed crawl (issue 13, item 4), with a real redis-server that
the test kills and restarts: a frontier that vanished stops the worker with
``frontier_lost``, a Redis gone for good with ``redis_unreachable`` after
``FRONTIER_REDIS_TIMEOUT`` -- never "finished" -- and what the worker had fetched is in
its feed or rejects. A lease lost while the worker was stopped is checked before
writing.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from httpserver import serve
from sitegen import make_posts, write_site

from tests.fixtures_redis import redis_url  # noqa: F401 (fixture)
from tests.redis_server import RedisUnavailable, _ping, find_redis_server, free_port
from tests.test_faults import env, read_jsonl

pytestmark = pytest.mark.redis

REPO = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
        "-s", "DOWNLOAD_TIMEOUT=10", "-s", "TELNETCONSOLE_ENABLED=0",
        "-s", "FRONTIER_IDLE_CLOSE=2", "-s", "FRONTIER_POLL_SECONDS=0.25",
        "-s", "NORMALIZE_WORKERS=1", "-s", "CONCURRENT_REQUESTS=4"]


class KillableRedis:
    """A private redis-server on a fixed port that can be killed and started again
    (empty: no persistence), like a Redis restarted by its supervisor."""

    def __init__(self, workdir: Path) -> None:
        try:
            self.binary = find_redis_server()
        except RedisUnavailable as exc:
            pytest.skip(f"no real Redis for this test: {exc}")
        self.workdir = workdir
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [self.binary, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
             "--appendonly", "no", "--dir", str(self.workdir), "--daemonize", "no"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not _ping(self.port):
            assert time.monotonic() < deadline and self.proc.poll() is None, "redis start"
            time.sleep(0.05)

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)


@pytest.fixture
def killable_redis() -> Iterator[KillableRedis]:
    with tempfile.TemporaryDirectory(prefix="tagwire-redis-kill-") as workdir:
        server = KillableRedis(Path(workdir))
        server.start()
        try:
            yield server
        finally:
            server.kill()


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    root = tmp_path_factory.mktemp("outage-site")
    return root, write_site(root, make_posts(60, seed=93), theme="modern", per_page=10,
                            full=False)


def start_worker(work: Path, redis: str, *args: str) -> tuple[subprocess.Popen, Path]:
    work.mkdir(parents=True, exist_ok=True)
    log = work / "worker.log"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST, "-s",
           f"REDIS_URL={redis}", *args, "-O", str(work / "posts.jsonl"),
           "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
           "-s", f"SUMMARY_PATH={work / 'summary.json'}"]
    return subprocess.Popen(cmd, cwd=REPO, env=env(), stdout=subprocess.DEVNULL,
                            stderr=log.open("wb")), log


def lines(path: Path) -> int:
    return path.read_bytes().count(b"\n") if path.exists() else 0


def wait_for(predicate: object, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


def enqueue(redis: str, url: str) -> None:
    done = subprocess.run([sys.executable, "-m", "normalizer", "enqueue", "--redis-url", redis,
                           url], cwd=REPO, env=env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def outcome(work: Path) -> tuple[dict, Counter, list[str]]:
    summary = json.loads((work / "summary.json").read_text())
    written = Counter(urlsplit(r["url"]).path for r in read_jsonl(work / "posts.jsonl"))
    rejected = [urlsplit(r["source"]).path for r in read_jsonl(work / "rejects.jsonl")]
    return summary, written, rejected


def test_redis_restarted_empty_stops_the_worker_with_frontier_lost(
        tmp_path: Path, killable_redis: KillableRedis, site: tuple[Path, dict]) -> None:
    root, manifest = site
    posts = {p["url"] for p in manifest["posts"]}
    with serve(root, delay=0.1) as server:
        enqueue(killable_redis.url, server.url(manifest["start"]))
        proc, log = start_worker(tmp_path / "w", killable_redis.url,
                                 "-s", "FRONTIER_REDIS_TIMEOUT=30")
        feed = tmp_path / "w" / "posts.jsonl"
        wait_for(lambda: lines(feed) >= 8, 90, "8 posts written")
        killable_redis.kill()
        killable_redis.start()  # empty: the frontier is gone
        rc = proc.wait(timeout=60)
        hits = server.hits()
    summary, written, rejected = outcome(tmp_path / "w")
    text = log.read_text(errors="replace")
    assert summary["finish_reason"] == "frontier_lost", text[-3000:]
    assert "(finished)" not in text and "frontier is gone from Redis" in text
    assert set(written.values()) == {1}, "nothing written twice"
    assert set(written) <= posts and 8 <= len(written) < len(posts)
    fetched = {p for p, n in hits.items() if p in posts and n}
    assert fetched <= set(written) | set(rejected), "a fetched post was lost"
    assert rc is not None


def test_redis_gone_for_good_stops_the_worker_after_the_timeout(
        tmp_path: Path, killable_redis: KillableRedis, site: tuple[Path, dict]) -> None:
    root, manifest = site
    posts = {p["url"] for p in manifest["posts"]}
    with serve(root, delay=0.1) as server:
        enqueue(killable_redis.url, server.url(manifest["start"]))
        proc, log = start_worker(tmp_path / "w", killable_redis.url,
                                 "-s", "FRONTIER_REDIS_TIMEOUT=3")
        feed = tmp_path / "w" / "posts.jsonl"
        wait_for(lambda: lines(feed) >= 8, 90, "8 posts written")
        killable_redis.kill()
        t0 = time.monotonic()
        proc.wait(timeout=60)
        took = time.monotonic() - t0
        hits = server.hits()
    summary, written, rejected = outcome(tmp_path / "w")
    text = log.read_text(errors="replace")
    assert summary["finish_reason"] == "redis_unreachable", text[-3000:]
    assert "Redis unreachable for" in text and "(finished)" not in text
    assert took < 40
    assert set(written.values()) == {1}
    fetched = {p for p, n in hits.items() if p in posts and n}
    assert fetched <= set(written) | set(rejected), "a fetched post was lost"


def test_a_record_whose_lease_expired_and_was_taken_over_is_not_written(
        redis_url: str) -> None:
    """A worker stopped longer than its lease: another worker recovered the request
    (and writes its post); the stopped one must not write it too."""
    import redis
    from scrapy import Request, Spider
    from scrapy.settings import Settings

    from crawler.distributed.queue import LeasedPriorityQueue
    from crawler.distributed.scheduler import LeasedScheduler

    client = redis.Redis.from_url(redis_url)
    client.flushdb()

    def queue(lease: float) -> LeasedPriorityQueue:
        spider = Spider(name="tagarchive")
        spider.settings = Settings({"FRONTIER_LEASE_SECONDS": lease})
        return LeasedPriorityQueue(client, spider, "%(spider)s:requests")

    stopped, other = queue(0.3), queue(60)
    stopped.schedule(Request("http://a.example/post/1/"), b"fp1", dont_filter=False)
    token = stopped.pop().meta["tagwire_lease"]
    worker = SimpleNamespace(queue=stopped, item_leases={}, paused=False,
                             frontier_id=stopped.mark_frontier())
    worker.frontier_lost = lambda: LeasedScheduler.frontier_lost(worker)
    worker.item_leases["http://a.example/post/1/"] = token
    assert LeasedScheduler.lease_still_held(worker, "http://a.example/post/1/")
    worker.item_leases["http://a.example/post/1/"] = token
    time.sleep(0.5)  # stopped past its lease ...
    assert other.recover_expired() == 1  # ... and another worker took the request over
    assert not LeasedScheduler.lease_still_held(worker, "http://a.example/post/1/")
    assert other.pop() is not None
    # A lease gone with the whole frontier (Redis restarted empty) was taken over by
    # nobody: that record is written.
    worker.item_leases["http://a.example/post/1/"] = token
    client.flushdb()
    assert LeasedScheduler.lease_still_held(worker, "http://a.example/post/1/")
