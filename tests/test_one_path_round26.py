"""One path, one result: a blog post crawled from its archive page (its content and
title, nothing around them) and the same post's own page give the same story.

Two differences the held-out themes showed between the routes:
- the theme's thumbnail stands in the post's header, above its content element: on the
  post's own page the content's first paragraph (a standfirst, no sentence's full stop)
  was read as the picture's caption and dropped, while the archive route kept it;
- "AP: IMF dims outlook ..." credits the post's one story in its title: the post's page
  read it, the archive route (title known, no page) did not.
"""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page

URL = "http://blog.example/post-slug/"
STANDFIRST = "The message appeared on a bridge overnight, hours before the derby"
BODY = (
    f"<p>{STANDFIRST}</p>"
    "<p>A banner with two swastikas was hung from the ring road's bridge on Saturday night, "
    "aimed at the rival club's fans, and photographs of it spread on social media.</p>"
    "<p>Police sealed off the area around the stadium from seven in the morning, and a group "
    "of hooded fans marched along the river before the match.</p>"
)


def _page(title: str) -> str:
    return (
        "<html><head><title>" + title + " – A Blog</title></head><body>"
        "<header class='site-header'><p class='site-title'>A Blog</p></header>"
        "<main><article class='post type-post hentry'>"
        "<header class='entry-header'><h1 class='entry-title'>" + title + "</h1>"
        "<figure class='post-thumbnail'><img src='/thumb.png' alt='Thumbnail of the post'>"
        "</figure></header>"
        f"<div class='entry-content'>{BODY}</div>"
        "</article></main></body></html>"
    )


def test_the_first_paragraph_under_the_themes_thumbnail_is_no_caption():
    title = "Banner on the ring road before the derby"
    page = normalize_page(_page(title), URL)[0]["stories"][0]
    listed = normalize_content(BODY, PostMeta(url=URL, title=title))["stories"][0]
    assert page["text"].startswith(STANDFIRST)
    assert page["text"] == listed["text"]


def test_a_picture_inside_the_content_still_has_its_caption():
    body = ("<figure><img src='/a.jpg' alt=''></figure>"
            "<p>Fans gather outside the stadium on Sunday</p>" + BODY)
    page = (
        "<html><body><article class='post hentry'><h1 class='entry-title'>A title here</h1>"
        f"<div class='entry-content'>{body}</div></article></body></html>"
    )
    story = normalize_page(page, URL)[0]["stories"][0]
    assert "Fans gather outside the stadium" not in story["text"]


def test_an_outlet_opening_the_posts_title_credits_it_on_both_routes():
    title = "AP: Banner on the ring road before the derby"
    listed = normalize_content(BODY, PostMeta(url=URL, title=title))["stories"][0]
    page = normalize_page(_page(title), URL)[0]["stories"][0]
    assert listed["source"] == page["source"] == "AP"


def test_a_title_naming_no_known_outlet_credits_nothing():
    listed = normalize_content(BODY, PostMeta(url=URL, title="Update: the derby banner"))
    assert listed["stories"][0]["source"] is None


def test_a_title_opening_with_a_word_that_is_also_an_outlets_name_credits_nothing():
    """"Idea: ..." opens a title with the word, not with the agency idea (the table's
    "=idea": a common word too); "PA: ..." in capitals is the agency's credit."""
    idea = normalize_content(BODY, PostMeta(url=URL, title="Idea: Smaller as better?"))
    pa = normalize_content(BODY, PostMeta(url=URL, title="PA: Banner before the derby"))
    assert idea["stories"][0]["source"] is None
    assert pa["stories"][0]["source"] == "PA"
