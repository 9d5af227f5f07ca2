"""``scrapy crawl tagarchive`` run as a user runs it, against fixture sites served on
127.0.0.1: every listed post exactly once, few requests, polite and resumable."""
from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from httpserver import Served, serve
from waiting import HANG_SECONDS, wait_until

REPO = Path(__file__).resolve().parent.parent
SITES = Path(__file__).parent / "fixtures" / "sites"
PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=2",
        "-s", "DOWNLOAD_TIMEOUT=10", "-s", "TELNETCONSOLE_ENABLED=0"]


@dataclass
class Crawl:
    rc: int
    records: list[dict]
    rejects: list[dict]
    summary: dict
    log: str

    @property
    def paths(self) -> list[str]:
        from urllib.parse import urlsplit
        return [urlsplit(r["url"]).path for r in self.records]


def manifest(site: str) -> dict:
    return json.loads((SITES / site / "manifest.json").read_text(encoding="utf-8"))


def crawl_cmd(out: Path, *args: str) -> list[str]:
    work = out.parent
    return [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST, *args, "-O", str(out),
            "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
            "-s", f"SUMMARY_PATH={work / 'summary.json'}"]


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if k not in PROXY_VARS}
    e["NO_PROXY"] = e["no_proxy"] = "127.0.0.1,localhost"
    return e


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def crawl(tmp_path: Path, *args: str, timeout: float = HANG_SECONDS) -> Crawl:
    out = tmp_path / "posts.jsonl"
    proc = subprocess.run(crawl_cmd(out, *args), cwd=REPO, env=env(), capture_output=True,
                          text=True, timeout=timeout)
    summary_file = tmp_path / "summary.json"
    summary = json.loads(summary_file.read_text()) if summary_file.exists() else {}
    return Crawl(proc.returncode, read_jsonl(out), read_jsonl(tmp_path / "rejects.jsonl"),
                 summary, proc.stderr)


def listed(site: str) -> list[str]:
    return [p["url"] for p in manifest(site)["posts"]]


def permalink_hits(server: Served, site: str) -> Counter:
    hits = server.hits()
    posts = set(listed(site))
    return Counter({p.split("?")[0]: n for p, n in hits.items() if p.split("?")[0] in posts})


def test_full_content_archive_takes_posts_from_the_archive(tmp_path: Path) -> None:
    site = "wp-kubrick-full"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}")
        hits = permalink_hits(server, site)
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(listed(site))  # every post, exactly once
    assert not hits, "no permalink needs fetching when the archive shows posts in full"
    assert c.summary["requests_per_post"] == pytest.approx(0.1)  # 2 pages, 20 posts
    assert c.summary["pages"]["archive"] == 2
    assert all(r["tag"] == "Sanctions" and r["archive_url"] for r in c.records)
    want = {p["url"]: p["published"] for p in manifest(site)["posts"]}
    assert {p: r["published"] for p, r in zip(c.paths, c.records, strict=True)} == want


def test_excerpt_archive_follows_each_permalink_once(tmp_path: Path) -> None:
    site = "wp-modern-excerpts"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}")
        hits = permalink_hits(server, site)
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(listed(site))
    assert set(hits.values()) == {1} and len(hits) == 12
    assert 1.0 <= c.summary["requests_per_post"] <= 1.3  # 12 permalinks + 3 archive pages


def test_blogger_label_archive(tmp_path: Path) -> None:
    site = "blogger-label"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}")
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(listed(site))
    assert {r["tag"] for r in c.records} == {"Trade"}


def test_follow_always_fetches_permalinks_even_for_full_posts(tmp_path: Path) -> None:
    site = "wp-kubrick-full"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-a", "follow=always")
        hits = permalink_hits(server, site)
    assert sorted(c.paths) == sorted(listed(site))
    assert len(hits) == 20 and set(hits.values()) == {1}


def test_since_stops_paginating_once_posts_are_older(tmp_path: Path) -> None:
    site = "wp-kubrick-full"
    posts = manifest(site)["posts"]
    since = posts[4]["published"]
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-a", f"since={since}")
        hits = server.hits()
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(p["url"] for p in posts if p["published"] >= since)
    assert manifest(site)["pages"][1] not in hits, "page 2 only holds older posts"


