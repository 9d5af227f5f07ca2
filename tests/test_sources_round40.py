"""Round 40: sources a byline names. The Inquirer carries a Washington Post story under
"by Spencer S. Hsu, The Washington Post, Posted: July 18, 2020- 4:01 PM"; El Sol de San
Juan del Río names itself nowhere but after the bar of its credits ("Foto: Luis Luévanos |
El Sol de San Juan del Río.", "Rosalía Nieves | El Sol de San Juan del Río"). Round
dumps33's pages (``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

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
