"""Crawl speed and memory: a generated tag archive served on 127.0.0.1, crawled with
``scrapy crawl tagarchive`` in a subprocess, against the offline normalizer on the same
posts in the same run.

    python benchmarks/bench_crawl.py                      # 2,000 posts, full-content archive
    python benchmarks/bench_crawl.py --sizes 2000,10000   # + memory at 10,000 vs 2,000
    python benchmarks/bench_crawl.py --excerpts           # permalink per post

Reports posts/s, requests/post and the crawl's peak RSS for each size, and
``crawl posts/s / offline posts/s`` (target >= 0.8), and ``peak(largest) / peak(smallest)``
(target < 1.5). The offline reference runs :func:`crawler.records.make_record` (normalize
+ validate, exactly the pipeline's work) on the very items the crawl produces, read from
the saved pages, in one process.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
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


def crawl(site: Path, start: str, work: Path, settings: list[str]) -> dict:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    with serve(site) as server:
        cmd = [sys.executable, "-c", PEAK_RSS, sys.executable, "-m", "scrapy", "crawl",
               "tagarchive", "-a", f"url={server.url(start)}", "-O", str(work / "posts.jsonl"),
               "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "LOG_LEVEL=WARNING",
               "-s", "TELNETCONSOLE_ENABLED=0", "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
               "-s", f"SUMMARY_PATH={work / 'summary.json'}", *settings]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True)
        wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"crawl failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    summary = json.loads((work / "summary.json").read_text())
    summary["wall_seconds"] = wall
    rss, cpu = proc.stderr.strip().splitlines()[-1].split()
    summary["peak_rss_mib"] = int(rss) / 1024
    summary["cpu_seconds"] = float(cpu)
    return summary


def offline_items(site: Path, manifest: dict, base: str) -> list[dict]:
    """The items the crawl hands its pipeline, rebuilt from the saved pages."""
    from crawler.items import listed_item, page_item
    from normalizer.archive import parse_archive

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
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    a = p.parse_args(argv)
    sizes = [int(s) for s in a.sizes.split(",")]
    settings = [x for kv in a.set for x in ("-s", kv)]
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
            crawl_rate = s["posts"] / s["elapsed_seconds"]
            row = {"posts": n, "crawled_posts": s["posts"], "records": s["records"],
                   "rejects": s["rejects"], "crawl_seconds": round(s["elapsed_seconds"], 2),
                   "process_seconds": round(s["wall_seconds"], 2),
                   "crawl_posts_per_s": round(crawl_rate, 1),
                   "requests_per_post": s["requests_per_post"],
                   "peak_rss_mib": round(s["peak_rss_mib"], 1)}
            if offline:
                rate, cpu_rate, ok = max(offline)
                row.update(offline_posts_per_s=round(rate, 1), offline_valid=ok,
                           crawl_vs_offline=round(crawl_rate / rate, 3),
                           # CPU time is less sensitive to other load on the machine; the
                           # crawl's includes its start-up (imports), so it is a floor.
                           crawl_vs_offline_cpu=round(
                               (s["posts"] / s["cpu_seconds"]) / cpu_rate, 3))
            results.append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
    if len(results) > 1:
        ratio = results[-1]["peak_rss_mib"] / results[0]["peak_rss_mib"]
        results.append({"peak_rss_ratio": round(ratio, 3),
                        "of": f"{sizes[-1]} vs {sizes[0]} posts"})
    if a.json:
        print(json.dumps(results, indent=1))
    else:
        for row in results:
            print("  ".join(f"{k}={v}" for k, v in row.items()))
        first = results[0]
        print(f"\ncrawl/offline throughput: {first['crawl_vs_offline']} (target >= 0.8)")
        if len(results) > 2:
            print(f"peak memory {results[-1]['of']}: x{results[-1]['peak_rss_ratio']} "
                  "(target < 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
