"""Faults and hostile input (issue 13): real crawls against the fault server
(``tests/faultserver.py``) on 127.0.0.1, each checked against the site's manifest --
every post written, rejected or counted under its reason, nothing twice, no hang (every
crawl runs under a bounded timeout).

The hostile archive (one crawl, shared by the tests of items 1, 2, 5 and 6) lists eleven
excerpts whose permalinks redirect to another host, to another port, by meta refresh,
in a loop, to a moved page on the same site; answer 12 MB, too slowly, with a lying
charset, or with 30,000 paragraphs (over the normalizer's time limit).
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from faultserver import CYRILLIC, build_hostile_site, serve

REPO = Path(__file__).resolve().parent.parent
PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0",
        "-s", "DOWNLOAD_TIMEOUT=3", "-s", "TELNETCONSOLE_ENABLED=0",
        "-s", "NORMALIZE_WORKERS=1"]
CRAWL_TIMEOUT = 120


def env(**extra: str) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items()
         if k not in PROXY_VARS and k != "TAGWIRE_REDIS_URL"}
    e["NO_PROXY"] = e["no_proxy"] = "127.0.0.1,localhost"
    e.update(extra)
    return e


def read_jsonl(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@dataclass
class Crawl:
    rc: int
    records: list[dict]
    rejects: list[dict]
    summary: dict
    log: str

    @property
    def paths(self) -> Counter:
        return Counter(urlsplit(r["url"]).path for r in self.records)

    @property
    def reject_paths(self) -> Counter:
        return Counter(urlsplit(r["source"]).path for r in self.rejects)


def crawl_cmd(work: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST, *args,
            "-O", str(work / "posts.jsonl"), "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
            "-s", f"SUMMARY_PATH={work / 'summary.json'}"]


def finished(work: Path, rc: int, log: str) -> Crawl:
    summary_file = work / "summary.json"
    summary = json.loads(summary_file.read_text()) if summary_file.exists() else {}
    return Crawl(rc, read_jsonl(work / "posts.jsonl"), read_jsonl(work / "rejects.jsonl"),
                 summary, log)


def crawl(work: Path, *args: str, timeout: float = CRAWL_TIMEOUT) -> Crawl:
    work.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(crawl_cmd(work, *args), cwd=REPO, env=env(), capture_output=True,
                          text=True, timeout=timeout)
    return finished(work, proc.returncode, proc.stderr)


# ---------------------------------------------------------------------- the hostile crawl

@dataclass
class Hostile:
    manifest: dict
    crawl: Crawl
    hits: dict[str, int]
    other_hits: dict[str, int]

    def fate(self, fate: str) -> list[dict]:
        return [p for p in self.manifest["posts"] if p["fate"] == fate]


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    root = tmp_path_factory.mktemp("hostile-site")
    manifest = build_hostile_site(root)
    work = tmp_path_factory.mktemp("hostile-crawl")
    with serve(root) as other, serve(root, root / "rules.json", other_port=other.port) as site:
        result = crawl(work, "-a", f"url={site.url(manifest['start'])}",
                       "-s", "NORMALIZE_TIME_LIMIT=2")
        hits, other_hits = site.hits(), other.hits()
    assert result.summary, result.log[-4000:]
    return Hostile(manifest, result, hits, other_hits)


def test_every_post_of_the_hostile_archive_is_written_rejected_or_counted_once(
        hostile: Hostile) -> None:
    c, s = hostile.crawl, hostile.crawl.summary
    want_records = sorted(p.get("record_url", p["url"]) for p in hostile.fate("record"))
    assert sorted(c.paths) == want_records and set(c.paths.values()) == {1}, c.log[-3000:]
    assert sorted(c.reject_paths) == sorted(p["url"] for p in hostile.fate("reject"))
    assert s["records"] == len(want_records) and s["rejects"] == len(hostile.fate("reject"))
    dropped = s["not_recorded"]
    for fate in ("offsite", "redirect_loop", "timeout"):
        assert dropped.get(fate) == len(hostile.fate(fate)), (fate, dropped)
    assert dropped.get("too_large") == 1
    # Every listed post is accounted for exactly once.
    accounted = (s["records"] + s["rejects"] + dropped["offsite"] + dropped["redirect_loop"]
                 + dropped["timeout"])
    assert accounted == len(hostile.manifest["posts"])
    assert "tagwire summary" in c.log and "not recorded" in c.log


def test_redirects_and_meta_refresh_never_leave_the_start_urls_site(hostile: Hostile) -> None:
    """Item 2: another host (localhost, same port), another port, a meta refresh: none
    is fetched; a redirect within the site is followed."""
    assert not [p for p in hostile.hits if p.startswith("/secret/")]
    assert not [p for p in hostile.other_hits if p.startswith("/secret/")]
    assert hostile.crawl.log.count("offsite: ") >= 3
    moved = [p for p in hostile.manifest["posts"] if p["fault"] == "redirect_same_site"][0]
    assert hostile.hits.get(moved["record_url"]) == 1


def test_a_redirect_loop_is_counted_and_logged_not_dropped_at_debug(hostile: Hostile) -> None:
    """Item 5: the loop's permalink is in the summary and a WARNING names it."""
    loop = [p for p in hostile.manifest["posts"] if p["fault"] == "redirect_loop"][0]
    assert hostile.crawl.summary["not_recorded"]["redirect_loop"] == 1
    assert "redirect loop, not fetched: " in hostile.crawl.log
    assert loop["url"] in hostile.crawl.log


