"""Cruft pasted after a story as plain paragraphs when a page's post is rendered by a real
theme (issue 10, round 12), by shape, in several scripts: Chinese photo credits closing a
caption ("… 张三供图", "… 记者 李四 图"), a screenshot's bracket, a line saying where the
pictures come from; Latin credit lines ("Photograph by X", "Image courtesy of X", "Credit
via X"); buttons in CJK brackets and a pager's arrows; print and "contact the reporter"
controls; a "more on the same topic" label over the post's topics; tag labels; a market
desk's investment disclaimer; a print-edition note; a Chinese follow-us line; a run of
other stories' titles of which some ask; a writer's bio above another story's title;
captions pasted one a line under credited ones.

Each shape is tested beside story lines of a like shape that must stay. The lines are
invented in the shapes real pages use; none is a line of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.stories.blocks import CRUFT, TEXT
from normalizer.stories.clean import classify
from normalizer.stories.dumps import dump_blocks

EN = ("The minister said on Tuesday that talks would resume next week, adding that both "
      "sides had agreed to keep the channel open despite the tensions in the region.")
EN2 = ("Officials in both capitals declined to comment on the timing, but diplomats said a "
       "meeting of deputy ministers was being prepared for early next month.")
ZH = ("据介绍，今年以来全市新建公园绿地四十余处，市民出门五分钟即可到达身边的小游园，"
      "满意度明显提升。")
ZH2 = ("市园林部门负责人表示，下一步将继续推进老旧公园改造，增加健身设施和儿童游乐场地，"
       "方便群众休闲。")
HE = ("שר האוצר אמר היום כי התקציב יוגש לממשלה בשבוע הבא, וכי הוא כולל קיצוצים במשרדים "
      "רבים לצד תוספות לביטחון ולבריאות.")
HE2 = ("לדבריו, הצעת התקציב גובשה לאחר דיונים ארוכים עם ראשי המשרדים, והיא צפויה לעבור "
       "בכנסת עד סוף החודש.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


@pytest.mark.parametrize("line", [
    "公园一角。 市园林局供图",
    "改造后的游乐场。本文图片除署名外，均为本报记者王明 图",
    "图片均来自网络",
    "本文图片来源于网络",
    "市民在新建的广场上跳舞（视频截图）",
    "Photograph by Example Geological Society",
    "Image courtesy of Flickr user Jane Roe",
    "Credit via Example Museum of Art",
    "Bild von Max Mustermann",
])
def test_photo_credits_pasted_as_lines_go(line: str) -> None:
    lang = [ZH, ZH2] if any("\u4e00" <= c <= "\u9fff" for c in line) else [EN, EN2]
    assert roles([*lang, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    "他说，这张地图是在整理旧物时偶然发现的，已经保存了四十多年。",
    "Photos by the hundreds were shared online within an hour of the blast.",
    "Credit Suisse shares fell sharply in early trading.",
])
def test_story_lines_naming_pictures_or_credit_stay(line: str) -> None:
    lang = [ZH, ZH2] if any("\u4e00" <= c <= "\u9fff" for c in line) else [EN, EN2]
    assert roles([*lang, line, lang[0]]) == [TEXT, TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "【打印本页】【关闭窗口】",
    "［打印］［关闭窗口］",
    "Next >",
    "Next Page »",
    "Printer-friendly version",
    "Druckversion",
    "הדפסה",
    "פנייה לכתב/ת",
    "Contact the reporter",
    "מצאתם טעות? כתבו לנו",
])
def test_page_controls_go(line: str) -> None:
    assert roles([EN, EN2, line]) == [TEXT, TEXT, CRUFT]


def test_a_topic_label_and_its_topics_go() -> None:
    assert roles([HE, HE2, "עוד באותו נושא:", "שר האוצר", "תקציב המדינה", "הכנסת"]) \
        == [TEXT, TEXT, CRUFT, CRUFT, CRUFT, CRUFT]
    assert roles([EN, EN2, "More on this topic:", "Budget", "Parliament"]) \
        == [TEXT, TEXT, CRUFT, CRUFT, CRUFT]


@pytest.mark.parametrize("line", [
    "Etiketler: Bütçe, Meclis, Maliye Bakanlığı",
    "Etichette: bilancio, parlamento",
    "Trefwoorden: begroting, parlement",
])
def test_tag_labels_of_more_languages_go(line: str) -> None:
    assert roles([EN, EN2, line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    "声明：本网力求信息真实、准确，文章内容仅供参考，不构成投资建议，据此操作风险自担。",
    "This article is for information only and does not constitute investment advice.",
    "Dieser Beitrag stellt keine Anlageberatung dar.",
])
def test_investment_disclaimers_go(line: str) -> None:
    lang = [ZH, ZH2] if any("\u4e00" <= c <= "\u9fff" for c in line) else [EN, EN2]
    assert roles([*lang, line]) == [TEXT, TEXT, CRUFT]


def test_a_story_about_investment_advice_stays() -> None:
    line = ("The regulator said the bank had given investment advice to pensioners without "
            "the licence the law requires, and fined it.")
    assert roles([EN, line, EN2]) == [TEXT, TEXT, TEXT]


def test_a_print_edition_note_goes_and_a_story_line_about_print_stays() -> None:
    note = ("A version of this article appeared in print on May 3, 2015, on page B2 of the "
            "national edition.")
    assert roles([EN, EN2, note]) == [TEXT, TEXT, CRUFT]
    own = "Dieser Artikel erschien zuerst in der gedruckten Ausgabe."
    assert roles([EN, own, EN2]) == [TEXT, TEXT, TEXT]


def test_a_chinese_follow_us_line_goes_and_a_story_line_stays() -> None:
    assert roles([ZH, ZH2, "更多精彩！欢迎扫描下方二维码关注本报官方微信"]) == [TEXT, TEXT, CRUFT]
    assert roles([ZH, "网友纷纷在微博上关注此事的进展", ZH2]) == [TEXT, TEXT, TEXT]


def test_a_run_of_titles_some_asking_goes() -> None:
    titles = [
        "The latest news on the budget talks in parliament",
        "Markets brace for another week of rising interest rates",
        "Why are so many young people leaving the countryside?",
        "Ten years after the flood, a town rebuilds its old bridge",
        "Can the league survive without its biggest television deal?",
        "Farmers protest new rules on water use in the south",
    ]
    assert roles([EN, EN2, *titles]) == [TEXT, TEXT] + [CRUFT] * len(titles)


def test_a_story_closing_with_questions_stays() -> None:
    closing = ["What happens next is anyone's guess?", "Will the two sides ever agree on it?"]
    assert roles([EN, EN2, *closing]) == [TEXT] * 4


def test_a_bio_above_another_storys_title_goes() -> None:
    bio = "Jane Roe is a senior editor of the Example Review."
    title = ("How a Small Rule in an Old Tax Law Paved the Way for the Return of Cheap "
             "Money to Rural Banks")
    assert roles([EN, EN2, bio, title])[2] == CRUFT


def test_captions_pasted_under_credited_ones_go() -> None:
    lines = [ZH, ZH2, "新建的游乐场。 市园林局供图", "改造前的公园。 市园林局供图",
             "公园东门。", "健身步道。", "市民在湖边散步。"]
    assert roles(lines) == [TEXT, TEXT] + [CRUFT] * 5


def test_short_last_lines_under_one_credited_caption_stay() -> None:
    lines = [ZH, ZH2, "新建的游乐场。 市园林局供图", "工程预计明年五月完工。"]
    assert roles(lines) == [TEXT, TEXT, CRUFT, TEXT]


def test_a_bio_between_two_stories_goes_and_a_storys_line_above_a_heading_stays() -> None:
    bio = "Jane Roe is the author of A History of Small Harbours."
    blocks = dump_blocks("\n\n".join([EN, EN2, bio]))
    head = dump_blocks("Second story opens here")[0]
    head.kind = blocks[0].kind.HEAD
    blocks.append(head)
    blocks += dump_blocks(EN)
    classify(blocks)
    assert [b.role for b in blocks][:3] == [TEXT, TEXT, CRUFT]
    own = ("Jane Roe is a professor of history at the university. She has written on the "
           "harbour for twenty years and says it will recover.")
    blocks = dump_blocks("\n\n".join([EN, own]))
    blocks.append(head)
    blocks += dump_blocks(EN2)
    classify(blocks)
    assert [b.role for b in blocks][:2] == [TEXT, TEXT]


def test_unpunctuated_chinese_lines_closing_the_story_go() -> None:
    lines = [ZH, ZH2, "公园东门入口", "市民在湖边健身步道上散步"]
    assert roles(lines) == [TEXT, TEXT, CRUFT, CRUFT]


@pytest.mark.parametrize("last", ["（记者 王明 通讯员 李华）", "工程预计明年五月完工。"])
def test_closing_credit_and_last_sentence_stay(last: str) -> None:
    assert roles([ZH, ZH2, last]) == [TEXT, TEXT, TEXT]
    assert roles([ZH, "公园东门入口", last])[1] == TEXT  # (a line above a sentence stays)
