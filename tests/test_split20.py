"""A list of headlines pasted under a story's copyright label is no story of its own.

Shape seen on the eighteenth held-out set's themes: a news page closes its story with the
agency's copyright label, then sets its "more news" box: a label, ten short titles, and
the rest of the box flattened into one long line of titles. None of these lines ends as
a sentence. It was read as a second, untitled story, because the box holds more words
than a footer. A story's paragraphs end their sentences. Invented lines.
"""
from __future__ import annotations

import pytest

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
    # under the list's least size, a long untitled segment stays what it was (its titles
    # parted by commas here: parted by spaces, a line of twelve short words of han or kana
    # is a tag cloud, chrome wherever it stands, round 45)
    few = _lines(TITLES[:3]) + _lines([FLAT.replace(" ", "，")])
    stories = _stories(_lines(BODY) + _lines([LABEL]) + few)
    assert len(stories) == 2
    spaced = _stories(_lines(BODY) + _lines([LABEL]) + _lines(TITLES[:3]) + _lines([FLAT]))
    assert len(spaced) == 1


# A multi-part <title> ("Headline - Site", "Headline | Section | Site") on a page with no
# heading markup: the first part is the headline where the page prints it as an
# element's whole text outside any link, and the page does not print the whole title.

from normalizer.pipeline import normalize_page  # noqa: E402

PARAS = "".join(f"<p>{p}</p>" for p in (
    "The council voted on Tuesday to rebuild the old harbour wall after the winter "
    "storms broke it in three places.",
    "Work should start in the spring, a spokesman for the port said, and last a year.",
    "Fishermen said the delay had cost them most of the season, and asked for help."))
HEAD = "Harbour wall to be rebuilt"  # (shorter than the site's name)
SITE = "The Harbour Gazette Online Edition"


def _page(title: str, shown: str) -> str:
    return (f"<html><head><title>{title}</title></head><body>"
            f"<table><tr><td><a href='/'>{SITE}</a></td></tr>"
            f"<tr><td>{shown}<div class='text'>{PARAS}</div></td></tr></table>"
            "</body></html>")


def _title(title: str, shown: str) -> str:
    [rec] = normalize_page(_page(title, shown), "https://news.example/2012/01/12/wall/")
    return rec["title"]


@pytest.mark.parametrize("title", [f"{HEAD} - {SITE}",
                                   f"{HEAD} | Coast | Region | {SITE}"])
def test_a_titles_first_part_the_page_prints_is_the_headline(title: str) -> None:
    assert _title(title, f"<div class='story_title'>{HEAD}</div>") == HEAD


def test_a_first_part_shown_only_as_a_link_is_not_taken() -> None:
    # a site's or section's name stands in a link (its logo, its menu), not as the story's
    title = f"{HEAD} | Coast | {SITE}"
    assert _title(title, f"<div><a href='/x'>{HEAD}</a></div>") != HEAD


def test_a_title_the_page_prints_whole_is_not_cut_to_its_first_part() -> None:
    # an editor's title naming two stories ("A · B"), shown whole as the post's linked
    # heading: its first part, though printed too, is not the page's title
    title = f"{HEAD} · Ferry company buys two new boats"
    shown = f"<div><a href='/post/2/'>{title}</a></div><div>{HEAD}</div>"
    assert _title(title, shown) != HEAD
