"""Distributed crawl: ``scrapy crawl tagarchive -s REDIS_URL=...`` workers, run as users run
them, sharing one frontier in a real Redis, against generated archives on 127.0.0.1.

Every post exactly once in the union of the workers' feeds; no URL fetched twice; a
worker stopped with SIGTERM loses nothing; the requests of a worker killed with SIGKILL
go back on the queue when their lease expires, and the union is still exact.
"""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from httpserver import Served, serve
from sitegen import make_posts, write_site
from waiting import HANG_SECONDS, wait_until

from tests.fixtures_redis import redis_client, redis_url  # noqa: F401 (fixtures)

pytestmark = pytest.mark.redis

REPO = Path(__file__).resolve().parent.parent
PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=2",
        "-s", "DOWNLOAD_TIMEOUT=20", "-s", "TELNETCONSOLE_ENABLED=0",
        "-s", "FRONTIER_IDLE_CLOSE=2", "-s", "FRONTIER_POLL_SECONDS=0.25"]


# ---------------------------------------------------------------------- helpers

def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k not in PROXY_VARS and k != "TAGWIRE_REDIS_URL"}
    e["NO_PROXY"] = e["no_proxy"] = "127.0.0.1,localhost"
    return e


@dataclass
class Worker:
    name: str
    proc: subprocess.Popen
    out: Path
    log_path: Path

    def wait(self, timeout: float = HANG_SECONDS) -> int:
        return self.proc.wait(timeout=timeout)

    @property
    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def records(self) -> list[dict]:
        if not self.out.exists():
            return []
        return [json.loads(line) for line in self.out.read_text(encoding="utf-8").splitlines()
                if line.strip()]

    def lines(self) -> int:
        return self.out.read_bytes().count(b"\n") if self.out.exists() else 0


def start_worker(work: Path, name: str, redis: str, *args: str) -> Worker:
    out, log = work / f"{name}.jsonl", work / f"{name}.log"
    cmd = [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST,
           "-s", f"REDIS_URL={redis}", *args, "-O", str(out),
           "-s", f"REJECTS_PATH={work / f'{name}-rejects.jsonl'}"]
    proc = subprocess.Popen(cmd, cwd=REPO, env=env(), stdout=subprocess.DEVNULL,
                            stderr=log.open("wb"))
    return Worker(name, proc, out, log)


