"""Round 38: teaser cards that print labels between their title and their lead.
Andalucía Información's box prints each card as title, the site's name, the section's
name, then the lead ("Andalucía Información" / "Andalucía"); Wired's "most popular"
widget, shown again and again between its article's paragraphs, prints one title over its
writer's name. (Round dumps31's pages and round dumps17's Wired, ``fixtures/real/dumps``,
SOURCES.md.)"""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.stories.rhythm import _label_named

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(name: str) -> list[dict]:
    return normalize_text((_DUMPS / name).read_text(encoding="utf-8"), _URL)["stories"]


def test_a_card_title_over_the_labels_every_card_prints_heads_its_lead() -> None:
    stories = {s["headline"]: s for s in _stories("andaluciainformacion-imbroda-2020.txt")}
    for title, lead in [
            ("Los centros educativos abrirán el 18 para la escolarización presencial",
             "La Consejería de Educación y Deporte tiene previsto abrir los centros"),
            ("Los cardiólogos recomiendan hacer ejercicio de forma gradual",
             "Se vuelva a realizar deporte de una manera gradual")]:
        assert stories[title]["text"].startswith(lead), title
    # the card above keeps its own lead only
    assert "La Consejería de Educación" not in stories[
        "Andalucía registra un repunte diario de fallecidos con 20 muertes"]["text"]


def test_a_widget_repeating_its_title_over_a_writer_heads_no_paragraph() -> None:
    story = _stories("wired-plaintext-google-2023.txt")[0]
    assert story["headline"] == "Hands On With Google Search’s Answer to ChatGPT"
    assert "Google trains these neural networks" in story["text"]


def test_a_card_label_is_a_short_capitalised_name() -> None:
    assert _label_named("Andalucía Información")
    assert not _label_named("選択部分を辞書で検索：から検索")
    assert not _label_named("Actualizado: 10:07")
    assert not _label_named("leer más")


def test_a_short_title_over_a_lead_cut_short_heads_it_but_a_label_under_a_title_does_not(
) -> None:
    """Trinidad Express (round dumps29): "DAUGHTER CHARGED" over "As Debe grandmother ...
    her daughter Melissa Jagessar …", a teaser of two words in capitals. Heise's "Fairphone
    2 Test" under "Fairphone 2: Das Smartphone fürs gute Gewissen" is the card's label."""
    express = {s["headline"]: s for s in _stories("trinidadexpress-debe-charged-2022.txt")}
    assert express["DAUGHTER CHARGED"]["text"].startswith("As Debe grandmother Sita Jagessar")
    heise = [s["headline"] for s in _stories("heise-fairphone-lynx-2015.txt")]
    assert "Fairphone 2: Das Smartphone fürs gute Gewissen" in heise
    assert "Fairphone 2 Test" not in heise


def test_a_title_over_its_writers_byline_heads_the_lead_over_the_pictures_credit() -> None:
    """KUT (round dumps31): "Travis County's First Black Judge Speaks About ..." over "By
    Nadia Hamdan | KUT • Jun 4, 2020", then the picture's credit "Office of County Judge
    Sam Biscoe", then the lead: the headline stands over its byline."""
    stories = {s["headline"]: s for s in _stories("kut-travis-judge-2020.txt")}
    judge = stories["Travis County's First Black Judge Speaks About Systemic Racism In Austin"]
    assert judge["text"].startswith("Sam Biscoe is no stranger to racism")
    assert judge["published"] == "2020-06-04"
    assert "Office of County Judge Sam Biscoe" not in stories
