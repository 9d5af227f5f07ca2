"""Round 28: lines of real pages read by their shape: the credit closing a Japanese caption,
the correspondent's line, an Italian byline, a Nordic date line."""
from __future__ import annotations

import pytest

from normalizer.stories.clean import has_photo_credit


@pytest.mark.parametrize("line", [
    "パトカーを使い、母島で通話試験を行う技官（警視庁提供）",   # the police's picture
    "記者会見する社長（同社提供）",
    "被災した住宅（受访者提供）",
    "テレビで見る国民（ソウルで、３日）＝ＡＰ",                  # a wire's picture
    "国会前で警備に当たる警察官ら＝ロイター",
    "会見する首相＝ＡＦＰ時事",
    "開幕した展示会（３日、東京都内で）＝田中一郎撮影",
])
def test_a_caption_closed_by_its_giver_or_a_wire_has_a_credit(line: str) -> None:
    assert has_photo_credit(line)


@pytest.mark.parametrize("line", [
    # sentences and headlines: "提供" in a sentence, "＝" parting a headline's clauses
    "同社は新しいサービスを提供する。",
    "政府は情報を提供（開示）したと説明した。",
    "北朝鮮、弾道ミサイル発射＝日本のＥＥＺ外に落下か",
    "【ソウル＝小池和樹】韓国の大統領は３日夜、緊急談話を出した。",
    "◆韓国の戒厳令＝ 韓国憲法は第７７条で定めている。",
])
def test_sentences_and_headlines_with_those_words_have_none(line: str) -> None:
    assert not has_photo_credit(line)


# --- the correspondent's line and an Italian byline --------------------------------------

from normalizer.model import MetaKind  # noqa: E402
from normalizer.stories.blocks import META, Block  # noqa: E402
from normalizer.stories.clean import classify  # noqa: E402


@pytest.mark.parametrize("line", [
    "DALLA NOSTRA CORRISPONDENTE", "Dal nostro inviato", "De notre envoyée spéciale à Kyiv",
    "From our own correspondent", "Von unserem Korrespondenten in Moskau",
    "De nuestro corresponsal",
])
def test_a_line_naming_the_papers_own_correspondent_is_the_byline_not_a_headline(line) -> None:
    blocks = [Block("Una storia"), Block(line),
              Block("NEW YORK - La premier è arrivata alle 19:29 locali, dopo l'atterraggio.")]
    classify(blocks, dump=True)
    assert (blocks[1].role, blocks[1].cruft_kind) == (META, MetaKind.BYLINE)


def test_an_italian_byline_opens_with_a_lower_case_di() -> None:
    blocks = [Block("di Viviana Mazza"), Block("DI Yogyakarta, Sleman")]
    classify(blocks, dump=True)
    assert (blocks[0].role, blocks[0].cruft_kind) == (META, MetaKind.BYLINE)
    assert blocks[1].cruft_kind != MetaKind.BYLINE  # (a region's name, upper case)


# --- Nordic date lines --------------------------------------------------------------------

from normalizer.text.dates import split_date_line  # noqa: E402


@pytest.mark.parametrize("line", [
    "mandag 5. august kl. 14:47", "Torstai 3.10.2024 klo 12.30", "lördag 3 maj 2025 kl. 09.15",
])
def test_a_nordic_date_line_leaves_no_word_to_read_as_its_source(line: str) -> None:
    assert split_date_line(line) == (True, "")


# --- an article's header when its title shows again in the page's "most read" list ------

from normalizer.pipeline import normalize_text  # noqa: E402

_TITLE = "港の灯台が百年ぶりに改修　地元の漁師ら完成を祝う声"
_MENU = ["トップ", "速報", "政治", "国際", "社会", "経済", "スポーツ", "ライフ"]
_LEAD = ("市が管理する港の灯台の改修工事が終わり、地元の漁師らが集まって完成を祝った。"
         "灯台は百年前に建てられ、老朽化が進んでいたという。")


def _page(*, date: str) -> str:
    lines = [*_MENU, *_MENU, "政治・選挙経済・市況国際・海外", "メニュー",
             _TITLE, date, "山田 太郎", "社会", "反応",
             "改修を終えた灯台（市提供）", "", _LEAD, "",
             "工事は昨年春に始まり、灯室の窓や外壁を取り替えた。"
             "漁師の一人は「夜の海で頼りになる」と話した。", "",
             "市は今後も定期的な点検を続ける方針だ。", "",
             "社会ランキング", "別の町で祭りの準備進む　住民ら山車を修理", _TITLE,
             "新しい橋の開通式　通学路が短く", "©2025 Example Shimbun. All rights reserved."]
    return "\n".join(lines)


def test_the_title_over_the_header_date_heads_the_story_though_the_ranking_repeats_it() -> None:
    record = normalize_text(_page(date="2025/1/21 20:50"), "file:///page.txt")
    (story,) = record["stories"]
    assert story["headline"] == _TITLE
    assert story["text"].startswith(_LEAD[:20])
    assert story["published"] == "2025-01-21"


def test_a_reader_feature_held_for_members_is_a_paywall_notice_not_a_headline() -> None:
    """A clipping or bookmark feature said to be for members ("スクラップは会員限定です")
    is the site's notice, so the article's header above it still opens the story."""
    page = _page(date="2025/1/21 20:50").replace(
        "山田 太郎", "山田 太郎\nスクラップ\nスクラップは会員限定です\nスクラップについて")
    (story,) = normalize_text(page, "file:///page.txt")["stories"]
    assert story["headline"] == _TITLE
    assert "会員限定" not in story["text"]


# --- one writer's name between the deck and the date --------------------------------------

_ARTICLE = """Privat
To fettere padler rundt hele landet: – Helt magisk
Fetterne bruker ett år på å reise langs kysten med kajakk og seil.

{name}
mandag 5. august kl. 14:47

Fetterne fra Trøndelag har padlet og gått over tre tusen kilometer siden de startet i januar.

De har opplevd storm ved Stad og nesten blitt påkjørt av et cruiseskip i en trang fjord.

Planen er å være hjemme igjen før jul, sier de to når vi møter dem i Bodø.
"""


@pytest.mark.parametrize("name", ["Kari-Anne Nordmann", "Per Olav Hansen"])
def test_one_writers_name_under_the_deck_and_over_the_date_is_the_byline(name: str) -> None:
    (story,) = normalize_text(_ARTICLE.format(name=name), "file:///page.txt")["stories"]
    assert story["headline"] == "To fettere padler rundt hele landet: – Helt magisk"
    assert name not in story["text"]


# --- how to get the rights to reprint the story -----------------------------------------

@pytest.mark.parametrize("line, notice", [
    ("企業での記事共有や会議資料への転載・複製、注文印刷などを"
     "ご希望の方は、リンク先をご覧ください。", True),
    ("本文内容未经授权不得转载。", True),
    ("Reprints and permissions: to reuse this article, visit our licensing page.", True),
    ("The article was reprinted in three newspapers the next day.", False),
    ("同社は記事の転載を巡り、出版社と争っている。", False),
])
def test_a_notice_of_reprint_rights_is_the_sites_not_the_storys(line: str, notice: bool) -> None:
    blocks = [Block(line)]
    classify(blocks, dump=True)
    assert (blocks[0].role != META and blocks[0].role.name == "CRUFT") is notice
