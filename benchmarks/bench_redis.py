"""What Redis memory a distributed crawl needs: a generated tag archive of N posts served
on 127.0.0.1, crawled by W ``scrapy crawl tagarchive -s REDIS_URL=...`` workers sharing a
private redis-server; ``INFO memory`` sampled before, during and after.

    python benchmarks/bench_redis.py                        # 2,000 and 10,000 posts, 2 workers
    python benchmarks/bench_redis.py --sizes 2000 --excerpts  # a permalink request per post

Reports, per size: the seen-set (``tagarchive:dupefilter``: one 20-byte fingerprint per
archive page and per post, kept after the crawl), the peak of the frontier (queue +
leases, sampled), the in-crawl near-duplicate index if the pipeline keeps one in the same
Redis (``tagwire:*`` keys), and ``used_memory`` after minus before, each also per post.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from redis_server import redis_server
from sitegen import make_posts, write_site
from sites import serve

REPO = Path(__file__).resolve().parent.parent


def key_bytes(client, pattern: str) -> int:
    return sum(client.memory_usage(k, samples=0) or 0 for k in client.scan_iter(match=pattern))


class Sampler(threading.Thread):
    """Peak ``used_memory`` and peak frontier size (queue + leased) while the crawl runs."""

    def __init__(self, client) -> None:
        super().__init__(daemon=True)
        self.client = client
        self.stop = threading.Event()
        self.peak_used = 0
        self.peak_frontier_bytes = 0
        self.peak_frontier_len = 0

    def run(self) -> None:
        while not self.stop.is_set():
            self.peak_used = max(self.peak_used, self.client.info("memory")["used_memory"])
            queued = self.client.zcard("tagarchive:requests") + self.client.hlen(
                "tagarchive:leased")
            if queued >= self.peak_frontier_len:
                self.peak_frontier_len = queued
                self.peak_frontier_bytes = max(self.peak_frontier_bytes, sum(
                    self.client.memory_usage(k, samples=0) or 0 for k in (
                        "tagarchive:requests", "tagarchive:leased", "tagarchive:leases")))
            time.sleep(0.1)


def run(n: int, workers: int, full: bool, extra: list[str]) -> dict:
    import redis

    with tempfile.TemporaryDirectory(prefix="tagwire-bench-redis-") as tmp:
        work = Path(tmp)
        site = work / "site"
        manifest = write_site(site, make_posts(n, seed=11), theme="kubrick" if full else "modern",
                              per_page=10, full=full)
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        with redis_server() as url, serve(site) as server:
            client = redis.Redis.from_url(url)
            before = client.info("memory")["used_memory"]
            client.rpush("tagarchive:start_urls", server.url(manifest["start"]))
            sampler = Sampler(client)
            sampler.start()
            t0 = time.perf_counter()
            procs = [subprocess.Popen(
                [sys.executable, "-m", "scrapy", "crawl", "tagarchive", "-s", f"REDIS_URL={url}",
                 "-O", str(work / f"part-{i}.jsonl"), "-s", "AUTOTHROTTLE_ENABLED=0",
                 "-s", "LOG_LEVEL=WARNING", "-s", "TELNETCONSOLE_ENABLED=0",
                 "-s", "FRONTIER_IDLE_CLOSE=2", "-s", "FRONTIER_POLL_SECONDS=0.25",
                 "-s", f"REJECTS_PATH={work / f'rejects-{i}.jsonl'}", *extra],
                cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
                for i in range(workers)]
            errors = [p.communicate()[1] for p in procs]
            wall = time.perf_counter() - t0
            sampler.stop.set()
            sampler.join()
            if any(p.returncode for p in procs):
                raise SystemExit("a worker failed:\n" + "\n".join(e[-2000:] for e in errors))
            posts = sum(1 for i in range(workers)
                        for line in (work / f"part-{i}.jsonl").open() if line.strip())
            after = client.info("memory")["used_memory"]
            seen = client.scard("tagarchive:dupefilter")
            result = {
                "posts": n, "posts_written": posts, "workers": workers,
                "archive": "full" if full else "excerpts", "wall_seconds": round(wall, 1),
                "seen_fingerprints": seen,
                "seen_set_bytes": client.memory_usage("tagarchive:dupefilter", samples=0),
                "frontier_peak_requests": sampler.peak_frontier_len,
                "frontier_peak_bytes": sampler.peak_frontier_bytes,
                "dedupe_index_bytes": key_bytes(client, "tagwire:*"),
                "used_memory_delta": after - before,
                "used_memory_peak_delta": sampler.peak_used - before,
            }
    for key in ("seen_set_bytes", "dedupe_index_bytes", "used_memory_delta",
                "used_memory_peak_delta"):
        result[key.replace("_bytes", "").replace("_delta", "") + "_per_post"] = round(
            result[key] / n, 1)
    return result


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="2000,10000")
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--excerpts", action="store_true", help="excerpt archive: fetch permalinks")
    p.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                   help="extra Scrapy setting for the workers (repeatable)")
    a = p.parse_args(argv)
    extra = [x for s in a.settings for x in ("-s", s)]
    results = [run(int(n), a.workers, not a.excerpts, extra) for n in a.sizes.split(",")]
    for r in results:
        print(json.dumps(r))
    print(f"{'posts':>7} {'wall s':>7} {'seen-set B/post':>16} {'frontier peak':>14} "
          f"{'dedupe B/post':>14} {'used_memory B/post':>19}")
    for r in results:
        print(f"{r['posts']:>7} {r['wall_seconds']:>7} {r['seen_set_per_post']:>16} "
              f"{r['frontier_peak_bytes']:>10} B/{r['frontier_peak_requests']:<3}"
              f"{r['dedupe_index_per_post']:>14} {r['used_memory_per_post']:>19}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
