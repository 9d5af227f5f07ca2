"""Story sources a reader of a pasted post can attribute (round 24, the themes' posts).

- a post title that opens with an outlet the table knows, then a colon ("AP: ..."), credits
  the post's one story, when the story names no source of its own; a title opening with a
  word that is no outlet ("Analysis:", a place) does not;
- a summary quoting an outlet as reporting ('The Daily Example reports: "..."') credits it;
- Chinese and Arabic stories naming the outlet their people spoke to ("告诉《X》",
  "قال ... لبي بي سي") credit that outlet, when the table knows it;
- an agency's notice on what its wire serves its subscribers credits the agency;
- Newsbytes, a news service of the early online networks, is named so in every script.

Every line is invented for this test.
"""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import agency_tagline, canonical_source
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page
from normalizer.stories.attribute import outlet_told, quoted_report

_BODY = [
    "The city council voted on Tuesday to close the old harbour bridge for repairs after "
    "inspectors found deep cracks in two of its piers during a routine check last month.",
    "The works are expected to cost about two million dollars and to last until the autumn, "
    "the council said in a statement, adding that a ferry would run in the meantime.",
    "Residents of the eastern district, who cross the bridge daily, said the closure would "
    "add half an hour to their commute and asked for more buses during the works.",
]


class _Block:
    def __init__(self, text: str) -> None:
        self.text = text


def _page(title: str, paras: list[str]) -> dict:
    body = "".join(f"<p>{p}</p>" for p in paras)
    html = (f"<html><head><title>{title} | A Small Blog</title></head><body>"
            f"<header><a href='/'>A Small Blog</a></header><main><article>"
            f"<h1 class='entry-title'>{title}</h1><div class='entry-content'>{body}</div>"
            f"</article></main><footer>Powered by a blog engine</footer></body></html>")
    return normalize_page(html, "https://small-blog.example/2024/05/02/bridge/")[0]


def test_title_opening_with_a_known_outlet_credits_the_story() -> None:
    rec = _page("AP: Harbour bridge to close for repairs", _BODY)
    assert [s["source"] for s in rec["stories"]] == ["AP"]


@pytest.mark.parametrize("title", ["Analysis: Harbour bridge to close for repairs",
                                   "Springfield: Harbour bridge to close for repairs",
                                   "Harbour bridge to close for repairs"])
def test_title_opening_with_no_outlet_credits_nothing(title: str) -> None:
    rec = _page(title, _BODY)
    assert [s["source"] for s in rec["stories"]] == [None]


def test_summary_quoting_an_outlet_as_reporting_credits_it() -> None:
    opening = ("Bridges are ageing faster than cities can mend them. The Los Angeles Times "
               "reports: \"Engineers say the repairs are overdue\" across the region.")
    assert quoted_report([_Block(opening)]) == "Los Angeles Times"
    rec = normalize_content("".join(f"<p>{p}</p>" for p in [opening, *_BODY]),
                            PostMeta(url="https://blog.example/p/", title="Bridges"))
    assert rec["stories"][0]["source"] == "Los Angeles Times"


@pytest.mark.parametrize("text", [
    'The company reports: "Sales rose" in the quarter.',  # no outlet
    'Springfield Gazette Weekly Digest reports: "x"',     # an outlet the table does not know
    "The Los Angeles Times reports that repairs are overdue.",  # no quotation opened
])
def test_reporting_formula_without_a_known_outlet_quoted(text: str) -> None:
    assert quoted_report([_Block(text)]) is None


@pytest.mark.parametrize("text,outlet", [
    ("多名经济学家告诉《中国日报》，港口扩建将带动周边就业。", "China Daily"),
    ("وقال أحد السكان لبي بي سي الخميس إن الجسر مغلق منذ أسبوع.", "BBC"),
])
def test_outlet_told_in_chinese_and_arabic(text: str, outlet: str) -> None:
    assert outlet_told([_Block(text)]) == outlet


@pytest.mark.parametrize("text", [
    "他在《人民公园》一书中写道，港口扩建将带动周边就业。",  # a book, no telling
    "وقال رئيس البلدية لسكان الحي إن الجسر مغلق منذ أسبوع.",  # "to the residents"
])
def test_no_outlet_told(text: str) -> None:
    assert outlet_told([_Block(text)]) is None


def test_agency_subscriber_notice_names_the_agency() -> None:
    notice = ("Anadolu Ajansı web sitesinde, AA Haber Akış Sistemi (HAS) üzerinden abonelere "
              "sunulan haberler, özetlenerek yayımlanmaktadır.")
    assert agency_tagline(notice) == "Anadolu Ajansı"
    assert agency_tagline("Belediye web sitesinde yeni duyurular yayımlandı.") is None


def test_newsbytes_is_one_name_everywhere() -> None:
    assert canonical_source("Newsbytes News Network") == "Newsbytes"
    assert canonical_source("Newsbytes") == "Newsbytes"


def test_chinese_outlet_only_as_the_one_told() -> None:
    interviewed = "一位官员接受《中国日报》记者采访时说，港口将扩建。"
    assert outlet_told([_Block(interviewed)]) == "China Daily"
    assert outlet_told([_Block("外交部对《中国日报》记者表示，港口将扩建。")]) == "China Daily"
    # "expressed dissatisfaction with China Daily's report": no telling
    assert outlet_told([_Block("该公司对《中国日报》的报道表示不满。")]) is None