def test_a_page_over_download_maxsize_is_a_reject_with_the_reason(hostile: Hostile) -> None:
    """Item 6: the 12 MB page is cut off (not held in memory) and rejected, saying why."""
    huge = [p for p in hostile.manifest["posts"] if p["fault"] == "huge"][0]
    entry = [r for r in hostile.crawl.rejects if urlsplit(r["source"]).path == huge["url"]]
    assert len(entry) == 1 and "DOWNLOAD_MAXSIZE" in entry[0]["errors"][0]


def test_a_post_over_the_time_limit_is_a_reject_and_the_crawl_goes_on(hostile: Hostile) -> None:
    """Item 1: 30,000 paragraphs with NORMALIZE_TIME_LIMIT=2: a reject naming the limit;
    the posts after it are written."""
    slow = [p for p in hostile.manifest["posts"] if p["fault"] == "slow_to_normalize"][0]
    entry = [r for r in hostile.crawl.rejects if urlsplit(r["source"]).path == slow["url"]]
    assert len(entry) == 1 and "NORMALIZE_TIME_LIMIT" in entry[0]["errors"][0], entry
    assert hostile.crawl.summary["not_recorded"].get("normalize_timeout") == 1
    last = hostile.manifest["posts"][-1]
    assert hostile.crawl.paths[last["url"]] == 1


def test_a_lying_charset_header_is_warned_about_and_the_text_read_right(
        hostile: Hostile) -> None:
    lying = [p for p in hostile.manifest["posts"] if p["fault"] == "lying_charset"][0]
    record = [r for r in hostile.crawl.records if urlsplit(r["url"]).path == lying["url"]][0]
    text = " ".join(s["text"] for s in record["stories"])
    assert CYRILLIC.split()[0] in text and "\ufffd" not in text
    assert "does not fit its bytes; read as cp1251" in hostile.crawl.log


# ---------------------------------------------------------------------- pagination

