"""Round 48: how Chinese news pages close their stories, show their comments, caption their
screenshots and set their heads. 澎湃新闻 closes a story with its editor's and proof-reader's
lines; 观察者网 sets its editor's line under the story's tags and original title, prints the
date unlabelled before the size buttons and the source, and shows readers' comments under
"热门评论 10条", each aged "3小时前"; 长江网's round-up of foreign papers captions each
paper's screenshot ("……的报道截图。"), names the next paper under the last one's credited
photo and closes with the outlets it drew on and its editor; 电子技术设计 sets a notice box
and an ad label over its headline. Round dumps42's pages (``fixtures/real/dumps``,
SOURCES.md) and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

_HEAD = "市政府宣布老桥下月起封闭维修，明年春天重新开放"
_BODY = ("市政府周二宣布，老桥将从下月起封闭维修，预计明年春天重新开放，"
         "工程师此前在两个桥墩上发现了裂缝。\n\n"
         "维修期间，车辆将改走沿江路，有关部门表示会增加公交班次，方便市民出行。\n\n"
         "据介绍，此次维修预计耗资约两千万元，资金由市财政全额承担，施工单位已经确定。\n\n")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_the_editors_lines_under_the_last_paragraph_close_the_story() -> None:
    """"责任编辑：X", "校对：Y": the "(Editing by ...)" of Chinese papers, story text."""
    [story] = _stories(_read("thepaper-xiujue-weijue-covid-2020.txt"))
    assert story["text"].endswith("责任编辑：李跃群\n\n校对：刘威")
    page = _HEAD + "\n\n2024-05-11 10:20\n\n" + _BODY + "责任编辑：王明\n\n分享到：\n微博\n微信\n"
    [story] = _stories(page)
    assert story["text"].endswith("资金由市财政全额承担，施工单位已经确定。\n\n责任编辑：王明")


def test_the_editors_line_past_the_tags_and_the_original_title_is_the_storys() -> None:
    [story] = _stories(_read("guancha-apple-laodongfa-2019.txt"))
    assert story["text"].endswith("尚未收到回应。\n\n责任编辑: 于文凯")
    assert "原标题" not in story["text"]


def test_the_outlets_a_story_was_compiled_from_in_brackets_close_it() -> None:
    [story] = _stories(_read("cjn-waimei-wuhan-changjia-2020.txt"))
    assert story["text"].endswith("\u3000\u3000（资料来源：参考消息、海外网等）\n\n"
                                  "\u3000\u3000【编辑：姚昊】")
    [story] = _stories(_read("ednchina-hanguang-800-2019.txt"))
    assert story["text"].endswith("责编：Demi Xia\n\n(综合整理自澎湃新闻、智东西、雷锋网等)")


def test_an_editors_line_atop_the_article_is_no_text() -> None:
    """Over the first paragraph the line is the article's metadata, as before."""
    page = _HEAD + "\n\n责任编辑：王明\n\n2024-05-11 10:20\n\n" + _BODY
    [story] = _stories(page)
    assert "王明" not in story["text"]


def test_readers_comments_under_a_chinese_comments_heading_make_no_stories() -> None:
    [story] = _stories(_read("guancha-apple-laodongfa-2019.txt"))
    assert story["headline"] == "苹果回应“违反中国劳动法”：大多数指控错误"
    assert "富士康" not in story["text"].split("责任编辑")[1]
    comments = "".join(f"{name}\n{text}\n{n}小时前\n查看回复 2 举报 分享\n 回复 踩0 赞{n}5 收藏\n"
                       for n, (name, text) in enumerate([
                           ("大风起兮", "这座桥早就该修了，每天上班都提心吊胆的。"),
                           ("刘枪枪", "绕行沿江路要多花半小时吗？"),
                           ("老中医", "两千万元修一座桥，这个价格合理吗？希望公开招标过程。"),
                           ("JJ惊魂", "支持维修，安全第一，希望工期不要拖延。")], start=1))
    page = _HEAD + "\n\n2024-05-11 10:20\n\n" + _BODY + "热门评论 4条\n" + comments
    [story] = _stories(page)
    assert "安全第一" not in story["text"] and "公开招标" not in story["text"]


def test_a_comments_button_over_an_article_heads_no_comments() -> None:
    """A share bar's "• Comentarios" over the article, a related box's ages far under it:
    the article stays (La Tercera)."""
    [story] = _stories(_read("latercera-politica-2022.txt"))
    assert "Hasta la sede del Congreso en Valparaíso" in story["text"]


def test_a_screenshots_caption_is_no_text() -> None:
    [story] = _stories(_read("cjn-waimei-wuhan-changjia-2020.txt"))
    assert "报道截图" not in story["text"]
    assert "英国《泰晤士报》网站10月2日发表了题为" in story["text"]


def test_a_line_closing_on_a_colon_under_a_credited_photo_introduces_what_follows() -> None:
    [story] = _stories(_read("cjn-waimei-wuhan-changjia-2020.txt"))
    assert "阿根廷布宜诺斯艾利斯经济新闻网：" in story["text"]


def test_a_date_opening_the_fields_line_dates_the_headline_above_it() -> None:
    [story] = _stories(_read("guancha-apple-laodongfa-2019.txt"))
    assert story["published"] == "2019-09-09"
    page = _HEAD + "\n分享到：\n9 70\n2024-05-11 19:32:27 字号：A- A A+ 来源：长江日报\n\n" + _BODY
    [story] = _stories(page)
    assert story["headline"] == _HEAD
    assert story["published"] == "2024-05-11"


def test_a_notices_sentence_over_an_ad_label_is_no_title() -> None:
    [story] = _stories(_read("ednchina-hanguang-800-2019.txt"))
    assert story["headline"] == "阿里发布最强AI芯片：性能“吊打”同行，一块顶十块GPU"
    assert "我司杂志提供免费订阅" not in story["text"]
