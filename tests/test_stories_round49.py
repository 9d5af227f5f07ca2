"""Round 49: how a Korean business daily sets its deck and seals its article, how magazines
and a think tank date their pages, credit their pictures, name themselves and close with
their writers' bios, and how a related box sits inside an article. Round dumps44's pages
(``fixtures/real/dumps``, SOURCES.md: 한국경제, Fast Company, Brookings, Dissent), older
dumps as guards, and invented pages of the same shapes."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues import openers
from normalizer.pipeline import normalize_text
from normalizer.stories.clean import has_photo_credit
from normalizer.text.dates import parse_date, split_date_line

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"

_KO_HEAD = "\"다리 보수 미루면 큰일\"…시 당국의 경고"
_KO_BODY = ("시는 22일 노후 교량 세 곳의 보수 공사를 다음 달부터 시작한다고 밝혔다. "
            "공사는 내년 봄까지 이어질 예정이다.\n\n"
            "시 관계자는 \"점검 결과 교각 두 곳에서 균열이 발견됐다\"며 \"더 늦추면 안전을 "
            "장담할 수 없다\"고 말했다.\n\n"
            "공사 기간에는 강변로로 우회해야 하며, 시는 버스 배차를 늘릴 계획이다.\n\n"
            "보수 비용은 약 20억원으로 전액 시 예산에서 충당한다.\n\n")


def _stories(text: str) -> list[dict]:
    return normalize_text(text, _URL)["stories"]


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_deck_of_sub_title_lines_under_the_date_line_is_the_storys_text() -> None:
    """Korean dailies set two or three short lines of sub-titles under the headline's
    byline and date, a phrase running on over two lines: the story's text, and the
    headline above them heads it (not the deck's last line)."""
    [story, *_] = _stories(_read("hankyung-bandoche-wonro-2022.txt"))
    assert story["headline"] == "\"한국 반도체, 이대로는 몇 년 내에 죽습니다\"…원로의 경고"
    assert story["text"].startswith("\"경쟁국 사활 거는데 정부는 뒷짐\n\n"
                                    "반도체 생태계, 40년 전보다 열악\"")
    assert story["published"] == "2022-06-22"
    page = (_KO_HEAD + "\n사회\n김민수 기자\n입력 2024.05.11 10:20 수정 2024.05.11 11:02\n"
            "\"교각 두 곳 균열 발견\n더 늦추면 안전 장담 못해\"\n\n다음 달부터 보수 공사 시작\n\n"
            + _KO_BODY)
    [story] = _stories(page)
    assert story["headline"] == _KO_HEAD
    assert story["text"].startswith("\"교각 두 곳 균열 발견\n\n더 늦추면 안전 장담 못해\"")


def test_other_stories_titles_under_a_date_line_are_no_deck() -> None:
    """Headlines of other stories listed under the date line, long and whole, are a list,
    as before (Líbero's page: three titles over its article)."""
    stories = _stories(_read("libero-brighton-united-2022.txt"))
    assert not any("Lo celebra Farfán y Zambrano" in s["text"] for s in stories)


def test_the_pages_boxes_under_an_article_sealed_by_its_rights_line_make_no_stories() -> None:
    """Under the article's sign-off and its "ⓒ X, 무단전재 및 재배포 금지" come the writer's
    box, lists, ads and blog teasers: the page's, however many of them stand together."""
    stories = _stories(_read("hankyung-bandoche-wonro-2022.txt"))
    heads = [s["headline"] for s in stories]
    assert "전세 사기인 줄 알았더니 대출 사기?" not in heads
    assert "정지은 기자 한국경제신문 산업부" not in heads
    teasers = "".join(f"{title}\n\n{lead}...\n\n" for title, lead in [
        ("주말 나들이 명소 다섯 곳", "봄을 맞아 가족과 함께 가볼 만한 곳을 소개합니다. 첫째는"),
        ("전기요금 오르면 가계 부담은", "다음 달부터 전기요금이 오르면서 가계의 부담이 커질"),
        ("중고차 살 때 꼭 확인할 것", "중고차를 살 때는 사고 이력과 주행 거리를 반드시 확인")])
    page = (_KO_HEAD + "\n김민수 기자\n입력 2024.05.11 10:20\n\n" + _KO_BODY
            + "김민수 기자 kim@example.co.kr\nⓒ 예시일보, 무단전재 및 재배포 금지\n\n" + teasers)
    [story] = _stories(page)
    assert "주말 나들이" not in story["text"]


def test_teasers_signed_by_their_writers_under_a_sealed_article_stay_stories() -> None:
    """The Chicago Sun-Times' "The Latest" under an AP story closed by its © line: each
    teaser signed "By NAME" under its lead is a story, as before."""
    heads = [s["headline"] for s in _stories(_read("chicagosuntimes-federal-judge-2020.txt"))]
    assert "Is it July yet? Cubs need instant answers from Yu Darvish, Kris Bryant, David " \
           "Ross, others" in heads
    assert len(heads) == 7


def test_a_year_first_dotted_date_and_a_dashed_two_digit_year_are_dates() -> None:
    assert split_date_line("입력 2022.06.22 17:11 수정 2022.06.22 23:16 지면 A13")[0]
    assert split_date_line("06-13-22") == (True, "")
    assert parse_date("06-13-22") == "2022-06-13"
    assert not split_date_line("12-34-56")[0]  # (no month, no day: figures)
    [story] = _stories(_read("fastcompany-remote-work-2022.txt"))
    assert story["published"] == "2022-06-13"


def test_an_issues_season_dates_its_line_beside_a_writers_name_only() -> None:
    """"Patrick Iber ▪ Summer 2022": a quarterly's byline and issue, metadata, no headline;
    a heading that names a season among more words stays a heading."""
    assert split_date_line("Patrick Iber ▪ Summer 2022") == (True, "Patrick Iber")
    assert parse_date("Patrick Iber ▪ Summer 2022") is None
    assert not split_date_line("3 Emacspeak And Advice — Fall 1994")[0]
    assert not split_date_line("Then came fall 2020.")[0]


def test_a_title_shown_twice_word_for_word_heads_the_story() -> None:
    """A hero picture's title over the headline, the same words: a caption adds to its
    picture's alt text (a credit at least), so the copy is the headline (Dissent)."""
    [story] = _stories(_read("dissent-duss-interview-2022.txt"))
    assert story["headline"] == "Beyond the Blob"
    assert story["text"].startswith("An interview with Senator Bernie Sanders’ foreign policy")


def test_a_bracketed_photo_credit_is_no_text() -> None:
    [story] = _stories(_read("fastcompany-remote-work-2022.txt"))
    assert "[Photo:" not in story["text"]


def test_the_site_named_before_the_sign_of_its_companys_notice_is_the_source() -> None:
    """"Fast Company & Inc © 2022 Mansueto Ventures, LLC": the magazine, then its
    publisher. A "Follow" button atop the page names nothing."""
    [story] = _stories(_read("fastcompany-remote-work-2022.txt"))
    assert story["source"] == "Fast Company"


def test_a_notice_naming_what_it_covers_before_the_sign_is_the_holders_after_it() -> None:
    [story] = _stories(_read("dissent-duss-interview-2022.txt"))
    assert story["source"] == "Dissent Magazine"
    [story] = _stories(_read("lrt-judas-2024.txt"))  # (a name in lower case before the sign)
    assert story["source"] == "LRT"


def test_a_think_tank_is_named_as_its_pages_name_it() -> None:
    """"Copyright 2022 The Brookings Institution" on a page of "Support Brookings",
    "Brookings Press": Brookings."""
    [story] = _stories(_read("brookings-teachers-unions-2021.txt"))
    assert story["source"] == "Brookings"


def test_a_related_box_of_dated_items_inside_an_article_parts_no_story() -> None:
    """"Related Content" under a paragraph, each item a kicker, a title, its writers (ten
    of them) and a date: the box's; the paragraph under it goes on the article."""
    [story] = _stories(_read("brookings-teachers-unions-2021.txt"))
    assert "We find that school districts with lengthier collective bargaining" in story["text"]
    assert "Daphna Bassok" not in story["text"]
    [story] = _stories(_read("latercera-politica-2022.txt"))  # (the sub-heading under a box)
    assert "El nudo por el estado de excepción" in story["text"]


def test_a_writers_card_inside_the_article_is_no_text() -> None:
    [story] = _stories(_read("brookings-teachers-unions-2021.txt"))
    assert "Assistant Professor of Educational Policy" not in story["text"]
    assert "BradMarianno" not in story["text"]


def test_writers_bios_closing_the_page_are_no_text() -> None:
    [story] = _stories(_read("fastcompany-remote-work-2022.txt"))
    assert story["text"].endswith("prepare their people for that return to the office.")
    [story] = _stories(_read("dissent-duss-interview-2022.txt"))
    assert "teaches history at the University of Wisconsin-Madison" not in story["text"]
    assert "The views expressed here are his own." not in story["text"]


def test_a_story_closing_a_mail_keeps_its_note_on_the_writer() -> None:
    """A forwarded article that ends the mail keeps its last lines, the note on its writer
    too (the gold of an e-mail dump); a company's sentence is no bio."""
    text = "\n\n".join(s["text"] for s in _stories(_read("enron-mentions-martin-0118-2002.txt")))
    assert "Amalgamated Bank is suing 29 Enron officers" in text
    assert "Lisa Sanders is a Dallas-based reporter for CBS.MarketWatch.com." in text


def test_a_line_of_many_writers_with_a_serial_comma_is_a_names_line() -> None:
    assert openers.names_line("Daphna Bassok, Lauren Bauer, Stephanie Riegg Cellini, Helen "
                              "Shwe Hadani, Michael Hansen, Douglas N. Harris, Brad Olsen, "
                              "Richard V. Reeves, Jon Valant, and Kenneth K. Wong", min_words=2)
    assert openers.names_line("Anna Berg, and Tom Li")
    assert not openers.names_line("Berlin, Hamburg, Munich, Cologne, Essen, Bonn, Kiel, Ulm")


def test_a_credit_in_capitals_closing_a_caption_makes_it_a_caption() -> None:
    """"... in Hsinchu, Taiwan. PHOTO BY ANN WANG/REUTERS FILES": the Financial Post's
    captions between paragraphs are no text; a sentence naming a photo is no credit."""
    [story] = _stories(_read("financialpost-chips-canada-2021.txt"))
    assert "PHOTO BY" not in story["text"]
    assert not has_photo_credit("He said the photo by Smith was fake.")
