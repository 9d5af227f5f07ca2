"""Cruft that survives when a story is pasted into a blog theme, by shape: a related item's
kicker glued to its title without a space (read in a run of such lines), counters glued to
their word ("98shares"), comment, like, favourite and pager controls as lines, a related
list's label "Related links", and a page's whole title pasted as a link ("Headline |
Section | Kind | Outlet") and a caption whose credit closes its line after the sentence
("... Reaktoren. Foto: dpa").

Each shape is tested in several languages, beside story lines of the same shape that must
stay. The lines are invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

PARA = ("The minister said on Tuesday that talks would resume next week, adding that both "
        "sides had agreed to keep the channel open despite the tensions.")
PARA2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
         "meeting of deputy ministers was being prepared for early next month.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


@pytest.mark.parametrize("run", [
    ["Nach dem Erdbeben in Chile15.000 Helfer im Einsatz",
     'Schriftstellerin Müller über Berlin"Die Stadt hat sich verändert"'],
    ["Après les inondations en Bretagne3 000 foyers sans courant",
     "Le maire de Lyon sur le budget«Nous devons économiser»"],
    ["Tras el incendio en Valencia200 vecinos desalojados",
     'El ministro habla de la crisis"No habrá recortes"'],
    ["После наводнения в Сибири300 домов без света",
     "Министр о бюджетеПравительство сократит расходы"],
])
def test_glued_kicker_titles_after_the_story_go(run: list[str]) -> None:
    assert roles([PARA, PARA2, *run]) == [TEXT, TEXT, CRUFT, CRUFT]


def test_one_glued_line_stays() -> None:
    # a name in camel case, or one glued title alone: not a list
    assert roles([PARA, "Our team moved to WordPress last year", PARA2]) == [TEXT, TEXT, TEXT]
    assert roles([PARA, PARA2, "Nach dem Erdbeben in Chile15.000 Helfer"])[:2] == [TEXT, TEXT]


def test_glued_run_before_any_body_stays() -> None:
    # no line of the story above it: nothing to be a list after
    out = roles(["Nach dem Erdbeben in Chile15.000 Helfer im Einsatz",
                 'Schriftstellerin Müller über Berlin"Die Stadt hat sich verändert"'])
    assert out == [TEXT, TEXT]


def test_glued_sentences_stay() -> None:
    # story sentences with a typo'd missing space end as sentences: no titles
    out = roles([PARA, "He moved to Berlin2 years ago and stayed there.",
                 'She said"we will see" and left the room.', PARA2])
    assert out == [TEXT, TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "98shares", "12comments", "View comments", "Kommentare anzeigen", "Voir les commentaires",
    "Ver comentarios", "Share or comment on this article", "gefällt mir.", "J'aime",
    "Mi piace", "Dieser Artikel ...", "Cet article …", "Next", "Weiter", "Suivante", "Star",
    "Favorit", "RELATED LINKS", "Enlaces relacionados", "Verwandte Links",
    "Artikel-Services", "Article tools", "komentar", "Bình luận",
])
def test_controls_as_lines_go(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    "The article was shared 98 times before it was taken down.",
    "Next, the committee will vote on the budget.",
    "The star of the show was the youngest player on the team.",
    "Dieser Artikel erschien zuerst in der gedruckten Ausgabe.",
    "Cet article a été mis à jour après la publication du rapport.",
])
def test_story_lines_of_the_same_words_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Supermarket starts giving out paper bags for free | UK | News | Evening Paper",
    "El Gobierno aprueba el nuevo plan de vivienda | España | Noticias | Diario",
    "Regierung beschließt neues Klimapaket für Städte | Politik | Nachrichten | Zeitung",
    "Le gouvernement présente son plan pour l'énergie | France | Actualités | Journal",
])
def test_pipe_page_titles_go(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "Name | Age | City",
    "We went to the market | then to the beach | and home again",
    "The price was high | But fair | Said the man.",
])
def test_pipe_lines_that_are_no_page_title_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Die Demonstranten zogen am Sonntag durch die Innenstadt. Foto: dpa",
    "Les manifestants ont défilé dimanche dans le centre. Photo : afp",
    "Los manifestantes marcharon el domingo por el centro. Foto: efe",
    "Demonstranci przeszli w niedzielę przez centrum miasta. Foto: pap",
])
def test_caption_with_its_credit_closing_the_line_goes(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "He looked at the picture. Photo: a gift from his mother, he said, and he smiled at it.",
    "The label on the box read: Foto: 1998.",
    "Das Bild zeigt den Marktplatz im Winter, wie ihn die Fotografin sah.",
])
def test_story_lines_naming_a_photo_stay(line: str) -> None:
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Vergleichen Sie jetzt und lassen Sie sich Ihren Stromtarif berechnen!",
    "Compare now and find your cheapest energy tariff in minutes!",
    "Comparez maintenant et trouvez votre meilleur forfait mobile !",
])
def test_comparison_ad_addressing_the_reader_goes(line: str) -> None:
    assert roles([PARA, PARA2, line]) == [TEXT, TEXT, CRUFT]


def test_story_sentence_about_comparing_stays() -> None:
    line = "Consumers who compare prices save an average of 200 euros a year, the study found."
    assert roles([PARA, line, PARA2]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("titles", [
    ["Shoppers queue for hours outside the new store on the opening day of the sale",
     "Council says the car park will close for repairs until the end of the month"],
    ["Die Stadt plant einen neuen Radweg entlang des Flusses bis zum Hafen im Sommer"],
    ["La mairie annonce la fermeture du parking pendant les travaux de cet été"],
])
def test_long_titles_between_furniture_go(titles: list[str]) -> None:
    out = roles([PARA, PARA2, "View comments", *titles, "Share this article", "Next"])
    assert out == [TEXT, TEXT, CRUFT, *[CRUFT] * len(titles), CRUFT, CRUFT]


def test_story_sentence_between_furniture_stays() -> None:
    line = "The council said the car park would close for repairs until the end of the month."
    out = roles([PARA, "View comments", line, "Share this article", PARA2])
    assert out[2] == TEXT


def test_titles_under_furniture_without_furniture_below_stay() -> None:
    title = "Shoppers queue for hours outside the new store on the opening day of the sale"
    out = roles([PARA, "Share this article", title, PARA2])
    assert out[2] == TEXT