def test_pagination_ends_at_a_page_adding_no_post_and_at_the_cap(
        tmp_path: Path) -> None:
    """Item 3: ``/page/N/`` answering the same posts for any N stops after one repeat;
    a finite but long archive stops at ARCHIVE_PAGES_MAX, reported in the summary."""
    from sitegen import make_posts, write_site

    root = tmp_path / "site"
    endless = {"seed": 81, "n": 4, "per_page": 2, "tag": "Endless"}
    posts = make_posts(endless["n"], seed=endless["seed"])
    m_endless = write_site(root, posts, per_page=2, full=True, tag="Endless")
    m_long = write_site(root, make_posts(30, seed=82), per_page=1, full=True, tag="Long")
    rules = root / "rules.json"
    rules.write_text(json.dumps({"/tag/endless/page/*": {"endless": endless}}))
    with serve(root, rules) as site:
        c = crawl(tmp_path / "crawl", "-a", f"url={site.url(m_endless['start'])},"
                  f"{site.url(m_long['start'])}", "-s", "ARCHIVE_PAGES_MAX=5")
        hits = site.hits()
    endless_pages = [p for p in hits if p.startswith("/tag/endless/")]
    assert sorted(endless_pages) == ["/tag/endless/", "/tag/endless/page/2/",
                                     "/tag/endless/page/3/"], endless_pages
    want = [p["url"] for p in m_endless["posts"]] + [p["url"] for p in m_long["posts"][:5]]
    assert sorted(c.paths) == sorted(want) and set(c.paths.values()) == {1}, c.log[-3000:]
    assert c.summary["pagination"] == {"no_new_posts": 1, "cap_reached": 1}
    assert c.summary["pages"]["archive"] == 3 + 5
    assert "ARCHIVE_PAGES_MAX=5 archive pages reached" in c.log


def test_a_permalink_redirecting_to_a_post_already_crawled_is_counted_as_duplicate(
        tmp_path: Path) -> None:
    """Item 5, the last reason: a permalink that redirects to another listed post is
    fetched once, and the redirect is counted (``not_recorded.duplicate``), not lost."""
    from sitegen import make_posts, write_site

    root = tmp_path / "site"
    m = write_site(root, make_posts(3, seed=93), per_page=3, full=False, tag="Twice")
    first, second, third = (p["url"] for p in m["posts"])
    rules = root / "rules.json"
    rules.write_text(json.dumps({second: {"redirect": first, "status": 301}}))
    with serve(root, rules) as site:
        c = crawl(tmp_path / "crawl", "-a", f"url={site.url(m['start'])}")
        hits = site.hits()
    assert c.rc == 0, c.log[-3000:]
    assert sorted(c.paths) == sorted([first, third]) and set(c.paths.values()) == {1}
    assert hits[first] == 1 and hits[second] == 1
    assert c.summary["not_recorded"] == {"duplicate": 1}
    assert c.summary["records"] + c.summary["not_recorded"]["duplicate"] == len(m["posts"])
    assert f"redirected to a page already crawled: {site.url(second)}" in c.log


CAPPED_API_PAGE = """<!DOCTYPE html><html><head><title>Capped &#8211; Tag</title>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="alternate" type="application/json" href="/wp-json/wp/v2/tags/7" />
</head><body class="archive tag tag-capped"><h1>Tag: Capped</h1></body></html>"""
ENDLESS_FEED_PAGE = """<!DOCTYPE html><html><head><title>Atomy &#8211; Tag</title>
<link rel="alternate" type="application/atom+xml" title="Atomy" href="/tag/atomy/feed/" />
</head><body class="archive tag tag-atomy"><h1>Tag: Atomy</h1></body></html>"""


def test_api_and_feed_paging_stop_at_the_cap(tmp_path: Path) -> None:
    """Item 3 for the other sources: a REST API answering ``X-WP-TotalPages: 10000``
    and an Atom feed whose ``next`` links never end (new posts on every page) stop at
    ARCHIVE_PAGES_MAX pages each, reported in the summary."""
    root = tmp_path / "site"
    for path, html in (("tag/capped", CAPPED_API_PAGE), ("tag/atomy", ENDLESS_FEED_PAGE)):
        (root / path).mkdir(parents=True)
        (root / path / "index.html").write_text(html, encoding="utf-8")
    rules = root / "rules.json"
    rules.write_text(json.dumps({
        "/wp-json/wp/v2/posts": {"wp_api": {"per_page": 2, "total_pages": 10_000}},
        "/tag/atomy/feed/": {"atom_next": {"per_page": 2}}}))
    with serve(root, rules) as site:
        c = crawl(tmp_path / "crawl", "-a", f"url={site.url('/tag/capped/')},"
                  f"{site.url('/tag/atomy/')}", "-s", "ARCHIVE_PAGES_MAX=5")
        hits = site.hits()
    assert c.rc == 0, c.log[-3000:]
    assert hits.get("/wp-json/wp/v2/posts") == 5 and hits.get("/tag/atomy/feed/") == 5, hits
    want = [f"/api-post/{n}/" for n in range(1, 11)] + [f"/atom-post/{n}/" for n in range(1, 11)]
    assert sorted(c.paths) == sorted(want) and set(c.paths.values()) == {1}, c.log[-3000:]
    assert c.rejects == []
    assert c.summary["via"] == {"api": 1, "feed": 1}
    assert c.summary["pagination"] == {"no_new_posts": 0, "cap_reached": 2}
    assert c.log.count("ARCHIVE_PAGES_MAX=5 archive pages reached") == 2


