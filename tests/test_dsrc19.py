"""Sources of press-database exports (round dsrc19, ``normalizer/stories/rhythm.py``): an
export of a newspaper's own archive database credits that paper, never the database's name
nor the notices atop its page."""
from __future__ import annotations

import normalizer
from normalizer.stories.blocks import Block
from normalizer.stories.rhythm import _house_archive_paper

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
