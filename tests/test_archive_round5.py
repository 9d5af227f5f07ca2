"""The fifth held-out round of real archive pages (``"set": "round5"`` in
``tests/fixtures/real/archives/gold.jsonl``): each page lists the posts its gold names, in
order, with their titles, dates and display, and the pages that list nothing list nothing.
Then the shapes those pages taught, in small pages of the same shape: taxonomy links
beside each title of a title list, an empty link laid over a card, a byline under a
heading inside the post's body, link-only lines, a whole post among cut excerpts, and a
late ``<meta charset>``."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalizer.pages.archive import parse_archive

CORPUS = Path(__file__).parent / "fixtures" / "real" / "archives"
GOLD = [json.loads(line) for line in (CORPUS / "gold.jsonl").read_text("utf-8").splitlines()]
ROUND5 = [g for g in GOLD if g.get("set") == "round5"]
BASE = "https://blog.example.org"
# The one post of the round whose display the page cannot tell: a WordPress 2.5 theme cuts
# it after its first paragraph with no marker at all (its permalink is longer).
UNMARKED_CUTS = {"http://www.wroclawweekly.pl/index.php/viii-industrial-festival/index.html"}


def _norm(url: str) -> str:
    return url.removesuffix("index.html").rstrip("/")


def test_the_round_has_its_pages() -> None:
    assert len(ROUND5) == 15
    assert sum(not g["is_archive"] or not g["posts"] for g in ROUND5) == 3


@pytest.mark.parametrize("gold", ROUND5, ids=[g["page"] for g in ROUND5])
def test_each_page_lists_what_its_gold_lists(gold: dict) -> None:
    page = parse_archive((CORPUS / gold["page"]).read_bytes(), gold["url"])
    assert page.is_archive == gold["is_archive"]
    if not gold["is_archive"] or not gold["posts"]:
        assert page.posts == [] if not gold["is_archive"] else not page.posts
        return
    assert [_norm(p.url) for p in page.posts] == [_norm(g["permalink"]) for g in gold["posts"]]
    assert [p.title for p in page.posts] == [g["title"] for g in gold["posts"]]
    assert [p.published[:10] if p.published else None for p in page.posts] == [
        g["date"] for g in gold["posts"]]
    for post, want in zip(page.posts, gold["posts"], strict=True):
        if want["permalink"] not in UNMARKED_CUTS:
            assert post.is_excerpt == (want["full_or_excerpt"] == "excerpt"), post.url
    assert (_norm(page.next_url) if page.next_url else None) == (
        _norm(gold["next"]) if gold["next"] else None)


def _page(main: str, head: str = "") -> str:
    return f"<html lang='en'><head>{head}</head><body><main>{main}</main></body></html>"


def test_tag_links_beside_each_title_of_a_title_list_do_not_hide_the_list() -> None:
    """Eleventy's base blog: ``<li><a class=postlist-link/> <time/> <a href=/tags/x/>``."""
    items = "".join(
        f"<li><a href='/posts/p{n}/' class='postlist-link'>Post {n}</a>"
        f"<time datetime='2021-0{n + 1}-13'>13 Jan</time>"
        f"<a href='/tags/java/' class='post-tag'>java</a>"
        f"<a href='/categories/code/' class='post-tag'>code</a></li>" for n in range(3))
    page = parse_archive(_page(f"<ol class='postlist'>{items}</ol>"), BASE + "/tags/java/")
    assert [(p.url, p.title, p.published) for p in page.posts] == [
        (BASE + f"/posts/p{n}/", f"Post {n}", f"2021-0{n + 1}-13") for n in range(3)]


def _card(n: int, words: int = 30, ending: str = "...") -> str:
    text = " ".join(["word"] * words)
    return (f"<article class='post-entry'><header class='entry-header'><h2>Card {n}</h2>"
            f"</header><div class='entry-content'><p>{text}{ending}</p></div>"
            f"<footer class='entry-footer'><span title='2019-03-0{n + 1}'>March {n + 1}, 2019"
            f"</span></footer><a class='entry-link' aria-label='post link to Card {n}' "
            f"href='{BASE}/posts/card-{n}/'></a></article>")


def test_an_empty_link_laid_over_a_card_is_its_permalink_titled_by_its_heading() -> None:
    page = parse_archive(_page("".join(_card(n) for n in range(3))), BASE + "/tags/x/")
    assert [(p.url, p.title, p.published) for p in page.posts] == [
        (BASE + f"/posts/card-{n}/", f"Card {n}", f"2019-03-0{n + 1}") for n in range(3)]


def test_an_empty_link_beside_a_heading_that_links_elsewhere_is_no_permalink() -> None:
    card = ("<div class='c'><h2><a href='/posts/real-{n}/'>Real {n}</a></h2>"
            "<p>Text.</p><a class='icon' href='/posts/other-{n}/'></a></div>")
    page = parse_archive(_page("".join(card.format(n=n) for n in range(3))), BASE + "/tag/x/")
    assert [p.url for p in page.posts] == [BASE + f"/posts/real-{n}/" for n in range(3)]


def _old_entry(n: int, day: int, body: str) -> str:
    """WordPress 2.5's themes: the body box holds the heading, its byline and the text."""
    return (f"<div class='post-top'><div class='entry'><div class='title'>"
            f"<h2 id='post-{n}'><a href='/p{n}/' rel='bookmark'>Event {n}</a></h2>"
            f"<small>&gt;&gt;&gt; <strong><a href='/category/news/'>News</a></strong> | "
            f"Posted by toyo on October {day}th, 2009</small></div>{body}"
            f"<p class='postmetadata'><a href='/p{n}/#respond'>No Comments »</a></p>"
            f"</div></div>")


