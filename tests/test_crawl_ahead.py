"""Numbered archive pages requested ahead of their turn (``ARCHIVE_PAGES_AHEAD``,
:class:`crawler.pagination.PagesAhead`): real crawls against the fault server on
127.0.0.1, each compared with the same crawl fetching one page after another.

The pages ahead change when pages are fetched, never what is read: the records, the
pages read and where a chain stops (``ARCHIVE_PAGES_MAX``, ``max_pages``, the
no-new-post rule) are those of the page-by-page crawl; a page requested past the last
one is a 404 that is counted as unused, not as an error.
"""
from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from faultserver import serve
from sitegen import make_posts, write_site
from waiting import HANG_SECONDS

REPO = Path(__file__).resolve().parent.parent
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=0",
        "-s", "DOWNLOAD_TIMEOUT=10", "-s", "TELNETCONSOLE_ENABLED=0",
        "-s", "NORMALIZE_WORKERS=1", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
PAGE = re.compile(r"/page/(\d+)/$")


@dataclass
class Crawl:
    rc: int
    records: list[dict]
    summary: dict
    log: str

    @property
    def paths(self) -> Counter:
        return Counter(urlsplit(r["url"]).path for r in self.records)

    def comparable(self) -> list[str]:
        """The records without what differs between two crawls of the same pages."""
        out = []
        for record in self.records:
            record = {k: v for k, v in record.items() if k != "fetched_at"}
            out.append(re.sub(r"127\.0\.0\.1:\d+", "127.0.0.1", json.dumps(record,
                                                                          sort_keys=True)))
        return sorted(out)


def crawl(work: Path, *args: str) -> Crawl:
    work.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items()
           if "proxy" not in k.lower() and k != "TAGWIRE_REDIS_URL"}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST, *args,
           "-O", str(work / "posts.jsonl"), "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
           "-s", f"SUMMARY_PATH={work / 'summary.json'}"]
    proc = subprocess.run(cmd, cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=HANG_SECONDS)
    out = work / "posts.jsonl"
    records = [json.loads(x) for x in out.read_text().splitlines()] if out.exists() else []
    summary = json.loads((work / "summary.json").read_text()) \
        if (work / "summary.json").exists() else {}
    return Crawl(proc.returncode, records, summary, proc.stderr)


def archive_hits(hits: dict[str, int], start: str) -> dict[int, int]:
    """Requests per page number of the archive at ``start`` (1: the first page)."""
    out: dict[int, int] = {}
    for path, n in hits.items():
        if path == start:
            out[1] = n
        elif path.startswith(start) and (m := PAGE.search(path)):
            out[int(m[1])] = n
    return out


def with_pager(root: Path, manifest: dict) -> None:
    """Give every archive page a numbered pager ("1 2 3 ... 12") under its posts, as
    WordPress's ``paginate_links`` prints it."""
    pages = manifest["pages"]
    for n, path in enumerate(pages, start=1):
        links = " ".join(f'<span class="page-numbers current">{i}</span>' if i == n else
                         f'<a class="page-numbers" href="{p}">{i}</a>'
                         for i, p in enumerate(pages, start=1))
        file = root / path.lstrip("/") / "index.html"
        html = file.read_text(encoding="utf-8")
        file.write_text(html.replace("</body>", f'<nav class="pagination">{links}</nav></body>'),
                        encoding="utf-8")


def test_a_numbered_archive_is_fetched_ahead_and_each_post_recorded_once(
        tmp_path: Path) -> None:
    """Twelve numbered pages with only an older link: pages are requested ahead, every
    page is fetched once, every post recorded once, the records are those of the
    page-by-page crawl, and the few pages requested past the last are unused 404s."""
    root = tmp_path / "site"
    m = write_site(root, make_posts(60, seed=71), per_page=5, full=True, tag="Ahead")
    with serve(root) as site:
        ahead = crawl(tmp_path / "ahead", "-a", f"url={site.url(m['start'])}")
        hits = archive_hits(site.hits(), m["start"])
    with serve(root) as site:
        one_by_one = crawl(tmp_path / "one", "-a", f"url={site.url(m['start'])}",
                           "-s", "ARCHIVE_PAGES_AHEAD=0")
        sequential_hits = archive_hits(site.hits(), m["start"])
    assert ahead.rc == 0, ahead.log[-3000:]
    assert sorted(ahead.paths) == sorted(p["url"] for p in m["posts"])
    assert set(ahead.paths.values()) == {1}
    assert ahead.comparable() == one_by_one.comparable()
    assert ahead.summary["pages"] == one_by_one.summary["pages"]
    assert {n: hits[n] for n in range(1, 13)} == dict.fromkeys(range(1, 13), 1)
    past = {n: c for n, c in hits.items() if n > 12}
    assert past and set(past.values()) == {1} and max(past) <= 12 + 3, hits
    assert ahead.summary["pages_ahead"]["requested"] >= 8
    assert ahead.summary["pages_ahead"]["unused"] == len(past)
    assert ahead.summary["errors"] == {}, "a page past the last is no error"
    assert sequential_hits == dict.fromkeys(range(1, 13), 1), "0 = one page after another"
    assert one_by_one.summary["pages_ahead"] == {"requested": 0, "unused": 0}


