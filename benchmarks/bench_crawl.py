"""Crawl speed and memory: a generated tag archive served on 127.0.0.1, crawled with
``scrapy crawl tagarchive`` in a subprocess, against the offline normalizer on the same
posts in the same run.

    python benchmarks/bench_crawl.py                      # 2,000 posts, full-content archive
    python benchmarks/bench_crawl.py --sizes 2000,10000   # + memory at 10,000 vs 2,000
    python benchmarks/bench_crawl.py --excerpts           # permalink per post
    python benchmarks/bench_crawl.py --compare --repeat 3 # worker pool vs in-process

Reports posts/s, requests/post and peak memory for each size -- the largest process's
RSS (``peak_rss_mib``) and the crawl with its normalizer workers together, sampled
every 0.25 s as the sum of their PSS (``tree_peak_rss_mib``) -- and ``crawl posts/s / offline posts/s`` (target >= 0.8), and
``peak(largest) / peak(smallest)`` (target < 1.5). The offline reference runs
:func:`crawler.records.make_record` (normalize + validate, exactly the pipeline's work)
on the very items the crawl produces, read from the saved pages, in one process.

``--compare`` crawls a full-content and an excerpt archive of ``--posts`` posts (default
2,000) twice each in the same run, with ``NORMALIZE_WORKERS=0`` (normalizing on the
reactor) and with the worker pool (``--workers``, default: the setting's default, one a
core), checks both wrote the same set of records, and reports the pool's speed-up
(target >= 1.4 on 2 cores) and the pool crawl against the offline normalizer (>= 0.8).
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from httpserver import serve  # noqa: E402
from sitegen import make_posts, write_site  # noqa: E402

# Runs a command and prints the peak RSS (KiB) of its process tree's largest member.
PEAK_RSS = ("import resource, subprocess, sys; rc = subprocess.run(sys.argv[1:]).returncode; "
            "u = resource.getrusage(resource.RUSAGE_CHILDREN); "
            "print(u.ru_maxrss, u.ru_utime + u.ru_stime, file=sys.stderr); sys.exit(rc)")


class TreeRss:
    """Samples the summed memory (PSS) of a process and its descendants (Linux /proc)
    and keeps the peak: the crawl and its normalizer workers together."""

    def __init__(self, pid: int, every: float = 0.25) -> None:
        self.pid, self.every, self.peak_kib = pid, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak_kib = max(self.peak_kib, tree_rss_kib(self.pid))


def tree_rss_kib(root: int) -> int:
    children: dict[int, list[int]] = {}
    try:
        pids = [int(d) for d in os.listdir("/proc") if d.isdigit()]
    except OSError:
        return 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kib(pid)
        stack.extend(children.get(pid, ()))
    return total


def _pss_kib(pid: int) -> int:
    """Proportional set size: pages shared by the fork server and the workers it forked
    count once in total, not once per process (RSS if the kernel has no smaps_rollup)."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            with open(f"/proc/{pid}/{name}", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def crawl(site: Path, start: str, work: Path, settings: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("TAGWIRE_REDIS_URL", None)  # an in-memory dedupe index, as a lone crawl has
    with serve(site) as server:
        cmd = [sys.executable, "-c", PEAK_RSS, sys.executable, "-m", "scrapy", "crawl",
               "tagarchive", "-a", f"url={server.url(start)}", "-O", str(work / "posts.jsonl"),
               "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING",
               "-s", "TELNETCONSOLE_ENABLED=0", "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
               "-s", f"SUMMARY_PATH={work / 'summary.json'}", *settings]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)
        with TreeRss(proc.pid) as tree:
            _, stderr = proc.communicate()
        wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"crawl failed ({proc.returncode}):\n{stderr[-3000:]}")
    summary = json.loads((work / "summary.json").read_text())
    summary["wall_seconds"] = wall
    rss, cpu = stderr.strip().splitlines()[-1].split()
    summary["peak_rss_mib"] = int(rss) / 1024
    summary["tree_peak_rss_mib"] = tree.peak_kib / 1024
    # Only the crawl process's own CPU when it normalizes in-process: workers forked by
    # the fork server are not its children, so their CPU time is not counted here.
    summary["cpu_seconds"] = float(cpu)
    return summary


