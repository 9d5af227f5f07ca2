"""A list of headlines pasted under a story's copyright label is no story of its own.

Shape seen on the eighteenth held-out set's themes: a news page closes its story with the
agency's copyright label, then sets its "more news" box: a label, ten short titles, and
the rest of the box flattened into one long line of titles. None of these lines ends as
a sentence. It was read as a second, untitled story, because the box holds more words
than a footer. A story's paragraphs end their sentences. Invented lines.
"""
from __future__ import annotations

from normalizer.model import BlockKind, PostMeta
from normalizer.pipeline import build_record
from normalizer.stories.blocks import Block

TITLE = "港口防波堤将重建 议会通过"
BODY = (
    "市议会周二投票通过重建旧港口防波堤的计划，冬季风暴在三处冲毁了这道堤。",
    "港口发言人说，工程预计在春天开工，为期一年，费用由市政府和港务局分担。",
    "渔民表示，延误让他们错过了大半个渔季，希望政府尽快提供补助。",
)
LABEL = "中央社"  # an agency's name alone on a line: the story's copyright label
TITLES = (
    "渡轮公司购入两艘新船",
    "冬季渡轮时刻表调整",
    "灯塔守护人退休 服务四十年",
    "港口新渔市开张 渔民称便利",
    "北部岛屿发布风暴警报",
    "学童参观海洋博物馆",
    "港务长任命新副手",
)
# the rest of the box, flattened into one line of titles
FLAT = "-----更多 快讯 ----- " + " ".join((
    "大桥三月起维修", "两条公车路线合并", "博物馆重新开放", "市集日期确定",
    "渔获配额再削减", "图书馆获奖", "划船俱乐部庆祝成立", "春季港口运量上升") * 3)


def _stories(blocks: list[Block]) -> list[dict]:
    meta = PostMeta(url="https://news.example/2012/01/12/harbour-wall/", title=TITLE)
    return build_record(blocks, meta)["stories"]


def _lines(texts: tuple[str, ...] | list[str]) -> list[Block]:
    return [Block(text=t, kind=BlockKind.P) for t in texts]


def test_a_list_of_titles_under_the_copyright_label_is_the_pages_box() -> None:
    stories = _stories(_lines(BODY) + _lines([LABEL]) + _lines(TITLES) + _lines([FLAT]))
    assert len(stories) == 1
    assert stories[0]["headline"] == TITLE
    assert stories[0]["text"].endswith("尽快提供补助。")


def test_a_story_under_the_copyright_label_is_still_a_story() -> None:
    # paragraphs that end as sentences are a story's, however short each is
    second = [t.replace("harbour", "river") for t in BODY] * 2
    stories = _stories(_lines(BODY) + _lines([LABEL]) + _lines(second))
    assert len(stories) == 2


def test_a_few_titles_are_not_enough_for_a_list() -> None:
    # under the list's least size, a long untitled segment stays what it was
    few = _lines(TITLES[:3]) + _lines([FLAT])
    stories = _stories(_lines(BODY) + _lines([LABEL]) + few)
    assert len(stories) == 2
