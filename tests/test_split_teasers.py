"""Story boundaries: a run of paragraphs the page cut off with "..." or "…" ending a story
is a box of other articles' excerpts, not the story's text nor a story of its own.

The shapes are a news portal's "more news" box under its article (thumbnails, each with
an excerpt cut off mid-sentence, some opening with a dateline) and a magazine's "Source:
X ... …" teasers, both in the held-out sets; written here with invented text.
"""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

_BODY = ("<p>The harbour council voted on Tuesday to rebuild the old wall after the winter "
         "storms broke it in three places.</p>"
         "<p>Work should start in the spring, a spokesman for the port said, and last a year.</p>"
         "<p>Fishermen said the delay had cost them most of the season.</p>")
_EXCERPTS = ('<p><img src="/a.jpg" alt=""></p>'
             "<p>Lima, Jan 13: The fishing fleet of the northern coast returned to port on "
             "Monday after a week in which ...</p>"
             '<p><img src="/b.jpg" alt=""></p>'
             "<p>QUITO, Ecuador - Stocks were mixed on Monday, the first day of the new trading "
             "week, as investors waited for ...</p>"
             '<p><img src="/c.jpg" alt=""></p>'
             "<p>The new ferry between the two islands will start its summer timetable a week "
             "earlier than planned, the operator told…</p>")


def _record(body: str, title: str = "Council votes to rebuild harbour wall") -> dict:
    meta = PostMeta(url="https://news.example/2021/03/02/harbour-wall/", title=title)
    return normalize_content(body, meta)


def test_cut_off_excerpts_ending_the_post_are_related_links():
    record = _record(_BODY + _EXCERPTS)
    stories = record["stories"]
    assert len(stories) == 1  # (the dateline of an excerpt opens no story)
    text = stories[0]["text"]
    assert text.endswith("most of the season.")
    removed = {r["text"]: r["kind"] for r in record["removed"]}
    assert removed["QUITO, Ecuador - Stocks were mixed on Monday, the first day of the new "
                   "trading week, as investors waited for ..."] == "related_link"


def test_cut_off_lines_with_the_story_going_on_after_them_stay():
    """Lines trailing off inside the story (a quoted exchange), then its prose: text."""
    trailing = ("<p>“We waited and waited...</p>"
                "<p>“And then the water came back…</p>"
                "<p>“Nobody knew what to do next...</p>")
    more = "<p>The mayor said the town would pay a third of the cost of the new wall.</p>"
    text = _record(_BODY + trailing + more)["stories"][0]["text"]
    assert "We waited and waited..." in text and "Nobody knew what to do next..." in text


def test_two_cut_off_lines_ending_the_story_stay():
    """Fewer than three in a row may be the story's own last lines."""
    body = _BODY + ("<p>“We waited and waited...</p>"
                    "<p>“And then the water came back…</p>")
    text = _record(body)["stories"][0]["text"]
    assert text.endswith("And then the water came back…")
