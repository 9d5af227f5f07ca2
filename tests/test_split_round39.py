"""Round 39: cards printed lead first with their link and date between, a credit that is a
byline, a caption's illustration label, and the credit under a "read also" box. Round
dumps30's pages (``fixtures/real/dumps``, SOURCES.md): Los Tiempos' cards run lead /
"Ver más" / date / title; Confidencial's "Redacción Confidencial" stands under the
standfirst over the writer's handle and the date; Do Rzeczy captions its picture "...,
zdjęcie ilustracyjne / Źródło: Pixabay" and closes "Czytaj też:" / a title / "Źródło:
ISBnews"."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.text import PHOTO_CREDIT_RE
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _card(n: int) -> str:
    return (f"El alcalde número {n} informó este martes sobre los trabajos de la "
            f"avenida principal en la ciudad...\nVer más\n0{n}/05/2022\n"
            f"Alcalde número {n} presenta obras de la avenida principal")


def test_cards_printed_lead_first_read_each_title_over_its_own_lead() -> None:
    page = "Diario Ejemplo\n\nPortada\n\n" + "\n\n".join(_card(n) for n in range(1, 5)) \
        + "\n\nContacto\n"
    stories = _stories(page)
    assert [s["headline"] for s in stories] == [
        f"Alcalde número {n} presenta obras de la avenida principal" for n in range(1, 5)]
    for n, s in enumerate(stories, 1):
        assert s["text"].startswith(f"El alcalde número {n} informó"), s


def test_los_tiempos_cards_take_their_own_titles() -> None:
    stories = {s["headline"]: s for s in _stories(_read("lostiempos-golpe-juicio-2022.txt"))}
    semapa = stories["Semapa inspecciona los avances del trabajo del alcantarillado en la "
                     "rotonda Melchor Pérez"]
    assert semapa["text"].startswith("Una comisión de Semapa inspeccionó")
    assert stories["Interpol activó sello rojo contra chileno baleado en Cochabamba"][
        "text"].startswith("El director de la Fuera Especial")


def test_a_live_blogs_times_between_entries_turn_nothing() -> None:
    """A time standing apart (blank lines round it) opens the next entry: the entry's
    title stays over its own text (la Repubblica's live blog)."""
    stories = {s["headline"]: s for s in _stories(_read("repubblica-live-gaza-2023.txt"))}
    assert stories["Israele, “Siamo dentro Gaza City, è circondata”"]["text"].startswith(
        "\"Le nostre forze sono nel cuore")


def test_a_credit_over_the_handle_and_the_date_is_the_byline_of_the_body() -> None:
    stories = _stories(_read("confidencial-ortega-estudiantes-2022.txt"))
    assert len(stories) == 1
    assert stories[0]["published"] == "2022-04-27"
    assert "Andrés Marenco recuerda" in stories[0]["text"]


def test_a_closing_credit_still_ends_its_story() -> None:
    """The credit under a whole article, not over a date, ends it."""
    page = ("Primera noticia del día en la ciudad\n\nEl gobierno anunció este lunes un "
            "nuevo plan de obras para la ciudad y sus barrios del norte.\n\nSegundo párrafo "
            "de la primera noticia con más detalles del plan anunciado.\n\nRedacción EFE\n\n"
            "Segunda noticia del día en la ciudad\n\n3 de mayo de 2022\n\nLa alcaldía "
            "presentó este martes un proyecto de parques para los barrios del sur.\n")
    assert len(_stories(page)) == 2


def test_an_illustration_label_and_its_credit_make_a_caption() -> None:
    assert PHOTO_CREDIT_RE.search("Praca w magazynie, zdjęcie ilustracyjne / Źródło: Pixabay")
    assert PHOTO_CREDIT_RE.search("Police car, stock photo / Getty")
    assert not PHOTO_CREDIT_RE.search("Stock photo agencies cut prices, analysts say.")


def test_do_rzeczy_heads_its_story_and_credits_the_agency_under_the_read_also_box() -> None:
    stories = _stories(_read("dorzeczy-bezrobocie-eurostat-2021.txt"))
    assert [(s["headline"].replace("\xa0", " "), s["source"]) for s in stories] == [
        ("Polska z najniższym bezrobociem w całej UE", "ISBnews")]


def test_a_caption_closing_on_credits_between_bars() -> None:
    assert PHOTO_CREDIT_RE.search("Varios estudiantes forcejean frente a la UCA. "
                                  "EFE | Confidencial")
    assert PHOTO_CREDIT_RE.search("Universitarios marchan en Managua. Carlos Herrera | Archivo | "
                                  "Confidencial.")
    assert not PHOTO_CREDIT_RE.search("and a national unity. FULL STORY | DAY OF MOURNING")


def test_a_handle_alone_and_a_pull_quote_with_a_cut_are_no_text() -> None:
    text = " ".join(s["text"] for s in _stories(_read("confidencial-ortega-estudiantes-2022.txt")))
    assert "@confidencial_ni" not in text
    assert "EFE | Confidencial" not in text
    bondy = _stories(_read("bondyblog-paris8-greve-2020.txt"))
    article = next(s for s in bondy if s["headline"].startswith("A Paris-8"))
    assert "Je suis obligé de donner des cours au black pour vivre dignement" not in \
        article["text"].split("\n\n")
    assert "j’ajoute des heures de cours pour vivre dignement" in article["text"]


def test_a_turned_cards_date_dates_it() -> None:
    """The date a lead-first card sets between its "Ver más" and its title is the card's
    own (Los Tiempos: "Interpol ..." of 04/05/2022 under a section of 03/05/2022 cards)."""
    stories = {s["headline"]: s for s in _stories(_read("lostiempos-golpe-juicio-2022.txt"))}
    assert stories["Interpol activó sello rojo contra chileno baleado en Cochabamba"][
        "published"] == "2022-05-04"
    assert stories["Semapa inspecciona los avances del trabajo del alcantarillado en la "
                   "rotonda Melchor Pérez"]["published"] == "2022-05-03"
