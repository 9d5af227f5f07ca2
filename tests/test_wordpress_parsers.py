"""Unit tests of the platform parsers (``normalizer.pages.feeds``, ``normalizer.pages.wp_rest``)
on answers saved from the real WordPress (``tests/fixtures/wordpress``, see SOURCES there;
regenerate with ``python -m tests.services.wordpress.save_fixtures``)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalizer.pages import feeds, wp_rest

FIX = Path(__file__).parent / "fixtures" / "wordpress"


def load(name: str) -> tuple[bytes, dict]:
    meta = json.loads((FIX / f"{name}.meta.json").read_text(encoding="utf-8")) if (
        FIX / f"{name}.meta.json").exists() else {"url": f"http://wp.test/{name}", "headers": {}}
    return (FIX / name).read_bytes(), meta


# ----------------------------------------------------------------------------- discovery

@pytest.mark.parametrize("name, api_root, term, feed_suffix", [
    ("tt1-tag-pretty.html", "http://wp.test/wp-json/", ("tag", 7), "/tag/diplomacy/feed/"),
    ("tt2-tag-plain.html", "http://wp.test/index.php?rest_route=/", ("tag", 7),
     "feed=rss2&tag=diplomacy"),
    ("tt3-category-rest401.html", "http://wp.test/wp-json/", ("category", 3),
     "/category/world/europe/feed/"),
])
def test_discover_reads_api_root_term_and_feeds_from_the_head(name, api_root, term, feed_suffix):
    body, meta = load(name)
    found = wp_rest.discover(body, meta["url"])
    assert found.api_root == api_root
    assert found.term == term
    assert found.is_wordpress and found.generator.startswith("WordPress 6.1")
    rss = [href for kind, href in found.feeds if kind == "rss"]
    assert any(href.endswith(feed_suffix) for href in rss), found.feeds


def test_discover_without_rest_links_or_feeds():
    body, meta = load("tt1-author-rest404-nofeeds.html")
    found = wp_rest.discover(body, meta["url"])
    assert found.api_root is None and found.term is None
    assert found.feeds == ()
    assert found.is_wordpress  # the generator meta still says so


@pytest.mark.parametrize("meta", ["<meta name='generator' content='Blogger' />",
                                  "<meta content='blogger' name='generator'/>"])
def test_meta_generator_in_either_attribute_order(meta):
    assert wp_rest.meta_generator(f"<html><head>{meta}</head><body>".encode()).lower() == (
        "blogger")


def test_discover_reads_link_headers_when_the_head_has_none():
    headers = ['<http://wp.test/wp-json/>; rel="https://api.w.org/"',
               '<http://wp.test/wp-json/wp/v2/tags/7>; rel="alternate"; type="application/json"']
    found = wp_rest.discover(b"<html><head></head><body></body></html>",
                             "http://wp.test/tag/x/", headers)
    assert found.api_root == "http://wp.test/wp-json/"
    assert found.term == ("tag", 7)


@pytest.mark.parametrize("url, expected", [
    ("https://b.example/tag/lavrov/", ("tag", "lavrov", None, 1)),
    ("https://b.example/tag/lavrov/page/3/", ("tag", "lavrov", None, 3)),
    ("https://b.example/en/tag/sergei-lavrov", ("tag", "sergei-lavrov", None, 1)),
    ("https://b.example/category/world/europe/", ("category", "europe", None, 1)),
    ("https://b.example/author/wiredesk/page/2/", ("author", "wiredesk", None, 2)),
    ("https://b.example/?tag=lavrov", ("tag", "lavrov", None, 1)),
    ("https://b.example/?tag=lavrov&paged=4", ("tag", "lavrov", None, 4)),
    ("https://b.example/?cat=12", ("category", None, 12, 1)),
    ("https://b.example/index.php?author=3&paged=2", ("author", None, 3, 2)),
    ("https://b.example/?category_name=world/europe", ("category", "europe", None, 1)),
    ("https://b.example/2024/03/28/a-post/", None),
    ("https://b.example/?p=12", None),
    ("https://b.example/search/label/Trade", None),
])
def test_archive_term_maps_pretty_and_plain_archive_urls(url, expected):
    term = wp_rest.archive_term(url)
    got = None if term is None else (term.kind, term.slug, term.id, term.page)
    assert got == expected


def test_term_from_rest_url_both_forms():
    assert wp_rest.term_from_rest_url("http://h/wp-json/wp/v2/categories/3") == ("category", 3)
    assert wp_rest.term_from_rest_url("http://h/index.php?rest_route=/wp/v2/users/2") == (
        "author", 2)
    assert wp_rest.term_from_rest_url("http://h/wp-json/wp/v2/pages/2") is None


# ----------------------------------------------------------------------------- URLs

def test_posts_url_pretty_and_plain_forms():
    pretty = wp_rest.posts_url("http://h/wp-json/", "tag", 7, page=2, after="2024-03-20")
    assert pretty.startswith("http://h/wp-json/wp/v2/posts?tags=7&per_page=100&")
    assert "page=2" in pretty and "after=2024-03-19T23:59:59" in pretty
    assert "_fields=id,link," in pretty and "_embed=author,wp:term" in pretty
    plain = wp_rest.posts_url("http://h/index.php?rest_route=/", "author", 3)
    assert plain.startswith("http://h/index.php?rest_route=/wp/v2/posts&author=3&per_page=100")
    assert "page=" not in plain.replace("per_page", "")
    category = wp_rest.posts_url("http://h/wp-json/", "category", 2)
    assert "categories%5Bterms%5D=2&categories%5Binclude_children%5D=true" in category
    with pytest.raises(ValueError, match="per_page"):
        wp_rest.posts_url("http://h/wp-json/", "tag", 7, per_page=500)


def test_term_lookup_url_and_guessed_roots():
    url = wp_rest.term_lookup_url("http://h/?rest_route=/", wp_rest.ArchiveTerm("category",
                                                                                slug="europe"))
    assert url == "http://h/?rest_route=/wp/v2/categories&slug=europe&_fields=id,name,slug,link"
    assert wp_rest.guess_api_roots("https://h.example/tag/x/?a=1") == [
        "https://h.example/wp-json/", "https://h.example/?rest_route=/"]


# ----------------------------------------------------------------------------- REST answers

def test_parse_posts_reads_a_real_answer_with_paging_and_names():
    body, meta = load("rest-posts-tag.json")
    page = wp_rest.parse_posts(body, meta["url"], meta["headers"])
    assert (page.total, page.total_pages, len(page.posts)) == (12, 3, 5)
    first = page.posts[0]
    assert first.url.startswith("http://wp.test/2024/03/28/")
    assert first.published == "2024-03-28T18:00:00+00:00"
    assert first.author in ("Wire Desk", "Lena Marsh")
    assert "Diplomacy" in first.tags and first.categories
    assert "<p>" in first.content_html and "wp-caption" in first.content_html
    assert all(p.title and p.content_html for p in page.posts)
    authors = {p.author for p in page.posts}
    assert authors == {"Wire Desk", "Lena Marsh"}


def test_parse_posts_plain_permalinks():
    body, meta = load("rest-posts-plain.json")
    page = wp_rest.parse_posts(body, meta["url"], meta["headers"])
    assert len(page.posts) == 5 and page.total_pages == 3
    assert all(p.url.startswith("http://wp.test/?p=") for p in page.posts)


@pytest.mark.parametrize("name, status, code", [
    ("rest-401.json", 401, "rest_disabled"), ("rest-404.json", 404, "rest_no_route")])
def test_parse_posts_refusals_raise_with_the_status(name, status, code):
    body, meta = load(name)
    with pytest.raises(wp_rest.RestError, match=code) as err:
        wp_rest.parse_posts(body, meta["url"], meta["headers"], status=meta["status"])
    assert err.value.status == status
    assert meta["url"] in str(err.value)


def test_parse_posts_html_or_truncated_json_raise_naming_the_url():
    html_body, _ = load("tt1-tag-pretty.html")
    with pytest.raises(wp_rest.RestError, match="HTML instead of JSON"):
        wp_rest.parse_posts(html_body, "http://wp.test/wp-json/wp/v2/posts")
    body, meta = load("rest-posts-tag.json")
    with pytest.raises(wp_rest.RestError, match="truncated") as err:
        wp_rest.parse_posts(body[: len(body) // 2], meta["url"])
    assert meta["url"] in str(err.value)


def test_parse_terms_lookup():
    body, meta = load("rest-tags-slug.json")
    assert [(t["id"], t["slug"]) for t in wp_rest.parse_terms(body, meta["url"])] == [
        (7, "diplomacy")]


def test_local_iso_keeps_the_site_offset():
    assert wp_rest.local_iso("2024-03-28T19:00:00", "2024-03-28T18:00:00") == (
        "2024-03-28T19:00:00+01:00")
    assert wp_rest.local_iso("2024-03-28T13:30:00", "2024-03-28T18:00:00") == (
        "2024-03-28T13:30:00-04:30")


# ----------------------------------------------------------------------------- feeds

def test_rss_full_text_feed_from_wordpress():
    body, meta = load("feed-rss2-full.xml")
    page = feeds.parse_feed(body, meta["url"])
    assert page.kind == "rss" and page.generator == "WordPress" and page.full_text
    assert len(page.posts) == 5
    first = page.posts[0]
    assert first.published == "2024-03-28T18:00:00+00:00"
    assert first.title.startswith("Peru to return")
    assert "Diplomacy" in first.tags and first.author == "Wire Desk"
    assert "<figcaption" in first.content_html and not first.summary_only


def test_rss_summary_feed_is_flagged_summary_only():
    body, meta = load("feed-rss2-excerpt.xml")
    page = feeds.parse_feed(body, meta["url"])
    assert len(page.posts) == 5 and not page.full_text
    assert all(p.summary_only for p in page.posts)


def test_atom_feed_from_wordpress_matches_the_rss():
    rss = feeds.parse_feed(*[load("feed-rss2-full.xml")[0], load("feed-rss2-full.xml")[1]["url"]])
    body, meta = load("feed-atom-full.xml")
    atom = feeds.parse_feed(body, meta["url"])
    assert atom.kind == "atom" and atom.full_text
    assert [p.url for p in atom.posts] == [p.url for p in rss.posts]
    assert [p.published for p in atom.posts] == [p.published for p in rss.posts]
    assert [p.title for p in atom.posts] == [p.title for p in rss.posts]


def test_plain_permalink_feed_page_two():
    body, meta = load("feed-rss2-plain-page2.xml")
    page = feeds.parse_feed(body, meta["url"])
    assert len(page.posts) == 5
    assert all(p.url.startswith("http://wp.test/?p=") for p in page.posts)


@pytest.mark.parametrize("name", ["blogger-label.json", "blogger-label.atom"])
def test_blogger_label_feeds(name):
    body = (FIX / name).read_bytes()
    page = feeds.parse_feed(body, "https://wirewatch.blogspot.com/feeds/posts/default/-/Diplomacy")
    assert page.generator == "Blogger" and page.total == 12
    assert len(page.posts) == 5
    assert [p.summary_only for p in page.posts] == [False] * 4 + [True]
    assert page.next_url and "start-index=6" in page.next_url
    first = page.posts[0]
    assert first.url.startswith("https://wirewatch.blogspot.com/2024/03/")
    assert first.published == "2024-03-28T18:00:00-08:00"
    assert first.tags[0] == "Diplomacy" and first.author == "Wire Desk"


def test_broken_feeds_raise_naming_the_url():
    body, meta = load("feed-rss2-full.xml")
    with pytest.raises(feeds.FeedError, match="truncated") as err:
        feeds.parse_feed(body[: len(body) * 2 // 3], meta["url"])
    assert meta["url"] in str(err.value)
    off, meta_off = load("feed-off.txt")
    with pytest.raises(feeds.FeedError, match="not a feed"):
        feeds.parse_feed(off, meta_off["url"], meta_off["headers"].get("Content-Type"))
    page, _ = load("tt1-tag-pretty.html")
    with pytest.raises(feeds.FeedError, match="not a feed"):
        feeds.parse_feed(page, "http://wp.test/tag/diplomacy/feed/")
    with pytest.raises(feeds.FeedError, match="truncated JSON"):
        feeds.parse_feed((FIX / "blogger-label.json").read_bytes()[:900], "http://b/feed")


def test_feed_urls():
    assert feeds.wordpress_feed_page("http://h/tag/x/feed/", 1) == "http://h/tag/x/feed/"
    assert feeds.wordpress_feed_page("http://h/tag/x/feed/", 3) == "http://h/tag/x/feed/?paged=3"
    assert feeds.wordpress_feed_page("http://h/?feed=rss2&tag=x", 2) == (
        "http://h/?feed=rss2&tag=x&paged=2")
    assert feeds.blogger_label_feed("https://w.blogspot.com/search/label/Trade") == (
        "https://w.blogspot.com/feeds/posts/default/-/Trade?alt=json&max-results=150")
    assert feeds.blogger_label_feed("https://w.blogspot.com/search/label/Trade", alt="atom",
                                    start_index=151) == (
        "https://w.blogspot.com/feeds/posts/default/-/Trade?start-index=151&max-results=150")
    assert feeds.blogger_label_feed("https://w.blogspot.com/2024/03/x.html") is None


def test_looks_like_feed_sniffs_the_body_not_the_header():
    body, _ = load("feed-rss2-full.xml")
    assert feeds.looks_like_feed(body, "text/html") == "rss"
    assert feeds.looks_like_feed(b"<!DOCTYPE html><html>", "application/rss+xml") is None
