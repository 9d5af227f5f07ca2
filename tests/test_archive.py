"""normalizer.pages.archive: what an archive page lists, read offline from saved pages."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalizer.pages.archive import parse_archive
from normalizer.pages.urls import canonical_post_url
from normalizer.text.dates import parse_any_date

SITES = Path(__file__).parent / "fixtures" / "sites"
BASE = "http://blog.example.org"


def _page(site: str, path: str) -> str:
    f = SITES / site / path.lstrip("/")
    return (f / "index.html" if path.endswith("/") else f).read_text(encoding="utf-8")


def _manifest(site: str) -> dict:
    return json.loads((SITES / site / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("site", ["wp-kubrick-full", "wp-modern-excerpts", "blogger-label",
                                  "wp-loop", "wp-robots", "wp-empty-post"])
def test_archive_pages_list_every_post_with_its_date_and_the_next_page(site: str) -> None:
    m = _manifest(site)
    listed, path, pages = [], m["start"], []
    while path and len(pages) < 10:
        pages.append(path)
        page = parse_archive(_page(site, path), BASE + path)
        assert page.is_archive
        assert page.tag is not None
        listed.extend(page.posts)
        path = page.next_url and page.next_url.removeprefix(BASE)
        if path in pages:  # the loop site links back to its first page
            break
    assert pages == m["pages"]
    assert [p.url for p in listed] == [BASE + p["url"] for p in m["posts"]]
    assert [p.published for p in listed] == [p["published"] for p in m["posts"]]
    assert [p.title for p in listed] == [p["title"] for p in m["posts"]]
    for post, want in zip(listed, m["posts"], strict=True):
        assert post.is_excerpt == (not m["full"] or want["empty"]), post.url
        if m["full"] and not want["empty"]:
            assert "wp-caption-text" in post.content_html
            assert "(Reporting by" in post.content_html or "AFP" in post.content_html \
                or "contributed to this report" in post.content_html


@pytest.mark.parametrize(("site", "tag"), [
    ("wp-kubrick-full", "Sanctions"), ("wp-modern-excerpts", "Energy"),
    ("blogger-label", "Trade"),
])
def test_archive_tag_is_read_from_the_page_heading(site: str, tag: str) -> None:
    m = _manifest(site)
    assert parse_archive(_page(site, m["start"]), BASE + m["start"]).tag == tag


def test_loop_site_last_page_points_back_to_the_first() -> None:
    m = _manifest("wp-loop")
    last = m["pages"][-1]
    assert parse_archive(_page("wp-loop", last), BASE + last).next_url == BASE + m["start"]


@pytest.mark.parametrize("site", ["wp-kubrick-full", "wp-modern-excerpts", "blogger-label"])
def test_permalink_pages_are_not_archives(site: str) -> None:
    post = _manifest(site)["posts"][0]["url"]
    page = parse_archive(_page(site, post), BASE + post)
    assert not page.is_archive
    assert page.next_url is None


def test_listing_metadata_modern_theme() -> None:
    m = _manifest("wp-modern-excerpts")
    post = parse_archive(_page("wp-modern-excerpts", m["start"]), BASE + m["start"]).posts[0]
    assert post.author == "Wire Desk"
    assert post.categories and post.tags and "Energy" not in post.categories
    assert "Continue reading" in post.content_html


KUBRICK_SNIPPET = """<html><body class="archive category">
<h2 class="pagetitle">Archive for the &#8216;Middle East&#8217; Category</h2>
<div class="post" id="post-1"><h2><a href="/2017/11/23/a/" rel="bookmark">A</a></h2>
<small>Thursday, November 23rd, 2017</small>
<div class="entry"><p>Text of A.</p>
<p>Read More: <a href="https://www.haaretz.com/x">Another story</a></p></div></div>
<div class="post" id="post-2"><h2><a href="/2017/11/22/b/?share=twitter" rel="bookmark">B</a></h2>
<small>Wednesday, November 22nd, 2017</small>
<div class="entry"><p>Start of B.</p>
<a href="/2017/11/22/b/#more-2" class="more-link">\
Read the rest of this entry &raquo;</a></div></div>
<div class="navigation"><div class="alignleft">\
<a href="/category/middle-east/page/2/">&laquo; Older Entries</a></div>
<div class="alignright"><a href="/category/middle-east/">Newer Entries &raquo;</a></div></div>
</body></html>"""


def test_in_post_read_more_is_not_an_excerpt_but_a_more_link_is() -> None:
    page = parse_archive(KUBRICK_SNIPPET, "https://wire.example.com/category/middle-east/page/1/")
    assert page.tag == "Middle East"
    a, b = page.posts
    assert (a.is_excerpt, b.is_excerpt) == (False, True)
    assert b.url == "https://wire.example.com/2017/11/22/b/"
    assert (a.published, b.published) == ("2017-11-23", "2017-11-22")
    assert page.next_url == "https://wire.example.com/category/middle-east/page/2/"


@pytest.mark.parametrize(("heading", "tag"), [
    ("Posts Tagged &#8216;Lavrov&#8217;", "Lavrov"),
    ("Tag Archives: Lavrov", "Lavrov"),
    ("Tag: <span>North Korea</span>", "North Korea"),
    ("Category: World News", "World News"),
    ("Category Archives: Asia", "Asia"),
])
def test_tag_headings(heading: str, tag: str) -> None:
    html = (f'<html><body class="archive"><h1 class="page-title">{heading}</h1>'
            '<article class="post"><h2 class="entry-title"><a href="/p/1/">One</a></h2>'
            '<div class="entry-content"><p>x</p></div></article></body></html>')
    assert parse_archive(html, "https://b.example/some/where/").tag == tag


@pytest.mark.parametrize(("url", "tag"), [
    ("https://b.example.com/search/label/North%20Korea", "North Korea"),
    ("https://b.example.com/tag/rex-tillerson/page/3/", "Rex Tillerson"),
    ("https://b.example.com/category/world/europe/", "Europe"),
])
def test_tag_from_the_url_when_the_page_does_not_name_it(url: str, tag: str) -> None:
    html = ('<html><body><div class="post"><h2><a href="/2020/01/01/x/">X</a></h2>'
            '<div class="entry"><p>x</p></div></div>'
            '<div class="post"><h2><a href="/2020/01/02/y/">Y</a></h2>'
            '<div class="entry"><p>y</p></div></div></body></html>')
    assert parse_archive(html, url).tag == tag


@pytest.mark.parametrize(("nav", "expected"), [
    ('<link rel="next" href="/tag/x/page/2/" />', "/tag/x/page/2/"),
    ('<a class="next page-numbers" href="/tag/x/page/2/">Next &raquo;</a>', "/tag/x/page/2/"),
    ('<div class="nav-previous"><a href="/tag/x/page/2/">Older posts</a></div>'
     '<div class="nav-next"><a href="/tag/x/">Newer posts</a></div>', "/tag/x/page/2/"),
    ('<a href="/tag/x/page/2/">Ältere Beiträge</a>', "/tag/x/page/2/"),
    ('<a href="/tag/x/page/2/">Articles plus anciens</a>', "/tag/x/page/2/"),
    ('<span class="pages">1</span><a href="/tag/x/page/2/">2</a>', "/tag/x/page/2/"),
    ('<a href="/tag/x/">Newer posts</a>', None),
    ('<link rel="next" href="/tag/x/" />', None),  # links to itself: no next page
])
def test_next_page_links(nav: str, expected: str | None) -> None:
    html = ('<html><head>{h}</head><body class="archive tag"><article class="post">'
            '<h2><a href="/2020/01/01/p/">P</a></h2><div class="entry-content"><p>t</p></div>'
            '</article>{b}</body></html>').format(h=nav if nav.startswith("<link") else "",
                                                  b="" if nav.startswith("<link") else nav)
    page = parse_archive(html, "https://b.example/tag/x/")
    assert page.next_url == (expected and "https://b.example" + expected)


@pytest.mark.parametrize(("url", "canonical"), [
    ("https://Blog.Example.com/2017/12/08/x/", "https://blog.example.com/2017/12/08/x/"),
    ("https://blog.example.com/2017/12/08/x/?share=twitter&nb=1",
     "https://blog.example.com/2017/12/08/x/"),
    ("https://blog.example.com/2017/12/08/x/?replytocom=1234#respond",
     "https://blog.example.com/2017/12/08/x/"),
    ("https://blog.example.com/2017/12/08/x/?utm_source=tw&utm_medium=social",
     "https://blog.example.com/2017/12/08/x/"),
    ("https://blog.example.com/2017/12/08/x/#more-110437",
     "https://blog.example.com/2017/12/08/x/"),
    ("http://blog.example.com:80/a.html?m=1", "http://blog.example.com/a.html"),
    ("https://blog.example.com/?p=123&utm_campaign=x", "https://blog.example.com/?p=123"),
    ("https://blog.example.com:8443/a/", "https://blog.example.com:8443/a/"),
])
def test_canonical_post_url(url: str, canonical: str) -> None:
    assert canonical_post_url(url) == canonical


@pytest.mark.parametrize(("text", "iso"), [
    ("Monday, December 11th, 2017", "2017-12-11"),
    ("2017-12-09T10:15:00+01:00", "2017-12-09"),
    ("Posted on 9 Dec 2017 by admin", "2017-12-09"),
    ("November 30, 2017", "2017-11-30"),
    ("Sonntag, 10. Dezember 2017", "2017-12-10"),
    ("3 Comments", None),
])
def test_parse_date(text: str, iso: str | None) -> None:
    assert parse_any_date(text) == iso


def test_blogger_date_header_dates_the_posts_below_it() -> None:
    html = ('<html><body><div class="blog-posts"><div class="date-outer">'
            '<h2 class="date-header"><span>Tuesday, March 5, 2024</span></h2>'
            '<div class="post-outer"><div class="post"><h3 class="post-title">'
            '<a href="/2024/03/a.html">A</a></h3><div class="post-body"><p>a</p></div></div></div>'
            '<div class="post-outer"><div class="post"><h3 class="post-title">'
            '<a href="/2024/03/b.html">B</a></h3><div class="post-body"><p>b</p></div></div></div>'
            '</div></div></body></html>')
    page = parse_archive(html, "https://x.blogspot.com/search/label/Trade")
    assert [p.published for p in page.posts] == ["2024-03-05", "2024-03-05"]
    assert page.tag == "Trade"
