"""Attribution from the shapes of credits: datelines, bylines, labels (real-page cases)."""
from __future__ import annotations

import pytest

from normalizer.pipeline import normalize_page
from normalizer.stories.attribute import ORIGINAL_TITLE_RE, byline_names
from normalizer.text.places import is_place


def _page(body: str, head: str = "") -> str:
    return (f"<html><head><meta charset='utf-8'>{head}</head><body><article>{body}"
            "</article></body></html>")


_PARAS = "".join(f"<p>Die Feuerwehr konnte mehrere Menschen retten, Absatz {i} mit genug "
                 "Wörtern für eine Geschichte.</p>" for i in range(4))


@pytest.mark.parametrize("dateline, source", [
    ("Rostow (Russland) - Bei einem Brand sind fünf Kinder ums Leben gekommen.", None),
    ("Hamburg (dpa) - Bei einem Brand sind fünf Kinder ums Leben gekommen.", "dpa"),
    ("NAPA COUNTY, Calif. (KGO) -- A plan moved one step closer on Tuesday.", "KGO"),
    ("MOSCOW, Dec 1 (Thomson Reuters) - A plan moved one step closer.", "Reuters"),
    ("PARIS (Agence France-Presse) - Un plan a avancé mardi.", "AFP"),
])
def test_a_dateline_names_its_outlet_not_its_country(dateline: str, source: str | None) -> None:
    rec = normalize_page(_page(f"<h1>Ein Titel</h1><p>{dateline}</p>{_PARAS}"),
                         "https://example.org/a/")[0]
    assert rec["stories"][0]["source"] == source


@pytest.mark.parametrize("names, people, outlets", [
    ("Rob Picheta, CNN", ["Rob Picheta"], ["CNN"]),
    ("Jane Roe and Tom Poe, The Kathmandu Post", ["Jane Roe", "Tom Poe"], ["The Kathmandu Post"]),
    ("John Doe, Associated Press", ["John Doe"], ["AP"]),
    ("Anna Smith, Moscow", ["Anna Smith"], []),
    ("Sanjeev Miglani", ["Sanjeev Miglani"], []),
])
def test_a_byline_names_writer_and_outlet(names: str, people: list, outlets: list) -> None:
    assert byline_names(names) == (people, outlets)


def test_places_table_reads_many_languages() -> None:
    for name in ("Russland", "Russia", "Россия", "Rusia", "俄罗斯", "ロシア", "USA", "Deutschland"):
        assert is_place(name), name
    for name in ("Reuters", "KGO", "Motorsport-Total.com", "hessenschau.de"):
        assert not is_place(name), name


def test_an_original_title_label_names_no_source() -> None:
    assert ORIGINAL_TITLE_RE.match("原标题：某某新闻的标题")
    assert not ORIGINAL_TITLE_RE.match("来源：半月谈")


def test_the_shown_heading_wins_over_a_sharing_title() -> None:
    head = ("<meta property='og:title' content='El “Tata” Martino presenta su nómina para "
            "enfrentar a Guatemala'>")
    body = (f"<header><h1>México presenta su nómina para enfrentar a Guatemala</h1></header>"
            f"{_PARAS}")
    rec = normalize_page(_page(body, head), "https://example.org/b/")[0]
    assert rec["title"] == "México presenta su nómina para enfrentar a Guatemala"


def test_a_kicker_is_not_part_of_the_heading() -> None:
    head = "<meta property='og:title' content='Lockerungen: Autohäuser rechnen mit Anlaufen | MDR'>"
    body = ("<header><h1><span class='dachzeile'>Nach Lockerungen</span> "
            "<span class='headline'>Autohäuser rechnen mit Anlaufen</span></h1></header>"
            f"{_PARAS}")
    rec = normalize_page(_page(body, head), "https://example.org/c/")[0]
    assert rec["title"] == "Autohäuser rechnen mit Anlaufen"


