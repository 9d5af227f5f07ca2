"""Credit shapes of outlets and agencies beyond the ones the corpus held: openers in other
scripts, republication notices in several languages, byline lines naming the outlet, and
names written as a site's domain or with a newsroom's word. Each case is a shape written for
this test (no sentence of a gold set)."""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import canonical_source, credit_line_source
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content

_BODY = [
    "The county's officers were called to a warehouse on the edge of town late on Tuesday "
    "after neighbours reported smoke, the statement said.",
    "Nobody was hurt, and the damage is put at several thousand euros according to the first "
    "estimate of the fire brigade.",
    "Witnesses who saw anything are asked to call the local station during office hours, the "
    "officers added in their appeal.",
]


def _story(paras: list[str]) -> dict:
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2023/01/05/post/", title="A post"))
    assert len(rec["stories"]) == 1
    return rec["stories"][0]


@pytest.mark.parametrize("opening, source, place", [
    ("(서울=연합뉴스) 홍길동 기자 =", "Yonhap", "서울"),     # the Korean agencies' bracket
    ("(부산=뉴시스) 홍길동 기자 =", "뉴시스", "부산"),
    ("JAKARTA, KOMPAS.com -", "Kompas.com", "JAKARTA"),    # place, comma, the outlet
    ("Tehran, IRNA -", "IRNA", "Tehran"),
    ("Bern (sda) -", "SDA", "Bern"),                       # the Swiss agency in lower case
])
def test_openers_in_other_shapes_name_their_outlet(opening: str, source: str,
                                                   place: str) -> None:
    story = _story([f"{opening} {_BODY[0]}", *_BODY[1:]])
    assert (story["source"], story["dateline"]) == (source, place)


@pytest.mark.parametrize("ending, source", [
    ("Dit artikel verscheen eerder in NRC", "NRC"),
    ("Read the original article on Business Insider", "Business Insider"),
    ("The post Tax relief for small firms appeared first on Northwind Gazette.",
     "Northwind Gazette"),
    ("Este contenido fue publicado originalmente en La Nación.", "La Nación"),
    ("Cet article est paru dans Le Monde.", "Le Monde"),
    ("Originally posted at Naked Capitalism.", "Naked Capitalism"),
    ("Matéria publicada originalmente no G1.", "G1"),
    ("Статья впервые опубликована на сайте РБК.", "РБК"),
    ("Artikel ini telah tayang di Kompas.com dengan judul \"Pajak naik\".", "Kompas.com"),
    ("Sumber: Kompas.com", "Kompas.com"),                 # a label naming a domain: as written
    ("Fuente: infobae.com", "infobae.com"),
])
def test_republication_notices_name_the_first_publisher(ending: str, source: str) -> None:
    assert _story([*_BODY, ending])["source"] == source


@pytest.mark.parametrize("line", ["Posted on Tuesday 15 October 2019 by admin",
                                  "Read the original article."])
def test_a_notice_naming_no_outlet_gives_none(line: str) -> None:
    assert not credit_line_source(line)


@pytest.mark.parametrize("line, source, byline", [
    ("Von Anna Schmidt, dpa", "dpa", ["Anna Schmidt"]),
    ("Autor: Jan Kowalski, PAP", "PAP", ["Jan Kowalski"]),
    ("Автор: Иван Иванов, ТАСС", "TASS", ["Иван Иванов"]),
    ("By Jane Doe | Reuters", "Reuters", ["Jane Doe"]),
    ("Por Juan Pérez | EFE", "EFE", ["Juan Pérez"]),
    ("By AFP", "AFP", []),
    ("Redacción EFE", "EFE", []),
    ("Agencia EFE", "EFE", []),
    ("El mundo", None, []),               # a menu's section, not the outlet as it writes itself
])
def test_a_byline_line_above_the_story_names_writer_and_outlet(line: str, source: str | None,
                                                                byline: list[str]) -> None:
    story = _story([line, *_BODY])
    assert (story["source"], story["byline"]) == (source, byline)
    assert line not in story["text"]


