"""The HTML path on pages saved from the real WordPress (``tests/fixtures/wordpress``):
plain permalinks, the block themes' excerpt block, and a date link before the title."""
from __future__ import annotations

from pathlib import Path

from normalizer.pages.archive import parse_archive
from normalizer.pages.urls import looks_like_permalink, plain_permalink

FIX = Path(__file__).parent / "fixtures" / "wordpress"


def test_plain_permalink_archive_lists_its_posts_and_pages_on():
    """Twenty Twenty-Two with plain permalinks: /?tag=x lists /?p=N posts, next ?paged=2."""
    page = parse_archive((FIX / "tt2-tag-plain.html").read_bytes(), "http://wp.test/?tag=diplomacy")
    assert page.is_archive and page.tag == "Diplomacy"
    assert len(page.posts) == 5
    assert all(p.url.startswith("http://wp.test/?p=") for p in page.posts)
    assert page.next_url == "http://wp.test/?paged=2&tag=diplomacy"
    # The excerpt block marks every post as an excerpt, even one cut with no "[…]".
    assert all(p.is_excerpt for p in page.posts)


def test_plain_permalinks_are_posts_and_the_home_page_is_not():
    page = "http://wp.test/?tag=x"
    assert plain_permalink("http://wp.test/?p=12") and plain_permalink("http://wp.test/index.php?page_id=7")
    assert looks_like_permalink("http://wp.test/?p=12", page)
    assert not looks_like_permalink("http://wp.test/", page)
    assert not looks_like_permalink("http://wp.test/?paged=2&tag=x", page)
    assert not plain_permalink("http://wp.test/?p=abc")
    assert not plain_permalink("http://wp.test/blog/?p=12")


def test_classic_theme_excerpts_are_excerpts_even_unmarked():
    """Twenty Twenty-One's excerpts: long posts end in "…" and "Continue reading"; a short
    teaser before <!--more--> shows no marker. Every post is an excerpt, and the page says
    its display is uncertain (the crawler may check one post against its permalink)."""
    page = parse_archive((FIX / "tt1-tag-pretty.html").read_bytes(), "http://wp.test/tag/diplomacy/")
    assert len(page.posts) == 5 and all(p.is_excerpt for p in page.posts)
    assert page.display_uncertain


# Twenty Seventeen prints the date (a rel=bookmark link to the permalink) before the title
# link in each post's header (twentyseventeen_time_link, then the_title in an h2); the
# Debian packages ship no Twenty Seventeen, so this is that markup written out.
TT17 = """<!DOCTYPE html><html lang="en-US"><head><title>Diplomacy | Wire Digest</title></head>
<body class="archive tag tag-diplomacy"><main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">Tag: <span>Diplomacy</span></h1></header>
{posts}
<nav class="navigation pagination"><div class="nav-links">
<a class="next page-numbers" href="http://wp.test/tag/diplomacy/page/2/">Next page</a></div></nav>
</main></body></html>"""
TT17_POST = """<article id="post-{n}" class="post-{n} post type-post status-publish hentry">
<header class="entry-header"><div class="entry-meta"><span class="posted-on">
<span class="screen-reader-text">Posted on</span> <a href="http://wp.test/2024/03/2{n}/post-{n}/"
rel="bookmark"><time class="entry-date published" datetime="2024-03-2{n}T18:00:00+00:00">March
2{n}, 2024</time></a></span></div>
<h2 class="entry-title"><a href="http://wp.test/2024/03/2{n}/post-{n}/" rel="bookmark">Title
number {n}</a></h2></header>
<div class="entry-content"><p>LIMA (Reuters) - Body text of post {n}, long enough to read as a
paragraph of a wire story pasted into a blog post.</p></div></article>"""


def test_a_date_link_before_the_title_is_not_taken_for_the_title():
    html = TT17.format(posts="".join(TT17_POST.format(n=n) for n in range(1, 4)))
    page = parse_archive(html, "http://wp.test/tag/diplomacy/")
    assert [p.title for p in page.posts] == [f"Title number {n}" for n in range(1, 4)]
    assert [p.published for p in page.posts] == [f"2024-03-2{n}" for n in range(1, 4)]
