"""Splitting editor-made posts: the heading atop the content, a repeated heading shape,
chrome after the last story, quoted tweets (shapes met in real stories pasted into
WordPress; the texts here are made up)."""
from __future__ import annotations

from normalizer.pipeline import normalize_page


def _page(title: str, body: str) -> str:
    return (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>{body}</article></body></html>")


def _paras(topic: str, n: int = 4) -> str:
    return "".join(f"<p>The council discussed the {topic} again on Monday, paragraph {i}, "
                   "with enough words to be a paragraph of a story.</p>" for i in range(n))


def _stories(title: str, body: str) -> list[dict]:
    return normalize_page(_page(title, body), "https://example.org/post/")[0]["stories"]


def test_a_repeated_bold_heading_shape_opens_the_second_story() -> None:
    """Two stories pasted alike, each under a bold headline line, the second with no
    dateline: the shape repeats once, so it opens a story, and the first story takes
    the bold line atop the post as its own headline."""
    body = ("<p><strong>Harbour Plan Moves Ahead After Long Debate</strong></p>"
            + _paras("harbour")
            + "<p><strong>School Meals To Be Free From Next Year</strong></p>"
            + _paras("school meals"))
    stories = _stories("Local briefs", body)
    assert [s["headline"] for s in stories] == [
        "Harbour Plan Moves Ahead After Long Debate", "School Meals To Be Free From Next Year"]
    assert "harbour" in stories[0]["text"] and "school meals" in stories[1]["text"]


def test_bold_sub_headings_that_recur_stay_in_their_story() -> None:
    """A bold line seen more than once after the heading atop the post is a sub-heading."""
    body = ("<p><strong>Harbour Plan Moves Ahead After Long Debate</strong></p>"
            + _paras("harbour")
            + "<p><strong>What Comes Next</strong></p>" + _paras("schedule", 2)
            + "<p><strong>Who Pays For It</strong></p>" + _paras("budget", 2))
    stories = _stories("Local briefs", body)
    assert len(stories) == 1


def test_a_lone_story_keeps_the_post_title_over_the_heading_atop_it() -> None:
    body = "<h2>Harbour plan moves ahead after a long debate in the council</h2>" \
        + _paras("harbour")
    stories = _stories("Harbour news", body)
    assert len(stories) == 1 and stories[0]["headline"] == "Harbour news"


def test_the_dateline_under_a_standfirst_names_the_source() -> None:
    body = ("<p>A short standfirst that sums up the story in one sentence for readers.</p>"
            "<p>HOUSTON, Texas (KTRK) -- A business is taking drastic measures this week "
            "after an incident at one of its shops.</p>" + _paras("shop"))
    stories = _stories("Shop news", body)
    assert stories[0]["source"] == "KTRK"


def test_page_chrome_after_the_story_is_no_story() -> None:
    body = (_paras("awards")
            + "<p>© 2020 Reuters. All rights reserved.</p>"
            + "<p><strong>4 Min Read</strong></p><p>Slideshow ( 15 images )</p>"
            + "<p>Share this: Facebook | X | WhatsApp</p>")
    stories = _stories("Awards night", body)
    assert len(stories) == 1
    assert "Share this" not in stories[0]["text"] and "Slideshow" not in stories[0]["text"]


def test_a_quoted_tweets_sign_off_confirms_no_headline() -> None:
    body = (_paras("court", 3)
            + "<p>Proud to be at this historic ceremony today https://t.co/abcdef</p>"
            + "<p>— Jane Roe (@janeroe) January 7, 2020</p>"
            + "<p>Here is a short clip of the new justice walking in to the courtroom.</p>"
            + _paras("ceremony", 2))
    stories = _stories("Court news", body)
    assert len(stories) == 1


def test_a_reporting_from_line_is_the_dateline_not_text() -> None:
    body = ("<p>Jane Roe</p><p>Reporting from Lisbon, Portugal</p>" + _paras("port"))
    story = _stories("Port news", body)[0]
    assert story["dateline"] == "Lisbon, Portugal"
    assert not story["text"].startswith("Reporting from")
