"""Listing shapes met on held-out real pages (the corpus's round 2), in small pages of the
same shape: hidden heading text, card and row links named by ``aria-label``, Astro's
archive rows under year rows, Blogger's script-cut summaries, and dates no finer than
the page gives them."""
from __future__ import annotations

import pytest

from normalizer.pages.archive import parse_archive

BASE = "https://blog.example.org"
BODY = "<p>" + "A sentence of the post that goes on for a while. " * 8 + "</p>"


def _page(main: str) -> str:
    return f"<html lang='en'><body><main>{main}</main></body></html>"


def test_text_only_a_screen_reader_hears_is_no_part_of_the_title() -> None:
    posts = "".join(
        f"<article class='post hentry'><span class='entry-date'><a href='/2020/03/p{n}/'>"
        f"1{n} March, 2020</a></span><h2 class='entry-title'><a href='/2020/03/p{n}/' "
        f"rel='bookmark'>Title {n}</a><span class='screen-reader-text'> (1{n} March, 2020)"
        f"</span></h2><div class='entry-summary'><p>Summary {n}.</p></div></article>"
        for n in range(3))
    page = parse_archive(_page(posts), BASE + "/category/news/")
    assert [p.title for p in page.posts] == ["Title 0", "Title 1", "Title 2"]
    assert [p.published for p in page.posts] == ["2020-03-10", "2020-03-11", "2020-03-12"]


def _row(slug: str, day: str, title: str) -> str:
    """An Astro (Fuwari) archive row: one link holding the day, a dot, the title, tags."""
    return (f"<a href='/posts/{slug}/' class='group btn-plain' aria-label='{title}'>"
            f"<div class='flex'><div class='text-sm'>{day}</div><div class='dot'></div>"
            f"<div class='title'>{title}</div><div class='tags'>#{slug}</div></div></a>")


def _year(year: int, rows: str) -> str:
    return (f"<div><div class='flex'><div class='year'>{year}</div><div class='w'></div>"
            f"<div class='count'>{rows.count('<a ')} posts</div></div>{rows}</div>")


def test_archive_rows_under_year_rows_are_posts_with_their_dates() -> None:
    main = ("<div class='card-base'>"
            + _year(2024, _row("a", "06-05", "First [Misc]") + _row("b", "01-12", "Second"))
            + _year(2023, _row("c", "11-30", "Third")) + "</div>")
    page = parse_archive(_page(main), BASE + "/archive/category/misc/")
    assert page.is_archive
    assert [(p.url, p.title, p.published, p.is_excerpt) for p in page.posts] == [
        (BASE + "/posts/a/", "First [Misc]", "2024-06-05", True),
        (BASE + "/posts/b/", "Second", "2024-01-12", True),
        (BASE + "/posts/c/", "Third", "2023-11-30", True),
    ]


def test_a_tag_address_may_list_a_single_dated_row_but_another_page_may_not() -> None:
    main = "<div class='card-base'>" + _year(2023, _row("c", "06-14", "Only one")) + "</div>"
    page = parse_archive(_page(main), BASE + "/archive/tag/one/")
    assert [(p.title, p.published, p.is_excerpt) for p in page.posts] == [
        ("Only one", "2023-06-14", True)]
    assert parse_archive(_page(main), BASE + "/about/").posts == []


def test_a_card_link_without_text_is_named_by_its_aria_label() -> None:
    cards = "".join(
        f"<div class='card'><a href='/posts/p{n}/' aria-label='Post {n}'><img src='/c{n}.webp'>"
        f"</a><div><span class='text-sm'>2024-06-1{n}</span></div></div>" for n in range(3))
    page = parse_archive(_page(f"<div id='post-container'>{cards}</div>"), BASE + "/")
    assert [(p.title, p.published) for p in page.posts] == [
        ("Post 0", "2024-06-10"), ("Post 1", "2024-06-11"), ("Post 2", "2024-06-12")]


def _blogger(n: int, script: bool) -> str:
    cut = (f"<script type='text/javascript'>createSummary(\"summary{n}00\");</script>"
           if script else "")
    return (f"<div class='post-outer'><h2 class='post-title'><a href='/2015/11/p{n}.html'>"
            f"Post {n}</a></h2><abbr class='published' title='2015-11-1{n}T10:15:00-08:00'>"
            f"10:15 AM</abbr><div class='summary' id='summary{n}00'>{BODY}{BODY}</div>{cut}"
            f"<div class='post-readmore'><a href='/2015/11/p{n}.html'>Read More</a></div></div>")


