"""Attribution of carried stories and of outlets written two ways (round sources15): a
dated line opened by the outlet's bracketed name, a portal's story carried from a sister
paper (its own address opening the story, the paper named under it), and a name written
with or without its article. Shapes from real pages (dumps11 / dumps11b / heldout12)."""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import as_credited, canonical_source, origin_notice, web_edition
from normalizer.pipeline import normalize_page, normalize_text
from normalizer.stories.attribute import date_line_credit

_PARAS = "".join(f"<p>The monitoring system recorded many animals in the reserve, paragraph {i} "
                 "with enough words to be a story of its own.</p>" for i in range(4))


@pytest.mark.parametrize("line, found", [
    ("(People's Daily Online) 11:35, November 23, 2022", (None, "People's Daily Online")),
    ("(Xinhua) 09:12, 3 March 2024", (None, "Xinhua")),
    ("MOSCOW, April 10 (RIA Novosti)", ("MOSCOW", "RIA Novosti")),
    ("(Updated) Tuesday's match report", None),
    ("(photo) a picture of the day", None),
])
def test_a_bracketed_outlet_before_a_date_credits_the_story(line: str, found) -> None:
    assert date_line_credit(line) == found


def test_a_dated_credit_under_the_headline_names_the_source() -> None:
    html = ("<html><body><article><h1>Monitoring system aids wild animal protection</h1>"
            "<p>(People's Daily Online) 11:35, November 23, 2022</p>"
            f"{_PARAS}</article></body></html>")
    rec = normalize_page(html, "https://example.org/n/2022/1123/c1.html")[0]
    assert rec["stories"][0]["source"] == "People's Daily Online"


@pytest.mark.parametrize("line, name", [
    ("Artikel ini telah tayang di TribunPadang.com dengan judul BMKG Sebut Sudah Keluarkan",
     "TribunPadang.com"),
    ("Berita ini telah dimuat di Kompas.com.", "Kompas.com"),
    ("Artikel ini membahas banjir di Sumatera Barat dengan judul panjang", None),
])
def test_a_portals_carried_from_line_names_the_origin(line: str, name: str | None) -> None:
    assert origin_notice(line) == name


_ID_PARAS = "\n\n".join(
    f"Dwikorita menuturkan bahwa peringatan dini cuaca sudah dikeluarkan sebelum banjir, "
    f"kalimat ke-{i} dengan cukup banyak kata untuk cerita." for i in range(5))


@pytest.mark.parametrize("tail, source", [
    ("Artikel ini telah tayang di TribunPadang.com dengan judul Peringatan Dini\n\n"
     "Sumber: Tribun Padang", "Tribun Padang"),
    ("", "Tribunnews.com"),  # the portal's own story: its address stays the source
])
def test_a_portals_address_gives_way_to_the_paper_it_carries(tail: str, source: str) -> None:
    text = ("Peringatan Dini Cuaca sudah Dikeluarkan BMKG Sebelum Banjir\n\n"
            "Senin, 13 Mei 2024 12:01 WIB\n\n"
            f"TRIBUNNEWS.COM - {_ID_PARAS}\n\n{tail}\n")
    rec = normalize_text(text, "https://www.tribunnews.com/x/2024/05/13/y")
    assert rec["stories"][0]["source"] == source


@pytest.mark.parametrize("written, name", [
    ("Straits Times", "Straits Times"),  # a portal's provider box drops the article
    ("The Straits Times", "The Straits Times"),
    ("The Times of India", "The Times of India"),
    ("Mail Online", "Mail Online"),  # another form of a name is kept as credited
])
def test_a_name_is_named_as_credited_with_or_without_its_article(written: str,
                                                                  name: str) -> None:
    assert as_credited(written, canonical_source(written)) == name


@pytest.mark.parametrize("line, name", [
    ("『FRIDAY』2024年5月10・17日号より", "FRIDAY"),
    ("『週刊文春』4月号より", "週刊文春"),
    ("「AERA」2024年1月1日号から", "AERA"),
    ("『FRIDAY』を読んだ感想", None),
])
def test_a_japanese_issue_note_names_the_magazine(line: str, name: str | None) -> None:
    assert origin_notice(line) == name


@pytest.mark.parametrize("lines, found", [
    (["みんなの感想は？", "FRIDAYデジタル"], "FRIDAYデジタル"),
    (["FRIDAYの記事一覧"], None),
    (["Newsweek Online"], None),  # another name than the origin's
])
def test_a_web_edition_line_names_the_origin_as_its_site_does(lines: list, found) -> None:
    assert web_edition("FRIDAY", lines) == found


def test_a_portal_carrying_a_magazines_story_names_the_magazines_site() -> None:
    paras = "\n\n".join(f"ゴールデン街の古い建物が高値で落札されたという話が界隈で"
                        f"噂になっている。その{i}番目の段落。" for i in range(4))
    text = ("livedoor\n\nニュース\n\n"
            "仰天スクープ！新宿ゴールデン街の極狭店舗が落札されていた\n\n"
            "2024年5月13日 9時0分\n\nFRIDAYデジタル\n\n"
            f"{paras}\n\n『FRIDAY』2024年5月10・17日号より\n\nFRIDAYデジタル\n")
    rec = normalize_text(text, "https://news.livedoor.com/article/detail/1/")
    assert rec["stories"][0]["source"] == "FRIDAYデジタル"
