"""Sources of press-database exports (round dsrc19, ``normalizer/stories/rhythm.py``): an
export of a newspaper's own archive database credits that paper, never the database's name
nor the notices atop its page; a paper line atop each record beats the © line of the company
that publishes the paper."""
from __future__ import annotations

import normalizer
from normalizer.stories.blocks import CRUFT, META, TEXT, Block
from normalizer.stories.page_sources import _house_archive_paper, _paper_line
from normalizer.stories.split import known_outlet

BODY = [
    "市の議会は六時間にわたって審議したが、学校の新しい予算について合意できなかった。"
    "野党は昨年度の資金の行方について調査を求めた。",
    "市長は来週にも新しい案を示す考えを明らかにし、議会は改めて審議する予定だ。"
    "関係者によると、予算の規模は前年並みになる見通しだという。",
]


def _export(header: list[str]) -> str:
    """An invented archive export: its header, then one record (title, prose)."""
    return "\n\n".join([*header, "市議会、予算で合意できず", *BODY])


def test_a_house_archive_header_line_names_its_paper() -> None:
    assert _house_archive_paper([Block(text="ヨミダス歴史館")]) == "読売新聞"
    assert _house_archive_paper([Block(text="朝日新聞社 聞蔵II")]) == "朝日新聞"


def test_a_long_notice_naming_the_database_is_no_header() -> None:
    notice = "聞蔵の新機能（検索）をリリースしました。詳しくはこちらをご覧ください"
    assert _house_archive_paper([Block(text="News"), Block(text=notice)]) is None


def test_a_page_naming_no_archive_has_none() -> None:
    assert _house_archive_paper([Block(text="Factiva"), Block(text="Dow Jones")]) is None


def test_an_archive_export_credits_the_paper_not_the_database() -> None:
    stories = normalizer.normalize_text(
        _export(["ヨミダス歴史館", "ログアウト", "ヘルプ"]), "file:///export.txt")["stories"]
    assert stories
    assert {s["source"] for s in stories} == {"読売新聞"}


def test_the_database_notices_atop_the_export_are_no_source() -> None:
    stories = normalizer.normalize_text(
        _export(["News", "Maintenance", "検索一覧画面へ戻る", "朝日新聞社 聞蔵II"]),
        "file:///export.txt")["stories"]
    assert stories
    assert {s["source"] for s in stories} == {"朝日新聞"}


def _nexis_record(n: int, title: str) -> list[str]:
    """An invented Nexis-like record: the paper (its city in brackets) over the date, the
    headline, the fields, the prose and the publishing company's © line."""
    return [
        f"{n} of 2 DOCUMENTS",
        "The Guardian (London)",
        "January 31, 1986",
        title,
        "LENGTH: 420 words",
        "The council met for six hours on Thursday and could not agree on the new budget for "
        "the schools, members of the opposition said after the meeting had ended late.",
        "The mayor said a new plan would be put to the members next week, and that the size "
        "of the budget would stay close to last year's according to people close to the talks.",
        "LANGUAGE: ENGLISH",
        "Copyright 1986 Invented Newspapers Limited",
    ]


def test_a_paper_line_over_each_record_date_beats_the_publishers_copyright() -> None:
    text = "\n\n".join([*_nexis_record(1, "Council cannot agree on the school budget"),
                        *_nexis_record(2, "Mayor to put a new plan to the council")])
    stories = normalizer.normalize_text(text, "file:///export.txt")["stories"]
    assert stories
    assert {s["source"] for s in stories} == {"The Guardian"}


def test_a_menu_naming_an_outlet_is_no_paper_line() -> None:
    menu = [Block(text="Welt", role=CRUFT), Block(text="Politik", role=CRUFT),
            Block(text="Welt", role=CRUFT), Block(text="Sport", role=CRUFT)]
    assert _paper_line(menu, known_outlet) is None


def test_the_paper_named_over_two_record_dates_is_the_paper_line() -> None:
    heads = [Block(text="The Guardian (London)", role=TEXT),
             Block(text="January 31, 1986", role=META),
             Block(text="The Guardian (London)", role=TEXT),
             Block(text="February 1, 1986", role=META)]
    assert _paper_line(heads, known_outlet) == "The Guardian"