def test_a_cjk_title_loses_the_site_name_joined_without_spaces() -> None:
    line = "在抗击新冠肺炎疫情的日子里，父母们总要回应孩子天真的追问"
    body = "".join(f"<p>{line}{i}。</p>" for i in range(5))
    title = "武汉的声音：有英勇的你，才有英雄的城！-新华网"
    page = (f"<html><head><meta charset='utf-8'><title>{title}</title></head>"
            f"<body><div class='main'>{body}</div></body></html>")
    rec = normalize_page(page, "https://example.org/d/")[0]
    assert rec["title"] == "武汉的声音：有英勇的你，才有英雄的城！"


@pytest.mark.parametrize("text, day", [
    ("15 августа 2016, 13:43", "2016-08-15"),     # Russian
    ("15 серпня 2016", "2016-08-15"),             # Ukrainian
    ("29 kwietnia 2021", "2021-04-29"),           # Polish genitive
    ("15. března 2021", "2021-03-15"),            # Czech genitive
    ("2021. április 29.", "2021-04-29"),          # Hungarian, year first
    ("3 settembre 2019", "2019-09-03"),           # Italian
    ("15. elokuuta 2016", "2016-08-15"),          # Finnish partitive
    ("12 Aralık 2020", "2020-12-12"),             # Turkish
    ("2020年2月19日 20:29", "2020-02-19"),          # Chinese
    ("2021년 6월 15일", "2021-06-15"),              # Korean
])
def test_locale_dates_are_read(text: str, day: str) -> None:
    from normalizer.text.dates import parse_date, split_date_line

    assert parse_date(text) == day
    assert split_date_line(text)[0]


def test_a_utc_time_gives_the_sites_own_day() -> None:
    from normalizer.text.dates import local_day

    assert local_day("2022-04-22T05:46:58+00:00", ["2022-04-21T23:46:58-06:00"]) == "2022-04-21"
    assert local_day("2022-04-22T05:46:58+00:00", ["2022-04-20T23:46:58-06:00"]) is None
    assert local_day("2022-04-22T05:46:58+02:00", ["2022-04-22T03:46:58Z"]) is None


def test_the_date_under_the_heading_beats_older_dates_of_other_articles() -> None:
    related = "".join(f"<li><p>2{i} мая 2016</p><p>Другая новость {i}</p></li>" for i in range(3))
    body = (f"<h1>Подольски завершил карьеру</h1><p class='date'>15 августа 2016, 13:43</p>"
            f"{''.join('<p>Ветеран сборной принял решение прекратить выступления.</p>' * 4)}"
            f"<ul class='more'>{related}</ul>")
    rec = normalize_page(_page(body), "https://example.org/e/")[0]
    assert rec["published"] == "2016-08-15"


def test_a_sites_default_sharing_title_and_a_caption_heading_are_no_headline() -> None:
    head = ("<title>Russia: Space ship breaks up over Siberia</title>"
            "<meta property='og:title' content='Yahoo News - Latest News &amp; Headlines'>")
    caption = " ".join(["In this photo dated Tuesday the rocket booster is installed."] * 6)
    body = f"<h1>{caption}</h1>{_PARAS}"
    page = (f"<html><head><meta charset='utf-8'>{head}</head><body>"
            f"<h1>Russia: Space ship breaks up over Siberia</h1><article>{body}</article>"
            "</body></html>")
    rec = normalize_page(page, "https://example.org/f/")[0]
    assert rec["title"] == "Russia: Space ship breaks up over Siberia"


def test_a_long_copyright_notice_names_its_holder() -> None:
    notice = ("<p>© 2022, BreakingBelizeNews.com. This article is the copyrighted property of "
              "the site. Written permission must be obtained before reprint.</p>")
    rec = normalize_page(_page(f"<h1>Ein Titel</h1>{_PARAS}{notice}"),
                         "https://example.org/g/")[0]
    assert rec["stories"][0]["source"] == "Breaking Belize News"
