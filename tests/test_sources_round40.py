"""Round 40: sources a byline or an app names. The Inquirer carries a Washington Post story under
"by Spencer S. Hsu, The Washington Post, Posted: July 18, 2020- 4:01 PM"; El Sol de San
Juan del Río names itself nowhere but after the bar of its credits ("Foto: Luis Luévanos |
El Sol de San Juan del Río.", "Rosalía Nieves | El Sol de San Juan del Río"). Round
dumps33's pages (``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.text import SITE_APP_RE
from normalizer.pipeline import normalize_text
from normalizer.stories.attribute import _byline_outlet

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def test_the_outlet_in_a_bylines_date_line_is_the_source() -> None:
    assert _byline_outlet("by Spencer S. Hsu, The Washington Post, Posted: July 18, 2020") \
        == "The Washington Post"
    assert _byline_outlet("Posted: July 18, 2020, The Washington Post") is None  # no byline
    assert _byline_outlet("by Jane Doe, Posted: July 18, 2020") is None  # no outlet named
    story = _stories(_read("inquirer-egypt-immunity-2020.txt"))[0]
    assert story["source"] == "The Washington Post"
    assert story["published"] == "2020-07-18"


def test_the_outlet_after_the_bar_of_two_credits_names_the_page() -> None:
    stories = _stories(_read("elsoldesanjuandelrio-pescadores-2020.txt"))
    assert len(stories) >= 8
    assert {s["source"] for s in stories} == {"El Sol de San Juan del Río"}


def test_one_credit_after_a_bar_names_no_page() -> None:
    page = ("Local\n\nPescadores gestionarán crías de peces en la presa\n\n"
            "Rosalía Nieves | El Diario del Valle\n\n"
            "Con el objetivo de fortalecer la actividad pesquera en las comunidades, los "
            "socios buscan un programa federal de apoyo para el próximo año.\n\n"
            "Mencionó que esta gestión se pretende realizar mediante el programa de apoyo "
            "para el bienestar de los pescadores de la región.\n")
    assert "El Diario del Valle" not in {s["source"] for s in _stories(page)}


def test_a_holders_opening_that_spells_the_sites_app_is_the_site() -> None:
    """"© 2022 Eishockeynews Straubing" on a page offering "Die Eishockey NEWS-App": the
    site is Eishockeynews, Straubing its seat; with no app line the holder stays whole."""
    text = _read("eishockeynews-muenchen-tappara-2022.txt")
    assert {s["source"] for s in _stories(text)} == {"Eishockeynews"}
    assert {s["source"] for s in _stories(text.replace("Die Eishockey NEWS-App\n", ""))} \
        == {"Eishockeynews Straubing"}


def test_an_app_line_names_the_app_not_its_article_or_a_store() -> None:
    assert SITE_APP_RE.match("Die Eishockey NEWS-App")["name"] == "Eishockey NEWS"
    assert SITE_APP_RE.match("El Nuevo Herald App")["name"] == "El Nuevo Herald"
    assert not SITE_APP_RE.match("Die App")
    assert not SITE_APP_RE.match("Download the App")