def test_max_pages(tmp_path: Path) -> None:
    site = "wp-modern-excerpts"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-a", "max_pages=1")
    assert sorted(c.paths) == sorted(listed(site)[:5])


def test_robots_txt_is_obeyed(tmp_path: Path) -> None:
    site = "wp-robots"
    disallowed = manifest(site)["robots_disallowed"]
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}")
        hits = server.hits()
    assert len(disallowed) == 2
    assert not set(disallowed) & set(hits)
    assert sorted(c.paths) == sorted(set(listed(site)) - set(disallowed))
    assert all(d in c.log for d in disallowed), "each skipped URL is logged"


def test_a_500_recovers_on_retry_and_a_404_is_reported_and_skipped(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITES / "wp-modern-excerpts", site)
    posts = listed("wp-modern-excerpts")
    gone, flaky = posts[3], posts[5]
    shutil.rmtree(site / gone.strip("/"))
    with serve(site, flaky={flaky: 1}) as server:
        c = crawl(tmp_path, "-a", f"url={server.url('/tag/energy/')}")
        hits = server.hits()
    assert c.rc == 0, c.log
    assert hits[flaky] == 2
    assert sorted(c.paths) == sorted(set(posts) - {gone})
    assert c.summary["errors"] == {"http_404": 1}
    assert c.summary["retries"] >= 1
    assert f"HTTP 404, skipped: {server.url(gone)}" in c.log


def test_a_slow_page_times_out_and_the_crawl_goes_on(tmp_path: Path) -> None:
    posts = listed("wp-modern-excerpts")
    with serve(SITES / "wp-modern-excerpts", slow={posts[0]: 8}) as server:
        c = crawl(tmp_path, "-a", f"url={server.url('/tag/energy/')}",
                  "-s", "DOWNLOAD_TIMEOUT=1", "-s", "RETRY_TIMES=0")
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(posts[1:])
    assert posts[0] in c.log and "TimeoutError" in json.dumps(c.summary["errors"])


def test_pagination_loop_terminates_with_each_page_fetched_once(tmp_path: Path) -> None:
    site = "wp-loop"
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}")
        hits = server.hits()
    assert c.rc == 0, c.log
    assert sorted(c.paths) == sorted(listed(site))
    assert [hits[p] for p in manifest(site)["pages"]] == [1, 1, 1]


def test_same_post_from_two_start_pages_is_emitted_once(tmp_path: Path) -> None:
    site = "wp-kubrick-full"
    pages = manifest(site)["pages"]
    with serve(SITES / site) as server:
        urls_file = tmp_path / "urls.txt"
        urls_file.write_text(f"# page 2 twice, once with a share link\n{server.url(pages[1])}\n"
                             f"{server.url(pages[1])}?share=twitter\n", encoding="utf-8")
        c = crawl(tmp_path, "-a", f"url={server.url(pages[0])}", "-a", f"urls_file={urls_file}")
    assert sorted(c.paths) == sorted(listed(site))


def test_a_post_with_no_text_goes_to_the_rejects_file(tmp_path: Path) -> None:
    site = "wp-empty-post"
    empty = [p["url"] for p in manifest(site)["posts"] if p["empty"]]
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(manifest(site)['start'])}",
                  "-a", "follow=never")
    assert c.rc == 0, c.log
    assert len(empty) == 1
    assert sorted(c.paths) == sorted(set(listed(site)) - set(empty))
    assert [r["source"].endswith(empty[0]) for r in c.rejects] == [True]
    assert c.rejects[0]["errors"]
    assert c.summary["rejects"] == 1 and c.summary["posts"] == 3