def enqueue(redis: str, *urls: str) -> None:
    done = subprocess.run([sys.executable, "-m", "normalizer", "enqueue", "--redis-url", redis,
                           *urls], cwd=REPO, env=env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def union_paths(*workers: Worker) -> Counter:
    return Counter(urlsplit(r["url"]).path for w in workers for r in w.records())




def assert_frontier_drained(client: Any) -> None:
    assert client.zcard("tagarchive:requests") == 0, "requests left on the queue"
    assert client.zcard("tagarchive:leases") == 0, "leases left"
    assert client.hlen("tagarchive:leased") == 0
    assert client.llen("tagarchive:start_urls") == 0
    assert not client.keys("tagarchive:claims:*")


@dataclass
class Site:
    root: Path
    manifest: dict

    @property
    def posts(self) -> list[str]:
        return [p["url"] for p in self.manifest["posts"]]


@pytest.fixture(scope="module")
def full_2000(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("full-2000")
    return Site(root, write_site(root, make_posts(2000, seed=51), theme="kubrick",
                                 per_page=10, full=True))


@pytest.fixture(scope="module")
def full_400(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("full-400")
    return Site(root, write_site(root, make_posts(400, seed=52), theme="kubrick",
                                 per_page=10, full=True))


@pytest.fixture(scope="module")
def excerpts_300(tmp_path_factory: pytest.TempPathFactory) -> Site:
    root = tmp_path_factory.mktemp("excerpts-300")
    return Site(root, write_site(root, make_posts(300, seed=53), theme="modern",
                                 per_page=10, full=False))


def fetched_twice(server: Served, site: Site) -> dict[str, int]:
    urls = set(site.posts) | set(site.manifest["pages"])
    return {p: n for p, n in server.hits().items() if p in urls and n > 1}


# ---------------------------------------------------------------------- the frontier itself

def test_a_popped_request_is_leased_and_comes_back_when_its_lease_expires(
        redis_client: Any, redis_url: str) -> None:
    queue = make_queue(redis_url, lease_seconds=0.3)
    from scrapy import Request

    assert queue.schedule(Request("http://a.example/p/1"), b"fp1", dont_filter=False)
    assert not queue.schedule(Request("http://a.example/p/1"), b"fp1", dont_filter=False)
    taken = queue.pop()
    assert taken.url == "http://a.example/p/1" and taken.meta["tagwire_lease"]
    assert queue.pop() is None and queue.leases_held() == 1
    assert queue.recover_expired() == 0, "not before its deadline"
    time.sleep(0.4)
    assert queue.recover_expired() == 1
    again = queue.pop()
    assert again.url == taken.url and again.meta["tagwire_lease"] != taken.meta["tagwire_lease"]
    assert queue.ack(again.meta["tagwire_lease"])
    assert queue.leases_held() == 0 and len(queue) == 0


def test_a_renewed_lease_does_not_expire_and_a_lost_one_is_reported(
        redis_client: Any, redis_url: str) -> None:
    from scrapy import Request

    queue = make_queue(redis_url, lease_seconds=0.3)
    queue.schedule(Request("http://a.example/p/1"), b"fp1", dont_filter=False)
    queue.schedule(Request("http://a.example/p/2"), b"fp2", dont_filter=False)
    kept, lost = queue.pop().meta["tagwire_lease"], queue.pop().meta["tagwire_lease"]
    time.sleep(0.2)
    assert queue.renew([kept]) == []
    time.sleep(0.2)
    assert queue.recover_expired() == 1  # only the one not renewed
    assert queue.renew([kept, lost]) == [lost]


def test_a_retry_is_queued_and_its_lease_settled_in_one_step(
        redis_client: Any, redis_url: str) -> None:
    from scrapy import Request

    queue = make_queue(redis_url)
    queue.schedule(Request("http://a.example/p/1"), b"fp1", dont_filter=False)
    first = queue.pop()
    token = first.meta.pop("tagwire_lease")
    retry = first.replace(dont_filter=True)
    assert queue.schedule(retry, b"fp1", dont_filter=True, finished_lease=token)
    assert queue.leases_held() == 0 and len(queue) == 1


def test_claims_of_an_expired_lease_are_forgotten_unless_settled(
        redis_client: Any, redis_url: str) -> None:
    """An archive page took posts A and B; A was written, then its worker died: the page
    comes back, A stays seen, B can be claimed again."""
    from scrapy import Request

    queue = make_queue(redis_url, lease_seconds=0.2)
    queue.schedule(Request("http://a.example/tag/x/"), b"page", dont_filter=False)
    token = queue.pop().meta["tagwire_lease"]
    assert queue.claim(b"post-a", token) and queue.claim(b"post-b", token)
    assert not queue.claim(b"post-a", token), "a post is claimed once"
    queue.settle_claim(b"post-a", token)
    time.sleep(0.3)
    assert queue.recover_expired() == 1
    again = queue.pop().meta["tagwire_lease"]
    assert not queue.claim(b"post-a", again)
    assert queue.claim(b"post-b", again)
    queue.ack(again)
    assert redis_client.sismember("tagarchive:dupefilter", b"post-b")
    assert not redis_client.keys("tagarchive:claims:*")


def test_enqueue_fresh_forgets_every_key_the_frontier_writes(
        redis_client: Any, redis_url: str) -> None:
    """The queue and ``tagwire enqueue --fresh`` read one key layout (keys.py): every key
    a crawl leaves behind (queue, seen-set, leases, claims, seeds) is forgotten."""
    from scrapy import Request

    from crawler.distributed.enqueue import CrawlRunning, forget_crawl, push_seeds
    from crawler.distributed.keys import DEFAULT_SEEDS

    queue = make_queue(redis_url)
    push_seeds(redis_client, DEFAULT_SEEDS, ["http://a.example/tag/y/"])
    queue.schedule(Request("http://a.example/tag/x/"), b"page", dont_filter=False)
    queue.schedule(Request("http://a.example/tag/x/page/2/"), b"page2", dont_filter=False)
    token = queue.pop().meta["tagwire_lease"]
    queue.claim(b"post-a", token)
    with pytest.raises(CrawlRunning, match="1 request"):
        forget_crawl(redis_client, DEFAULT_SEEDS)
    assert redis_client.exists(queue.keys.leases, queue.keys.claims(token)) == 2
    queue.release([token])
    queue.pop()  # leave a lease's claims behind, its lease gone (a worker killed, recovered)
    queue.claim(b"post-b", "dead-worker:1")
    redis_client.delete(queue.keys.leases)
    assert forget_crawl(redis_client, DEFAULT_SEEDS) == "tagarchive"
    assert redis_client.keys("*") == []


def make_queue(url: str, lease_seconds: float = 60) -> Any:
    import redis
    from scrapy import Spider
    from scrapy.settings import Settings

    from crawler.distributed.queue import LeasedPriorityQueue

    spider = Spider(name="tagarchive")
    spider.settings = Settings({"FRONTIER_LEASE_SECONDS": lease_seconds})
    return LeasedPriorityQueue(redis.Redis.from_url(url), spider, "%(spider)s:requests")


# ---------------------------------------------------------------------- workers

def test_two_workers_share_2000_posts_each_exactly_once_and_fetch_no_url_twice(
        tmp_path: Path, redis_client: Any, redis_url: str, full_2000: Site) -> None:
    with serve(full_2000.root) as server:
        enqueue(redis_url, server.url(full_2000.manifest["start"]))
        workers = [start_worker(tmp_path, f"part-{n}", redis_url) for n in (1, 2)]
        codes = [w.wait() for w in workers]
        hits = server.hits()
    assert codes == [0, 0], workers[0].log[-3000:] + workers[1].log[-3000:]
    union = union_paths(*workers)
    assert sorted(union) == sorted(full_2000.posts) and set(union.values()) == {1}
    pages = full_2000.manifest["pages"]
    assert [hits.get(p) for p in pages] == [1] * len(pages), "each archive page once"
    assert not set(full_2000.posts) & set(hits), "posts shown in full need no permalink"
    assert hits.get("/robots.txt", 0) <= 2, "robots.txt: once per worker"
    assert all("frontier empty for" in w.log for w in workers), "both closed by themselves"
    assert_frontier_drained(redis_client)


def test_excerpt_archive_permalinks_spread_over_two_workers_each_fetched_once(
        tmp_path: Path, redis_client: Any, redis_url: str, excerpts_300: Site) -> None:
    """Seeds given with -a url are scheduled through the shared seen-set too: both
    workers get the same start URL and it is crawled once."""
    site = excerpts_300
    with serve(site.root, delay=0.01) as server:
        start = ["-a", f"url={server.url(site.manifest['start'])}",
                 "-s", "CONCURRENT_REQUESTS=4"]
        workers = [start_worker(tmp_path, f"part-{n}", redis_url, *start) for n in (1, 2)]
        codes = [w.wait() for w in workers]
        twice = fetched_twice(server, site)
        hits = server.hits()
    assert codes == [0, 0], workers[0].log[-3000:]
    union = union_paths(*workers)
    assert sorted(union) == sorted(site.posts) and set(union.values()) == {1}
    assert not twice
    assert all(hits.get(p) == 1 for p in site.posts), "every permalink fetched once"
    assert all(w.records() for w in workers), "both workers did part of the crawl"
    assert_frontier_drained(redis_client)


def test_a_worker_stopped_with_sigterm_finishes_what_it_took_and_loses_nothing(
        tmp_path: Path, redis_client: Any, redis_url: str, excerpts_300: Site) -> None:
    site = excerpts_300
    with serve(site.root, delay=0.05) as server:
        enqueue(redis_url, server.url(site.manifest["start"]))
        opts = ["-s", "CONCURRENT_REQUESTS=4"]
        a = start_worker(tmp_path, "part-a", redis_url, *opts)
        b = start_worker(tmp_path, "part-b", redis_url, *opts)
        wait_until(lambda: a.lines() >= 20, "worker a writing 20 posts", a.proc)
        a.proc.send_signal(signal.SIGTERM)
        assert a.wait() == 3, a.log[-3000:]  # cut short (crawler/outcome.py)
        assert b.wait() == 0, b.log[-3000:]
        twice = fetched_twice(server, site)
    assert "Closing spider (shutdown)" in a.log
    union = union_paths(a, b)
    assert sorted(union) == sorted(site.posts) and set(union.values()) == {1}
    assert len(a.records()) < len(site.posts)
    assert not twice, "a graceful stop hands nothing back half-done"
    assert_frontier_drained(redis_client)


def leases_held(redis_client: Any, worker: Any) -> int:
    """Leases the worker holds now (lease tokens name host:pid:...)."""
    return sum(f":{worker.proc.pid}:" in t.decode()
               for t in redis_client.zrange("tagarchive:leases", 0, -1))


def test_after_sigkill_the_other_worker_recovers_the_leased_requests(
        tmp_path: Path, redis_client: Any, redis_url: str, excerpts_300: Site) -> None:
    site = excerpts_300
    with serve(site.root, delay=0.05) as server:
        enqueue(redis_url, server.url(site.manifest["start"]))
        opts = ["-s", "CONCURRENT_REQUESTS=4", "-s", "FRONTIER_LEASE_SECONDS=3"]
        a = start_worker(tmp_path, "part-a", redis_url, *opts)
        b = start_worker(tmp_path, "part-b", redis_url, *opts)
        # Kill it while it holds leases (between two archive pages it may hold none).
        wait_until(lambda: a.lines() >= 20 and leases_held(redis_client, a) >= 1,
                   "worker a writing 20 posts and holding a lease", a.proc)
        a.proc.send_signal(signal.SIGKILL)
        a.wait()
        held = leases_held(redis_client, a)
        assert b.wait() == 0, b.log[-3000:]
        twice = fetched_twice(server, site)
    union = union_paths(a, b)
    assert sorted(union) == sorted(site.posts)
    assert set(union.values()) == {1}, {p: n for p, n in union.items() if n > 1}
    assert held >= 1 and "recovered" in b.log
    # Leases are held until the items are written, so the dead worker may hold more
    # than CONCURRENT_REQUESTS; what is fetched again is at most what it held.
    assert sum(n - 1 for n in twice.values()) <= held
    assert_frontier_drained(redis_client)


def test_after_sigkill_the_next_worker_started_recovers_the_leases_of_a_full_archive(
        tmp_path: Path, redis_client: Any, redis_url: str, full_400: Site) -> None:
    """Posts taken from archive pages (no request of their own): those written before
    the kill are not written again, the others are."""
    site = full_400
    with serve(site.root, delay=0.1) as server:
        enqueue(redis_url, server.url(site.manifest["start"]))
        opts = ["-s", "FRONTIER_LEASE_SECONDS=2"]
        a = start_worker(tmp_path, "part-a", redis_url, *opts)
        wait_until(lambda: a.lines() >= 75 and leases_held(redis_client, a) >= 1,
                   "worker a writing 75 posts and holding a lease", a.proc)
        a.proc.send_signal(signal.SIGKILL)
        a.wait()
        written = len(a.records())
        b = start_worker(tmp_path, "part-b", redis_url, *opts)
        assert b.wait() == 0, b.log[-3000:]
    union = union_paths(a, b)
    assert 0 < written < len(site.posts)
    assert sorted(union) == sorted(site.posts)
    assert set(union.values()) == {1}, {p: n for p, n in union.items() if n > 1}
    assert "recovered" in b.log
    assert_frontier_drained(redis_client)


def test_an_idle_worker_closes_by_itself_and_a_bad_seed_is_named(
        tmp_path: Path, redis_client: Any, redis_url: str) -> None:
    redis_client.rpush("tagarchive:start_urls", "ftp://blog.example/tag/x/")
    w = start_worker(tmp_path, "idle", redis_url, "-s", "FRONTIER_IDLE_CLOSE=1")
    assert w.wait() == 0, w.log[-3000:]
    # Closed by its own FRONTIER_IDLE_CLOSE=1, not the default 30 s: the idle time it
    # logs (its start's time at the machine's load is no part of it).
    idle = re.search(r"frontier empty for ([\d.]+) s", w.log)
    assert idle is not None and 1 <= float(idle.group(1)) < 30, w.log[-3000:]
    assert "bad seed in tagarchive:start_urls 'ftp://blog.example/tag/x/'" in w.log
    assert w.records() == []
    assert_frontier_drained(redis_client)


def test_the_redis_url_can_come_from_the_environment(
        tmp_path: Path, redis_client: Any, redis_url: str) -> None:
    out = tmp_path / "env.jsonl"
    e = {**env(), "TAGWIRE_REDIS_URL": redis_url}
    done = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST,
                           "-s", "FRONTIER_IDLE_CLOSE=0.5", "-O", str(out),
                           "-s", f"REJECTS_PATH={tmp_path / 'r.jsonl'}"],
                          cwd=REPO, env=e, capture_output=True, text=True, timeout=HANG_SECONDS)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "distributed worker" in done.stderr


def test_enqueue_fresh_forgets_a_finished_crawl_but_not_a_running_one(
        redis_client: Any, redis_url: str) -> None:
    redis_client.sadd("tagarchive:dupefilter", b"seen-before")
    redis_client.zadd("tagarchive:requests", {b"left-over": 0})
    redis_client.zadd("tagarchive:leases", {"host:1:ab:1": 2 ** 50})
    cmd = [sys.executable, "-m", "normalizer", "enqueue", "--fresh", "--redis-url", redis_url,
           "https://blog.example/tag/reuters/"]
    running = subprocess.run(cmd, cwd=REPO, env=env(), capture_output=True, text=True)
    assert running.returncode == 2
    assert "1 request(s) of tagarchive are being crawled" in running.stderr
    assert redis_client.exists("tagarchive:dupefilter", "tagarchive:requests") == 2
    redis_client.delete("tagarchive:leases")
    done = subprocess.run(cmd, cwd=REPO, env=env(), capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert redis_client.exists("tagarchive:dupefilter", "tagarchive:requests") == 0
    assert redis_client.lrange("tagarchive:start_urls", 0, -1) == [
        b"https://blog.example/tag/reuters/"]


def test_failed_retried_and_robots_blocked_requests_are_acked_too(
        tmp_path: Path, redis_client: Any, redis_url: str) -> None:
    """A 404, a 500 that recovers on retry, a post robots.txt disallows: each request's
    lease is settled (nothing left leased, nothing fetched again by lease expiry)."""
    import shutil

    fixtures = Path(__file__).parent / "fixtures" / "sites"
    site = tmp_path / "site"
    shutil.copytree(fixtures / "wp-modern-excerpts", site)
    manifest = json.loads((site / "manifest.json").read_text(encoding="utf-8"))
    posts = [p["url"] for p in manifest["posts"]]
    gone, flaky, blocked = posts[3], posts[5], posts[7]
    shutil.rmtree(site / gone.strip("/"))
    (site / "robots.txt").write_text(f"User-agent: *\nDisallow: {blocked}\n", encoding="utf-8")
    with serve(site, flaky={flaky: 1}) as server:
        w = start_worker(tmp_path, "w", redis_url, "-a", f"url={server.url(manifest['start'])}",
                         "-s", "FRONTIER_LEASE_SECONDS=2")
        assert w.wait() == 0, w.log[-3000:]
        hits = server.hits()
    assert sorted(urlsplit(r["url"]).path for r in w.records()) == sorted(
        set(posts) - {gone, blocked})
    assert hits[flaky] == 2 and hits[gone] == 1 and blocked not in hits
    assert "recovered" not in w.log
    assert_frontier_drained(redis_client)
