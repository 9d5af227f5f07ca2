"""A card's site on its date line (round sources15, dumps12's Székelyhon feed): one word
before a bullet or a bar names the site ("Székelyhon • 2021. május 08., szombat"); two
words name a writer; a weekday of more languages is filler on a date line, no name."""
from __future__ import annotations

import pytest

from normalizer.pipeline import normalize_text
from normalizer.stories.attribute import bulleted_site
from normalizer.text.dates import split_date_line


@pytest.mark.parametrize("line, rest", [
    ("Székelyhon \u00a0 • \u00a0 2021. május 08., szombat", "Székelyhon"),
    ("wtorek, 5 marca 2024", ""),
    ("Alfahir | 2011. január 1., péntek", "Alfahir"),
])
def test_weekdays_of_more_languages_are_filler(line: str, rest: str) -> None:
    assert split_date_line(line) == (True, rest)


@pytest.mark.parametrize("line, rest, site", [
    ("Székelyhon • 2021. május 08., szombat", "Székelyhon", "Székelyhon"),
    ("Alfahir.hu | 2011. január 1.", "Alfahir.hu", "Alfahir.hu"),
    ("Fülöp-Székely Botond • 2021. május 08.", "Fülöp-Székely Botond", None),  # a writer
    ("Russland • 2021. május 08.", "Russland", None),  # a country
    ("Share • 2021. május 08.", "Share", None),  # a control
    ("2021. május 08. • Székelyhon", "Székelyhon", None),  # not before the date
])
def test_one_word_before_a_bullet_names_the_cards_site(line: str, rest: str, site) -> None:
    assert bulleted_site(line, rest) == site


def test_each_card_takes_its_sites_name_from_its_date_line() -> None:
    cards = "\n\n".join(
        f"Székelyhon • 2021. május 0{i}., szombat\n\nA {i}. hír címe a megyéből\n\n"
        f"Több mint ezerötszáz beteget ápoltak a kórházban, ez a {i}. hír bevezetője, "
        "amely elég hosszú ahhoz, hogy történet legyen.\n\nBelföld" for i in range(1, 4))
    rec = normalize_text(f"Csíkszereda\n\nKórház\n\n{cards}\n", "file:///feed.txt")
    assert [s["source"] for s in rec["stories"]] == ["Székelyhon"] * len(rec["stories"])
