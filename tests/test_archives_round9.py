"""The ninth held-out round of real archive pages (``"set": "round9"`` in
``tests/fixtures/real/archives/gold.jsonl``): each page lists the posts its gold names, in
order, with their titles, dates and next page, and the post pages are no archives. Then the
shapes those pages taught, in small pages of the same shape: a definition list of date
terms over title links (Pelican), a table of title, author and date columns whose author
links are profiles (Drupal), a Drupal term page whose body also says "page", a lone
listed post bounded by its own ``<article>``, and numeric dates in plain lines deciding
the day-month order."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalizer.pages.archive import parse_archive

CORPUS = Path(__file__).parent / "fixtures" / "real" / "archives"
GOLD = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text("utf-8").splitlines()]
ROUND9 = [g for g in GOLD if g.get("set") == "round9"]
# Posts whose display the listing cannot tell without fetching them (no marker either
# way): short posts shown whole in a table's title cell, in a WordPress summary element
# with no ellipsis, and in a Drupal teaser with the same "read more" link as cut ones.
UNDECIDABLE_DISPLAY = {
    "aegir-drupal6-category-milestone.html",
    "duraark-wp-author-page2.html",
    "dcamposlo-drupal8-news.html",
}


def _norm(url: str) -> str:
    return url.removesuffix("index.html").rstrip("/")


def test_the_round_has_its_pages() -> None:
    assert len(ROUND9) == 16
    assert sum(not g["is_archive"] for g in ROUND9) == 3


@pytest.mark.parametrize("gold", ROUND9, ids=[g["page"] for g in ROUND9])
def test_each_page_lists_what_its_gold_lists(gold: dict) -> None:
    page = parse_archive((CORPUS / gold["page"]).read_bytes(), gold["url"])
    assert page.is_archive == gold["is_archive"]
    if not gold["is_archive"]:  # (its related-post cards are no listing: not an archive)
        assert page.tag is None
        return
    assert [_norm(p.url) for p in page.posts] == [_norm(g["permalink"]) for g in gold["posts"]]
    assert [p.title for p in page.posts] == [g["title"] for g in gold["posts"]]
    assert [p.published[:10] if p.published else None for p in page.posts] == [
        g["date"] for g in gold["posts"]]
    if gold["page"] not in UNDECIDABLE_DISPLAY:
        assert [p.is_excerpt for p in page.posts] == [
            g["full_or_excerpt"] == "excerpt" for g in gold["posts"]]
    assert (_norm(page.next_url) if page.next_url else None) == (
        _norm(gold["next"]) if gold["next"] else None)


def _page(main: str, body_class: str = "", lang: str = "en") -> str:
    return (f"<html lang='{lang}'><head><title>t</title></head>"
            f"<body class='{body_class}'><main>{main}</main></body></html>")


def test_a_definition_list_of_dates_over_title_links_is_a_listing() -> None:
    """Pelican's Nest theme: ``<dl><dt>Sun 05 March 2017</dt><dd><a/></dd>...``; the date
    is the term the link stands under."""
    rows = "".join(f"<dt>Sun 0{n} March 2017</dt><dd><a href='/post-{n}.html'>Post {n}</a></dd>"
                   for n in range(1, 5))
    page = parse_archive(_page(f"<h1>Category: Physics</h1><dl>{rows}</dl>"),
                         "https://blog.example.org/category/physics.html")
    assert page.is_archive
    assert [p.url for p in page.posts] == [
        f"https://blog.example.org/post-{n}.html" for n in range(1, 5)]
    assert [p.title for p in page.posts] == [f"Post {n}" for n in range(1, 5)]
    assert [p.published for p in page.posts] == [f"2017-03-0{n}" for n in range(1, 5)]


def test_a_table_of_posts_with_profile_links_and_a_date_column_is_a_listing() -> None:
    """Drupal's views table: title, author (a ``/users/name`` profile) and a month-first
    date in its own cell; the author's link is no post, so each row names one post."""
    rows = "".join(
        f"<tr><td class='views-field title'><a href='/event/release-{n}'>Release {n}</a></td>"
        f"<td class='views-field username'><a href='/users/helmo'>helmo</a></td>"
        f"<td class='views-field date'>Wed, 05/{20 + n}/2015 - 19:07</td></tr>"
        for n in range(1, 4))
    html = _page("<table><thead><tr><th>Title</th><th>Author</th><th>Last post</th></tr>"
                 f"</thead><tbody>{rows}</tbody></table>"
                 "<ul class='pager'><li class='pager-next'><a href='?page=1'>Next</a></li></ul>",
                 body_class="not-front page-taxonomy page")
    page = parse_archive(html, "https://community.example.org/category/milestone")
    assert page.is_archive
    assert [p.title for p in page.posts] == ["Release 1", "Release 2", "Release 3"]
    assert [p.published for p in page.posts] == ["2015-05-21", "2015-05-22", "2015-05-23"]
    assert page.next_url == "https://community.example.org/category/milestone?page=1"


def test_a_profile_page_is_never_a_post() -> None:
    """A row's only links going to member profiles (``/user/54``) lists nothing."""
    rows = "".join(f"<tr><td><a href='/user/{n}'>member {n}</a></td><td>05/2{n}/2015</td></tr>"
                   for n in range(1, 4))
    page = parse_archive(_page(f"<table><tbody>{rows}</tbody></table>"),
                         "https://community.example.org/category/members")
    assert page.posts == []


def test_a_lone_listed_post_is_read_within_its_own_article() -> None:
    """A tag page with one post: its container is its ``<article>``, not the page around
    it, so the teaser (a link to the post cut mid-sentence) is what it shows, an excerpt,
    and the site's header is no part of it."""
    main = ("<article class='story'><div class='story-body'>"
            "<h2 class='story-title'><a href='/one-post/'>One post</a></h2>"
            "<div class='clamp'><a href='/one-post/'>What is it? A free engine that"
            " aggregates results from more than 70 services. Users are neither</a></div>"
            "<time datetime='2022-09-29'>29 Sep 2022</time></div></article>")
    html = ("<html lang='en'><body><div class='site'><header class='header-wrap'>"
            "<div class='menu'><p>Home</p><p>About this blog and its author</p>"
            "<p>Contact</p></div></header>"
            f"<main>{main}</main></div></body></html>")
    page = parse_archive(html, "https://blog.example.org/tag/aggregators/")
    assert [p.title for p in page.posts] == ["One post"]
    post = page.posts[0]
    assert post.published == "2022-09-29"
    assert post.is_excerpt
    assert "About this blog" not in (post.content_html or "")


def test_numeric_dates_in_plain_lines_decide_the_page_order() -> None:
    """No element's class says date: the plain by-lines still tell month-first ("10/26")
    from day-first, whatever the page's language would suggest."""
    items = "".join(
        f"<article><h2><a href='/node/{n}'>Post {n}</a></h2>"
        f"<span>Skrevet av admin {d} - 10:20</span><p>Tekst {n}.</p></article>"
        for n, d in ((1, "11/11/2016"), (2, "10/26/2016"), (3, "09/08/2016")))
    page = parse_archive(_page(items, lang="nb"), "https://camp.example.org/news")
    assert [p.published for p in page.posts] == ["2016-11-11", "2016-10-26", "2016-09-08"]