def offline_items(site: Path, manifest: dict, base: str) -> list[dict]:
    """The items the crawl hands its pipeline, rebuilt from the saved pages."""
    from crawler.items import listed_item, page_item
    from normalizer.pages.archive import parse_archive

    items = []
    for path in manifest["pages"]:
        page = parse_archive((site / path.lstrip("/") / "index.html").read_bytes(), base + path)
        for post in page.posts:
            if post.is_excerpt:
                html = (site / post.url.removeprefix(base).lstrip("/") / "index.html").read_text()
                items.append(page_item(post.url, html, archive_url=base + path, tag=page.tag))
            else:
                items.append(listed_item(post, archive_url=base + path, tag=page.tag))
    return items


def offline_rate(items: list[dict]) -> tuple[float, int]:
    from crawler.records import make_record

    make_record(items[0])  # warm-up: imports, models
    t0, c0 = time.perf_counter(), time.process_time()
    ok = sum(make_record(item).ok for item in items)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    return len(items) / wall, len(items) / cpu, ok


LOCAL_BASE = re.compile(r"http://127\.0\.0\.1:\d+")


def canonical_records(path: Path) -> dict[str, str]:
    """url -> the record as JSON, without what differs between two crawls of the same
    pages: ``fetched_at``, and ``duplicate_of`` marks (which copy of a story counts as
    first depends on the order posts finish; they are counted separately). Each crawl
    has its own server port, so URLs are compared without it."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(LOCAL_BASE.sub("http://127.0.0.1", line))
        record.pop("fetched_at", None)
        for story in record.get("stories") or ():
            story.pop("duplicate_of", None)
        record.pop("schema_version", None)
        out[record["url"]] = json.dumps(record, sort_keys=True, ensure_ascii=False)
    return out


def compare(a: argparse.Namespace, settings: list[str]) -> int:
    """In-process vs worker pool on a full-content and an excerpt archive; see the doc."""
    pool = ["-s", f"NORMALIZE_WORKERS={a.workers}"] if a.workers else []
    modes = {"in_process": ["-s", "NORMALIZE_WORKERS=0"], "pool": pool}
    rows, ok = [], True
    with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
        for variant, full in (("full", True), ("excerpts", False)):
            site = Path(tmp) / f"site-{variant}"
            manifest = write_site(site, make_posts(a.posts, seed=a.posts), theme="kubrick",
                                  per_page=a.per_page, full=full)
            items = offline_items(site, manifest, "http://127.0.0.1")
            best: dict[str, dict] = {}
            offline = []
            for _ in range(a.repeat):  # alternate, so background load hits all alike
                for mode, extra in modes.items():
                    work = Path(tmp) / f"work-{variant}-{mode}"
                    work.mkdir(exist_ok=True)
                    run = crawl(site, manifest["start"], work, settings + extra)
                    run["records_seen"] = canonical_records(work / "posts.jsonl")
                    if mode not in best or run["elapsed_seconds"] < best[mode]["elapsed_seconds"]:
                        best[mode] = run
                offline.append(offline_rate(items)[0])
            rate = {m: r["posts"] / r["elapsed_seconds"] for m, r in best.items()}
            same = best["in_process"]["records_seen"] == best["pool"]["records_seen"]
            ok &= same
            row = {"variant": variant, "posts": a.posts,
                   "records": len(best["pool"]["records_seen"]),
                   "in_process_posts_per_s": round(rate["in_process"], 1),
                   "pool_posts_per_s": round(rate["pool"], 1),
                   "pool_workers": best["pool"].get("normalize_workers"),
                   "pool_vs_in_process": round(rate["pool"] / rate["in_process"], 3),
                   "offline_posts_per_s": round(max(offline), 1),
                   "pool_vs_offline": round(rate["pool"] / max(offline), 3),
                   "in_process_vs_offline": round(rate["in_process"] / max(offline), 3),
                   "same_records": same,
                   "duplicate_stories": {m: r.get("duplicate_stories", 0)
                                         for m, r in best.items()},
                   "requests_per_post": best["pool"]["requests_per_post"],
                   "tree_peak_rss_mib": {m: round(r["tree_peak_rss_mib"], 1)
                                         for m, r in best.items()}}
            rows.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    if a.json:
        print(json.dumps(rows, indent=1))
    else:
        print(f"\n{'archive':10} {'in-process':>11} {'pool':>8} {'speed-up':>9} "
              f"{'offline':>8} {'pool/offline':>13}  same records")
        for r in rows:
            print(f"{r['variant']:10} {r['in_process_posts_per_s']:>9.1f}/s "
                  f"{r['pool_posts_per_s']:>6.1f}/s {r['pool_vs_in_process']:>8.2f}x "
                  f"{r['offline_posts_per_s']:>6.1f}/s {r['pool_vs_offline']:>12.2f}x  "
                  f"{'yes' if r['same_records'] else 'NO'} ({r['records']})")
        print("\ntargets: speed-up >= 1.4 (2 cores), pool/offline >= 0.8, same records")
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="2000", help="comma-separated post counts (default 2000)")
    p.add_argument("--per-page", type=int, default=10)
    p.add_argument("--excerpts", action="store_true", help="archive shows excerpts only")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="extra Scrapy setting for the crawl")
    p.add_argument("--repeat", type=int, default=1,
                   help="measure crawl and offline N times each, alternating, and keep the best "
                        "of each (other load on the machine only ever slows a run down)")
    p.add_argument("--compare", action="store_true",
                   help="worker pool vs NORMALIZE_WORKERS=0 on a full and an excerpt archive")
    p.add_argument("--posts", type=int, default=2000, help="posts per archive for --compare")
    p.add_argument("--workers", type=int, default=0,
                   help="NORMALIZE_WORKERS for the pool runs of --compare (default: the "
                        "setting's default, one a core)")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    a = p.parse_args(argv)
    settings = [x for kv in a.set for x in ("-s", kv)]
    if a.compare:
        return compare(a, settings)
    sizes = [int(s) for s in a.sizes.split(",")]
    results = []
    with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
        for n in sizes:
            site, work = Path(tmp) / f"site-{n}", Path(tmp) / f"work-{n}"
            work.mkdir()
            manifest = write_site(site, make_posts(n, seed=n), theme="kubrick",
                                  per_page=a.per_page, full=not a.excerpts)
            items = offline_items(site, manifest, "http://127.0.0.1") if n == sizes[0] else []
            runs, offline = [], []
            for _ in range(a.repeat if n == sizes[0] else 1):
                runs.append(crawl(site, manifest["start"], work, settings))
                if items:  # same URLs as the crawl saw, so records are comparable
                    offline.append(offline_rate(items))
            s = min(runs, key=lambda r: r["elapsed_seconds"])
            s["peak_rss_mib"] = max(r["peak_rss_mib"] for r in runs)
            s["tree_peak_rss_mib"] = max(r["tree_peak_rss_mib"] for r in runs)
            crawl_rate = s["posts"] / s["elapsed_seconds"]
            row = {"posts": n, "crawled_posts": s["posts"], "records": s["records"],
                   "rejects": s["rejects"], "crawl_seconds": round(s["elapsed_seconds"], 2),
                   "process_seconds": round(s["wall_seconds"], 2),
                   "crawl_posts_per_s": round(crawl_rate, 1),
                   "requests_per_post": s["requests_per_post"],
                   "normalize_workers": s.get("normalize_workers", 0),
                   "peak_rss_mib": round(s["peak_rss_mib"], 1),
                   "tree_peak_rss_mib": round(s["tree_peak_rss_mib"], 1)}
            if offline:
                rate, cpu_rate, ok = max(offline)
                row.update(offline_posts_per_s=round(rate, 1), offline_valid=ok,
                           crawl_vs_offline=round(crawl_rate / rate, 3))
                if not s.get("normalize_workers"):
                    # CPU time is less sensitive to other load on the machine; the
                    # crawl's includes its start-up (imports), so it is a floor. (With
                    # workers, their CPU is not the crawl process's: not comparable.)
                    row["crawl_vs_offline_cpu"] = round(
                        (s["posts"] / s["cpu_seconds"]) / cpu_rate, 3)
            results.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    if len(results) > 1:
        ratio = results[-1]["peak_rss_mib"] / results[0]["peak_rss_mib"]
        tree = results[-1]["tree_peak_rss_mib"] / results[0]["tree_peak_rss_mib"]
        results.append({"peak_rss_ratio": round(ratio, 3), "tree_peak_rss_ratio": round(tree, 3),
                        "of": f"{sizes[-1]} vs {sizes[0]} posts"})
    if a.json:
        print(json.dumps(results, indent=1))
    else:
        for row in results:
            print("  ".join(f"{k}={v}" for k, v in row.items()))
        first = results[0]
        print(f"\ncrawl/offline throughput: {first['crawl_vs_offline']} (target >= 0.8)")
        if len(results) > 2:
            print(f"peak memory {results[-1]['of']}: x{results[-1]['peak_rss_ratio']} largest "
                  f"process, x{results[-1]['tree_peak_rss_ratio']} crawl + workers "
                  "(target < 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