def test_the_byline_under_a_heading_inside_the_body_gives_the_date_not_the_events() -> None:
    body = "<p>04.11.2009-08.11.2009<br/>A festival of industrial music and art.</p>"
    page = parse_archive(_page("".join(_old_entry(n, 20 + n, body) for n in range(3))),
                         BASE + "/category/news/page/10/")
    assert [p.published for p in page.posts] == ["2009-10-20", "2009-10-21", "2009-10-22"]


def test_a_cut_ending_before_a_comments_line_is_an_excerpt() -> None:
    cut = "<p>" + "A line of the programme that goes on. " * 4 + "the publication [...]</p>"
    whole = ("<p>" + "A line of the programme that goes on. " * 5 + "</p>") * 2
    page = parse_archive(_page(_old_entry(1, 15, cut) + _old_entry(2, 16, whole)
                               + _old_entry(3, 17, whole)), BASE + "/category/news/")
    assert [p.is_excerpt for p in page.posts] == [True, False, False]


def test_a_short_post_among_excerpts_cut_at_one_length_is_whole() -> None:
    """Ghost's Casper cuts every excerpt at 50 words and adds "…"; a 20-word post that
    ends its sentence before the "…" was shown whole."""
    def card(n: int, text: str) -> str:
        return (f"<article class='post'><h2 class='post-title'><a href='/p{n}/'>Post {n}</a>"
                f"</h2><section class='post-excerpt'><p>{text}</p></section>"
                f"<time datetime='2017-0{n + 1}-01'>1 Jan</time></article>")
    cut = " ".join(["word"] * 49) + " and…"
    short = " ".join(["word"] * 19) + " goes!…"
    trailing = " ".join(["word"] * 19) + " and…"  # short, but cut mid-sentence: a summary
    cards = [card(0, cut), card(1, short), card(2, cut), card(3, cut), card(4, trailing)]
    page = parse_archive(_page("".join(cards)), BASE + "/")
    assert [p.is_excerpt for p in page.posts] == [True, False, True, True, True]
    assert page.display_uncertain


def test_utf8_bytes_with_a_late_charset_declaration_read_as_utf8() -> None:
    """Hugo writes JSON-LD with accented text before ``<meta charset>``: libxml2 alone
    would settle on Latin-1 there."""
    head = ("<script type='application/ld+json'>{\"description\": \"práticas de "
            + "desenvolvimento " * 80 + "\"}</script><meta charset='utf-8'>")
    cards = "".join(f"<article><h2><a href='/posts/p{n}/'>Testes de integração {n}</a></h2>"
                    f"<time datetime='2023-01-0{n + 1}'>0{n + 1}/01/2023</time></article>"
                    for n in range(2))
    page = parse_archive(_page(cards, head).encode("utf-8"), BASE + "/categories/testes/")
    assert [p.title for p in page.posts] == ["Testes de integração 0", "Testes de integração 1"]


def test_undecodable_bytes_name_the_page() -> None:
    with pytest.raises(ValueError, match="blog.example.org/x/"):
        parse_archive(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe" * 20, BASE + "/x/")


def test_joomla_module_boxes_and_an_icon_pager_link() -> None:
    items = "".join(
        f"<div class='items-row'><div itemprop='blogPost'><div class='page-header'><h2>"
        f"<a href='blog/{n}-post.html'>Post {n}</a></h2></div><time datetime="
        f"'2018-02-2{n}'>Published</time><p>Intro.</p></div></div>" for n in range(3))
    products = "".join(
        f"<div class='hikashop_product'><h4><a href='shop/product/{n}-shirt.html'>Shirt {n}"
        f"</a></h4></div>" for n in range(3))
    pager = ("<ul class='pagination-list'><li><a title='Next' href='blog-start=5.html' "
             "class='pagenav'><i class='icon-next'></i></a></li></ul>")
    html = (f"<html><body><main><div class='blog'>{items}{pager}</div></main><div class='col'>"
            f"<div class='tz-module module'><h3>Latest Products</h3>{products}</div></div>"
            f"</body></html>")
    page = parse_archive(html, BASE + "/index.php/blog.html")
    assert [p.title for p in page.posts] == ["Post 0", "Post 1", "Post 2"]
    assert page.next_url == BASE + "/index.php/blog-start=5.html"


def test_a_plural_tags_address_may_list_a_single_dated_post() -> None:
    """Eleventy's and Hugo's ``/tags/x/`` and ``/categories/x/`` are tag addresses as
    ``/tag/x/`` is: a list of one dated title there is the archive's one post."""
    item = ("<ol class='postlist'><li><a href='/posts/only/' class='postlist-link'>Only</a>"
            "<time datetime='2023-04-24'>24 Apr 2023</time>"
            "<a href='/tags/red-hat/' class='post-tag'>red-hat</a></li></ol>")
    for address in ("/tags/red-hat/", "/categories/news/"):
        page = parse_archive(_page(item), BASE + address)
        assert page.is_archive
        assert [(p.url, p.published) for p in page.posts] == [(BASE + "/posts/only/", "2023-04-24")]
    assert not parse_archive(_page(item), BASE + "/about/").is_archive
