"""Dump rhythm rules of round dumps16 (``normalizer/stories/rhythm.py``, ``cues/openers.py``):
an article's own sub-headings, an audio player's length line, a flattened ARIA role atop the
page, an amount read as a clock. On the real dumps that showed them (dumps10, dumps10b) and on
made-up pages in their shapes."""
from __future__ import annotations

from pathlib import Path

import pytest

import normalizer
from normalizer.cues import openers
from normalizer.stories.rhythm import _DATEISH

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _stories(name: str) -> list[dict]:
    path = DUMPS / name
    return normalizer.normalize_text(path.read_text(encoding="utf-8"), path.as_uri())["stories"]


BODY = ("The council met on Monday evening to discuss the plan, which would add four new "
        "lines to the network and extend the night service to the outer districts, and the "
        "members agreed to put it to the vote next month after a long debate on its cost.")
BODY2 = ("Opponents said the money would be better spent on repairing the roads that the "
         "winter storms had damaged, and several residents who spoke at the meeting asked "
         "for a study of the traffic before any of the new lines is built in their streets.")
BODY3 = ("The mayor answered that the study had been done last year, that its results were "
         "published on the city's website, and that the first line could open within two "
         "years if the vote passes and the regional government confirms its share of funds.")
BODY4 = ("Building the four lines would cost about four hundred million euros over ten years, "
         "a third of it paid by the city, the rest by the region and a loan from the bank that "
         "financed the harbour tunnel, according to the figures the council published.")
BODY5 = ("Work on the first line, from the station to the university, could start next spring "
         "once the contracts are signed, and the line would carry its first passengers two "
         "years later if the tunnels under the old town are dug on time, the planners said.")

# An article whose body runs on under two sub-headings: one story, whatever its rhythm.
SUBHEADED = "\n\n".join([
    "Example Times", "Home", "City",
    "Council backs plan for four new tram lines",
    "12 May 2024, 09:43",
    BODY, BODY2,
    "What the plan costs",
    BODY3, BODY4,
    "When the first line opens",
    BODY5,
    "© 2024 Example Times",
    "",
])


def test_sub_headings_inside_an_article_open_no_story():
    stories = normalizer.normalize_text(SUBHEADED, "file:///subheaded.txt")["stories"]
    assert len(stories) == 1
    assert stories[0]["headline"] == "Council backs plan for four new tram lines"
    assert "What the plan costs" in stories[0]["text"]
    assert "When the first line opens" in stories[0]["text"]


@pytest.mark.parametrize(("name", "subheading"), [
    ("onet-truskawki-2024.txt", "Skutki uboczne łączenia truskawek z niektórymi lekami"),
    ("bhaskar-marketcap-2024.txt", "मार्केट कैप कैसे काम आता है?"),
    ("spiegel-dpa-arian-2024.txt", "Gruppe aus fünf Ermittelnden"),
])
def test_real_articles_cut_by_their_sub_headings_are_one_story(name, subheading):
    stories = _stories(name)
    assert len(stories) == 1
    assert subheading in stories[0]["text"].split("\n\n")


def test_a_teaser_run_of_title_and_one_line_lead_still_splits():
    page = "\n\n".join([
        "Example Portal",
        "Council backs plan for four new tram lines",
        "The vote is set for next month after a long debate on the cost of the plan.",
        "Floods cut off villages in the southern valleys",
        "Rescue teams reached the last of the villages by boat on Sunday morning.",
        "Court orders new hearing in the long land dispute",
        "Judges found that the first ruling ignored key evidence from the surveyors.",
        "",
    ])
    stories = normalizer.normalize_text(page, "file:///portal.txt")["stories"]
    assert [s["headline"] for s in stories] == [
        "Council backs plan for four new tram lines",
        "Floods cut off villages in the southern valleys",
        "Court orders new hearing in the long land dispute",
    ]


@pytest.mark.parametrize("line", [
    "Artikel zum Hören•2 Min", "Listen to article 5:32", "Écouter l’article 4 min",
    "5 min read", "Lesezeit: 3 Minuten",
])
def test_reading_and_listening_time_lines(line):
    assert openers.READING_TIME_RE.match(line)


@pytest.mark.parametrize("line", ["Listen to the podcast of the week", "Artikel zum Thema"])
def test_no_listening_time_without_a_length(line):
    assert not openers.READING_TIME_RE.match(line)


def test_an_audio_players_length_line_heads_no_story():
    stories = _stories("spiegel-dpa-arian-2024.txt")
    assert [s["published"] for s in stories] == ["2024-05-13"]
    assert all("Hören" not in (s["headline"] or "") for s in stories)


@pytest.mark.parametrize("name", ["dzen-avtomat-n-2024.txt", "varzesh3-taremi-2024.txt"])
def test_an_aria_role_atop_the_page_names_no_source(name):
    assert "status" in openers.ARIA_ROLE_WORDS
    assert all(s["source"] != "status" for s in _stories(name))


def test_an_amount_is_no_clock():
    assert _DATEISH.search("Updated 14:59 GMT")
    assert _DATEISH.search("15h14")
    assert not _DATEISH.search("मार्केट वैल्यू ₹1.73 लाख करोड़ कम हुई")


def test_a_headline_with_an_amount_heads_its_story():
    stories = _stories("bhaskar-marketcap-2024.txt")
    assert stories[0]["headline"] and stories[0]["headline"].startswith("एक हफ्ते में ₹60,678")


def test_a_strip_of_links_in_han_script_is_no_story():
    stories = _stories("xinhua-liqiang-xinjiang-2024.txt")
    assert len(stories) == 1
    assert stories[0]["headline"].startswith("李强在新疆调研时强调")
    assert "北京 天津 河北" not in stories[0]["text"]


def test_a_korean_sentence_is_no_strip_of_links():
    from normalizer.stories.rhythm import _link_strip
    assert _link_strip("新华每日电讯 经济参考 瞭望 半月谈 中证报 上证报 中国记者 中国名牌")
    assert not _link_strip("노정연 대구고검장과 한석리 울산지검장이 13일 잇따라 사의를 표명하는 등")
    assert not _link_strip("李强在新疆调研时强调 彰显特色优势 提高开放水平 在高质量发展中增进")
