"""Story boundaries in posts of pasted stories (round 16): a second story's headline
that asks a question, in a script without capitals, opens that story; a box of titles
under a plain line after the story (a "send us your feedback" line, a "more on ..."
title and its one-sentence blurb) is no story of its own.

The shapes are those of the eleventh held-out sets pasted into a real WordPress and the
real themes (a BBC 中文 feature over a BBC audio feature whose headline ends with "？";
DW's feedback and "More on ..." lines after its story); written here with invented text.
"""
from __future__ import annotations

from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page


def _record(body: str, title: str) -> dict:
    meta = PostMeta(url="https://blog.example/2025/12/01/two-stories/", title=title)
    return normalize_content(body, meta)


def _h2(text: str) -> str:
    return f'<h2 class="wp-block-heading">{text}</h2>'


_FIRST = "山城大火后的第一个早晨：居民回到楼下"
_SECOND = "学校的小乐队：孩子们如何学会一起演奏？"
_FIRST_BODY = "".join(f"<p>{t}</p>" for t in (
    "火灾发生当天，王先生正在家里休息，听到楼下有人大喊，才发现窗外已经冒起浓烟。",
    "他说，邻居们在楼梯间互相搀扶，花了将近二十分钟才走到街上，消防员随后封锁了整条街道。",
    "当局表示，起火原因仍在调查中，初步估计有三十多户人家的房屋受到不同程度的损坏。",
    "第二天早上，许多居民回到楼下，等待进入大楼取回证件和药物，有人在街边坐了一整夜。",
))
_SECOND_BODY = "".join(f"<p>{t}</p>" for t in (
    "这所小学的乐队成立只有两年，十二名学生每周放学后在礼堂练习两次，老师说进步很快。",
    "十岁的小林说，她最初只会敲鼓，后来慢慢学会了看谱，现在负责乐队里的长笛部分。",
    "学校希望明年能带乐队到其他城市演出，让更多家长看到孩子们练习的成果。",
))


def test_question_headline_in_a_script_without_capitals_opens_the_next_story():
    body = _h2(_FIRST) + _FIRST_BODY + _h2(_SECOND) + _SECOND_BODY
    stories = _record(body, _FIRST)["stories"]
    assert [s["headline"] for s in stories] == [_FIRST, _SECOND]
    assert stories[1]["text"].startswith("这所小学的乐队成立只有两年")
    assert _SECOND not in stories[0]["text"]


def test_question_subheading_inside_one_story_stays_its_text():
    """Two question sub-headings of the story's own shape: its sections, no new story."""
    body = (_h2(_FIRST) + _FIRST_BODY[:200] + _h2("为什么火势蔓延得这么快？") + _FIRST_BODY
            + _h2("居民什么时候可以回家？") + _SECOND_BODY)
    stories = _record(body, _FIRST)["stories"]
    assert len(stories) == 1
    assert "为什么火势蔓延得这么快？" in stories[0]["text"]


_EN_HEAD = "Harbour council votes to rebuild the old sea wall"
_EN_BODY = "".join(f"<p>{t}</p>" for t in (
    "The harbour council voted on Tuesday to rebuild the old wall after the winter storms "
    "broke it in three places.",
    "Work should start in the spring, a spokesman for the port said, and last a year.",
    "Fishermen said the delay had cost them most of the season, and asked for help.",
    "© 2025 Harbour Gazette. All rights reserved.",
))
_TITLE_BOX = "".join(f"<p>{t}</p>" for t in (
    "Tell us what you think",
    "Your thoughts",
    "Skip the next part Other news from the coast",
    "Lighthouse keeper retires after forty years on the rocks",
    "The last keeper of the northern light hands over the keys to a machine this month.",
))


def test_titles_under_a_plain_line_after_the_story_are_no_story():
    body = f"<p><strong>{_EN_HEAD}</strong></p>" + _EN_BODY + _TITLE_BOX
    record = _record(body, _EN_HEAD)
    stories = record["stories"]
    assert len(stories) == 1
    assert stories[0]["text"].endswith("asked for help.")
    assert "Lighthouse" not in stories[0]["text"]
    removed = {r["text"] for r in record["removed"]}
    assert "Lighthouse keeper retires after forty years on the rocks" in removed


def test_a_brief_under_a_bold_headline_stays_a_story():
    """A second story of short unfinished lines under a bold headline is still a story:
    only a plain line heads a box of titles."""
    brief = ("<p><strong>Ferry timetable changes for the summer</strong></p>"
             "<p>New sailings from the first week of June to the end of September</p>"
             "<p>Two extra boats on Saturdays and a late boat back from the islands</p>"
             "<p>The operator said tickets go on sale next week.</p>")
    stories = _record(f"<p><strong>{_EN_HEAD}</strong></p>" + _EN_BODY + brief,
                      "News of the week")["stories"]
    assert [s["headline"] for s in stories][-1] == "Ferry timetable changes for the summer"


_STORY = "Council votes to rebuild the old harbour wall after storms"


def _retitled(title: str) -> list[str]:
    """The headlines of a node page (Drupal's layout: the title as the page's ``<h1>``
    above the node, the pasted story's own heading opening its body)."""
    page = (f"<html><head><title>{title} | Harbour Blog</title></head><body>"
            f'<h1 class="title page-title">{title}</h1><article><div class="node__content">'
            f"<h2><strong>{_STORY}</strong></h2>{_EN_BODY}</div></article></body></html>")
    records = normalize_page(page, "https://blog.example/node/7")
    return [s["headline"] for s in records[0]["stories"]]


def test_a_labelled_or_cut_title_over_the_story_headline_gives_way_to_it():
    """An editor's title "Place: first words…" or "News: headline" over the story's own
    heading (a Drupal node's title, the real themes of the held-out sets): the heading is
    the headline."""
    assert _retitled("Harbour: Council votes to rebuild the old…") == [_STORY]
    assert _retitled("News: " + _STORY) == [_STORY]
    assert _retitled("Council votes to rebuild the old harbour…") == [_STORY]


def test_a_title_of_its_own_stays_over_a_heading():
    """A title that is no label over the heading's words, or a label over too few of them."""
    assert _retitled("Storm damage: what the town does next") == [
        "Storm damage: what the town does next"]
    assert _retitled("News: Council…") == ["News: Council…"]
