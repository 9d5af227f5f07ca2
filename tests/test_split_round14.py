"""Story boundaries and headlines on the tenth held-out set's shapes (BBC Arabic's
privacy notice over the <h1>, Fierce Pharma's event promo between paragraphs,
Electrek's affiliate footer after a divider, FOX's boxes under the story), written here
with invented text.
"""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page
from normalizer.stories.split import _DAY_RANGE

_URL = "https://news.example/2024/03/03/harbour-wall/"
_TITLE = "Council votes to rebuild the old harbour wall"
_STORY = ("<p>The harbour council voted on Tuesday to rebuild the old wall after the winter "
          "storms broke it in three places, the mayor told reporters.</p>"
          "<p>Work should start in the spring, a spokesman for the port said, and should "
          "last about a year if the weather holds.</p>"
          "<p>Fishermen said the delay had cost them most of the season and asked for help "
          "from the regional government.</p>")
_MORE = ("<p>The regional government said it would look at the request next month, after "
         "the budget for the coming year is settled.</p>"
         "<p>Engineers will first survey the foundations, which date from the last century "
         "and were never fully mapped.</p>"
         "<p>The council expects the survey to cost less than a tenth of the works.</p>")


def _page(body: str, title: str = _TITLE) -> str:
    return (f"<html><head><title>{title}</title></head><body>{body}</body></html>")


def _stories(body: str, title: str = _TITLE) -> list[dict]:
    return normalize_page(_page(body, title), _URL)[0]["stories"]


def test_a_notice_over_the_h1_title_is_no_story_and_no_headline():
    notice = ("<div class='notice'><h2>We have updated our privacy policy</h2>"
              "<p>We have made important changes to our privacy and cookie policy and want "
              "you to know what they mean for you and your data.</p></div>")
    stories = _stories(f"<main>{notice}<div><h1>{_TITLE}</h1>{_STORY}{_MORE}</div></main>")
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    assert "privacy" not in stories[0]["text"]
    assert stories[0]["text"].startswith("The harbour council voted")


def test_a_paragraph_and_heading_over_a_title_not_in_an_h1_stay():
    # (a heading and a paragraph over the title repeated as an <h2> are no notice card)
    above = ("<h3>Coastal towns</h3><p>The storms of the winter hit the whole coast, and "
             "towns from the river to the cape are counting the cost of the damage.</p>")
    stories = _stories(above + f"<h2>{_TITLE}</h2>{_STORY}")
    assert any("whole coast" in s["text"] for s in stories)


def test_an_event_promo_between_paragraphs_splits_no_story():
    promo = ("<p>Harbour Event</p><h4>Register now for early-bird savings!</h4>"
             "<p>October 18-20, 2022</p><p>Portland, ME</p>")
    stories = _stories(f"<article><h1>{_TITLE}</h1>{_STORY}{promo}{_MORE}</article>")
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE
    assert "survey to cost less" in stories[0]["text"]


def test_a_day_range_is_an_event_date_a_numeric_date_is_not():
    assert _DAY_RANGE.search("October 18-20, 2022")
    assert _DAY_RANGE.search("18–20 June 2022")
    assert not _DAY_RANGE.search("2022-10-18")
    assert not _DAY_RANGE.search("10:30-11:00")
    assert not _DAY_RANGE.search("March 10, 2022")


def test_an_affiliate_note_after_a_divider_with_the_footer_is_no_story():
    footer = ("<hr><p>HarbourQuotes is a free service that links you to top-rated builders "
              "in your region for personal estimates. Click here to learn more and get your "
              "quotes. — *ad.</p>"
              "<p>FTC: We use income earning affiliate links. More.</p>"
              "<p>Subscribe to Harbour News on YouTube for exclusive videos.</p>"
              "<p>Follow us on Twitter, Facebook and LinkedIn.</p>"
              "<p>Share this: Facebook | Twitter | Email</p>")
    stories = _stories(f"<article><h1>{_TITLE}</h1>{_STORY}{_MORE}{footer}</article>")
    assert len(stories) == 1
    assert stories[0]["headline"] == _TITLE


def test_headings_over_boxes_after_the_story_are_chrome():
    boxes = ("<h1>Latest Videos</h1>"
             + "".join(f'<p><img src="/v{n}.jpg" alt=""></p>' for n in range(4))
             + "<h1>Most Active</h1><ul>"
             + "".join(f"<li><a href='/s{n}'>Another story number {n} May 0{n}, 2010 »</a></li>"
                       for n in range(1, 6))
             + "</ul>")
    stories = _stories(f"<main><h1>{_TITLE}</h1>{_STORY}{_MORE}{boxes}</main>")
    assert len(stories) == 1
    text = stories[0]["text"]
    assert "Latest Videos" not in text and "Most Active" not in text
    assert text.rstrip().endswith("a tenth of the works.")


def test_a_sub_heading_with_text_under_it_at_the_end_stays():
    tail = "<h2>What comes next</h2><p>The council meets again in May to approve the plans.</p>"
    stories = _stories(f"<article><h1>{_TITLE}</h1>{_STORY}{_MORE}{tail}</article>")
    assert "What comes next" in stories[0]["text"]


def test_a_title_joining_two_headlines_opens_a_story_at_each():
    # (a post pasting two stories under a title that joins their headlines; the first is
    # a brief that no credit line closes, the second's heading has no date line under it)
    first, second = "Harbour council approves the wall", "Ferry timetable changes for summer"
    body = (f"<h2>{first}</h2><p>The harbour council approved the plans for the new wall on "
            "Tuesday after a long debate about the costs.</p>"
            f"<h2>{second}</h2><p>The ferry between the two islands will start its summer "
            "timetable a week earlier than planned, the operator said.</p>"
            "<p>Tickets for the first crossings go on sale on Monday at the harbour office.</p>")
    meta = PostMeta(url=_URL, title=f"{first} · {second}")
    stories = normalize_content(body, meta)["stories"]
    assert [s["headline"] for s in stories] == [first, second]


def test_a_sub_heading_that_is_no_part_of_the_title_stays():
    body = (f"<h2>{_TITLE}</h2>{_STORY}<h3>What comes next</h3>{_MORE}")
    stories = normalize_content(body, PostMeta(url=_URL, title=f"{_TITLE} · Harbour News"))[
        "stories"]
    assert len(stories) == 1
    assert "What comes next" in stories[0]["text"]
