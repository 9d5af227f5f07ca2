"""Languages the detector cannot name: scripts it has no profile for, and languages it
reads as a close relative where the page declares its own (cues/languages.py).

The real pages are the held-out set's (tests/fixtures/real/heldout2, Apache-2.0, see
its SOURCES.md): an Armenian news page the detector read as Estonian, and a Bosnian one
(``<html lang="bs-BA">``) it read as Croatian.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import normalizer
from normalizer.cues import languages as table
from normalizer.stories.language import (
    declared_language,
    detect_language,
    settle_relatives,
)

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout2" / "site"


def _page(path: str) -> list[dict]:
    html = (SITE / path.strip("/") / "index.html").read_bytes()
    return normalizer.normalize_page(html, "http://127.0.0.1" + path)


def test_an_armenian_page_is_armenian_not_a_latin_script_language():
    [record] = _page("/2020/09/15/koronavirus-150-nor-dep/")
    assert record["stories"][0]["language"] == "hy"
    assert record["language"] == "hy"


def test_a_bosnian_page_declaring_bs_is_bosnian_not_croatian():
    [record] = _page("/2020/10/26/eprs-direktor-koronavirus/")
    assert record["stories"][0]["language"] == "bs"
    assert record["language"] == "bs"


def test_pages_in_languages_the_detector_knows_keep_its_answer():
    [record] = _page("/2020/08/19/chania-klopi-autokiniton/")  # Greek: its own profile
    assert record["language"] == "el"


@pytest.mark.parametrize(("text", "code"), [
    ("საქართველოს მთავრობამ დღეს ახალი კანონი მიიღო, რომელიც ქვეყნის ეკონომიკას შეეხება.",
     "ka"),
    ("Հայաստանի կառավարությունը այսօր հաստատեց նոր օրենքը, որը վերաբերում է տնտեսությանը։",
     "hy"),
])
def test_a_script_of_one_language_the_detector_lacks_names_it(text, code):
    assert detect_language(text) == code


def test_a_few_words_of_such_a_script_in_latin_text_do_not_decide():
    text = ("The delegation met in Yerevan (Երևան) on Monday to discuss the new "
            "trade agreement between the two countries and its timetable.")
    assert detect_language(text) == "en"


@pytest.mark.parametrize(("value", "code"), [
    ("bs-BA", "bs"), ("en_US", "en"), ("sr-Latn-RS", "sr"), ("", None), (None, None),
    ("x-klingon", None),
])
def test_the_declared_language_is_the_attributes_primary_subtag(value, code):
    assert declared_language(value) == code


def _stories(*codes: str) -> list[dict]:
    return [{"language": c} for c in codes]


def test_a_declared_language_names_only_stories_read_as_its_relatives():
    stories = _stories("hr", "en")
    assert settle_relatives(stories, "bs")  # type: ignore[arg-type]
    assert [s["language"] for s in stories] == ["bs", "en"]


def test_a_declared_language_the_detector_knows_changes_nothing():
    stories = _stories("hr")
    assert not settle_relatives(stories, "hr")  # type: ignore[arg-type]
    assert not settle_relatives(stories, "en")  # type: ignore[arg-type]
    assert stories[0]["language"] == "hr"


def test_norwegian_written_as_the_detector_writes_it():
    stories = _stories("da")
    settle_relatives(stories, "nb")  # type: ignore[arg-type]
    assert stories[0]["language"] == "no"


def test_the_tables_name_only_languages_the_detector_lacks():
    from langdetect import detector_factory

    detector_factory.init_factory()
    known = {c.split("-")[0] for c in detector_factory._factory.get_lang_list()}
    assert not {code for code, _ in table.SCRIPTS} & known
    assert not set(table.RELATIVES) & known
    assert all(relatives <= known for relatives in table.RELATIVES.values())
