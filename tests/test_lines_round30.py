"""Round 30: a round-up's titled items read as stories of their own (its announcement
over them, its date on each), and a share bar's words in other languages."""
from __future__ import annotations

import pytest

from normalizer.cues.text import ROUNDUP_RE
from normalizer.pipeline import normalize_text

# --- a round-up of titled items ------------------------------------------------------------

_ITEMS = [
    ("Town library opened a seed bank",
     ["The town library now lends seeds as well as books, the council said on Monday, and "
      "has already given out four hundred packets to gardeners from every part of the town "
      "since the scheme began quietly at the start of the month.",
      "Borrowers are asked to bring back seeds from their harvest next autumn, so that the "
      "collection grows every year, and the librarians will hold a workshop on saving seeds "
      "for anyone who has never tried it before."]),
    ("Volunteers cleared the river banks",
     ["More than two hundred volunteers spent Saturday clearing plastic from the banks of "
      "the river, filling ninety bags by the afternoon and finding two bicycles, a shopping "
      "trolley and a sofa among the reeds near the old mill.",
      "The group plans to meet again in the spring, when the water is lower and the banks "
      "are easier to reach, and it hopes that the council will lend it a boat and a trailer "
      "for the heavier rubbish."]),
    ("A bakery began giving away its unsold bread",
     ["A family bakery on the high street now gives its unsold loaves to a food bank every "
      "evening instead of throwing them away, about thirty loaves a day, collected by a "
      "volunteer driver who takes them across town before the food bank closes.",
      "The owner said it had been the customers' idea: several of them had asked what "
      "happened to the bread left on the shelves at closing time, and nobody liked the "
      "answer that it was thrown away."]),
]


def _roundup(announcement: str, *, credits: bool) -> str:
    lines = ["Home", "News", "Good things that happened this week",
             "Words by Jane Smith November 2, 2023", "Share:", "",
             "A seed bank, a clean river and free bread, plus more good news from the town.",
             "", announcement]
    for title, paragraphs in _ITEMS:
        lines += [title, ""]
        for p in paragraphs:
            lines += [p, ""]
        if credits:
            lines += ["Image: Town Photo Club", ""]
    lines += ["Get our newsletter", "About us", "Contact"]
    return "\n".join(lines)


@pytest.mark.parametrize("credits", [False, True])
def test_a_round_ups_titled_items_are_stories_under_their_titles(credits: bool) -> None:
    """The label over the first title says the run below is a round-up: each titled item
    is a story, headed by its title, with its own paragraphs only (a title right under a
    picture's credit is no caption there), and each carries the round-up's date."""
    stories = normalize_text(_roundup("This week's good news roundup", credits=credits),
                             "file:///page.txt")["stories"]
    items = {s["headline"]: s for s in stories}
    for title, paragraphs in _ITEMS:
        assert title in items
        assert items[title]["text"] == "\n\n".join(paragraphs)
        assert items[title]["published"] == "2023-11-02"
    assert all("roundup" not in s["text"] for s in stories)


def test_without_an_announcement_the_same_run_is_one_articles_sub_headings() -> None:
    """The same titled sections under a plain paragraph are an article's sub-headings."""
    text = _roundup("The town had a good week, its people say, and here is why.",
                    credits=False)
    headlines = [s["headline"] for s in normalize_text(text, "file:///page.txt")["stories"]]
    assert not any(title in headlines for title, _ in _ITEMS)


@pytest.mark.parametrize("line", [
    "This week's good news roundup", "Anbei einige Veranstaltungstipps für einen Dienstag.",
    "Die Kurzmeldungen des Tages", "En bref", "Notizie in breve", "News in brief",
    "Kort nieuws", "W skrócie",
])
def test_a_line_that_announces_a_round_up(line: str) -> None:
    assert ROUNDUP_RE.search(line)


@pytest.mark.parametrize("line", [
    "The minister was brief in her remarks.", "Tipping point for the climate",
    "The round of talks ended on Friday.",
])
def test_a_line_that_announces_no_round_up(line: str) -> None:
    assert not ROUNDUP_RE.search(line)


# --- a share bar ------------------------------------------------------------------------------

def test_a_share_bar_with_its_share_via_and_print_buttons_is_no_headline() -> None:
    """"Facebook X WhatsApp Telegram Teilen via E-Mail Drucken" is the page's buttons."""
    text = "\n".join([
        "Bahnhof wird ab Montag umgebaut", "Facebook X WhatsApp Telegram Teilen via E-Mail Drucken",
        "", "Der Bahnhof der Stadt wird ab Montag für zwei Jahre umgebaut, teilte die Bahn am "
        "Freitag mit. Die Züge halten während der Arbeiten weiter.", "",
        "Die Bauarbeiten kosten nach Angaben der Bahn rund zwölf Millionen Euro und sollen den "
        "Bahnhof barrierefrei machen.", ""])
    (story,) = normalize_text(text, "file:///page.txt")["stories"]
    assert story["headline"] == "Bahnhof wird ab Montag umgebaut"
    assert "Drucken" not in story["text"]
