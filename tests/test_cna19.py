"""Chinese-language agencies' dispatch brackets credit the agency, and a story written
mostly in CJK characters is told in a CJK language whatever UI lines stand beside it.

Invented lines throughout, in the shapes the agencies print: "（中央社記者NAME台北19日電）",
"（中央社台北19日綜合外電報導）", "（法新社巴黎19日電）".
"""
from __future__ import annotations

import pytest

from normalizer.cues import openers
from normalizer.cues.outlets import canonical_source
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content
from normalizer.stories.language import detect_language

_ZH_BODY = ("市區一家工廠今天清晨發生火災，消防人員接獲報案後立即趕到現場搶救，"
            "火勢在一小時後撲滅，所幸無人受傷，起火原因仍待調查。")
_ZH_MORE = "市政府表示，將派員了解工廠的消防安全設備是否符合規定，並協助員工安置。"


def _story(*paras: str) -> dict:
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2016/03/19/post/",
                                     title="工廠清晨火警"))
    assert len(rec["stories"]) == 1
    return rec["stories"][0]


@pytest.mark.parametrize("opening, agency", [
    ("（中央社記者王小明台北19日電）", "Central News Agency"),   # a reporter, a place, a day
    ("（中央社台北19日綜合外電報導）", "Central News Agency"),   # foreign wires compiled
    ("（法新社巴黎19日電）", "AFP"),
    ("（美聯社華盛頓19日電）", "AP"),                             # Traditional spelling
    ("（韓聯社首爾19日電）", "Yonhap"),
    ("（德新社柏林19日電）", "dpa"),
    ("(中央社記者王小明台北19日電)", "Central News Agency"),     # ASCII brackets
])
def test_an_agencys_dispatch_bracket_opening_the_story_credits_the_agency(opening, agency):
    story = _story(opening + _ZH_BODY, _ZH_MORE)
    assert story["source"] == agency


@pytest.mark.parametrize("opening", [
    "（本報記者王小明台北報導）",   # the paper's own reporter: no agency named
    "（記者王小明／台北報導）",
    "（圖）",
    "（某某社台北19日電）",         # a name ending in 社 the outlets table does not know
])
def test_a_bracket_naming_no_known_agency_credits_none(opening):
    story = _story(opening + _ZH_BODY, _ZH_MORE)
    assert story["source"] is None


def test_the_dispatch_bracket_names_just_the_agency():
    m = openers.REPORT_OF_RE.match("（中央社記者王小明台北19日電）" + _ZH_BODY)
    assert m is not None and m.group("clause") == "中央社"
    # the Persian formula the pattern read before is read as it was
    m = openers.REPORT_OF_RE.match("به گزارش ایسنا، امروز")
    assert m is not None and m.group("clause") == "ایسنا"


@pytest.mark.parametrize("alias, name", [
    ("美聯社", "AP"), ("韓聯社", "Yonhap"), ("德新社", "dpa"), ("埃菲社", "EFE"),
    ("安莎社", "ANSA"), ("俄新社", "RIA Novosti"), ("馬新社", "Bernama"), ("马新社", "Bernama"),
    ("越通社", "VNA"),
])
def test_agencies_chinese_names_are_rows_of_the_outlets_table(alias, name):
    assert canonical_source(alias) == name


_EN_PROMPT = ("Your browser does not appear to support this language. Would you like "
              "to go to our English website?")
_JA_PROMPT = "こちらのページは繁体字版です。日本語版に移動しますか。"


def test_a_mostly_chinese_text_with_an_english_prompt_is_not_english():
    text = "\n\n".join([_ZH_BODY, _EN_PROMPT, _ZH_MORE])
    assert detect_language(text) == "zh"


def test_a_chinese_text_with_english_and_japanese_prompts_is_chinese():
    """A few kana of a Japanese prompt do not make a Chinese text Japanese."""
    text = "\n\n".join([_ZH_BODY, _ZH_MORE, _EN_PROMPT, _JA_PROMPT])
    assert detect_language(text) == "zh"


def test_japanese_prose_with_english_words_stays_japanese():
    text = ("東京都は19日、新しい防災計画を発表した。計画ではAIを使った避難誘導システムや"
            "Wi-Fiの整備を進めるとしており、担当者は「都民の安全を守るために全力を尽くしたい」"
            "と話した。")
    assert detect_language(text) == "ja"


def test_an_english_text_quoting_a_chinese_name_stays_english():
    text = ("The Central News Agency (中央社) reported on Saturday that a fire broke out "
            "at a tire shop in Taoyuan early in the morning, and that seven people were "
            "evacuated while one woman died in the blaze.")
    assert detect_language(text) == "en"
