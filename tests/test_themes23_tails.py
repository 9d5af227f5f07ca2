"""Furniture a blogger pastes after a story, round 23: the section's label the page
printed over the headline ("Internacional", "Topnews"), an outlet's name and its section
("Outlet »business"), a breadcrumb opened by its "you are here" label, a theme's date
stamp beside the site's address, a link to the site's forum, a tags label, a Korean print
page's mark, and an agency's photo credit in the desk's language ("AP Foto/Name"). Each
goes; the story lines beside them, a one-word sub-heading inside the story among them,
stay. Every line is invented."""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT, Block
from normalizer.stories.clean import classify, has_photo_credit

ES_BODY = ("El consejo municipal votó el martes el cierre del viejo puente para repararlo, una "
           "decisión que enviará a miles de conductores por un desvío durante todo un año.")
EN_BODY = ("The council voted on Tuesday to close the old bridge for repairs, a decision that "
           "will send thousands of commuters onto a detour through the city centre for a year.")
DE_BODY = ("Der Stadtrat hat am Dienstag beschlossen, die alte Brücke für ein Jahr zu sperren, "
           "und Tausende Pendler müssen nun einen langen Umweg durch die Innenstadt fahren.")


def _roles(lines: list[str]) -> list[str]:
    out = [Block(line) for line in lines]
    classify(out)
    return [b.role for b in out]


@pytest.mark.parametrize("line", [
    "you are here: HomeNewsBusinessEconomy", "Sie sind hier: Startseite > Lokales",
    "Sei in", "Estás en: Portada", "Vous êtes ici : Accueil",
    "Daily Planet »business", "Metro Herald > World", "Kurier » Politik",
    "20200516 https://www.example.com", "03.12.2026 www.example.org",
    "vaya al foro", "Zum Forum", "Temas", "Themen:",
    "5면", "A12면",
])
def test_trail_and_stamp_lines_go_anywhere(line: str) -> None:
    body = ES_BODY if line[0] in "vTE2" else DE_BODY if line[0] in "SKZ" else EN_BODY
    assert _roles([body, line, body]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "You are here because the council asked you to come, the mayor told the residents.",
    "Prices rose 5% > wages rose 3%, the union said on Tuesday.",
    "The 20200516 release is at https://www.example.com/notes/ with every change listed.",
    "Las temas del debate fueron el puente y el desvío, dijo el alcalde.",
])
def test_story_lines_like_them_stay(line: str) -> None:
    body = ES_BODY if line.startswith("Las") else EN_BODY
    assert _roles([body, line, body]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("label", ["Internacional", "Topnews", "Mondo", "Politik", "World"])
def test_section_label_after_the_story_goes(label: str) -> None:
    """After the story's last paragraph, above the page's furniture, a section's name alone
    is the page's label pasted with the story."""
    assert _roles([ES_BODY, EN_BODY, label, "Comparte: Facebook · X · E-mail"]) \
        == [TEXT, TEXT, CRUFT, CRUFT]


def test_section_word_inside_the_story_stays() -> None:
    """A one-word sub-heading between the story's paragraphs is the story's."""
    assert _roles([EN_BODY, "World", EN_BODY, "Share: Facebook · X · E-mail"]) \
        == [TEXT, TEXT, TEXT, CRUFT]


@pytest.mark.parametrize(("line", "credit"), [
    ("Los vecinos cruzan el puente viejo, el martes (AP Foto/Ana Pérez)", True),
    ("(AP Foto/Ana Pérez, Pool)", True),
    ("Die Brücke am Dienstag (dpa Bild/Max Muster)", True),
    ("El diario publicó un AP Foto del día en su portada del martes.", False),
])
def test_agency_photo_credit_in_the_desks_language(line: str, credit: bool) -> None:
    assert has_photo_credit(line) is credit


@pytest.mark.parametrize("line", [
    "Would you like to comment on this article?", "Comment on this story", "¿Quieres comentar?",
])
def test_a_call_to_comment_that_asks_goes(line: str) -> None:
    body = ES_BODY if line.startswith("¿") else EN_BODY
    assert _roles([body, line, body]) == [TEXT, CRUFT, TEXT]


def test_a_question_that_goes_on_stays() -> None:
    line = "Would you like to comment on this article? Readers wrote in by the hundreds."
    assert _roles([EN_BODY, line, EN_BODY]) == [TEXT, TEXT, TEXT]
