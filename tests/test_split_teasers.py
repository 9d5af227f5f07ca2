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


# Teaser cards above the article: a portal's boxes (a linked heading over one line of its
# teaser) that the extraction kept above the post's title, repeated as the article's
# heading (a wire service's old article page in the fifth held-out set).
_CARDS = ('<h2><a href="/pictures/harbour">Harbour pictures of the week</a></h2>'
          "<p>Our best images of the coast, from the storms to the first boats of spring.</p>"
          '<h2><a href="/news/ferry">Ferry adds a second boat</a></h2>'
          "<p>The operator said the boat would run from May to September.</p>")


def test_teaser_cards_above_the_title_repeated_as_a_heading_are_related_links():
    title = "Council votes to rebuild harbour wall"
    record = _record(_CARDS + f"<h2>{title}</h2>" + _BODY, title=title)
    stories = record["stories"]
    assert [s["headline"] for s in stories] == [title]
    assert stories[0]["text"].startswith("The harbour council voted")
    removed = {r["text"]: r["kind"] for r in record["removed"]}
    assert removed["Ferry adds a second boat"] == "related_link"
    assert removed["The operator said the boat would run from May to September."] \
        == "related_link"


def test_a_story_with_two_paragraphs_above_the_title_is_no_card():
    """Two paragraphs under one heading above the title: a story of its own, kept."""
    title = "Council votes to rebuild harbour wall"
    other = ("<h2>Ferry adds a second boat</h2>"
             "<p>The operator said the boat would run from May to September.</p>"
             "<p>Tickets go on sale next week at the harbour office and online.</p>")
    record = _record(other + f"<h2>{title}</h2>" + _BODY, title=title)
    texts = " ".join(s["text"] for s in record["stories"])
    assert "Tickets go on sale next week" in texts


# The story's first paragraph set above its title by an old template (the body's <div>
# closed after that paragraph), and the title repeated as its heading: one story.
def test_a_dateline_paragraph_above_the_title_repeat_opens_the_story():
    title = "Council votes to rebuild harbour wall"
    lead = ("<p>LIMA, Peru — The harbour council voted on Tuesday to rebuild the old wall "
            "after the winter storms broke it in three places.</p>")
    rest = ("<p>Work should start in the spring, a spokesman for the port said.</p>"
            "<p>Fishermen said the delay had cost them most of the season.</p>")
    dated = f"<h2>{title}</h2><h6>By JANE DOE</h6><h6>Published: March 2, 2021</h6>"
    record = _record(lead + dated + rest, title=title)
    stories = record["stories"]
    assert [s["headline"] for s in stories] == [title]
    assert stories[0]["text"].startswith("LIMA, Peru — The harbour council")
    assert stories[0]["text"].endswith("most of the season.")


# A magazine's template: the headline in an <h2>, the deck in the <h1> the post's title is
# read from, a section kicker above them.
def test_the_title_as_a_deck_under_a_heading_leaves_the_heading_the_headline():
    deck = "The council's plan for the old wall is bold, but it does not say who will pay."
    body = ("<p>HOME/</p><p>Coast: News from the harbour towns.</p>"
            f"<h2>Walls and Money</h2><p>{deck}</p>" + _BODY)
    record = _record(body, title=deck)
    stories = record["stories"]
    assert [s["headline"] for s in stories] == ["Walls and Money"]
    assert stories[0]["text"].startswith(deck)
    assert "HOME/" not in stories[0]["text"]


def test_a_title_that_is_no_sentence_under_a_heading_stays_the_headline():
    """A title line without a sentence's end under a kicker heading: the usual headline."""
    title = "Council votes to rebuild harbour wall"
    body = f"<h3>Coast</h3><h2>{title}</h2>" + _BODY
    stories = _record(body, title=title)["stories"]
    assert [s["headline"] for s in stories] == [title]
