"""Round 44: the lines around an article's head that are no story of their own. Patch signs
its report "Toni McAllister, Patch Staff" between the standfirst and the date line, and sets
a subscribe prompt over a "Subscribe" button inside the article and again under it; Physics
World's account box sets the same question over a sign-in and a registration blurb that end
alike; 1905电影网 heads its copy of a daily's column with a title of ten characters over a line
of fields ("时间：... 来源：... 作者：..."); ESPNcricinfo dates its story "13-May-2024".
Round dumps37's pages (``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.pipeline import normalize_text
from normalizer.text.dates import parse_date

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


_BODY = ("The council voted on Tuesday to close the old bridge for repairs until the spring.\n\n"
         "Drivers will be sent along the river road while the work goes on, officials said.\n\n"
         "The repairs are expected to cost about two million dollars in all, the city said.\n\n")


def test_a_writer_signed_with_the_newsrooms_desk_is_a_byline_not_a_headline() -> None:
    stories = _stories(_read("patch-murrieta-mountain-biker-2024.txt"))
    assert [s["headline"] for s in stories] == [
        "Injured Mountain Biker Airlifted From Remote Murrieta Trail"]
    assert stories[0]["byline"] == ["Toni McAllister"]
    assert stories[0]["published"] == "2024-05-10"
    made = _stories("Bridge to close for repairs\n\nJane Roe, Tribune Staff\n"
                    "Posted Tue, May 7, 2024 at 9:00 am\n\n" + _BODY)
    assert [s["headline"] for s in made] == ["Bridge to close for repairs"]
    assert made[0]["byline"] == ["Jane Roe"]


def test_a_prompt_shown_twice_over_the_same_button_is_cut_wherever_it_stands() -> None:
    text = _stories(_read("patch-murrieta-mountain-biker-2024.txt"))[0]["text"]
    assert "Find out what's happening" not in text
    assert "In addition to Murrieta Fire & Rescue" in text  # the paragraph between the copies


def test_a_paragraph_of_an_article_printed_twice_stays() -> None:
    para = "Officials said the road would open again in the spring after the repairs end."
    twice = ("Bridge to close for repairs\n\nMay 7, 2024\n\n" + _BODY + para + "\n\nVideo\n\n") * 2
    assert all(para in s["text"] for s in _stories(twice))


def test_an_account_boxs_sign_in_and_registration_blurbs_are_no_story() -> None:
    stories = _stories(_read("physicsworld-defence-diversification-1998.txt"))
    assert [s["headline"] for s in stories] == ["Defence diversification agency to be created"]
    assert "Physics World account" not in stories[0]["text"]
    assert stories[0]["published"] == "1998-03-27"


def test_a_short_chinese_title_over_its_line_of_fields_is_the_headline() -> None:
    stories = _stories(_read("1905-short-video-culture-2024.txt"))
    assert [s["headline"] for s in stories] == ["短视频与大众文化生产"]
    assert stories[0]["published"] == "2024-05-11"
    assert stories[0]["source"] == "光明日报"
    assert "时间：" not in stories[0]["text"]


def test_a_day_month_and_year_joined_by_hyphens_is_a_date() -> None:
    assert parse_date("13-May-2024") == "2024-05-13"
    assert parse_date("05-JAN-2015") == "2015-01-05"
    assert parse_date("13-Maybe-2024") is None  # (no month)
    assert parse_date("x-13-May-2024") is None  # (part of a longer code)
    stories = _stories(_read("espncricinfo-bbl-high-performance-2024.txt"))
    assert [s["published"] for s in stories] == ["2024-05-13"]


def test_an_events_box_under_a_lone_article_dates_nothing_and_heads_nothing() -> None:
    # Patch's "Featured Events" box: "17th Annual Pancake Festival Memorial Day, May 27,
    # 2024, 8:00 – 11:00 am" far under the article is no date line of its
    stories = _stories(_read("patch-murrieta-mountain-biker-2024.txt"))
    assert len(stories) == 1
    assert "Lacrosse" not in stories[0]["text"] and "Pancake" not in stories[0]["text"]
