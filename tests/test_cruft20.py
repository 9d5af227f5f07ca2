"""Cruft left in pasted stories, round 20 (issue 10): a guest column's disclaimer and the
label over it, a bio box under a bare "The author" heading, a labelled bio between two
stories of a post, and a quote box (its quote, closed but not opened, and its speaker's
name and role) — each kind in several languages, beside the story lines that must stay.
Every line is invented."""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT, Block, BlockKind
from normalizer.stories.clean import classify

BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
        "will send thousands of commuters onto a detour through the city centre for a year.")
BODY2 = ("Engineers said the steel beams had rusted faster than expected and that the work "
         "could not wait for the next budget, which the council only sets in the spring.")


def _blocks(lines: list[str | tuple[str, str]]) -> list[Block]:
    """Blocks of ``lines``: a plain string is a paragraph, ("head", text) a heading."""
    out = []
    for line in lines:
        if isinstance(line, tuple):
            out.append(Block(line[1], kind=BlockKind.HEAD, level=2, bold=True))
        else:
            out.append(Block(line))
    classify(out)
    return out


def _roles(lines: list[str | tuple[str, str]]) -> list[str]:
    return [b.role for b in _blocks(lines)]


@pytest.mark.parametrize("note", [
    "Guest columns and articles by outside writers like this one need not reflect the "
    "view of the editorial board; they do not necessarily represent it.",
    "Gastbeiträge externer Autoren müssen nicht der Meinung der Redaktion entsprechen.",
    "Las columnas de opinión no representan necesariamente la opinión de la redacción.",
    "Gli articoli degli ospiti non rappresentano necessariamente la linea della redazione.",
])
def test_guest_column_disclaimer_and_its_label_go(note: str) -> None:
    roles = _roles([BODY, ("head", "Note:"), note, BODY2])
    assert roles == [TEXT, CRUFT, CRUFT, TEXT]


def test_a_story_line_about_opinions_stays() -> None:
    line = ("The mayor said the report did not reflect the opinion of the residents who "
            "had written to the council.")
    assert _roles([BODY, line, BODY2]) == [TEXT, TEXT, TEXT]


def test_a_label_over_the_story_text_stays() -> None:
    assert _roles([BODY, ("head", "Background:"), BODY2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("label, bio", [
    ("The author", "Jane Q. Doe (born 1961) was a planning director at a ministry. She "
                   "teaches politics at a university."),
    ("Die Autorin", "Erika Muster (*1970) war Botschafterin in Rom. Sie leitet heute eine "
                    "Stiftung in Berlin."),
    ("L'auteur", "Jean Exemple est professeur d'histoire à Lyon."),
    ("El autor", "Juan Ejemplo fue ministro de Hacienda entre 2004 y 2008."),
])
def test_bio_box_under_a_bare_writer_heading_goes(label: str, bio: str) -> None:
    roles = _roles([("head", "Bridge to close"), BODY, BODY2, ("head", label), bio])
    assert roles[-2:] == [CRUFT, CRUFT]
    assert roles[1:3] == [TEXT, TEXT]


def test_a_bare_writer_heading_over_story_text_stays() -> None:
    """Under "The author" a paragraph that does not open with a name, or tells more than a
    bio's sentences, is the story's (a book review's section on its author)."""
    story = ("In her third novel she returns to the harbour town of her childhood. The "
             "book took ten years to write. It is her longest so far. Critics loved it.")
    roles = _roles([("head", "A new novel"), BODY, ("head", "The author"), story])
    assert roles[-2:] == [TEXT, TEXT]


def test_labelled_bio_between_two_stories_goes() -> None:
    bio = ("Sunita writes for the site since 2019. She edits the weekly reading tips. She "
           "also hosts our podcast.")
    roles = _roles([("head", "Bridge to close"), BODY, BODY2, "About Sunita", bio,
                    ("head", "Market opens higher"), BODY2])
    assert roles[3:5] == [CRUFT, CRUFT]
    assert roles[5:] == [TEXT, TEXT]


@pytest.mark.parametrize("quote, close", [
    ("We will all work together to end this nightmare on the bridge”", "”"),
    ("Wir werden alle gemeinsam an dieser Brücke arbeiten, bis sie fertig ist«", "«"),
])
def test_quote_box_with_speaker_goes(quote: str, close: str) -> None:
    said = (f"“We are all working, each of us, together to end this nightmare on the bridge"
            f"{close}, the mayor said. Wir werden alle gemeinsam an dieser Brücke arbeiten, "
            "bis sie fertig ist, sagte sie.")
    roles = _roles([("head", "Bridge to close"), BODY, said, ("head", quote), "Jane Doe",
                    "Mayor of the city", BODY2])
    assert roles[3:6] == [CRUFT, CRUFT, CRUFT]
    assert roles[:3] == [TEXT, TEXT, TEXT] and roles[6] == TEXT


def test_a_heading_that_quotes_stays() -> None:
    """A section heading quoting a speaker opens its quote: it is the story's."""
    said = "“The second bridge of the city”, the mayor called it in her speech on Monday."
    roles = _roles([("head", "Bridge to close"), BODY, said,
                    ("head", "“The second bridge of the city”"), BODY2])
    assert roles[3] == TEXT


def test_a_quote_heading_the_story_never_words_stays() -> None:
    roles = _roles([("head", "Bridge to close"), BODY,
                    ("head", "Nobody here expected the river to rise so fast this year”"),
                    BODY2])
    assert roles[2] == TEXT


def test_quote_box_pasted_as_a_paragraph_goes_with_its_speaker() -> None:
    said = ("“We are all working, each of us, together to end this nightmare on the "
            "bridge”, the mayor said on Monday evening after the vote.")
    roles = _roles([("head", "Bridge to close"), BODY, said,
                    "We will all work together to end this nightmare on the bridge”",
                    "Jane Doe", "Mayor of the city", BODY2])
    assert roles[3:6] == [CRUFT, CRUFT, CRUFT]
    assert roles[6] == TEXT


def test_a_paragraph_closing_a_quote_stays() -> None:
    """A quote of two paragraphs: the second closes what the first opened, and the story
    goes on under it."""
    first = ("“We are all working, each of us, together to end this nightmare on the bridge. "
             "The city has waited long enough for this,” the mayor said.")
    roles = _roles([("head", "Bridge to close"), BODY, first,
                    "We will all work together to end this nightmare on the bridge.”",
                    BODY2])
    assert roles == [TEXT] * 5
