"""The story's headline and date on a page's own markup, where the page sets them in
shapes the headline and date finders did not read: a headline in a small heading under a
``<title>`` with the section's name after it, an aggregator's heading with the origin's
host and a comment count beside the headline, and a masthead box printing the day the page
was rendered. Invented pages, in the shapes of real ones."""
from __future__ import annotations

from normalizer.pages.permalink import page_info, parse_html

URL = "http://example.org/2024/05/06/story/"
#: An address without a date in it: the page's markup alone dates the story.
UNDATED_URL = "http://example.org/article.asp?id=63737709"

BODY = ("<p>The council voted on Tuesday to keep the harbour open through the winter, "
        "after a long debate about the cost of dredging the channel.</p>"
        "<p>Fishermen had asked for the change for years, saying the closure cost "
        "them most of their income in the cold months.</p>")


def _info(markup: str, url: str = URL):
    tree = parse_html(markup)
    assert tree is not None
    return page_info(tree, url)


def test_small_heading_that_is_the_title_without_its_section_is_the_headline() -> None:
    # "<title>Headline | District</title>" and the headline shown only in an <h4>
    page = ("<html><head><title>Harbour stays open all winter | District</title>"
            '<meta property="og:title" content="Harbour stays open all winter | District">'
            "</head><body><nav><a href='/'>Home</a> <a href='/district'>District</a></nav>"
            '<div class="story"><h4 class="font-weight-bold">Harbour stays open all winter'
            f"</h4>{BODY}</div></body></html>")
    assert _info(page).title == "Harbour stays open all winter"


def test_small_heading_with_a_longer_tail_is_not_taken() -> None:
    # the part after the separator is longer than the heading: a box's title ("News"),
    # not the headline with a section's name cut off
    page = ("<html><head><title>News | Harbour stays open all winter</title></head><body>"
            f"<div><h4>News</h4>{BODY}</div></body></html>")
    assert _info(page).title != "News"


def test_heading_drops_the_origin_host_and_comment_count_links() -> None:
    # an aggregator's heading: the headline, the origin's host in brackets linked to the
    # origin, and the comment count linked to the page's comments
    page = ("<html><head><title>Harbour stays open all winter - Aggregator</title>"
            '<meta property="og:title" content="Harbour stays open all winter - Aggregator">'
            '</head><body><article><h1 class="story"><span class="story-title">'
            '<a href="//example.org/story/24/05/06/harbour">Harbour stays open all winter</a>'
            ' <span><a class="story-sourcelnk" href="https://www.coastnews.com/2024/harbour">'
            " (coastnews.com) </a></span></span>"
            '<span class="comment-bubble"><a href="//example.org/story/24/05/06/harbour'
            '#comments">87</a></span></h1>'
            f"{BODY}</article></body></html>")
    assert _info(page).title == "Harbour stays open all winter"


def test_heading_keeps_a_linked_name_that_is_no_host() -> None:
    # a link in the heading whose text is a word, not its address's host, stays
    page = ("<html><head><title>Harbour stays open all winter</title></head><body>"
            '<article><h1>Harbour stays open all <a href="https://example.org/winter">'
            f"winter</a></h1>{BODY}</article></body></html>")
    assert _info(page).title == "Harbour stays open all winter"


def test_masthead_box_day_gives_way_to_the_story_own_date_line() -> None:
    # "<div class="header">" beside the logo prints the day the page was rendered; the
    # story's own date line stands in its column above the heading
    page = ("<html><head><title>Harbour stays open all winter</title></head><body>"
            '<div class="header"><div class="logo"><a href="/"><img src="logo.gif" '
            'alt="Coast News"></a></div><div class="date">Wednesday, 10/4/2013</div></div>'
            "<div class='menu'><h1>Search</h1></div>"
            "<div class='tools'><div class='date'>6/1/2012</div></div>"
            f"<div class='text'><h1>Harbour stays open all winter</h1>{BODY}</div>"
            "</body></html>")
    assert (_info(page, UNDATED_URL).published or "")[:10] == "2012-01-06"


