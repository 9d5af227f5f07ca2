"""An archive page that lists ONE post, whose body repeats one link with a date in its text
(a newspaper's list of issues pasted as links: "... 2019/02/09"), read from a real
WordPress: the post's permalink is its entry's title link, whatever its body repeats.
With several dated lines linking one address the body looked like a title-only list
(Jekyll's ``<li><time/><a/></li>``), and the archive gave the body's link as the post."""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest

from normalizer.pages.archive import parse_archive
from tests.services.wordpress import WordPressSite, get, missing_packages, wordpress_site

TAG = "wire"
N_POSTS = 11  # ten a page: the oldest stands alone on page 2
LINES = 7     # the body's repeated link, as many times as on the real page


def _posts() -> list[dict]:
    day = datetime(2019, 2, 8, 9, 30)
    story = "".join(f"<p>The activist said conditions were met, paragraph {n} of the "
                    "interview with enough words to be a story.</p>\n" for n in range(4))
    posts = []
    for i in range(N_POSTS):
        content = story
        if i == 0:  # the oldest: the paper's issue list pasted under the story, as links
            content += "".join(f'<p><a href="/related/20/">Assabah issue of 2019/02/{9 - n:02d}'
                               "</a></p>\n" for n in range(LINES))
        posts.append({"title": f"Interview number {i}", "slug": f"interview-{i}",
                      "content": content, "date": day + timedelta(days=i), "tags": [TAG]})
    return posts


@pytest.fixture(scope="module")
def site() -> Iterator[WordPressSite]:
    missing = missing_packages()
    if missing:
        pytest.skip(f"no real WordPress: missing Debian packages {' '.join(missing)}")
    with wordpress_site(posts=_posts()) as wp:
        yield wp


@pytest.mark.parametrize("theme, archive", [
    ("twentytwentyone", "full"), ("twentytwentyone", "excerpt"),
    ("twentytwentytwo", "full"), ("twentytwentythree", "full"),
])
def test_a_lone_listed_post_keeps_its_title_link_as_permalink(site: WordPressSite, theme: str,
                                                              archive: str) -> None:
    site.configure(theme=theme, archive=archive)
    url = site.tag_url(TAG, 2)
    status, _, body = get(url)
    assert status == 200, url
    oldest = site.posts[-1]
    page = parse_archive(body, url)
    assert [p.url for p in page.posts] == [site.post_url(oldest)]
    assert page.posts[0].title == oldest.title
    assert page.posts[0].published == "2019-02-08"


def test_a_body_list_of_distinct_dated_links_inside_the_entry_is_no_listing() -> None:
    """The same in a saved page's shape: one ``<article>`` whose title links to the post
    and whose body lists three dated links to three other addresses."""
    lines = "".join(f'<p><a href="/issue/{d}/">Issue of 2019/02/{d:02d}</a></p>'
                    for d in (9, 8, 7))
    html = ("<html><body class='archive tag'><main><article class='post type-post'>"
            "<header><h2 class='entry-title'><a href='/2019/02/08/interview/'>Interview</a>"
            "</h2><time datetime='2019-02-08T09:30:00+01:00'>8 Feb 2019</time></header>"
            f"<div class='entry-content'><p>The interview's text.</p>{lines}</div>"
            "</article></main></body></html>")
    page = parse_archive(html, "https://blog.example/tag/wire/page/2/")
    assert [p.url for p in page.posts] == ["https://blog.example/2019/02/08/interview/"]


def test_a_title_only_list_outside_any_entry_is_still_read() -> None:
    """Jekyll's title-only archive keeps working: the items name different posts."""
    items = "".join(f"<li><time>2019-02-{d:02d}</time> <a href='/2019/02/{d:02d}/post-{d}/'>"
                    f"Post {d}</a></li>" for d in (9, 8, 7))
    html = f"<html><body><main><h1>Archive</h1><ul>{items}</ul></main></body></html>"
    page = parse_archive(html, "https://blog.example/archive/")
    assert [p.url for p in page.posts] == [
        f"https://blog.example/2019/02/{d:02d}/post-{d}/" for d in (9, 8, 7)]
