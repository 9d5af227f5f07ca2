"""Crawling a real WordPress tag through its REST API, its feed and its HTML pages, in one run.

    python benchmarks/bench_wordpress.py [--posts 520] [--repeat 1] [--json out.json]

Starts the test WordPress (``tests/services/wordpress``: Debian's WordPress 6.1, MariaDB,
PHP's built-in server, the project's fixture posts, Twenty Twenty-One with excerpt
archives, ten posts a page) with ``--posts`` posts under one tag, and crawls that tag with
``-a via=api``, ``feed``, ``html`` and ``auto``. For each: posts/s, requests per post as
the site saw them (every request during the crawl:
robots.txt, the first archive page used for discovery, API/feed/archive/permalink pages,
from the access log the test site keeps),
the crawl's largest process's peak RSS and the crawl with its normalizer workers together
(PSS, sampled). Checks that every run wrote every post once, and the target
``via=auto`` <= 0.03 requests/post. Ratios are against ``via=html`` in the same run.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "benchmarks"))
sys.path.insert(0, str(REPO))

from bench_crawl import PEAK_RSS, TreeRss  # noqa: E402

from tests.services.wordpress import WordPressSite, wordpress_site  # noqa: E402

TARGET_AUTO_REQUESTS_PER_POST = 0.03
VIAS = ("api", "feed", "html", "auto")
#: One line of the test site's access log (tests/services/wordpress/router.php).
ACCESS = re.compile(r"^\d{3} [A-Z]+ (\S+)$", re.M)


def site_requests(log: Path, start: int) -> tuple[int, Counter]:
    """Requests the site served since byte ``start`` of its log, and what kind they were."""
    with open(log, "rb") as fh:
        fh.seek(start)
        text = fh.read().decode("utf-8", "replace")
    kinds: Counter = Counter()
    for path in ACCESS.findall(text):
        kind = ("robots.txt" if path.startswith("/robots.txt") else
                "api" if "/wp-json/" in path or "rest_route=" in path else
                "feed" if "/feed/" in path or "feed=" in path else
                "archive" if "/tag/" in path or "tag=" in path else "permalink")
        kinds[kind] += 1
    return sum(kinds.values()), kinds


def crawl(site: WordPressSite, via: str, work: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("TAGWIRE_REDIS_URL", None)
    log = site.root / "access.log"
    start = log.stat().st_size if log.exists() else 0
    cmd = [sys.executable, "-c", PEAK_RSS, sys.executable, "-m", "scrapy", "crawl",
           "tagarchive", "-a", f"url={site.tag_url('diplomacy')}", "-a", f"via={via}",
           "-O", str(work / "posts.jsonl"), "-s", "AUTOTHROTTLE_ENABLED=0",
           "-s", "LOG_LEVEL=WARNING", "-s", "TELNETCONSOLE_ENABLED=0",
           "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
           "-s", f"SUMMARY_PATH={work / 'summary.json'}"]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    with TreeRss(proc.pid) as tree:
        _, stderr = proc.communicate()
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"via={via}: crawl failed ({proc.returncode}):\n{stderr[-3000:]}")
    time.sleep(0.2)  # the server's log lines land after the responses
    summary = json.loads((work / "summary.json").read_text())
    records = [json.loads(x) for x in (work / "posts.jsonl").read_text().splitlines() if x]
    urls = Counter(r["url"] for r in records)
    requests, kinds = site_requests(log, start)
    rss = int(stderr.strip().splitlines()[-1].split()[0])
    posts = len(urls)
    return {"via": via, "posts": posts, "duplicates": sum(n - 1 for n in urls.values()),
            "rejects": summary["rejects"], "wall_seconds": round(wall, 2),
            "posts_per_second": round(posts / wall, 1) if wall else None,
            "site_requests": requests, "requests_per_post": round(requests / posts, 4)
            if posts else None, "requests_by_kind": dict(kinds),
            "sources": summary.get("via", {}), "fallbacks": summary.get("fallbacks", {}),
            "peak_rss_mib": round(rss / 1024, 1),
            "tree_peak_rss_mib": round(tree.peak_kib / 1024, 1)}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--posts", type=int, default=520, help="posts under the tag (>= 500)")
    p.add_argument("--repeat", type=int, default=1, help="runs per via; the fastest is kept")
    p.add_argument("--json", type=Path, help="also write the results here")
    a = p.parse_args(argv)
    print(f"starting WordPress with {a.posts} posts ...", flush=True)
    t0 = time.perf_counter()
    results: dict[str, dict] = {}
    with wordpress_site(a.posts) as site, tempfile.TemporaryDirectory() as tmp:
        print(f"  up in {time.perf_counter() - t0:.1f} s: {site.tag_url('diplomacy')}",
              flush=True)
        want = len(site.tagged("diplomacy"))
        for via in VIAS:
            runs = []
            for n in range(a.repeat):
                work = Path(tmp) / f"{via}-{n}"
                work.mkdir()
                runs.append(crawl(site, via, work))
            best = min(runs, key=lambda r: r["wall_seconds"])
            results[via] = best
            print(f"  via={via:<5} {best['posts']} posts in {best['wall_seconds']} s "
                  f"({best['posts_per_second']} posts/s), {best['site_requests']} requests "
                  f"({best['requests_per_post']}/post: {best['requests_by_kind']}), peak "
                  f"{best['peak_rss_mib']} MiB (crawl + workers {best['tree_peak_rss_mib']} MiB)",
                  flush=True)
    html = results["html"]
    for r in results.values():
        r["speed_vs_html"] = round(r["posts_per_second"] / html["posts_per_second"], 2)
        r["requests_vs_html"] = round(r["requests_per_post"] / html["requests_per_post"], 3)
    ok = all(r["posts"] == want and not r["duplicates"] and not r["rejects"]
             for r in results.values())
    auto = results["auto"]["requests_per_post"]
    print(f"\nevery run: every one of {want} posts once, no rejects: {'yes' if ok else 'NO'}")
    print(f"via=auto: {auto} requests/post (target <= {TARGET_AUTO_REQUESTS_PER_POST}); "
          f"speed vs via=html x{results['auto']['speed_vs_html']}")
    if a.json:
        a.json.write_text(json.dumps({"posts": want, "results": results}, indent=1) + "\n")
    return 0 if ok and auto <= TARGET_AUTO_REQUESTS_PER_POST else 1


if __name__ == "__main__":
    raise SystemExit(main())
