"""Round 56: an online magazine's front page (each teaser a title, a lead, its writer's
name, "heute, 18:00 Uhr" and a comment count; the first under the page's menus), a news
explainer whose lists run under colon-ended paragraphs, a blog post closed by a shop's
price table. Round dumps52's pages (``fixtures/real/dumps``, SOURCES.md: Telepolis,
Merkur, Caschys Blog), and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.text.dates import parse_date, split_date_line

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_day_word_with_a_clock_time_is_a_date_line_of_no_known_day() -> None:
    """"heute, 18:00 Uhr", "gestern, 17:35 Uhr", "Today at 6:14 pm", "ayer 10:30": a date
    line (metadata, never a story's text) whose day the page alone does not give."""
    for line in ("heute, 18:00 Uhr", "gestern, 17:35 Uhr", "Today at 6:14 pm",
                 "yesterday, 10:00", "ayer 10:30", "hier à 18h30", "včera 14:40"):
        assert split_date_line(line) == (True, ""), line
        assert parse_date(line) is None, line
    for line in ("Heute im Blick: 12:00", "Today 2020 was a good year", "heute"):
        assert not split_date_line(line)[0], line


_TEASERS = [
    ("Stadtrat beschließt neuen Radweg am Fluss",
     "Die Strecke soll bis zum Herbst fertig sein", "Anna Berger", "heute, 18:00 Uhr", "12"),
    ("Bäckerei schließt nach hundert Jahren",
     "Der letzte Inhaber findet keinen Nachfolger", "Peter Mühlbauer", "heute, 15:30 Uhr", "4"),
    ("\"Wir brauchen mehr Lehrer\"",
     "Eltern fordern kleinere Klassen an den Grundschulen", "Jens Mattern",
     "gestern, 17:35 Uhr", "88"),
    ("Neue Buslinie verbindet die Vororte",
     "Ab Montag fährt der Bus alle zwanzig Minuten", "Thomas Pany", "gestern, 09:00 Uhr", "3"),
]


def _front_page() -> str:
    lines = ["Anmelden", "Mein Account", "Politik", "Wirtschaft", "Kultur & Medien", "3 Kommentare",
             "mit Video"]
    for title, lead, writer, when, count in _TEASERS:
        lines += [title, "", lead, "", writer, when, count]
    lines += ["Neuere Ältere", "Impressum", "Copyright © 2020 Example Medien"]
    return "\n".join(lines) + "\n"


def test_each_teaser_of_a_front_page_is_a_story_with_its_lead() -> None:
    """Teasers in one shape again and again (a title, a one-line lead that is no sentence,
    the writer's name, "heute, 18:00 Uhr", a comment count): each is a story, its title the
    headline and its lead the text, even the first right under the page's menus and a
    title in quotation marks of two words; the writer's name and the counts are chrome."""
    stories = _stories(_front_page())
    assert [(s["headline"], s["text"]) for s in stories] \
        == [(title, lead) for title, lead, *_ in _TEASERS]


def test_a_capitalised_box_label_over_an_ad_date_is_no_writer() -> None:
    """Once or twice a line of capitalised words over a date ("Broadband Plans" over an
    ad's "18 Dec") is a box's label, not a teaser's writer: only a page that repeats the
    shape (title, lead, name, date) three times has writers' lines."""
    stories = _stories(_read("smh-female-quota-2010.txt"))
    headlines = [s["headline"] for s in stories]
    assert "Compare all Term Deposits" not in headlines
    assert "Compare all Savings Accounts" not in headlines


def test_the_magazine_front_page_gives_each_dated_teaser_a_story() -> None:
    """Telepolis's front page of 13 November 2020: fifteen dated teasers (title, lead,
    writer, "heute, 18:00 Uhr", comments), each a story with its lead; the first under the
    page's menus and the video column's teaser, two under titles in quotation marks."""
    stories = _stories(_read("telepolis-home-2020.txt"))
    assert len(stories) >= 15
    by_head = {s["headline"]: s["text"] for s in stories}
    assert by_head["\"Wegen\" oder \"mit\" COVID-19?"] \
        == "Die Zahl der Corona-Intensivpatienten steigt weiter dramatisch"
    assert by_head["\"Zunehmend sektenartig\""].startswith("Ernsthafte Gefahr für den Staat")
    assert by_head["Vattenfall-Urteil: Mehr Steuergelder an die Stromkonzerne"] \
        == "Bundesverfassungsgericht gibt Entschädigungs-Klage statt"
    assert not any(s["text"] in ("Thomas Pany", "Peter Mühlbauer") for s in stories)