# ---------------------------------------------------------------------- robots

def test_robots_txt_answering_5xx_closes_the_host_and_4xx_opens_it(tmp_path: Path) -> None:
    """RFC 9309: 503 = disallow all (nothing fetched, said in the summary); 404 = allow."""
    from sitegen import make_posts, write_site

    root = tmp_path / "site"
    m = write_site(root, make_posts(3, seed=91), per_page=3, full=True, tag="Robots")
    with serve(root, robots_status=503) as closed:
        c = crawl(tmp_path / "closed", "-a", f"url={closed.url(m['start'])}")
        hits = closed.hits()
    assert c.records == [] and c.summary["robots_unavailable"] == 1
    assert c.summary["not_recorded"] == {"robots": 1}
    assert set(hits) == {"/robots.txt"}
    assert "assuming it disallows everything (RFC 9309)" in c.log
    with serve(root, robots_status=404) as open_:
        c = crawl(tmp_path / "open", "-a", f"url={open_.url(m['start'])}")
    assert sorted(c.paths) == sorted(p["url"] for p in m["posts"])
    assert c.summary["robots_unavailable"] == 0


# ---------------------------------------------------------------------- JOBDIR lock

def test_a_second_crawl_on_the_same_jobdir_refuses_with_one_line(tmp_path: Path) -> None:
    from sitegen import make_posts, write_site

    root = tmp_path / "site"
    m = write_site(root, make_posts(12, seed=92), per_page=3, full=False, tag="Locked")
    jobdir = tmp_path / "job"
    with serve(root, None) as site:
        url = site.url(m["start"])
        (tmp_path / "a").mkdir()
        first = subprocess.Popen(
            crawl_cmd(tmp_path / "a", "-a", f"url={url}", "-s", f"JOBDIR={jobdir}",
                      "-s", "DOWNLOAD_DELAY=1"),
            cwd=REPO, env=env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            while not (jobdir / "tagwire.lock").exists():
                assert time.monotonic() < deadline and first.poll() is None, "first crawl"
                time.sleep(0.1)
            second = crawl(tmp_path / "b", "-a", f"url={url}", "-s", f"JOBDIR={jobdir}",
                           timeout=60)
        finally:
            first.send_signal(signal.SIGINT)
            first.communicate(timeout=60)
        assert second.rc != 0
        assert second.records == []
        lines = [ln for ln in second.log.splitlines() if "is in use by another crawl" in ln]
        assert lines and f"JOBDIR {jobdir}" in lines[0], second.log[-2000:]
        # Once the first has stopped, the lock is free and the job resumes to the end.
        done = crawl(tmp_path / "c", "-a", f"url={url}", "-s", f"JOBDIR={jobdir}")
    first_records = read_jsonl(tmp_path / "a" / "posts.jsonl")
    union = Counter(urlsplit(r["url"]).path for r in first_records + done.records)
    assert sorted(union) == sorted(p["url"] for p in m["posts"])
    assert set(union.values()) == {1}


# ---------------------------------------------------------------------- time limit offline

def test_normalize_cli_rejects_a_file_over_the_time_limit_and_goes_on(
        tmp_path: Path, tagwire_cmd: list[str]) -> None:
    """Item 1, offline: ``$TAGWIRE_POST_TIME_LIMIT``; the slow file gets one line with
    the reason, the good file its record; exit 1. The limit leaves the good file's first
    page (imports and tables of a fresh process) room on a loaded machine; the slow file
    takes several times the limit even on an idle one."""
    slow = tmp_path / "a-slow.html"
    slow.write_text("<html><head><title>Notes</title></head><body><article><h1>Notes</h1>"
                    + "\n".join(f"<p>Short note {i} of the day.</p>" for i in range(80_000))
                    + "</article></body></html>", encoding="utf-8")
    good = REPO / "tests" / "fixtures" / "pages" / "wp_permalink_reuters.html"
    out = tmp_path / "out.jsonl"
    t0 = time.monotonic()
    done = subprocess.run([*tagwire_cmd, "normalize", str(slow), str(good), "-o", str(out)],
                          cwd=REPO, env=env(TAGWIRE_POST_TIME_LIMIT="10"), capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 1, done.stderr
    assert f"tagwire: {slow}: normalizing took longer than the 10 s limit" in done.stderr
    assert len(read_jsonl(out)) == 1
    assert time.monotonic() - t0 < 90


def test_time_limit_stops_pure_python_work() -> None:
    from normalizer.io.deadline import PostTimeout, time_limit

    t0 = time.monotonic()
    with pytest.raises(PostTimeout, match="0.3 s limit"), time_limit(0.3):
        while True:
            sum(range(1000))
    assert time.monotonic() - t0 < 5
    with time_limit(5):
        pass  # disarmed: no alarm later
    time.sleep(0.1)


# ---------------------------------------------------------------------- private addresses

def test_an_allowed_host_on_a_private_address_is_refused_unless_allowed(
        tmp_path: Path) -> None:
    """Item 2: ALLOWED_HOSTS opens another host, not the crawling machine's own network:
    localhost (loopback) stays refused until ALLOW_PRIVATE_ADDRESSES=1."""
    from sitegen import make_posts, write_site

    root = tmp_path / "site"
    m = write_site(root, make_posts(2, seed=94), per_page=2, full=False, tag="Private")
    secret = root / "secret" / "index.html"
    secret.parent.mkdir(parents=True)
    secret.write_text("<html><body><p>internal</p></body></html>", encoding="utf-8")
    moved = m["posts"][0]["url"]
    rules = root / "rules.json"
    rules.write_text(json.dumps({moved: {"redirect": "http://localhost:{port}/secret/"}}))
    with serve(root, rules) as site:
        refused = crawl(tmp_path / "refused", "-a", f"url={site.url(m['start'])}",
                        "-s", "ALLOWED_HOSTS=localhost")
        assert "/secret/" not in site.hits()
        allowed = crawl(tmp_path / "allowed", "-a", f"url={site.url(m['start'])}",
                        "-s", "ALLOWED_HOSTS=localhost", "-s", "ALLOW_PRIVATE_ADDRESSES=1")
        assert site.hits().get("/secret/") == 1
    assert refused.summary["not_recorded"].get("private_address") == 1
    assert sorted(refused.paths) == [m["posts"][1]["url"]]
    assert "private_address" not in allowed.summary["not_recorded"]
    assert "offsite" not in allowed.summary["not_recorded"]


@pytest.mark.parametrize(("site", "start", "same"), [
    ("https://blog.example/tag/x/", "https://blog.example/", True),
    ("https://www.blog.example/a/", "https://blog.example/", True),      # www. twin
    ("https://blog.example/a/", "http://blog.example/tag/x/", True),     # http -> https
    ("http://blog.example/a/", "https://blog.example/tag/x/", False),    # downgrade
    ("http://blog.example:8080/a/", "http://blog.example/", False),      # another port
    ("http://evil.example/a/", "http://blog.example/", False),           # another host
    ("http://blog.example.evil.example/", "http://blog.example/", False),
])
def test_what_counts_as_the_start_urls_site(site: str, start: str, same: bool) -> None:
    from crawler.middlewares import origin, same_site

    assert same_site(origin(site), origin(start)) is same


@pytest.mark.parametrize(("ip", "public"), [
    ("127.0.0.1", False), ("10.1.2.3", False), ("192.168.0.10", False),
    ("169.254.169.254", False), ("::1", False), ("::ffff:127.0.0.1", False),
    ("0.0.0.0", False), ("93.184.215.14", True), ("2606:4700::1111", True),
])
def test_which_addresses_are_private(ip: str, public: bool) -> None:
    from crawler.middlewares import is_public

    assert is_public(ip) is public
