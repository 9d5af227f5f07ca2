"""The test WordPress itself: every knob changes what the real site serves, live.

These guard the crawl tests' premises (a knob that silently did nothing would make a
matrix cell test the wrong thing)."""
from __future__ import annotations

import json

import pytest

from normalizer.pages import feeds, wp_rest
from tests.services.wordpress import WordPressSite, get


def test_site_serves_every_fixture_post_in_the_tag_archive(wp: WordPressSite) -> None:
    tagged = wp.tagged("diplomacy")
    assert len(tagged) == len(wp.posts) >= 40  # every fixture post is tagged Diplomacy
    status, headers, body = get(wp.tag_url("diplomacy"))
    assert status == 200 and "twentytwentyone" in body.decode()
    found = wp_rest.discover(body, wp.tag_url("diplomacy"), [headers.get("Link", "")])
    assert found.term == ("tag", wp.terms["post_tag"]["diplomacy"])
    url = wp_rest.posts_url(found.api_root, "tag", found.term[1], per_page=100)
    status, headers, body = get(url)
    page = wp_rest.parse_posts(body, url, headers)
    assert page.total == len(tagged)
    assert [p.url for p in page.posts] == [wp.post_url(p) for p in tagged]


def test_posts_mix_editors_more_cuts_and_short_posts(wp: WordPressSite) -> None:
    kinds = {(p.editor, p.more, p.short) for p in wp.posts}
    assert {e for e, _, _ in kinds} == {"classic", "blocks"}
    assert {m for _, m, _ in kinds} == {True, False}
    assert any(s for _, _, s in kinds)
    assert len({p.author for p in wp.posts}) == 2
    assert len({c for p in wp.posts for c in p.categories}) >= 4


@pytest.mark.parametrize("theme, marker", [
    ("twentytwentyone", "twentytwentyone/style.css"),
    ("twentytwentytwo", "wp-block-post-template"),
    ("twentytwentythree", "wp-block-post-template"),
])
def test_theme_knob(wp: WordPressSite, theme: str, marker: str) -> None:
    wp.configure(theme=theme)
    body = get(wp.tag_url("diplomacy"))[2].decode()
    assert marker in body and f"/themes/{theme}/" in body


def test_permalinks_knob(wp: WordPressSite) -> None:
    wp.configure(permalinks="plain")
    assert wp.tag_url("diplomacy").endswith("/?tag=diplomacy")
    status, _, body = get(wp.tag_url("diplomacy", page=2))
    assert status == 200 and f'href="{wp.url}/?p=' in body.decode()
    status, _, body = get(wp.post_url(wp.posts[0]))
    assert status == 200 and wp.posts[0].title in body.decode()
    wp.configure(permalinks="pretty")
    status, _, body = get(wp.post_url(wp.posts[0]))
    assert status == 200 and wp.posts[0].title in body.decode()


@pytest.mark.parametrize("theme", ["twentytwentyone", "twentytwentytwo"])
def test_archive_knob_full_or_excerpt(wp: WordPressSite, theme: str) -> None:
    last_paragraph = "Read more:"
    wp.configure(theme=theme, archive="excerpt")
    assert last_paragraph not in get(wp.tag_url("diplomacy"))[2].decode()
    wp.configure(theme=theme, archive="full")
    assert last_paragraph in get(wp.tag_url("diplomacy"))[2].decode()


def test_feed_excerpt_knob(wp: WordPressSite) -> None:
    url = wp.tag_url("diplomacy") + "feed/"
    assert feeds.parse_feed(get(url)[2], url).full_text
    wp.configure(feed_excerpt=True)
    page = feeds.parse_feed(get(url)[2], url)
    assert page.posts and all(p.summary_only for p in page.posts)


@pytest.mark.parametrize("mode, status", [("401", 401), ("404", 404)])
def test_rest_knob(wp: WordPressSite, mode: str, status: int) -> None:
    wp.configure(rest=mode)
    got, _, body = get(wp.url + "/wp-json/wp/v2/posts")
    assert got == status and json.loads(body)["data"]["status"] == status
    found = wp_rest.discover(get(wp.tag_url("diplomacy"))[2], wp.tag_url("diplomacy"))
    assert (found.api_root is not None) == (mode == "401")  # 401 still announces it


def test_feeds_knob(wp: WordPressSite) -> None:
    wp.configure(feeds="off")
    assert get(wp.tag_url("diplomacy") + "feed/")[0] == 404
    found = wp_rest.discover(get(wp.tag_url("diplomacy"))[2], wp.tag_url("diplomacy"))
    assert found.feeds == ()