def test_a_numbered_pager_bounds_the_pages_requested_ahead(tmp_path: Path) -> None:
    """A pager that shows the last page number: nothing is requested past it."""
    root = tmp_path / "site"
    m = write_site(root, make_posts(48, seed=72), per_page=4, full=False, tag="Pager")
    with_pager(root, m)
    with serve(root) as site:
        c = crawl(tmp_path / "crawl", "-a", f"url={site.url(m['start'])}")
        hits = archive_hits(site.hits(), m["start"])
    assert c.rc == 0, c.log[-3000:]
    assert sorted(c.paths) == sorted(p["url"] for p in m["posts"])
    assert hits == dict.fromkeys(range(1, 13), 1)
    assert c.summary["pages_ahead"]["requested"] > 0
    assert c.summary["pages_ahead"]["unused"] == 0


def test_the_page_cap_and_max_pages_hold_with_pages_ahead(tmp_path: Path) -> None:
    """``ARCHIVE_PAGES_MAX`` and ``max_pages`` bound the pages requested ahead too: no
    page past the cap is even fetched."""
    root = tmp_path / "site"
    m = write_site(root, make_posts(30, seed=73), per_page=1, full=True, tag="Capped")
    with serve(root) as site:
        capped = crawl(tmp_path / "cap", "-a", f"url={site.url(m['start'])}",
                       "-s", "ARCHIVE_PAGES_MAX=7")
        cap_hits = archive_hits(site.hits(), m["start"])
    with serve(root) as site:
        limited = crawl(tmp_path / "max", "-a", f"url={site.url(m['start'])}",
                        "-a", "max_pages=6")
        max_hits = archive_hits(site.hits(), m["start"])
    assert capped.rc == 0 and limited.rc == 0, capped.log[-3000:] + limited.log[-3000:]
    assert cap_hits == dict.fromkeys(range(1, 8), 1)
    assert sorted(capped.paths) == sorted(p["url"] for p in m["posts"][:7])
    assert capped.summary["pagination"] == {"no_new_posts": 0, "cap_reached": 1}
    assert "ARCHIVE_PAGES_MAX=7 archive pages reached" in capped.log
    assert max_hits == dict.fromkeys(range(1, 7), 1)
    assert sorted(limited.paths) == sorted(p["url"] for p in m["posts"][:6])
    assert capped.summary["pages_ahead"]["requested"] > 0


def test_the_no_new_post_rule_stops_the_chain_with_pages_ahead_in_flight(
        tmp_path: Path) -> None:
    """WordPress answering its last page for any ``/page/N/`` from page 6 on: the chain
    reads page 7 (nothing new) and stops there, as page by page; the pages requested
    beyond it are not read."""
    root = tmp_path / "site"
    spec = {"seed": 74, "n": 12, "per_page": 2, "tag": "Endless", "from": 6}
    m = write_site(root, make_posts(spec["n"], seed=spec["seed"]), per_page=2, full=True,
                   tag="Endless")
    rules = root / "rules.json"
    rules.write_text(json.dumps({"/tag/endless/page/*": {"endless": spec}}))
    with serve(root, rules) as site:
        c = crawl(tmp_path / "crawl", "-a", f"url={site.url(m['start'])}")
        hits = archive_hits(site.hits(), m["start"])
    assert c.rc == 0, c.log[-3000:]
    assert sorted(c.paths) == sorted(p["url"] for p in m["posts"])
    assert set(c.paths.values()) == {1}
    assert c.summary["pagination"] == {"no_new_posts": 1, "cap_reached": 0}
    assert c.summary["pages"]["archive"] == 7
    assert all(hits.get(n) == 1 for n in range(1, 8)), hits
    beyond = [n for n in hits if n > 7]
    assert beyond and max(beyond) <= 7 + 3, hits
    assert c.summary["pages_ahead"]["unused"] == len(beyond)
