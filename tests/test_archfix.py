"""Shapes the eleventh round of real archive pages taught (``"set": "round11"``):

- a heading that holds its permalink beside a date and tag links ("Title | 2015-07-11 |
  music | python", a Blogger-style label page) is titled by the permalink's own text;
- a listed text marked up as the post's schema.org ``description`` (and not also its
  ``articleBody``) is a summary, so an excerpt even where it ends a sentence;
- a card whose text stands inside the permalink link that also holds its heading (Ghost's
  Source theme: the whole card is one link) shows a teaser, even cut with no ellipsis;
- the date a links line opens with ("By rfay at 2015-01-01 20:18 | <a>Gallery</a>",
  after an old Drupal node's content) is the post's date;
- a post whose text stands bare in a ``<div>`` (a Tumblr theme's quote post) is shown whole,
  not read as a title alone.

The pages below are invented; the crawler's cheap read (``excerpt_links``) answers alike.
"""
from __future__ import annotations

from normalizer.pages.archive import parse_archive
from normalizer.pages.archive_links import excerpt_links

URL = "http://blog.example.org/search/label/python/"


def _page(items: str) -> str:
    return f"<html><body><main>{items}</main></body></html>"


def _label_item(i: int, day: str, description: str) -> str:
    return (f'<li><h3><a itemprop="url" href="/2015/p{i}.html"><span itemprop="name">'
            f"Post number {i}</span></a> | <time datetime=\"{day}\">{day}</time>"
            f' | <a rel="tag" href="/search/label/python/">python</a>'
            f' | <a rel="tag" href="/search/label/music/">music</a></h3>'
            f'<p><q itemprop="description"><em>{description}</em></q></p></li>')


LABEL_PAGE = _page('<ul class="item-list">' + "".join(
    _label_item(i, f"2015-07-1{i}", d) for i, d in enumerate([
        "A whole sentence that ends the description.",
        "A description cut by the generator at a word, which ...",
        "Another short summary of a longer post."])) + "</ul>")


def test_a_heading_holding_a_date_and_tag_links_is_titled_by_its_permalink() -> None:
    page = parse_archive(LABEL_PAGE, URL)
    assert [p.title for p in page.posts] == ["Post number 0", "Post number 1", "Post number 2"]
    assert [p.published for p in page.posts] == ["2015-07-10", "2015-07-11", "2015-07-12"]


def test_a_heading_of_the_permalink_alone_keeps_its_whole_text() -> None:
    items = "".join(f'<article><h2><a href="/p{i}/">Post <em>{i}</em> of the week</a></h2>'
                    f"<p>Text {i}.</p><p>More.</p></article>" for i in range(3))
    page = parse_archive(_page(items), "http://blog.example.org/tag/x/")
    assert [p.title for p in page.posts] == [f"Post {i} of the week" for i in range(3)]


def test_a_microdata_description_is_an_excerpt_even_when_it_ends_a_sentence() -> None:
    page = parse_archive(LABEL_PAGE, URL)
    assert [p.is_excerpt for p in page.posts] == [True, True, True]


def test_a_description_that_is_also_the_article_body_is_the_post() -> None:
    items = "".join(
        f'<div class="post"><h3><a href="/2015/p{i}.html">Post {i}</a></h3>'
        f'<div class="post-body" itemprop="description articleBody"><p>First part {i}.</p>'
        f"<p>Second part.</p><p>Third part, and the end of it.</p></div></div>"
        for i in range(3))
    page = parse_archive(_page(items), URL)
    assert [p.is_excerpt for p in page.posts] == [False, False, False]


def _card(i: int, text: str) -> str:
    return (f'<article class="card"><a class="card-link" href="/post-{i}/">'
            f'<img src="/img/{i}.jpg" alt=""><div class="card-wrapper">'
            f'<h3 class="card-title">Card {i}</h3><p class="card-text">{text}</p>'
            f"</div></a></article>")


CARDS = _page("".join(_card(i, t) for i, t in enumerate([
    "The whole card is one link and its text is cut at about three hundred characters with"
    " no ellipsis, so the post goes on past what the card shows on the page as",
    "Another card cut in the middle of a sentence by the theme's own excerpt length which",
    "A third card, and this one happens to end on a whole sentence."])))


def test_a_card_that_is_one_link_to_the_permalink_shows_a_teaser() -> None:
    page = parse_archive(CARDS, "http://blog.example.org/tag/news/")
    assert [p.title for p in page.posts] == ["Card 0", "Card 1", "Card 2"]
    assert [p.is_excerpt for p in page.posts] == [True, True, True]


