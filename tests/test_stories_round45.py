"""Round 45: what stands around a story on pages that list, count and discuss it. Android
Central shows 35 readers' comments between a "27 Comments" heading and its "Show more
comments" button, a related title with a pointing triangle and a newsletter form's answers;
Western Journalism lists its recent posts as author-date line, title and "2 Likes, Comments &
Shares"; BroadwayWorld heads a teaser "Photos: First Look at ..."; BUZZAP！ flattens its tag
cloud to one line; 好奇心日报 glues its writer to the time, sets a paragraph of questions over
the first paragraph and quotes its list's points one a line. Round dumps38's pages
(``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.text import ERROR_REPORT_LABELS_RE
from normalizer.pipeline import normalize_text
from normalizer.text.dates import parse_date, split_date_line

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


_HEAD = "Bridge to close for repairs\n\nBy Jane Roe\n\nMay 7, 2024\n\nComments (3)\n\n"
_BODY = ("The council voted on Tuesday to close the old bridge for repairs until the spring.\n\n"
         "Drivers will be sent along the river road while the work goes on, officials said.\n\n"
         "The repairs are expected to cost about two million dollars in all, the city said.\n\n"
         "Work on the new deck is to begin in March, weather permitting, the engineers said.\n\n")
_COMMENTS = ("3 Comments\n"
             "I drive over that bridge every day. This is going to be a mess for months.\n"
             "They said the same thing last year and nothing happened at all, as usual.\n"
             "Good. The old bridge has been falling apart for years, about time they fixed it.\n"
             "Show more comments\n")


def test_readers_comments_between_the_heading_and_the_show_more_button_are_no_story() -> None:
    stories = _stories(_read("androidcentral-motorola-mwc-2017.txt"))
    assert [s["headline"] for s in stories] == [
        "Motorola is announcing a new phone at Mobile World Congress in February"]
    text = stories[0]["text"]
    assert "Leaks suggest new fifth gen Moto G." not in text  # the first comment
    assert "Most likely G or E line." not in text             # the last one
    assert "We'll have to wait and see" in text               # the story's last paragraph
    made = _stories(_HEAD + _BODY + _COMMENTS)
    assert len(made) == 1 and "I drive over that bridge" not in made[0]["text"]
    assert "The repairs are expected" in made[0]["text"]


def test_a_count_of_comments_under_the_headline_heads_no_comments() -> None:
    # "Comments (3)" over the story and a "Show more comments" far below it: the story stays
    made = _stories(_HEAD + _BODY + "Show more comments\n")
    assert len(made) == 1
    assert "The council voted on Tuesday" in made[0]["text"]


def test_a_title_with_a_pointing_triangle_and_a_forms_answers_are_no_text() -> None:
    text = _stories(_read("androidcentral-motorola-mwc-2017.txt"))[0]["text"]
    assert "without a hole..." not in text
    assert "Thank you for signing up" not in text
    assert "There was a problem" not in text


def test_a_title_over_its_counters_is_a_link_not_a_story() -> None:
    stories = _stories(_read("westernjournalism-amri-milan-2016.txt"))
    assert [s["headline"] for s in stories] == [
        "Berlin Terrorist Shot Dead In Milan By Rookie Police Officer"]
    assert not any("Likes, Comments & Shares" in s["text"] for s in stories)


def test_a_galleries_photo_label_headline_over_its_date_heads_its_teaser() -> None:
    stories = _stories(_read("broadwayworld-lloyd-webber-scholarships-2016.txt"))
    heads = [s["headline"] for s in stories]
    assert "Photos: First Look at Erich Bergen, Charity Angel Dawson, and the Cast of CHICAGO" \
        in heads
    assert len(heads) == 6
    teaser = stories[heads.index("Theresa Rebeck Joins Broadway-Aimed Musical WORKING GIRL as "
                                 "New Book Writer")]
    assert "All new production photos" not in teaser["text"]
    # a bare photo label is still a credit: no headline
    made = _stories("Photo: Reuters\n\nMay 7, 2024\n\n" + _BODY)
    assert all(s["headline"] != "Photo: Reuters" for s in made)


def test_a_tag_cloud_of_an_unspaced_script_on_one_line_is_no_text() -> None:
    stories = _stories(_read("buzzap-reduced-tax-rate-2019.txt"))
    assert len(stories) == 1
    assert "格安スマホ" not in stories[0]["text"]
    assert "消費増税" in stories[0]["text"]


def test_a_chinese_writer_glued_to_the_time_dates_the_story_under_its_headline() -> None:
    assert split_date_line(" 谢若含2017-03-01 14:27:02") == (True, "谢若含")
    assert parse_date("谢若含2017-03-01 14:27:02") == "2017-03-01"
    # a word glued to a date without its time is still no date line
    assert split_date_line("Nuomonės2024-03-31")[0] is False
    stories = _stories(_read("qdaily-hater-dating-app-2017.txt"))
    assert [s["headline"] for s in stories] == ["这个约会软件，想用你和对方的相似好恶来帮你找对象"]
    assert stories[0]["published"] == "2017-03-01"


def test_a_paragraph_of_questions_and_a_list_of_quoted_points_are_the_storys() -> None:
    text = _stories(_read("qdaily-hater-dating-app-2017.txt"))[0]["text"]
    assert "无法忍受乡村音乐？" in text   # the questions over the first paragraph
    assert "“在飞机上睡觉”" in text and "“豆腐”" in text  # the quoted points, set apart
    assert "题图来自 Hater" not in text  # the title picture's credit


def test_a_call_down_to_the_comments_after_a_question_is_no_text() -> None:
    stories = _stories(_read("westernjournalism-amri-milan-2016.txt"))
    assert "Scroll down to comment below" not in stories[0]["text"]
    assert ERROR_REPORT_LABELS_RE.match("Let us know in the comments")
    # a sentence of the story that mentions commenting stays
    assert not ERROR_REPORT_LABELS_RE.match(
        "Why? Readers were asked to comment below the article, the editor wrote.")
