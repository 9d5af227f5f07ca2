"""Round 41: stories a page's boxes and bars must not make. The Argus shows its <title> in a
bar over the article's own headline; O Papel's menus set a section's kicker over every title
("Polícia" / title / "Polícia" / title, one closed by a full stop) and its "MAIS POPULARES" box
a date under each; KIOW's "LATEST NEWS" box repeats the article's first paragraph cut short
("... County Auditor [...]") and its stream box holds a note in brackets. Round dumps34's pages
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


def test_the_title_right_over_the_byline_is_the_headline_not_the_bars() -> None:
    [story] = _stories(_read("theargus-eastbourne-crash-2020.txt"))
    assert story["headline"] == "Woman hurt after being hit by car in Station Street, Eastbourne"
    assert story["text"].startswith("A PEDESTRIAN suffered serious injuries")
    assert "Station Street in Eastbourne\n" not in story["text"]  # the picture's caption


def test_a_promo_between_title_and_byline_is_no_headline() -> None:
    """Malay Mail: "New to Versa? It's an app ..." under the caption, over the byline."""
    story = _stories(_read("malaymail-trips-2024.txt"))[0]
    assert story["headline"] \
        == "All paid their own way on PM Anwar’s foreign trips, Fahmi clarifies"


def test_a_kicker_over_every_title_makes_a_menu_not_stories() -> None:
    stories = _stories(_read("opapel-varanda-2020.txt"))
    assert [s["headline"] for s in stories] == [
        "Quintal dentro do apê: três dicas para integrar a varanda à sala de estar"]
    assert "Mulher leva três facadas" not in stories[0]["text"]


def test_teasers_with_leads_under_their_kickers_stay_stories() -> None:
    page = "".join(
        f"Polícia\n\n{title}\n\n{lead}\n\n" for title, lead in (
            ("PM prende autor de tráfico em Luz",
             "A Polícia Militar prendeu na tarde de ontem um homem suspeito de tráfico de "
             "drogas no bairro Centro, depois de uma denúncia anônima."),
            ("Mulher leva três facadas em Lagoa da Prata",
             "Uma mulher de 34 anos foi esfaqueada pelo ex-companheiro na noite de sábado e "
             "levada ao hospital da cidade, onde passa bem."),
            ("Homicídio no bairro Marília",
             "Um jovem de 19 anos foi morto a tiros na madrugada de domingo; a polícia "
             "procura dois suspeitos que fugiram numa moto."),
        ))
    assert len(_stories(page)) == 3


def test_a_boxs_cut_copy_of_the_articles_paragraph_is_no_story() -> None:
    stories = _stories(_read("kiow-absentee-ballots-2020.txt"))
    assert [s["headline"] for s in stories] == [
        "Absentee Ballots Are Slow to Return",
        "Bradford’s Money Outlook on Part 2 of Remote Working"]


def test_a_menus_cut_title_of_the_headline_leaves_the_headline() -> None:
    """Guinéenews' menu shows the article's title cut ("... vers la projection de…"): a
    title, not the copy of a paragraph."""
    [story] = _stories(_read("guineenews-barry-video-2020.txt"))
    assert story["headline"].startswith("Colonel Barry accusé pour")
