"""A byline names people (round sources15): its trade and outlet taken off ("Aerospace Writer
Marcia Dunn", "Fox News’ Jessica Napoli"), and no section, desk, tagline or theme's credit
taken for a writer ("Tech Industry", "CNN Business", "Poetic Themes"). Shapes from real
pages (the broad set, AEB, a Ghost archive)."""
from __future__ import annotations

import pytest

from normalizer.pipeline import normalize_page
from normalizer.stories.attribute import split_names, writer_of


@pytest.mark.parametrize("part, name", [
    ("Aerospace Writer Marcia Dunn", "Marcia Dunn"),
    ("Fox News’ Jessica Napoli", "Jessica Napoli"),
    ("CNN’s Christine Romans", "Christine Romans"),
    ("Steven Musil", "Steven Musil"),
    ("Eyal Press", "Eyal Press"),  # a surname that is a word
    ("Tech Industry", None),
    ("Tech Insider", None),
    ("CNN Business", None),
    ("CNN Editor-at-large", None),
    ("Poetic Themes", None),
    ("MND Staff", None),
])
def test_a_bylines_part_names_its_writer_or_no_one(part: str, name: str | None) -> None:
    assert writer_of(part) == name


def test_a_byline_list_keeps_its_people_and_outlets() -> None:
    assert split_names("Jill Disis, CNN Business") == (["Jill Disis"], [])
    assert split_names("Jane Doe and Tom Roe, Reuters") == (["Jane Doe", "Tom Roe"], ["Reuters"])


_PARAS = "".join(f"<p>Facebook's chief executive spoke about buying companies, paragraph {i} "
                 "with enough words to be a story.</p>" for i in range(4))


def test_a_section_in_the_author_slot_is_no_writer() -> None:
    html = ("<html><body><article><h1>Zuckerberg offers peek at acquisition strategies</h1>"
            "<div class='byline author'><a href='/news/tech-industry/'>Tech Industry</a> "
            "<a rel='author' href='/profiles/steven-musil/'>Steven Musil</a></div>"
            f"{_PARAS}</article></body></html>")
    rec = normalize_page(html, "https://www.example.com/news/zuckerberg/")[0]
    assert "Tech Industry" not in rec["stories"][0]["byline"]