@pytest.mark.parametrize(("args", "message"), [
    (["-a", "url=example.com/tag/x/"], "tagarchive: bad url 'example.com/tag/x/'"),
    (["-a", "url=http://127.0.0.1:9/", "-a", "since=2017-13-01"],
     "tagarchive: bad since date '2017-13-01': expected YYYY-MM-DD"),
    (["-a", "url=http://127.0.0.1:9/", "-a", "follow=sometimes"],
     "tagarchive: bad follow value 'sometimes': expected auto, always or never"),
    (["-a", "url=http://127.0.0.1:9/", "-a", "max_pages=0"],
     "tagarchive: bad max_pages '0': expected a whole number >= 1"),
    (["-a", "urls_file=/nonexistent/urls.txt"],
     "tagarchive: urls_file '/nonexistent/urls.txt': no such file"),
    ([], "tagarchive: no start URL"),
])
def test_bad_arguments_fail_before_crawling(tmp_path: Path, args: list[str], message: str) -> None:
    c = crawl(tmp_path, *args)
    assert c.rc != 0
    assert message in c.log


@pytest.mark.parametrize("how", ["SIGINT", "SIGKILL"])
def test_resume_after_stopping_mid_way_gives_every_post_exactly_once(
        tmp_path: Path, how: str) -> None:
    """SIGINT: Scrapy saves its job and resumes where it stopped. SIGKILL: nothing is
    saved; the journal of finished posts (crawler/jobstate.py) lets the resumed run walk
    the archive again and fetch only the posts not yet written."""
    site = "wp-modern-excerpts"
    jobdir = tmp_path / "job"
    slow = ["-s", f"JOBDIR={jobdir}", "-s", "CONCURRENT_REQUESTS=1",
            "-s", "NORMALIZE_IN_FLIGHT=1"]
    with serve(SITES / site, delay=0.3) as server:
        start = ["-a", f"url={server.url(manifest(site)['start'])}"]
        first = tmp_path / "part1.jsonl"
        proc = subprocess.Popen(crawl_cmd(first, *start, *slow), cwd=REPO, env=env(),
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        wait_until(lambda: sum(permalink_hits(server, site).values()) >= 4,
                   "4 permalink pages fetched", proc, every=0.1)
        proc.send_signal(getattr(signal, how))
        _, log1 = proc.communicate(timeout=HANG_SECONDS)
        part1 = read_jsonl(first)
        assert 0 < len(part1) < 12, log1
        second = tmp_path / "part2.jsonl"
        proc2 = subprocess.run(crawl_cmd(second, *start, *slow), cwd=REPO, env=env(),
                               capture_output=True, text=True, timeout=HANG_SECONDS)
        hits = permalink_hits(server, site)
    assert proc2.returncode == 0, proc2.stderr
    from urllib.parse import urlsplit
    union = [urlsplit(r["url"]).path for r in part1 + read_jsonl(second)]
    assert sorted(union) == sorted(listed(site))
    if how == "SIGINT":
        assert max(hits.values()) == 1, "no permalink fetched twice across the two runs"
    else:
        assert "did not stop cleanly" in proc2.stderr
        assert sum(hits.values()) <= 12 + 2, \
            "at most the posts in flight (one downloading, one normalizing) are fetched again"


def test_a_permalink_as_start_url_gives_that_post(tmp_path: Path) -> None:
    site = "wp-modern-excerpts"
    post = listed(site)[2]
    with serve(SITES / site) as server:
        c = crawl(tmp_path, "-a", f"url={server.url(post)}")
    assert c.rc == 0, c.log
    assert c.paths == [post]


def test_http_cache_lets_a_rerun_skip_the_network(tmp_path: Path) -> None:
    site = "blogger-label"
    cache = ["-s", "HTTPCACHE_ENABLED=1", "-s", f"HTTPCACHE_DIR={tmp_path / 'cache'}"]
    with serve(SITES / site) as server:
        start = ["-a", f"url={server.url(manifest(site)['start'])}"]
        first = crawl(tmp_path, *start, *cache)
        before = sum(server.hits().values())
        second = crawl(tmp_path, *start, *cache)
        after = sum(server.hits().values())
    assert sorted(first.paths) == sorted(second.paths) == sorted(listed(site))
    assert before > 0 and after == before
