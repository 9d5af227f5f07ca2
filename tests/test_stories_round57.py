"""Round 57: a news agency's article under a long menu (its headline quoting a question,
its date, a tag and its dateline over the text), ... Round dumps53's pages
(``fixtures/real/dumps``, SOURCES.md: Europa Press, ...), and invented pages of the same
shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


_MENU = ["Portada", "Nacional", "Internacional", "Economía", "Deportes", "Servicios",
         "Servicios de la Agencia", "Especiales", "Sorteo del Niño 2017",
         "Sorteo de Navidad 2016", "Comparte en Facebook", "Comparte en Twitter"]
_AGENCY_ARTICLE = "\n".join(_MENU + [
    "",
    "agencia/sociedad",
    "El alcalde promete mano dura contra los incendios: \"¿Cómo se puede quemar un monte así?\"",
    "123456.1.644.368.20170213142414",
    "Actualizado 13/02/2017 17:48:46 CET",
    "Medio Ambiente",
    "",
    "SEVILLA, 13 Feb. (EFE) -",
    "",
    "El alcalde de la ciudad ha anunciado este lunes un plan de vigilancia de los montes "
    "tras los incendios de la semana pasada, que quemaron más de cien hectáreas.",
    "",
    "\"No vamos a permitir que esto se repita\", ha dicho en rueda de prensa, en la que ha "
    "pedido a los vecinos que avisen de cualquier fuego que vean.",
    "",
    "Últimas noticias",
    "",
]) + "\n"


def test_a_headline_over_its_date_is_the_article_s_not_the_menu_s_last_title() -> None:
    """A headline under a menu whose last items are titles of three words and more, its
    date line (past an item's number) under it, then a tag and the dateline over the
    first paragraph: the article's headline, however it ends (here on a question quoted
    after a colon), never one more link of the menu's run, nor the menu's last title."""
    [story] = _stories(_AGENCY_ARTICLE)
    assert story["headline"].startswith("El alcalde promete mano dura contra los incendios")
    assert story["text"].startswith("El alcalde de la ciudad ha anunciado")
    assert story["dateline"] == "SEVILLA"


def test_europa_press_s_headline_quoting_the_pope_s_question() -> None:
    """Round dumps53's Europa Press page: its headline, not the menu's "Lotería de Navidad
    2016"."""
    [story] = _stories(_read("europapress-papa-pederastas-2017.txt"))
    assert story["headline"] == ("El Papa garantiza severidad extrema contra pederastas: "
                                 "\"¿Cómo un cura puede llegar a causar tanto mal?\"")
    assert story["source"] == "Europa Press"