def test_short_card_teasers_leave_the_display_uncertain_and_the_page_to_the_full_read() -> None:
    """Teasers of a few hundred characters with no read-more link may be short posts
    whole: the crawler checks one, and its cheap read does not answer."""
    url = "http://blog.example.org/tag/news/"
    assert parse_archive(CARDS, url).display_uncertain
    assert excerpt_links(CARDS, url) is None


def test_the_crawlers_cheap_read_agrees_on_long_whole_card_teasers() -> None:
    url = "http://blog.example.org/tag/news/"
    long_cards = _page("".join(
        _card(i, f"Card {i} says a great deal about the matter at hand, " * 14 + "and then")
        for i in range(3)))
    full, cheap = parse_archive(long_cards, url), excerpt_links(long_cards, url)
    assert not full.display_uncertain and [p.is_excerpt for p in full.posts] == [True] * 3
    assert cheap is not None
    assert [p.url for p in cheap.posts] == [p.url for p in full.posts]
    assert all(p.is_excerpt for p in cheap.posts)


def test_a_photo_linking_to_its_permalink_does_not_make_a_whole_post_a_teaser() -> None:
    """The link holds an image but no heading: the card is not one link."""
    items = "".join(
        f'<article><h2><a href="/post-{i}/">Post {i}</a></h2><a href="/post-{i}/">'
        f'<div class="photo"><img src="/img/{i}.jpg" alt=""></div></a>'
        f"<div><p>The first paragraph of post {i}.</p><p>The second one.</p>"
        f"<p>The third and last one.</p></div></article>" for i in range(3))
    page = parse_archive(_page(items), "http://blog.example.org/tag/photos/")
    assert [p.is_excerpt for p in page.posts] == [False, False, False]


def test_the_date_a_links_line_opens_with_is_read() -> None:
    items = "".join(
        f'<div class="node"><h2 class="title"><a href="/node/{n}">Photo {n}</a></h2>'
        f'<div class="content"><p>A caption for photo {n}.</p></div>'
        f'<div class="links">By someone at 2015-01-0{d} 20:18 | '
        f'<a href="/taxonomy/term/17">A rather long gallery name here</a></div></div>'
        for n, d in ((1541, 3), (1540, 2), (1539, 1)))
    page = parse_archive(_page(items), "http://family.example.org/taxonomy/term/17")
    assert [p.published for p in page.posts] == ["2015-01-03", "2015-01-02", "2015-01-01"]


def test_a_long_line_of_prose_before_a_link_gives_no_date() -> None:
    """Only a line that is links and separators after a short lead is read that way."""
    items = "".join(
        f'<div class="node"><h2><a href="/node/{n}">Photo {n}</a></h2>'
        f'<div class="content"><p>A caption.</p></div>'
        f'<div class="note">Planned for 2015-01-01 and then <a href="/x">moved</a> to a day'
        f" we do not know yet, as the family could not agree on it.</div></div>"
        for n in (1, 2, 3))
    page = parse_archive(_page(items), "http://family.example.org/taxonomy/term/17")
    assert [p.published for p in page.posts] == [None, None, None]


def _quote_post(n: int, text: str) -> str:
    return (f'<article><div class="info"><a href="/2014-02-{n:02d}/post-{n}">'
            f'<div class="day">{n}th</div> <div class="month">Feb</div>'
            f' <div class="year">2014</div></a></div>'
            f'<div class="quote">{text}<div class="attribution"><a href="http://example.com/">'
            f"Someone</a></div></div></article>")


QUOTE = ("I have come to see an advantage that newcomers do not have: I was here before the"
         " matter started, so I know the people and the people know me. When a dozen of them"
         " meet to talk and to work late, I am asked along, and the newcomers are not unless I"
         " bring them. That is a loss for everyone, and it is one we could fix with little"
         " effort if we only saw it. So the newcomers get left out, and nobody means it.")


def test_a_quote_post_of_bare_text_is_shown_whole() -> None:
    items = "".join(_quote_post(n, QUOTE) for n in (9, 8, 7))
    page = parse_archive(_page(items), "http://blog.example.org/tagged/politics")
    assert len(page.posts) == 3
    assert [p.is_excerpt for p in page.posts] == [False, False, False]
    assert all("quote" in (p.content_html or "") for p in page.posts)


def test_a_short_bare_line_leaves_a_post_read_by_its_title_alone() -> None:
    """A bare line shorter than a teaser is a card's caption: the post is a title alone."""
    items = "".join(_quote_post(n, "A caption.") for n in (9, 8, 7))
    page = parse_archive(_page(items), "http://blog.example.org/tagged/politics")
    assert [p.content_html for p in page.posts] == [None, None, None]
