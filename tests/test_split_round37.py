"""Round 37: an article's headline where the page shows more than the headline at its
head. Sudinfo sets its title, then the section "Charleroi" and a breadcrumb "Charleroi
Actu" over the date line; the title is long and closes on a quoted cry ("... : «Je me
fiche pas mal de ces mesures et du gouvernement!»"). Vosges Matin shows its title twice,
plain and after the village's name ("Frain Incendie dans une maison : ..."), and credits
its picture "Photo VM /Eric NURDIN". (Round dumps27's held-out pages, ``fixtures/real/
dumps``, SOURCES.md.)"""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.blocks import Block
from normalizer.stories.rhythm import is_title
from normalizer.stories.split import title_like

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_title_closing_on_a_quoted_cry_heads_its_article_over_its_labels() -> None:
    story, = _stories(_read("sudinfo-couvrefeu-mellet-2020.txt"))
    assert story["headline"] == ("Il brise le couvre-feu et est surpris au volant à 23h30 à "
                                 "Mellet: «Je me fiche pas mal de ces mesures et du gouvernement!»")
    assert story["published"] == "2020-12-24"
    assert story["text"].startswith("Un homme a reçu un P.-V. Covid")  # no "Charleroi"


def test_a_quoted_cry_ends_a_title_but_a_line_that_is_all_a_quote_is_dialogue() -> None:
    cry = Block(text="Il brise le couvre-feu: «Je me fiche du gouvernement!»")
    question = Block(text="Le maire répond: «Pourquoi pas?»")
    dialogue = Block(text="\"Was machst du hier?\"")
    assert title_like(cry) and title_like(question) and is_title(cry)
    assert not title_like(dialogue) and not is_title(dialogue)


def test_a_deck_sentence_over_a_short_title_leaves_the_title_the_headline() -> None:
    """NÖN's local page: "Wechsel JG Bezirksvorsitzende Katharina Riedler folgt Christoph
    Fischer als Gemeinderätin." (a deck, ending with its period) over "Frauenpower im
    Gemeinderat" (three words) over the placed lead: the short line is the headline, not a
    label under the deck."""
    headlines = [s["headline"] for s in _stories(_read("defacto-noen-ostern-2013.txt"))]
    assert "Frauenpower im Gemeinderat" in headlines


def test_a_title_shown_again_after_a_place_leaves_the_plain_one_the_headline() -> None:
    story, = _stories(_read("vosgesmatin-incendie-frain-2020.txt"))
    assert story["headline"] == "Incendie dans une maison\u00a0: cinq personnes relogées"
    # the picture's caption, credited with the paper's initials and the photographer
    assert "Photo VM" not in story["text"] and "brusque incendie" not in story["text"]
    assert story["text"].startswith("Des flammes se sont propagées")


def test_a_place_glued_before_a_different_title_changes_nothing() -> None:
    """The rule reads the same title twice: a village's name before another title is a
    kicker over its own title, left as it was."""
    text = _read("vosgesmatin-incendie-frain-2020.txt").replace(
        "Frain Incendie dans une maison\u00a0: cinq personnes relogées",
        "Frain Les pompiers sauvent une famille de cinq personnes")
    story, = _stories(text)
    assert story["headline"] != "Incendie dans une maison\u00a0: cinq personnes relogées"


def test_a_tickers_titles_that_exclaim_are_still_its_titles() -> None:
    """Beirut Observer's "شريط الأحداث" (events ticker): ten titles, one under another with
    no blank line between, two closing with "!" or "!!". The ticker is a list of links,
    not a story of its own."""
    stories = _stories(_read("beirutobserver-princess-paris-2020.txt"))
    assert len(stories) == 1
    assert "ماكرون طلب تقريراً" not in stories[0]["text"]


def test_a_storys_cries_in_paragraphs_stay_its_text() -> None:
    """A story's short paragraphs that exclaim, a blank line between each, are its text."""
    lines = ["Fans Cheer as the Harbour Festival Opens Its Gates Again",
             "The harbour festival opened on Saturday after two years of closure!",
             "Thousands of visitors lined the quay before the gates were opened at noon!",
             "The mayor said the town had waited a long time for this moment to come back!",
             "Organisers expect record numbers over the three days of the festival!",
             "The festival closes on Monday evening with fireworks over the water."]
    story, = _stories("\n\n".join(lines) + "\n")
    assert "Thousands of visitors lined the quay" in story["text"]
