"""Cruft pasted after a story as plain paragraphs when a page's post is rendered by a real
theme (issue 10, round 13), by shape, in several scripts: the label a world service prints
for screen readers before a picture's, a video's or a clip's caption or credit, then a
comma ("Image source, X", "图像加注文字， …", "مصدر الصورة، X"); and a box a page lets a
reader skip, from its label (or the "Skip ..." line naming it) down to the marker that
closes it ("End of <label>", "结尾 <label>", "<label> نهاية"), every line between them.

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
AR = ("وقال الوزير يوم الثلاثاء إن المحادثات ستستأنف الأسبوع المقبل، مضيفا أن الجانبين اتفقا "
      "على إبقاء قناة الاتصال مفتوحة رغم التوتر في المنطقة.")
AR2 = ("ورفض المسؤولون في العاصمتين التعليق على التوقيت، لكن دبلوماسيين قالوا إن اجتماعا "
       "لنواب الوزراء يجري الإعداد له في أوائل الشهر المقبل.")
RU = ("Министр заявил во вторник, что переговоры возобновятся на следующей неделе, добавив, "
      "что стороны договорились сохранить канал связи открытым.")
RU2 = ("Чиновники в обеих столицах отказались комментировать сроки, но дипломаты сообщили, "
       "что встреча заместителей министров готовится на начало следующего месяца.")


def roles(lines: list[str]) -> list[str]:
    blocks = dump_blocks("\n\n".join(lines))
    classify(blocks)
    return [b.role for b in blocks]


def _story(line: str) -> list[str]:
    if any("\u4e00" <= c <= "\u9fff" for c in line):
        return [ZH, ZH2]
    if any("\u0600" <= c <= "\u06ff" for c in line):
        return [AR, AR2]
    if any("\u0400" <= c <= "\u04ff" for c in line):
        return [RU, RU2]
    return [EN, EN2]


@pytest.mark.parametrize("line", [
    "Image source, Example Images",
    "Image caption, Residents gather outside the town hall on Monday evening.",
    "Media caption, The mayor spoke to reporters after the vote",
    "图像来源， 示例图片社",
    "图像加注文字， 市民在新建的广场上跳舞，孩子们在一旁玩耍。",
    "音頻加註文字，從公園改造到社區活動：居民如何看待新變化？",
    "مصدر الصورة، صور توضيحية",
    "التعليق على الصورة، سكان يتجمعون أمام مبنى البلدية مساء الاثنين",
    "Подпись к фото, Жители собрались у здания администрации в понедельник",
])
def test_screen_reader_caption_labels_go(line: str) -> None:
    assert roles([*_story(line), line]) == [TEXT, TEXT, CRUFT]


@pytest.mark.parametrize("line", [
    "Image captions on the site were rewritten by volunteers over the summer, the team said.",
    "Image source code was published on the project's page, along with its test suite.",
    "Crédito: o banco central elevou a taxa pela terceira vez seguida.",
    "图像来源的问题一直困扰着研究人员，他们表示将继续调查。",
])
def test_lines_opening_with_such_words_stay(line: str) -> None:
    assert roles([*_story(line), line]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("box", [
    ["Most read", "Council approves new park plan after long debate",
     "Why the river flooded twice in one month", "End of Most read"],
    ["Skip Example post", "Allow Example content",
     "This article contains content provided by Example. We ask for your permission.",
     "Accept and continue", "End of Example post"],
    ["热读", "公园改造：居民如何看待新变化", "“这本可避免”：一场大火后的追问", "End of 热读"],
    ["跳过 Example 帖子", "允许Example内容", "Accept and continue", "结尾 Example 帖子"],
    ["تخطى قصص مختارة وواصل القراءة", "قصص مختارة", "سكان المدينة يواجهون شتاء قاسيا",
     "ما الذي يعنيه القرار الجديد للمزارعين؟", "قصص مختارة نهاية"],
    ["Самое читаемое", "Как город пережил наводнение", "Конец Самое читаемое"],
])
def test_box_down_to_its_end_marker_goes(box: list[str]) -> None:
    assert roles([*_story(box[-1]), *box]) == [TEXT, TEXT, *[CRUFT] * len(box)]


@pytest.mark.parametrize("lines", [
    # a heading "End of an era" with no line of its label above it
    ["End of an era", RU],
    # a story line naming the label's words inside a sentence stays
    ["The road was closed for a week after the storm, officials said on Monday.",
     "End of the road"],
    ["公园改造还在进行。", "结尾 公园"],
])
def test_end_words_without_a_box_stay(lines: list[str]) -> None:
    assert roles([EN, *lines, EN2]) == [TEXT] * (len(lines) + 2)


@pytest.mark.parametrize("line", [
    "Pause", "Listening", "暂停", "听新闻", "正在播放", "Wiedergabe", "إيقاف مؤقت",
    "Related tags", "相关标签", "Связанные теги",
    "إعلان", "تبلیغ متنی", "Iklan", "Quảng cáo",
])
def test_player_controls_tag_and_ad_labels_go(line: str) -> None:
    story = _story(line)
    assert roles([story[0], line, story[1]]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("lines", [
    # a read-aloud widget's lines and a tag box after the story: all short, no sentence
    ["听新闻", "我要收听的内容", "正在听", "相关标签", "公园", "城市绿化"],
    ["Related tags", "Parks", "City planning", "Newsletter of the week"],
])
def test_lines_after_a_control_at_the_end_go(lines: list[str]) -> None:
    assert roles([*_story(lines[0]), *lines]) == [TEXT, TEXT, *[CRUFT] * len(lines)]


@pytest.mark.parametrize("lines", [
    ["更多相关内容", "公园改造：居民如何看待新变化"],
    ["Najnowsze z działu", "Nowy park otwarty w centrum miasta"],
    ["Polecany artykuł:", "Nowy park otwarty w centrum miasta"],
    ["این نوشته‌ها را هم بخوانید", "پارک تازه در مرکز شهر گشایش یافت"],
])
def test_related_labels_of_more_languages_go(lines: list[str]) -> None:
    assert roles([EN, EN2, *lines]) == [TEXT, TEXT, CRUFT, CRUFT]


@pytest.mark.parametrize("line", [
    "The play opens on Friday at the city theatre, the director said in a statement.",
    "比赛暂停了二十分钟，随后在雨中继续进行。",
    "Reklam harcamaları bu yıl yüzde on arttı, sektör temsilcileri açıkladı.",
])
def test_story_lines_with_such_words_stay(line: str) -> None:
    story = _story(line)
    assert roles([story[0], line, story[1]]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("label, caption", [
    ("التعليق على الصورة،", "سكان يتجمعون أمام مبنى البلدية مساء الاثنين - 2 مارس/آذار 2024"),
    ("Image caption,", "Residents gather outside the town hall on Monday evening"),
    ("图像加注文字，", "市民在新建的广场上跳舞，孩子们在一旁玩耍。"),
])
def test_caption_under_its_lone_label_goes(label: str, caption: str) -> None:
    story = _story(caption)
    assert roles([story[0], label, caption, story[1]]) == [TEXT, CRUFT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "本文共计2300字 订阅后继续阅读",
    "会员可畅读全文",
    "登录后获取已订阅的阅读权限",
    "Dieser Artikel ist nur für Abonnenten verfügbar",
    "此音频由AI生成",
    "Wyłącz AdBlock i odśwież stronę.",
    "Bitte deaktivieren Sie Ihren Werbeblocker.",
    "请关闭广告拦截插件后刷新页面",
    "页面加载中...",
])
def test_paywall_ad_block_and_loading_notices_go(line: str) -> None:
    story = _story(line)
    if line.startswith(("Wyłącz", "Bitte", "Dieser")):
        story = [EN, EN2]
    assert roles([story[0], line, story[1]]) == [TEXT, CRUFT, TEXT]


@pytest.mark.parametrize("line", [
    "该报告全文将于下月公布，会员单位可提前获取。",
    "Many readers use an ad blocker, the survey found, and publishers are looking for ways "
    "to respond without turning them away.",
    "这项服务目前有三万名付费会员，公司计划明年扩大到十万人，并推出新的阅读功能。",
])
def test_story_lines_naming_subscriptions_stay(line: str) -> None:
    story = _story(line)
    assert roles([story[0], line, story[1]]) == [TEXT, TEXT, TEXT]


@pytest.mark.parametrize("line", [
    "Czy ten artykuł był ciekawy? Podziel się nim!",
    "Hat Ihnen dieser Artikel gefallen? Teilen Sie ihn!",
    "Did you like this article? Share it with your friends!",
])
def test_share_requests_go(line: str) -> None:
    assert roles([EN, line, EN2]) == [TEXT, CRUFT, TEXT]


def test_story_line_on_a_shared_article_stays() -> None:
    line = ("The article was shared more than ten thousand times within a day, and the "
            "newspaper said it would publish a follow-up on Friday.")
    assert roles([EN, line, EN2]) == [TEXT, TEXT, TEXT]
