"""A WordPress block theme's permalink page is dated by its post-date block.

twentytwentytwo and twentytwentythree print the post's date in a ``wp-block-post-date``
block (``<time datetime=...>``), twentytwentythree under the content ("Posted <date> in
..."). With plain permalinks (``/?p=6``) the URL has no date, so a page read without that
block took a date the pasted story prints (a by-line's "20 Novembre 2024") as the post's:
the crawl of a block theme's excerpt archive then disagreed with the REST API, the feed
and the classic theme about the same post. A query loop's post-date blocks (a "more
posts" list) date teasers, not the post.
"""
from __future__ import annotations

import normalizer

PARAS = "".join(
    f"<p>ROMA - {w} striscione sulla tangenziale alla vigilia del derby, la polizia indaga "
    "sugli autori e ha sequestrato il telo nella notte di sabato.</p>"
    for w in ("Uno", "Un secondo", "Un terzo"))


def block_theme_page(post_date: str, teaser_date: str | None = None) -> str:
    """A twentytwentythree single post: a query loop of other posts with their dates
    (where ``teaser_date`` is given), the title, the content (ending in a dated by-line),
    then the "Posted <date> in" row."""
    loop = "" if teaser_date is None else (
        '<div class="wp-block-query"><ul class="wp-block-post-template"><li>'
        '<h2 class="wp-block-post-title"><a href="/?p=2">Altra notizia</a></h2>'
        f'<div class="wp-block-post-date"><time datetime="{teaser_date}">x</time></div>'
        "</li></ul></div>")
    return (
        '<!DOCTYPE html><html lang="it"><head><title>Striscione sulla tangenziale</title>'
        '<meta name="generator" content="WordPress 6.1.9"></head><body>'
        f'<div class="wp-site-blocks">{loop}<main class="wp-block-group">'
        '<h1 class="wp-block-post-title">Striscione sulla tangenziale</h1>'
        f'<div class="entry-content wp-block-post-content">{PARAS}'
        "<p>di Teresa Fallavollita 20 Novembre 2024</p></div>"
        '<div class="wp-block-group"><p>Posted</p><div class="wp-block-post-date">'
        f'<time datetime="{post_date}">January 5, 2025</time></div><p>in</p></div>'
        "</main></div></body></html>")


def test_plain_permalink_page_of_a_block_theme_is_dated_by_its_post_date_block():
    page = block_theme_page("2025-01-05T10:14:00+00:00")
    [record] = normalizer.normalize_page(page, "http://blog.example/?p=6")
    assert record["published"] == "2025-01-05"


def test_a_query_loops_post_dates_do_not_date_the_post():
    page = block_theme_page("2025-01-05T10:14:00+00:00", teaser_date="2023-03-01T08:00:00+00:00")
    [record] = normalizer.normalize_page(page, "http://blog.example/?p=6")
    assert record["published"] == "2025-01-05"