def test_a_summary_a_script_cuts_in_the_browser_holds_the_whole_post() -> None:
    page = parse_archive(_page("".join(_blogger(n, True) for n in range(3))),
                         BASE + "/search/label/Travel")
    assert [p.is_excerpt for p in page.posts] == [False, False, False]
    assert page.display_uncertain  # a crawler compares one post with its permalink
    page = parse_archive(_page("".join(_blogger(n, False) for n in range(3))),
                         BASE + "/search/label/Travel")
    assert [p.is_excerpt for p in page.posts] == [True, True, True]


@pytest.mark.parametrize(("path", "published"), [
    ("/2014/first-post/", None),            # a year: no day to give
    ("/2014/05/second-post/", None),        # a month: no day either
    ("/2014/05/06/third-post/", "2014-05-06"),
])
def test_a_date_from_the_address_is_never_finer_than_the_address(path: str,
                                                                  published: str | None) -> None:
    posts = "".join(f"<article><h2><a href='{path}{n}/'>Post {n}</a></h2>{BODY}</article>"
                    for n in range(2))
    page = parse_archive(_page(posts), BASE + "/tag/x/")
    assert [p.published for p in page.posts] == [published, published]


def _news_page(article: bool) -> str:
    """A news article page (or its frame without the article) with teaser cards."""
    text = "".join(f"<p>{'Words of the article that carry on and on. ' * 6}{n}</p>"
                   for n in range(4)) if article else ""
    cards = "".join(f"<article class='teaser'><a href='/nouvelle/{n}/other-story-{n}'>"
                    f"<img src='/i{n}.jpg'><h3>Other story {n}</h3></a></article>"
                    for n in range(6))
    return (f"<html><body><main><h1>The article</h1><section class='content'>{text}</section>"
            f"<aside class='related-teasers'></aside><div class='more'>{cards}</div></main>"
            "</body></html>")


def test_an_article_beside_teaser_cards_is_no_archive_but_a_section_page_is() -> None:
    url = BASE + "/nouvelle/7/the-article"
    assert not parse_archive(_news_page(True), url).is_archive
    assert parse_archive(_news_page(False), url).is_archive  # cards alone: a listing
    # the same page at a listing's address says it is one
    assert parse_archive(_news_page(True), BASE + "/category/world/").is_archive


def test_year_lists_of_links_with_the_month_and_day_inside_the_link() -> None:
    """Hugo's hello-friend-ng list: one ``<ul>`` a year under its year row, each link
    holding the title and "Aug 21"."""
    def group(year: int, items: list[tuple[str, str]]) -> str:
        lis = "".join(f"<li class='post-item'><a href='/posts/{slug}/' class='post-item-inner'>"
                      f"<span class='post-title'>{slug.title()}</span>\n  <span class='post-day'>"
                      f"\n      {day}\n  </span></a></li>" for slug, day in items)
        return (f"<div class='posts-group'><div class='post-year'>{year}</div>"
                f"<ul class='posts-list'>{lis}</ul></div>")
    main = (group(2025, [("one", "Aug 21")]) + group(2021, [("two", "Oct 31"), ("three", "Oct 2"),
                                                           ("four", "Sep 12")])
            + group(2019, [("five", "Aug 18")]))
    page = parse_archive(_page(f"<h1>Posts</h1>{main}"), BASE + "/posts/")
    assert [(p.title, p.published) for p in page.posts] == [
        ("One", "2025-08-21"), ("Two", "2021-10-31"), ("Three", "2021-10-02"),
        ("Four", "2021-09-12"), ("Five", "2019-08-18")]


def test_a_listing_in_main_is_no_widget_whatever_its_class() -> None:
    """A Hugo home's own list in ``<main>`` classed "recent-posts"; the same class on a
    box outside ``<main>`` stays a sidebar widget."""
    def posts(prefix: str) -> str:
        return "".join(f"<div class='post'><div class='date'><span class='day'>1{n}</span>"
                       f"<span class='rest'>Aug 2020</span></div><h3><a href='/{prefix}{n}/'>"
                       f"Post {n}</a></h3>"
                       f"<span class='description'>A line about it ...</span></div>"
                       for n in range(3))
    html = (f"<html><body><main><div class='recent-posts'>{posts('posts/p')}</div></main>"
            f"<aside><div class='recent-posts'>{posts('other/q')}</div></aside></body></html>")
    page = parse_archive(html, BASE + "/")
    assert [p.url for p in page.posts] == [BASE + f"/posts/p{n}/" for n in range(3)]
    assert [p.published for p in page.posts] == ["2020-08-10", "2020-08-11", "2020-08-12"]
