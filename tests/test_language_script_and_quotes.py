"""Han text without Hangul is never Korean, nor without kana Japanese; a story's language
is that of its writer's own words, not of what it quotes (cues/languages.py).

The real pages are the third held-out set's (tests/fixtures/real/heldout3, Apache-2.0,
see its SOURCES.md): two Traditional Chinese pages with no ``lang`` the detector read as
Korean (its Korean profile holds Hanja n-grams), and a Tagalog page quoting English
statements at length, read as English.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import normalizer
from normalizer.cues import languages as table
from normalizer.stories.language import detect_language, language_sample, own_words

SITE = Path(__file__).parent / "fixtures" / "real" / "heldout3" / "site"

# Written for this test: Traditional Chinese the detector alone answers "ko" for.
TRADITIONAL = ("行政院今天下午召開記者會，說明明年度預算編列情形。主計總處表示，各部會提出的"
               "計畫經過審查後，整體歲出較今年增加，其中社會福利與國防經費占比最高。"
               "立法院將於下個會期審議。")
KOREAN = "서울에서 열린 회의에서 정부는 새로운 정책을 발표했다. 많은 사람들이 참석했다."
JAPANESE = "台風の影響で、東京では大雨が続いています。気象庁によると、明日も注意が必要です。"


def _languages(path: str) -> list[str]:
    html = (SITE / path.strip("/") / "index.html").read_bytes()
    return [s["language"] for r in normalizer.normalize_page(html, "http://127.0.0.1" + path)
            for s in r["stories"]]


@pytest.mark.parametrize("path", ["/2020/03/12/wu-zongxian-depression/",
                                  "/2020/10/04/sony-kioxia-huawei/"])
def test_traditional_chinese_pages_without_lang_are_chinese(path):
    assert _languages(path) == ["zh"]


def test_pure_han_text_is_chinese_not_korean():
    assert detect_language(TRADITIONAL) == "zh"


@pytest.mark.parametrize(("text", "code"), [(KOREAN, "ko"), (JAPANESE, "ja")])
def test_hangul_and_kana_still_tell_korean_and_japanese(text, code):
    assert detect_language(text) == code


def test_a_tagalog_page_quoting_english_statements_is_tagalog():
    assert _languages("/2020/11/27/abs-cbn-bea-alonzo/") == ["tl"]


def test_quotations_are_left_out_of_the_sample():
    paragraphs = [
        "Naglabas ng pahayag ang kumpanya tungkol sa paglipat ng aktres sa bagong manager.",
        "\u201cWe respect her decision and we wish her well in the years to come, as always.",
        "\u201cShe will always be part of the family,\u201d ang sabi ng kumpanya sa pahayag.",
    ]
    assert own_words(paragraphs) == [paragraphs[0], "ang sabi ng kumpanya sa pahayag."]
    assert detect_language(language_sample(paragraphs)) == "tl"


def test_a_story_of_quotes_is_told_by_them():
    paragraphs = ["\u201cThis is a statement read in full by the spokesman at the hearing.\u201d",
                  "Sabi niya."]
    assert own_words(paragraphs) == paragraphs


def test_german_quotes_close_with_the_english_opener():
    assert own_words(["Er sagte \u201eJa\u201c und ging."]) == ["Er sagte   und ging."]


def test_text_without_quotes_is_the_same_object():
    paragraphs = ["Ein Absatz ohne Anf\u00fchrungszeichen."]
    assert own_words(paragraphs) is paragraphs


def test_the_needed_scripts_are_the_detectors_codes():
    from langdetect import detector_factory

    detector_factory.init_factory()
    assert set(table.SCRIPT_NEEDED) <= set(detector_factory._factory.get_lang_list())
