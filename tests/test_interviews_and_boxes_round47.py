"""Round 47, round dumps41's pages: an Upper Austrian daily's interview whose two guests
answer by surname ("Weltermann: ...", "Auerbach: ...") under questions with no label, its
reading time ("Lesedauer etwa 2 Min") and its icon font's glyph names set before its
controls ("bookmark_border Auf die Merkliste"), its masthead line naming the paper with
its web address; a Saxon daily's captions broken by their credit's label ("Die erste F13
..." / "Foto:" / "Steinberg"); a French press review's story credited to the paper it
translated ("The Wall Street Journal" / "Traduit de l’anglais" / date) with that paper's
box at the end ("Source de l’article"); a local site's print and overview links
(``fixtures/real/dumps``, SOURCES.md), and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.blocks import Block
from normalizer.stories.clean import is_chrome
from normalizer.stories.dumps import dump_blocks

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_an_interviews_guests_answering_by_surname_open_no_stories() -> None:
    [story] = _stories(_read("oon-krebs-komplementaer-2019.txt"))
    assert story["headline"] == 'Was bringen "alternative" Therapien bei Krebs?'
    assert "Weltermann: Krebs hat immer etwas Schicksalhaftes" in story["text"]
    assert "Auerbach: Es sollte in der onkologischen Abteilung" in story["text"]


def test_a_feed_of_two_outlets_leads_with_no_questions_stays_a_feed() -> None:
    items = []
    for n in range(3):
        items.append(f"Alpha: The city council approved budget number {n} on Monday after a "
                     "long debate, officials said.")
        items.append(f"Beta: Heavy rain closed road number {n} in the north on Tuesday, "
                     "the police said in a statement.")
    stories = _stories("News feed\n\n" + "\n\n".join(items) + "\n")
    assert len(stories) == 6


def test_a_reading_time_and_a_glyphs_name_before_a_control_are_chrome() -> None:
    assert is_chrome(Block(text="Lesedauer etwa 2 Min"))
    assert is_chrome(Block(text="Reading time: about 3 minutes"))
    assert not is_chrome(Block(text="15 min 10 min 2"))  # (a recipe's times)
    assert [b.text for b in dump_blocks("bookmark_border Auf die Merkliste")] == [
        "Auf die Merkliste"]
    assert [b.text for b in dump_blocks("headset Vorlesen")] == ["Vorlesen"]
    # a line that opens in lower case on a word before a word in lower case is no glyph
    assert [b.text for b in dump_blocks("print the page")] == ["print the page"]
    assert is_chrome(Block(text="zum Nachrichtenüberblick Druckversion"))


def test_the_masthead_line_with_its_web_address_names_the_paper() -> None:
    [story] = _stories(_read("oon-krebs-komplementaer-2019.txt"))
    assert story["source"] == "Oberösterreichische Nachrichten"


def test_a_caption_broken_by_its_credits_label_is_no_text() -> None:
    [story] = _stories(_read("mz-junkers-f13-2019.txt"))
    for line in ("Die erste F13 war vor eineinhalb Jahren beim Flugplatzfest in Dessau zu Gast.",
                 "Der Roll-Out der zweiten F13.", "Junkers Flugzeugwerke AG\n"):
        assert line not in story["text"]
    assert "\nSteinberg\n" not in "\n" + story["text"] + "\n"


def test_a_translated_story_keeps_its_body_and_names_the_paper_it_came_from() -> None:
    [story] = _stories(_read("courrier-hamas-tunnels-2023.txt"))
    assert story["headline"] == "En vidéo\xa0: voilà à quoi ressemblent les tunnels du Hamas"
    assert story["source"] == "The Wall Street Journal"
    assert story["published"] == "2023-10-27"
    assert "Traduit de l’anglais" not in story["text"]
    assert "Pendant la guerre de 2014" in story["text"]
    # the box on the paper at the end is no text of the story
    assert "C’est la bible des milieux d’affaires" not in story["text"]


def test_a_name_read_as_its_initials_is_spelled_as_the_logo_line_spells_them() -> None:
    """The Mitteldeutsche Zeitung's follow lines name its local edition by the paper's
    initials ("MZ Dessau-Roßlau auf Facebook"); its logo line atop the page spells them."""
    [story] = _stories(_read("mz-junkers-f13-2019.txt"))
    assert story["source"] == "Mitteldeutsche Zeitung"