def test_masthead_day_stays_where_the_story_has_no_other() -> None:
    # the masthead's day and no other date on the page: nothing earlier to prefer
    page = ("<html><head><title>Harbour stays open all winter</title></head><body>"
            '<div class="header"><div class="logo"><img src="logo.gif" alt="Coast News">'
            '</div><div class="date">Wednesday, 10/4/2013</div></div>'
            "<div class='menu'><h1>Search</h1></div>"
            f"<div class='text'><h1>Harbour stays open all winter</h1>{BODY}</div>"
            "</body></html>")
    assert (_info(page, UNDATED_URL).published or "")[:10] == "2013-04-10"


def test_header_box_round_the_story_own_title_is_no_masthead() -> None:
    # <div class="header"> holding the story's title (a <div>, no <h1>) and its own date
    # line is the story's header: its day is the story's, not the page's day of rendering,
    # and an older day in a side list of hot posts is not preferred to it
    page = ("<html><head><title>港口整个冬天保持开放,渔民多年来一直要求-海岸新闻</title>"
            "</head><body>"
            '<div class="header"><span>海岸新闻</span> <span>正文</span>'
            '<div class="title">港口整个冬天保持开放,渔民多年来一直要求</div>'
            '<span class="time">2019-12-10 07:57:40</span> <span>来源：海岸新闻</span></div>'
            f"<div class='text'>{BODY}</div>"
            "<div class='hot'><a href='/a'>另一个帖子的标题在这里</a>"
            "<div class='publish-time'>2018-03-02 08:58:39</div></div>"
            "</body></html>")
    assert (_info(page, UNDATED_URL).published or "")[:10] == "2019-12-10"


def _after_bold_lead(markup: str, kept: list[str]) -> list[str]:
    """The lines of the story once the bold lead is looked for, from the paragraphs
    trafilatura kept (``kept``: it may leave the lead out)."""
    from normalizer.model import BlockKind
    from normalizer.pages.dom import PageIndex
    from normalizer.stories.blocks import Block
    from normalizer.stories.extract import _with_bold_lead

    tree = parse_html(markup)
    assert tree is not None
    blocks = [Block(text=t, kind=BlockKind.P) for t in kept]
    return [b.text for b in _with_bold_lead(blocks, PageIndex(tree))]


LEAD = ("Fishermen won a winter of work on Tuesday as the council kept the harbour open "
        "after years of closures.")
REST = ("The council voted eight to three after a long debate about the cost of dredging "
        "the channel through the cold months and the state of the old pier.")
MORE = ("Fishermen had asked for the change for years, saying the closure cost them most "
        "of their income in the winter, when prices for their catch are highest.")


def _bold_lead_page(lead: str) -> str:
    return ("<html><head><title>Harbour stays open all winter</title></head><body>"
            "<div class='nav'><a href='/'>Home</a></div><div id='article'>"
            "<h1>Harbour stays open all winter</h1><span class='auth'>Coast News</span>"
            f"<div class='txt' id='text1'><strong>{lead}</strong><br /><br />{REST}"
            f"<br /><br />{MORE}</div></div></body></html>")


def test_bold_lead_opening_the_text_box_is_put_back() -> None:
    # "<div class=txt><strong>Lead.</strong><br><br>First paragraph ...", the lead left
    # out: it opens the story again, before the paragraph its line breaks part it from
    assert _after_bold_lead(_bold_lead_page(LEAD), [REST, MORE]) == [LEAD, REST, MORE]


def test_bold_lead_kept_already_is_not_doubled() -> None:
    assert _after_bold_lead(_bold_lead_page(LEAD), [LEAD, REST, MORE]) == [LEAD, REST, MORE]


def test_bold_label_opening_the_text_box_is_no_lead() -> None:
    # a bold label of a few words ("Read also:") is not put back as a lead
    assert _after_bold_lead(_bold_lead_page("Read also:"), [REST, MORE]) == [REST, MORE]
