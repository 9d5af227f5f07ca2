"""Round 42: stories a page's comments, embeds and boxes must not make, and headlines a
page's furniture hides. Accountancy Age signs each reader's comment under it ("Posted by:
Florida CPA, 27 Sep 2011 | 15:22") under "Visitor comments Add your comment", and puts its
writer's "More from this author" link between byline and date; Marketplace's "Recent comments
on our stories.." widget signs them "Bittersweet | Apr 22, 2013" and its teasers' leads ask
a question after a sentence; Breaking Soup embeds tweets signed "— South Park (@SouthPark)
...", Radio Kielce sets a "Czytaj również" box between two paragraphs, realestate.com.au a
picture's question under the writer's name and date. Round dumps35's pages
(``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def test_comments_signed_under_their_text_are_no_stories() -> None:
    [story] = _stories(_read("accountancyage-ifrs-big-bang-2011.txt"))
    assert story["headline"] == "Institutes get behind IFRS big bang"
    assert story["text"].startswith("UK INSTITUTES have thrown their weight")
    assert "Last time I checked" not in story["text"]
    assert "Posted by" not in story["text"]


def test_a_recent_comments_widget_and_question_leads() -> None:
    stories = _stories(_read("marketplace-tech-smart-guns-2013.txt"))
    assert [s["headline"] for s in stories] == [
        "Are 'smart guns' ready for market?", "Everything you need to know about CISPA"]
    assert stories[1]["text"].startswith("CISPA passed in the House of Representatives.")
    assert all("kidding" not in s["text"] for s in stories)


def test_an_embedded_tweets_sign_off_opens_no_story() -> None:
    [story] = _stories(_read("breakingsoup-south-park-broncos-2020.txt"))
    assert story["headline"] == "South Park Characters Fill Empty Seats at Denver Broncos Game"
    assert "The official" in story["text"]  # the paragraph under the first tweet goes on


def test_a_read_also_box_between_paragraphs_cuts_no_story() -> None:
    [story] = _stories(_read("radiokielce-bitwa-regionow-2023.txt"))
    assert story["headline"] == "Gospodynie będą rywalizować o najlepszą potrawę"
    assert "Trzy pierwsze miejsca otrzymają nagrody" in story["text"]
    assert "W Sulisławicach" not in story["text"]
    assert story["published"] == "2023-05-28"


def test_the_title_over_the_writer_and_date_beats_the_pictures_question() -> None:
    [story] = _stories(_read("realestate-kenthurst-dinosaurs-2020.txt"))
    assert story["headline"] \
        == "Live in your own Jurassic Park at this multimillion-dollar Kenthurst estate"
    assert story["text"].startswith("No need for a guard dog")
    assert "Can you spot the dinosaurs" not in story["text"]


_LEAD = ("The first paragraph of the story is long enough to be prose and it goes on, said "
         "the minister on Monday in London.\n\nAnother paragraph of the story is long enough "
         "to be prose too, and it goes on for a while longer.\n")


def test_the_authors_more_link_under_the_byline_heads_nothing() -> None:
    page = ("Home\n\nAnalysis\n\nInstitutes\n\nInstitutes get behind IFRS big bang\n\n"
            "by Rose Orlik\n\nMore from this author\n\n26 Sep 2011\n\nComments: 9\n\n" + _LEAD)
    [story] = _stories(page)
    assert story["headline"] == "Institutes get behind IFRS big bang"
    assert "Comments: 9" not in story["text"]


def test_a_comments_heading_with_no_signed_comments_keeps_the_story_under_it() -> None:
    page = ("Budget passes after long debate\n\nVisitor comments\n\n" + _LEAD)
    [story] = _stories(page)
    assert story["text"].startswith("The first paragraph of the story")


def test_a_list_of_question_headlines_is_still_a_list() -> None:
    titles = ["Is law school worth the price?", "Can tech fix the gun debate?",
              "Who pays for the new stadium in town?", "Will rates rise again this year?"]
    article = ("Council approves the new budget\n\n" + _LEAD + "\n"
               + "\n".join(titles) + "\n")
    [story] = _stories(article)
    assert all(t not in story["text"] for t in titles)
