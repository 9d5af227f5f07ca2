"""A Ghost tag or author archive is crawled through its own RSS (``/tag/SLUG/rss/``, page N
at ``.../rss/N/``), as a WordPress tag is through ``/tag/SLUG/feed/``, though a Ghost page
announces only the site's ``/rss/``.

On real saved Ghost material: the tag and author pages of a Ghost 0.5 blog
(``tests/fixtures/real/archives/ghost05-*``) and that tag's own feed
(``tests/fixtures/real/archives/feeds``, origins in SOURCES.tsv there), served on 127.0.0.1
for the crawl.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from crawler import platforms
from normalizer.pages import feeds, wp_rest
from tests.httpserver import serve

REPO = Path(__file__).resolve().parent.parent
ARCHIVES = REPO / "tests" / "fixtures" / "real" / "archives"
TAG_PAGE = ARCHIVES / "ghost05-digitus-tag-react.html"
AUTHOR_PAGE = ARCHIVES / "ghost05-digitus-author-page2.html"
TAG_FEED = ARCHIVES / "feeds" / "ghost05-tag-react-rss.xml"
POST_PAGE = ARCHIVES / "feeds" / "ghost05-post-handling-asynchronous-data-flow-in-flux.html"
POST_PATH = "/handling-asynchronous-data-flow-in-flux/"
EXPORTED_AT = "http://localhost:2368"  # where the static export left the feed's links
POST_TITLE = "Async Server-Side Communication with the Flux Architecture"
FAST = ["-s", "AUTOTHROTTLE_ENABLED=0", "-s", "DOWNLOAD_DELAY=0", "-s", "RETRY_TIMES=1",
        "-s", "TELNETCONSOLE_ENABLED=0", "-s", "ROBOTSTXT_OBEY=0"]


def plan_for(page: Path, url: str, via: str = "auto") -> platforms.SourcePlan:
    return platforms.plan_sources(via, url, wp_rest.discover(page.read_bytes(), url))


def test_a_ghost_tag_page_is_read_through_its_tag_feed() -> None:
    url = "http://mjw56.github.io/tag/react/"
    plan = plan_for(TAG_PAGE, url)
    assert plan.platform == "ghost"
    assert plan.order == ("feed", "html")
    assert (plan.feed_url, plan.feed_kind) == ("http://mjw56.github.io/tag/react/rss/", "ghost")
    assert "Content API" in dict(plan.skipped)["api"]
    assert platforms.feed_page_url(plan, 1) == "http://mjw56.github.io/tag/react/rss/"
    assert platforms.feed_page_url(plan, 3) == "http://mjw56.github.io/tag/react/rss/3/"


def test_an_author_page_two_gives_the_authors_first_feed_page() -> None:
    plan = plan_for(AUTHOR_PAGE, "http://mjw56.github.io/author/mike/page/2/")
    assert (plan.feed_url, plan.feed_kind) == ("http://mjw56.github.io/author/mike/rss/", "ghost")


def test_via_api_on_ghost_guesses_no_wordpress_root() -> None:
    plan = plan_for(TAG_PAGE, "http://mjw56.github.io/tag/react/", via="api")
    assert plan.api_root is None and plan.order == ("feed", "html")


def test_the_same_address_on_a_page_not_made_by_ghost_gets_no_ghost_feed() -> None:
    url = "http://mjw56.github.io/tag/react/"
    page = TAG_PAGE.read_text(encoding="utf-8").replace("Ghost 0.5", "Hugo 0.92")
    plan = platforms.plan_sources("auto", url, wp_rest.discover(page, url))
    assert plan.feed_kind != "ghost" and plan.platform is None
    assert platforms.ghost_feed_url("http://mjw56.github.io/some-post/") is None


def test_the_saved_tag_feed_reads_as_the_tag_page_lists_it() -> None:
    page = feeds.parse_feed(TAG_FEED.read_bytes(), "http://mjw56.github.io/tag/react/rss/")
    assert [p.title for p in page.posts] == [POST_TITLE]
    post = page.posts[0]
    assert post.published and post.published.startswith("2014-11-30")
    assert "react" in post.tags and post.content_html and len(post.content_html) > 2000


def test_a_crawl_of_the_tag_takes_its_posts_from_the_tag_feed(tmp_path: Path) -> None:
    """The real tag page, feed and post page on a local server: the crawl reads the feed,
    not the HTML listing. Ghost 0.5 puts the post in ``<description>`` only, which the
    feed reader takes for a summary, so the post is read from its permalink."""
    site = tmp_path / "site"
    (site / "tag/react/rss").mkdir(parents=True)
    (site / POST_PATH.strip("/")).mkdir(parents=True)
    with serve(site) as server:
        (site / "tag/react/index.html").write_bytes(TAG_PAGE.read_bytes())
        (site / POST_PATH.strip("/") / "index.html").write_bytes(POST_PAGE.read_bytes())
        (site / "tag/react/rss/index.html").write_text(
            TAG_FEED.read_text(encoding="utf-8").replace(EXPORTED_AT, server.base),
            encoding="utf-8")
        out = tmp_path / "posts.jsonl"
        env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        proc = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "tagarchive", *FAST,
             "-a", f"url={server.url('/tag/react/')}", "-O", str(out),
             "-s", f"SUMMARY_PATH={tmp_path / 'summary.json'}"],
            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
        hits = server.hits()
    assert proc.returncode == 0, proc.stderr[-3000:]
    records = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines() if x]
    assert [r["url"] for r in records] == [server.base + POST_PATH]
    assert records[0]["title"] == POST_TITLE and records[0]["stories"] and records[0]["tag"]
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["via"] == {"feed": 1} and summary["posts_from_permalink"] == 1
    assert hits.get("/tag/react/rss/") == 1 and hits.get(POST_PATH) == 1
