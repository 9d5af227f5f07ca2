"""``crawler.platforms``: which source a start URL is crawled from, on heads saved from the
real WordPress (``tests/fixtures/wordpress``), with the reason for each source passed over."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from crawler import platforms
from normalizer.pages import wp_rest

FIX = Path(__file__).parent / "fixtures" / "wordpress"


def found(name: str, url: str) -> wp_rest.Discovery:
    return wp_rest.discover((FIX / name).read_bytes(), url)


def test_auto_prefers_the_rest_api_then_the_feed():
    url = "http://wp.test/tag/diplomacy/"
    plan = platforms.plan_sources("auto", url, found("tt1-tag-pretty.html", url))
    assert plan.order == ("api", "feed", "html")
    assert (plan.api_root, plan.term_kind, plan.term_id) == ("http://wp.test/wp-json/", "tag", 7)
    assert plan.feed_url == "http://wp.test/tag/diplomacy/feed/"
    assert plan.skipped == () and plan.platform == "wordpress"
    assert platforms.api_page_url(plan, 2, per_page=100, since="2024-01-01").startswith(
        "http://wp.test/wp-json/wp/v2/posts?tags=7&per_page=100&orderby=date&order=desc&page=2"
        "&after=2023-12-31T23:59:59")
    assert platforms.feed_page_url(plan, 2) == "http://wp.test/tag/diplomacy/feed/?paged=2"


def test_plain_permalinks_use_rest_route_and_the_query_feed():
    url = "http://wp.test/?tag=diplomacy"
    plan = platforms.plan_sources("auto", url, found("tt2-tag-plain.html", url))
    assert plan.order == ("api", "feed", "html")
    assert platforms.api_page_url(plan, 1, per_page=100, since=None).startswith(
        "http://wp.test/index.php?rest_route=/wp/v2/posts&tags=7&per_page=100")
    assert "feed=rss2" in plan.feed_url and "tag=diplomacy" in plan.feed_url


def test_without_rest_links_or_feeds_auto_goes_to_html_saying_why():
    url = "http://wp.test/author/lmarsh/"
    plan = platforms.plan_sources("auto", url, found("tt1-author-rest404-nofeeds.html", url))
    assert plan.order == ("html",)
    reasons = dict(plan.skipped)
    assert "REST API" in reasons["api"] and "feed" in reasons["feed"]
    assert "not api:" in plan.describe() and "not feed:" in plan.describe()


def test_via_api_guesses_the_root_where_the_page_hides_it():
    url = "http://wp.test/author/lmarsh/"
    plan = platforms.plan_sources("api", url, found("tt1-author-rest404-nofeeds.html", url))
    assert plan.order == ("api", "html")
    assert (plan.api_root, plan.term_kind, plan.term_slug) == (
        "http://wp.test/wp-json/", "author", "lmarsh")
    assert platforms.term_lookup_url(plan) == (
        "http://wp.test/wp-json/wp/v2/users?slug=lmarsh&_fields=id,name,slug,link")


def test_via_html_and_via_feed():
    url = "http://wp.test/tag/diplomacy/"
    discovery = found("tt1-tag-pretty.html", url)
    assert platforms.plan_sources("html", url, discovery).order == ("html",)
    assert platforms.plan_sources("feed", url, discovery).order == ("feed", "html")


def test_fall_back_records_why_and_ends_with_html():
    url = "http://wp.test/category/world/europe/"
    plan = platforms.plan_sources("auto", url, found("tt3-category-rest401.html", url))
    assert plan.order[0] == "api" and plan.term_kind == "category"
    after = plan.fall_back("HTTP 401")
    assert after.source == "feed" and after.fallbacks == (("api", "HTTP 401"),)
    last = after.fall_back("truncated feed")
    assert last.source == "html" and last.fall_back("x") is None
    assert "api failed: HTTP 401" in last.describe()
    assert pickle.loads(pickle.dumps(last)) == last  # travels in cb_kwargs (JOBDIR, Redis)


def test_blogger_label_page_plans_its_label_feed():
    url = "https://wirewatch.blogspot.com/search/label/Trade"
    page = b"<html><head><meta name='generator' content='Blogger' /></head><body></body></html>"
    plan = platforms.plan_sources("auto", url, wp_rest.discover(page, url))
    assert plan.order == ("feed", "html") and plan.platform == "blogger"
    assert plan.feed_url == ("https://wirewatch.blogspot.com/feeds/posts/default/-/Trade"
                             "?alt=json&max-results=150")
    assert "start-index=151" in platforms.feed_page_url(plan, 2)


def test_a_post_url_is_crawled_as_html_whatever_via_says():
    url = "http://wp.test/2024/03/28/a-post/"
    discovery = found("tt1-tag-pretty.html", "http://wp.test/tag/diplomacy/")
    discovery = wp_rest.Discovery(url=url, api_root=discovery.api_root, feeds=discovery.feeds)
    plan = platforms.plan_sources("api", url, discovery)
    assert plan.order == ("html",) and "not a tag" in dict(plan.skipped)["api"]


@pytest.mark.parametrize("value", ["rss", "API ", ""])
def test_check_via(value):
    if value.strip().lower() in ("api", ""):
        assert platforms.check_via(value) in ("api", "auto")
    else:
        with pytest.raises(platforms.ViaError, match="expected auto, api, feed or html"):
            platforms.check_via(value)
