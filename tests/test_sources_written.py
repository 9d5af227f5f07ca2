"""Sources named as the story writes them, origin notices, and credits apart from their label.

- An outlet the table names in several scripts is the source in the script the story
  credits it in (a Russian story's "Казинформ", an English one's Kazinform); the world's
  agencies (table column ``script`` = any) keep their one name (ТАСС is TASS).
- An origin notice at the end of the last paragraph names the origin: a feed's footer "The
  post X appeared first on Y" in the languages plugins print it, a Chinese "（刊于《X》）".
- "CITY. <day month>. AGENCY. ..." opens a Russian-language wire story; a source label
  alone on its line gives the next line's outlet; a Chinese byline names the outlet before
  its desk ("X快訊／reporter"); a copyright notice inside the story's own container names
  its holder; an ``<article>`` classed for its ads is still the post.

Each case is a shape written for this test, no sentence of a gold set.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from normalizer.cues import outlets
from normalizer.cues.outlets import OutletTableError, as_written, origin_notice, read_table
from normalizer.model import PostMeta
from normalizer.pipeline import normalize_content, normalize_page

_RU = [
    "Полиция завершила расследование и направила материалы дела в суд, говорится в "
    "сообщении ведомства.",
    "Подозреваемому грозит до шести лет лишения свободы, уточнили в пресс-службе.",
    "Инцидент произошел летом, тогда движение поездов было остановлено на час.",
]
_EN = [
    "The county's officers were called to a warehouse on the edge of town late on Tuesday "
    "after neighbours reported smoke, the statement said.",
    "Nobody was hurt, and the damage is put at several thousand euros according to the first "
    "estimate of the fire brigade.",
]


def _story(paras: list[str]) -> dict:
    rec = normalize_content("".join(f"<p>{p}</p>" for p in paras),
                            PostMeta(url="https://blog.example/2023/01/05/post/", title="A post"))
    return rec["stories"][0]


# --- The name in the story's script -------------------------------------------------------
@pytest.mark.parametrize("opening, source", [
    ("АСТАНА. КАЗИНФОРМ – Правительство одобрило новый план поддержки фермеров.", "Казинформ"),
    ("ASTANA. KAZINFORM – The government approved a new plan to support farmers.", "Kazinform"),
    ("МОСКВА, 5 января. /ТАСС/. Правительство одобрило новый план поддержки.", "TASS"),
])
def test_an_outlet_is_named_in_the_script_the_story_credits_it_in(opening: str,
                                                                    source: str) -> None:
    body = _RU if opening[0] > "z" else _EN
    assert _story([opening, *body])["source"] == source


def test_as_written_keeps_the_canonical_name_without_a_spelling_of_another_script() -> None:
    assert as_written("Kazinform", ["A story that names no agency."]) == "Kazinform"
    assert as_written("Kazinform", ["Передает корреспондент МИА «Казинформ»."]) == "Казинформ"
    assert as_written("Reuters", ["Агентство Рейтер сообщило."]) == "Reuters"  # script = any
    assert as_written("Petra", ["عمان (بترا) - قال"]) == "Petra"  # an acronym in Arabic letters
    assert as_written(None, ["Казинформ"]) is None


def test_the_script_column_is_checked(tmp_path: Path) -> None:
    table = tmp_path / "mine.tsv"
    table.write_text("Northwind Wire\tagency\tXX\tНорсвинд\t\tany\n", encoding="utf-8")
    assert read_table(table)[0].any_script
    table.write_text("Northwind Wire\tagency\tXX\tНорсвинд\t\teverywhere\n", encoding="utf-8")
    with pytest.raises(OutletTableError, match="mine.tsv:1: script"):
        read_table(table)


def test_every_row_marked_any_is_a_known_outlet() -> None:
    marked = {o.name for o in outlets.OUTLETS if o.any_script}
    assert {"Reuters", "AFP", "AP", "TASS", "Xinhua", "Kyodo", "Yonhap", "Petra"} <= marked
    assert "Kazinform" not in marked


# --- Origin notices -------------------------------------------------------------------------
@pytest.mark.parametrize("ending, source", [
    ("The post Farmers get a new plan appeared first on Northwind Daily.", "Northwind Daily"),
    ("Der Beitrag Ein neuer Plan erschien zuerst auf Nordwind Zeitung.", "Nordwind Zeitung"),
    ("L'article Un nouveau plan est apparu en premier sur Vent du Nord.", "Vent du Nord"),
    ("Post-ul Un plan nou apare prima dată în Vantnord.md.", "Vantnord.md"),
    ("Het bericht Een nieuw plan verscheen eerst op Noordwind.nl.", "Noordwind.nl"),
    ("（刊于《北风周刊》2019年第24期）", "北风周刊"),
    ("（原载《北风日报》）", "北风日报"),
])
def test_an_origin_notice_names_the_origin(ending: str, source: str) -> None:
    assert origin_notice(f"Die Polizei sucht Zeugen. {ending}") == source


def test_a_sentence_about_a_post_is_no_origin_notice() -> None:
    assert origin_notice("The post was fine, the officer said on Tuesday.") is None
    assert origin_notice("他说（这是《北风》的意见）") is None


def test_an_origin_notice_ends_the_last_paragraph_and_names_the_source() -> None:
    story = _story([*_EN, _EN[0] + " The post A plan appeared first on Northwind Daily."])
    assert story["source"] == "Northwind Daily"


def test_a_printed_in_note_wins_over_a_sites_source_label() -> None:
    body = ["益水之阳的城市里，农业园区用上了物联网和大数据，四季都能生产蔬菜。",
            "从数字经济到数字治理，这座城市的发展正不断拓展。（刊于《北风周刊》2019年第24期）",
            "来源：北风网"]
    assert _story(body)["source"] == "北风周刊"


# --- Datelines, labels apart, desks ---------------------------------------------------------
@pytest.mark.parametrize("opening, source", [
    ("КИЕВ. 3 декабря. УНН. Парламент одобрил в окончательном чтении новый закон о полиции.",
     "УНН"),
    ("МИНСК. 5 января. Нордвинд. Правительство одобрило новый план поддержки фермеров.",
     "Нордвинд"),
])
def test_an_agency_dot_dateline_names_the_agency(opening: str, source: str) -> None:
    story = _story([opening, *_RU])
    assert story["source"] == source
    assert story["dateline"] == opening.split(".")[0]


def test_a_sentence_after_a_date_is_no_agency() -> None:
    story = _story(["КИЕВ. 3 декабря. Парламент одобрил в окончательном чтении новый закон.",
                    *_RU])
    assert story["source"] is None


def test_a_source_label_alone_names_the_next_lines_outlet() -> None:
    assert _story([*_RU, "Источник:", "УНН"])["source"] == "УНН"
    assert _story([*_EN, "Source:", "Statista"])["source"] is None  # a chart's provider


def test_a_chinese_byline_names_the_outlet_before_its_desk() -> None:
    assert outlets.cjk_desk_outlet("北风快訊／王小明") == "北风"
    assert outlets.cjk_desk_outlet("自由時報記者王小明／台北報導") == "自由時報"
    assert outlets.cjk_desk_outlet("記者王小明／台北報導") is None  # a reporter, no outlet
    assert outlets.cjk_desk_outlet("文／王小明") is None


# --- Page credits ---------------------------------------------------------------------------
_PARAS = ("<p>The county's officers were called to a warehouse on the edge of town late on "
          "Tuesday after neighbours reported smoke, the statement said.</p>"
          "<p>Nobody was hurt, and the damage is put at several thousand euros according to "
          "the first estimate of the fire brigade.</p>")


def _page(article_class: str, inside: str, header: str = "") -> str:
    return ("<html><head><meta charset='utf-8'><title>Warehouse fire</title></head><body>"
            "<header><a href='/'>Northwind Times</a></header>"
            f"<article class='{article_class}'><h1>Warehouse fire on the edge of town</h1>"
            f"{header}{_PARAS}{inside}</article>"
            "<footer><p>© 2023 Northwind Media Group</p></footer></body></html>")


def _page_source(page: str) -> str | None:
    return normalize_page(page, "https://northwind.example/2023/fire/")[0]["stories"][0]["source"]


def test_a_notice_inside_the_story_names_its_holder() -> None:
    inside = "<p class='copyright'>© KOHAVA. All rights reserved.</p>"
    assert (_page_source(_page("story", inside)) or "").casefold() == "kohava"
    # in an <article> classed for its ads too
    assert (_page_source(_page("story shrink-ads-auto", inside)) or "").casefold() == "kohava"


def test_the_pages_own_footer_notice_is_no_source() -> None:
    assert _page_source(_page("story", "")) is None


def test_a_chinese_desk_byline_in_the_header_names_the_outlet() -> None:
    header = "<div class='author'><a href='/search?q=1'>北风快訊／王小明</a> 2020年03月12日</div>"
    assert _page_source(_page("story", "", header)) == "北风"


def test_a_byline_of_people_and_their_agency_names_the_agency() -> None:
    header = "<div class='byline'>By: Jane Doe, John Roe, The Associated Press</div>"
    assert _page_source(_page("story", "", header)) == "AP"
    header = "<div class='byline'>By Jane Doe and John Roe The Associated Press</div>"
    assert _page_source(_page("story", "", header)) == "AP"


def test_a_bracketed_label_names_its_first_agency() -> None:
    assert outlets.signoff_source("(Quelle: APA/sda/dpa)") == "APA"
    assert outlets.signoff_source("(Foto: dpa)") is None


def test_a_source_label_ending_a_credit_line_names_the_outlet() -> None:
    assert outlets.trailing_label_source("© Licencja © Wszystkie prawa zastrzeżone Źródło: "
                                         "nw.pl") == "nw.pl"
    assert outlets.trailing_label_source("All rights reserved. Source: Statista") is None
    inside = "<p class='rights'>© Licencja na publikację © Wszystkie prawa zastrzeżone " \
             "Źródło: nw.pl</p>"
    assert _page_source(_page("story", inside)) == "nw.pl"


def test_a_print_edition_line_names_the_paper_as_it_writes_itself() -> None:
    assert origin_notice("Газета «Нордвинд» №84 от 15.05.2025, стр. 1") == "Нордвинд"
    story = _story([*_RU, "Газета «Коммерсантъ» №84 от 15.05.2025, стр. 1"])
    assert story["source"] == "Коммерсантъ"


def test_a_label_and_its_agency_between_the_first_paragraphs_name_the_source() -> None:
    page = _page("story", "").replace(
        "</p><p>Nobody", "</p><small>Bron: <b>BELGA</b></small><p>Nobody")
    assert _page_source(page) == "Belga"


def test_an_agency_and_its_place_in_an_element_of_their_own_name_the_agency() -> None:
    assert _page_source(_page("story", "", "<div class='name'>AFP, MANILA</div>")) == "AFP"
    # a place alone after a comma that is no agency names nothing
    assert _page_source(_page("story", "", "<div class='name'>Northwind, MANILA</div>")) is None


def test_people_and_their_agency_in_the_schema_author_slot_name_the_agency() -> None:
    from lxml import html

    from normalizer.pages.credits import _people_and_agency

    slot = html.fromstring("<div class='hidden' itemprop='author'><span itemprop='name'>Jane "
                           "Doe</span><span itemprop='name'>John Roe, The Associated Press</span>"
                           "</div>")
    line = slot[1]
    assert _people_and_agency(line.text, line) == "AP"
    # the same line as a picture's credit names no source
    pic = html.fromstring("<div class='pic'><img src='a.jpg'><span>John Roe, The Associated "
                          "Press</span></div>")
    assert _people_and_agency(pic[1].text, pic[1]) is None
    writer = html.fromstring("<li><a href='/writer/john-roe/'>John Roe, AP</a></li>")[0]
    assert _people_and_agency(writer.text, writer) == "AP"


@pytest.mark.parametrize("line, agency", [
    ("—Associated Press writer Jane Doe in Paris contributed to this report.", "AP"),
    ("Reuters reporter Jane Doe in London contributed reporting.", "Reuters"),
    ("Follow AP's coverage of the storm at https://apnews.com/hub/storms", "AP"),
    ("Jane Doe contributed to this report.", None),                # a person, no agency
    ("Northwind writer Jane Doe contributed.", None),              # not an agency the table knows
])
def test_an_agencys_own_tagline_names_it(line: str, agency: str | None) -> None:
    assert outlets.agency_tagline(line) == agency


def test_an_agencys_tagline_under_the_story_gives_the_source() -> None:
    assert _story([*_EN, "Associated Press writer Jane Doe in Paris contributed to this "
                   "report."])["source"] == "AP"