@pytest.mark.parametrize("spelling, name", [
    ("spiegel.de", "Der Spiegel"), ("www.infobae.com", "Infobae"), ("Kompas.com", "Kompas"),
    ("Redacción EFE", "EFE"), ("Rédaction Le Monde", "Le Monde"), ("INTERFAX.RU", "Interfax"),
])
def test_a_domain_or_a_newsrooms_word_names_the_outlet(spelling: str, name: str) -> None:
    assert canonical_source(spelling) == name


def test_a_domain_of_no_known_outlet_is_no_known_outlet() -> None:
    assert canonical_source("example.com") is None


@pytest.mark.parametrize("paras, source", [
    # the Persian agencies' opening formula names the reporting outlet
    (["به گزارش خبرنگار گروه استان های باشگاه خبرنگاران جوان از شیراز، فرمانده انتظامی "
      "شهرستان گفت که ماموران دو نفر را در محور اصلی بازداشت کردند و پرونده به دادسرا رفت."],
     "باشگاه خبرنگاران جوان"),
    # a domain in capitals opening the paragraph is the outlet, not a place
    (["TRIBUNNEWS.COM - Berikut ini jawaban soal yang ditayangkan di televisi pada hari "
      "Senin untuk siswa sekolah menengah atas di seluruh negeri."], "Tribunnews.com"),
    # an agency's alias with its photo partner
    (["London, Jun 11 (efe-epa).- The coronavirus crisis has left thousands of workers "
      "unsure about their future in the country, unions said on Thursday."], "EFE"),
    # the dash after the bracket turned into a quote by the page's bytes
    (["VENICE, Italy (AP) \" The government announced Saturday that it will open its "
      "borders next month, ending the longest lockdown in the region."], "AP"),
    # the outlet that ran it / the agency it came from, then the date
    (["MOSCOW (Northwind News / Sputnik - 29th April, 2020) It is impossible to give the "
      "exact date when the restrictions will be lifted, the prime minister said."], "Sputnik"),
])
def test_openers_of_held_out_shapes(paras: list[str], source: str) -> None:
    assert _story([*paras, *_BODY])["source"] == source


def test_a_sign_off_ending_the_last_paragraph_names_the_agency() -> None:
    last = ("The next games are due in the city in July. The regional championships are due "
            "to take place in the capital in August.")
    assert _story([*_BODY, last + " — AFP"])["source"] == "AFP"
    # a dash before a person's name at the end of a quote is no sign-off
    assert _story([*_BODY, last + " — Jane Doe"])["source"] is None


@pytest.mark.parametrize("line, source", [
    ("Lire la suite sur Northwind-infos.org", "Northwind-infos.org"),  # an excerpt's link on
    ("Read more at Northwind Gazette", "Northwind Gazette"),
    ("Bron: 112 Den Haag", "112 Den Haag"),          # a number opening a name is no date
    ("Source: France 24", "France 24"),
    ("Quelle: 3/9", ""),                              # a date is no outlet
    ("Source: 3 killed in crash", ""),
])
def test_more_credit_lines_by_shape(line: str, source: str) -> None:
    assert credit_line_source(line) == source


@pytest.mark.parametrize("closing, lead_in, source", [
    ("(ANSA).", None, "ANSA"),       # the Italian wire's sign-off after the last sentence
    ("(dpa)", None, "dpa"),
    ("(EFE)", "The video below shows the scene:", "EFE"),  # a lead-in to an embed follows
    ("(Photo: AFP)", None, None),    # a picture's credit in brackets credits no story
    ("(Tuesday)", None, None),       # brackets naming no outlet
])
def test_an_agency_in_brackets_closing_the_last_paragraph_is_the_source(
        closing: str, lead_in: str | None, source: str | None) -> None:
    paras = [*_BODY[:-1], f"{_BODY[-1]} {closing}", *([lead_in] if lead_in else [])]
    assert _story(paras)["source"] == source
