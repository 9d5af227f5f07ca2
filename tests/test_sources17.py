"""Attribution and dates on agency copy and news databases' exports (round sources17):
heldout14/14b's agency pages (a bracketed agency or a wired dateline after lines joined into
the first paragraph, a long copyright notice naming the agency, an agency told the news, a
Russian dateline naming the agency's site) and dumps13/13b (a database's back button atop
its page, a news archive's pre-1990 dates, a © line writing the site's address, a list of
tags naming a stock index, NO-BREAK SPACEs inside a © line's name)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from normalizer.cues.credits import COPYRIGHT_HOLDER_RE
from normalizer.cues.outlets import credited_in, find_source, is_control_line
from normalizer.pipeline import normalize_page, normalize_text
from normalizer.stories.attribute import (
    agency_dot_dateline,
    agency_telling,
    joined_wire_opener,
    record_line_date,
)
from normalizer.stories.blocks import TEXT, Block
from normalizer.text.dates import parse_date

REAL = Path(__file__).parent / "fixtures" / "real"
DUMPS = REAL / "dumps"


@pytest.mark.parametrize("line, control", [
    ("検索一覧画面へ戻る", True),  # back to the result list (Kikuzo's first line)
    ("このページのＴＯＰへ", True),  # to this page's top (full-width letters)
    ("返回首页", True),
    ("목록으로 돌아가기", True),
    ("朝日新聞社 聞蔵II", False),  # the database's name under it
    ("読売新聞", False),
    ("新华社", False),
])
def test_a_back_buttons_label_in_an_unspaced_script_is_a_control(line: str,
                                                                 control: bool) -> None:
    assert is_control_line(line) is control


@pytest.mark.parametrize("line, day", [
    ("00101 1985年01月10日 朝刊 １外 007 01215文字", "1985-01-10"),  # an archive's record
    ("1985年01月10日", "1985-01-10"),
    ("2009.01.13", "2009-01-13"),
    # (round 19: a line that is only a date, or year-first padded figures, is read for older
    # years too; figures in a line of other words are not: the floor stands there)
    ("1985-01-10", "1985-01-10"),
    ("10.01.1985", "1985-01-10"),
    ("Das Gesetz vom 10.01.1985 wurde geändert.", None),
    ("Modell 10.01.1985 Serie", None),
])
def test_a_date_spelling_its_units_is_read_for_older_years(line: str, day: str | None) -> None:
    assert parse_date(line) == day


@pytest.mark.parametrize("line, known, name", [
    ("© ARD-aktuell / tagesschau.de", "tagesschau", "tagesschau.de"),
    ("© 2020 Reuters.com", "Reuters", "Reuters"),  # (a wire keeps its name)
    ("朝日新聞社 聞蔵II", "The Asahi Shimbun", "朝日新聞"),  # (in the line's script)
    ("Copyright © The Yomiuri Shimbun", "The Yomiuri Shimbun", "The Yomiuri Shimbun"),
])
def test_a_pages_own_line_names_the_outlet_as_it_credits_it(line: str, known: str,
                                                            name: str) -> None:
    assert credited_in(line, known) == name


def test_no_break_spaces_inside_a_name_are_spaces() -> None:
    assert find_source("Copyright\xa0©\xa0The\xa0Yomiuri\xa0Shimbun") == "The Yomiuri Shimbun"


def test_a_notice_with_both_the_sign_and_the_word_gives_its_holder() -> None:
    m = COPYRIGHT_HOLDER_RE.match("© Copyright 2012 Associated Press. All rights reserved. "
                                  "This material may not be published, broadcast, rewritten, "
                                  "or redistributed.")
    assert m is not None and m["holder"] == "Associated Press"


@pytest.mark.parametrize("text, agency", [
    ("2011 год оказался напряженным. Об этом ИА REGNUM сегодня, 4 января, сообщили в "
     "таллинской мэрии.", "Regnum"),
    ("Об этом ИА Новости сообщили в мэрии.", None),  # (no agency the table knows)
    ("Об этом сообщили в мэрии.", None),
])
def test_an_agency_told_the_news_is_the_teller(text: str, agency: str | None) -> None:
    assert agency_telling([Block(text=text, role=TEXT)]) == agency


@pytest.mark.parametrize("text, found", [
    ("Москва. 4 января. INTERFAX.RU - Президент России подписал указ.", ("Москва", "Interfax")),
    ("МОСКВА. 5 января. ИНТЕРФАКС - Президент подписал указ.", ("МОСКВА", "Interfax")),
    ("Москва. 4 января. Сегодня в городе - прошел снег.", None),  # title case, no wire
])
def test_an_agency_dot_dateline_with_the_agencys_site(text: str, found) -> None:
    assert agency_dot_dateline(text) == found


@pytest.mark.parametrize("text, found", [
    ("图表：香港一旅游团在吉林境内发生车祸 新华社记者 曲振东 编制 "
     "新华网长春１２月９日电（记者张建 周长庆）据吉林省有关部门最新提供的消息", ("长春", "Xinhua")),
    ("即時新聞 | 字型： |\n貧血 小心大腸癌上身 【11:25】 〔中央社〕58歲沈姓婦女1年多前開始貧血",
     (None, "Central News Agency")),
    ("据吉林省有关部门最新提供的消息，新华网长春１２月９日电", None),  # (no joined line)
    ("The bus crashed today. 新华网长春１２月９日电", None),  # (a spaced script's prose)
])
def test_an_agency_opener_after_lines_joined_into_the_paragraph(text: str, found) -> None:
    assert joined_wire_opener(text) == found


def _page(rel: str) -> dict:
    path = REAL / rel / "index.html"
    return normalize_page(path.read_bytes(), "http://example.org/" + rel.split("site/")[1] + "/")[0]


@pytest.mark.parametrize("rel, source", [
    ("heldout14b/site/2012/01/12/ivf-three-embryos-no-better-odds", "AP"),
    ("heldout14b/site/2012/01/04/tallinn-ambulance-calls-2011", "Regnum"),
    ("heldout14/site/2012/01/12/anaemia-colorectal-cancer", "Central News Agency"),
    ("heldout14/site/2011/12/09/jilin-bus-crash-hong-kong-tourists", "Xinhua"),
])
def test_agency_pages_name_the_agency(rel: str, source: str) -> None:
    assert _page(rel)["stories"][0]["source"] == source


def _dump(name: str) -> dict:
    return normalize_text((DUMPS / f"{name}.txt").read_text(encoding="utf-8"),
                          f"http://example.org/{name}")


def test_a_news_databases_record_lines_date_its_stories_and_its_button_names_none() -> None:
    stories = _dump("asahi-kikuzo-1985")["stories"]
    gold = json.loads((DUMPS / "asahi-kikuzo-1985.gold.json").read_text(encoding="utf-8"))
    days = {s["published"] for s in gold["stories"]}
    dated = [s for s in stories if s["published"] in days]
    assert len(dated) >= len(gold["stories"]) - 1
    assert not any(s["source"] == "検索一覧画面へ戻る" for s in stories)


def test_a_list_of_tags_naming_a_stock_index_gives_no_source() -> None:
    stories = _dump("tagesschau-marktbericht-2022")["stories"]
    assert stories and not any(s["source"] == "Dow Jones" for s in stories)


def test_no_break_spaces_of_a_databases_copyright_line_are_folded() -> None:
    sources = {s["source"] for s in _dump("yomiuri-yomidasu-kitachosen-2009")["stories"]}
    assert not any(s and "\xa0" in s for s in sources)


@pytest.mark.parametrize("line, day", [
    ("6 2009.01.11 ［社説］急変する世界 東京朝刊 三面 03頁 1748字 04段", "2009-01-11"),
    ("00101 1985年01月10日 朝刊 １外 007 01215文字", "1985-01-10"),
    ("12 2009 was a year of change", None),  # (a figure, then a year in prose)
    ("2009.01.11 東京朝刊", None),  # (no record number: a date line, read as one elsewhere)
])
def test_a_databases_record_line_gives_its_date(line: str, day: str | None) -> None:
    assert record_line_date(line) == day


@pytest.mark.parametrize("opener, place", [
    ("新華網南京１月１７日專電（新華社記者朱旭東）江蘇省從１５日開始執行基本藥物新目錄。", "南京"),
    ("新华社北京1月5日专电（记者张三）国务院今天发布通知。", "北京"),
])
def test_a_special_dispatch_is_a_chinese_agency_opener(opener: str, place: str) -> None:
    """"专电" (a special dispatch) closes an agency's opener as "电" does."""
    from normalizer.stories.split import dateline_of

    found = dateline_of(opener)
    assert found is not None and found.group("place") == place
