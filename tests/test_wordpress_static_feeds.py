"""Feeds served as static files: a Blogger label crawled through its label feed
(``/feeds/posts/default/-/LABEL?alt=json``), and a WordPress feed behind a cache that
ignores query strings (``paged=2`` answers page 1 again).

No Blogger runs locally, so the first site is the saved label feed of
``tests/fixtures/wordpress/blogger-label.json`` (Blogger's format, the fixture posts; see
SOURCES there) served on 127.0.0.1 beside a label page that says it is Blogger, with the
feed's links pointed at the local server. Four entries carry their full content, one a
summary only: its permalink is fetched.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from normalizer.pages.feeds import iso_date
from tests.httpserver import serve

REPO = Path(__file__).resolve().parent.parent
FIX = Path(__file__).parent / "fixtures" / "wordpress"
BLOG = "https://wirewatch.blogspot.com"
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
        "-s", "TELNETCONSOLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0"]
LABEL_PAGE = """<!DOCTYPE html><html><head><meta content='blogger' name='generator'/>
<title>Wire Watch: Diplomacy</title>
<link rel="alternate" type="application/atom+xml" title="Wire Watch - Atom"
 href="{base}/feeds/posts/default" /></head>
<body><div class="status-msg-body">Showing posts with label <b>Diplomacy</b>.</div>
<div class="blog-posts hfeed"></div></body></html>
"""
PERMALINK = """<!DOCTYPE html><html><head><meta content='blogger' name='generator'/>
<title>Wire Watch: {title}</title></head><body class="loading item-view">
<div class="post hentry"><h3 class="post-title entry-title">{title}</h3>
<div class="post-body entry-content">{content}</div></div></body></html>
"""


def write_site(root: Path, base: str) -> dict:
    feed = json.loads((FIX / "blogger-label.json").read_text(encoding="utf-8"))
    text = json.dumps(feed).replace(BLOG, base)
    feed = json.loads(text)
    summary_entry = feed["feed"]["entry"][4]
    assert "summary" in summary_entry
    (root / "feeds/posts/default/-").mkdir(parents=True)
    (root / "feeds/posts/default/-/Diplomacy").write_text(text, encoding="utf-8")
    (root / "search/label/Diplomacy").mkdir(parents=True)
    (root / "search/label/Diplomacy/index.html").write_text(LABEL_PAGE.format(base=base))
    # The summary-only post's own page (the full text the feed left out).
    full = json.loads((FIX / "rest-posts-tag.json").read_text(encoding="utf-8"))[4]
    link = next(lk["href"] for lk in summary_entry["link"] if lk["rel"] == "alternate")
    page = root / link.removeprefix(base).lstrip("/")
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(PERMALINK.format(title=summary_entry["title"]["$t"],
                                     content=full["content"]["rendered"]), encoding="utf-8")
    return feed


def test_blogger_label_feed_gives_every_post_once(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    with serve(site) as server:
        feed = write_site(site, server.base)
        out = tmp_path / "posts.jsonl"
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST,
             "-a", f"url={server.url('/search/label/Diplomacy')}", "-O", str(out),
             "-s", f"SUMMARY_PATH={tmp_path / 'summary.json'}"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        hits = server.hits()
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x]
    links = [next(lk["href"] for lk in e["link"] if lk["rel"] == "alternate")
             for e in feed["feed"]["entry"]]
    assert sorted(r["url"] for r in records) == sorted(links)
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["via"] == {"feed": 1}
    assert summary["posts_from_feed"] == 4 and summary["posts_from_permalink"] == 1
    assert all(r["stories"] and r["tag"] for r in records)
    entries = feed["feed"]["entry"]
    published = {link: iso_date(e["published"]["$t"])
                 for link, e in zip(links, entries, strict=True)}
    from_feed = [r for r in records if r["url"] != links[4]]
    assert all(r["published"] == published[r["url"]] for r in from_feed)
    assert hits.get("/feeds/posts/default/-/Diplomacy?alt=json&max-results=150") == 1


WP_TAG_PAGE = """<!DOCTYPE html><html><head><meta name="generator" content="WordPress 6.1.9" />
<title>Diplomacy - Wire Digest</title>
<link rel="alternate" type="application/rss+xml" title="Diplomacy Tag Feed"
 href="{base}/tag/diplomacy/feed/" /></head>
<body class="archive tag tag-diplomacy"><h1 class="page-title">Tag: <span>Diplomacy</span></h1>
</body></html>
"""


def test_a_feed_that_ignores_paging_is_read_once(tmp_path: Path) -> None:
    """The saved WordPress feed (5 posts, a full page) behind a server that ignores
    ``?paged=2``: page 2 repeats page 1's first post, so paging stops there."""
    site = tmp_path / "site"
    (site / "tag/diplomacy/feed").mkdir(parents=True)
    with serve(site) as server:
        feed = (FIX / "feed-rss2-full.xml").read_text(encoding="utf-8")
        (site / "tag/diplomacy/feed/index.html").write_text(
            feed.replace("http://wp.test", server.base), encoding="utf-8")
        (site / "tag/diplomacy/index.html").write_text(WP_TAG_PAGE.format(base=server.base))
        out = tmp_path / "posts.jsonl"
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST,
             "-a", f"url={server.url('/tag/diplomacy/')}", "-O", str(out),
             "-s", f"SUMMARY_PATH={tmp_path / 'summary.json'}"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        hits = server.hits()
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x]
    assert len(records) == len({r["url"] for r in records}) == 5
    assert sorted(hits) == ["/tag/diplomacy/", "/tag/diplomacy/feed/",
                            "/tag/diplomacy/feed/?paged=2"]
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["via"] == {"feed": 1} and summary["pages"]["feed"] == 2
