"""Sources by shape and by table, round 8: credits the earlier rules did not read, which
credit wins where a story holds two, and how a known outlet is named.

- **Shapes.** A dateline's credit on a line of its own, no prose after it ("MOSCOW, April
  10 (RIA Novosti)", an agency's own page closing its story so); a dateline naming the
  outlet before a bar ("BERLIN taz | Die ..."); the outlet's address first and then the
  place ("TEMPO.CO, Jakarta - ...").
- **Precedence.** An agency the story names a contributor ("The Associated Press
  contributed to this report.") is a credit, and its bare name under the story (a
  picture's credit, or the credit repeated) does not make it the publisher. An agency's own
  tagline inside the story ("Associated Press writer X contributed to this report", also
  after "Y reported from P." on the same line) names its teller over a distributor's
  copyright notice pasted under it ("© 2026 The Canadian Press").
- **Naming.** An outlet is named as its credit prints it, among the table's spellings: an
  abbreviation the outlet signs with ("Text: F.A.Z."), its site's brand ("By Mail Online
  Reporter"); the table's name where only the letters differ (case, accents, spaces:
  "Pagina 12" is "Página/12") and for the world's agencies ("REUTERS", "Agence
  France-Presse": Reuters, AFP).
- **The table** knows national agencies of countries it had none for, acronyms that are
  words or other agencies' names only as whole credits.

Each case is a shape written for this test, no sentence of a gold set.
"""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import (
    agency_tagline,
    canonical_source,
    find_source,
    outlet_name,
)
from normalizer.pipeline import normalize_page
from normalizer.stories.attribute import bar_dateline, date_line_credit, split_names

_PARAS = (
    "<p>The county's officers were called to a warehouse on the edge of town late on Tuesday "
    "after neighbours reported smoke rising from its roof, the statement said.</p>"
    "<p>Nobody was hurt, and the damage is put at several thousand euros according to the "
    "first estimate of the fire brigade, which stayed on the site through the night.</p>"
    "<p>The cause of the fire is not yet known; investigators are expected to visit the "
    "building again on Thursday morning with experts from the insurer.</p>"
)


def _story(body: str, *, header: str = "") -> dict:
    page = ("<html><head><meta charset='utf-8'><title>Warehouse fire</title></head><body>"
            "<header><a href='/'>Northwind Blog</a></header><main><article>"
            f"<h1>Warehouse fire on the edge of town</h1>{header}<div class='entry'>{body}"
            "</div></article></main><footer><p>Northwind Blog</p></footer></body></html>")
    return normalize_page(page, "https://northwind.example/2023/fire/")[0]["stories"][0]


# --- Shapes --------------------------------------------------------------------------------
@pytest.mark.parametrize("line, place, outlet", [
    ("MOSCOW, April 10 (RIA Novosti)", "MOSCOW", "RIA Novosti"),
    ("KYIV, 3 March (Ukrinform).", "KYIV", "Ukrinform"),
    ("Berlin, 3. Mai 2021 (Reuters)", "Berlin", "Reuters"),
    ("Tuesday, April 10 (AFP)", None, "AFP"),          # a weekday is no place
])
def test_a_datelines_credit_alone_on_its_line(line: str, place: str | None,
                                               outlet: str) -> None:
    assert date_line_credit(line) == (place, outlet)


@pytest.mark.parametrize("line", [
    "May 3, 2021 (updated)",          # a date line's note, no outlet
    "MOSCOW, April 10 (Jane Doe)",    # a person in brackets
    "Moscow, April 10 (Photo)",       # a media label
    "MOSCOW (Reuters)",               # no date: a dateline's opening is read elsewhere
])
def test_other_date_lines_credit_no_outlet(line: str) -> None:
    assert date_line_credit(line) is None


def test_a_closing_dateline_credit_names_the_story_source() -> None:
    story = _story(_PARAS + "<p>MOSCOW, April 10 (RIA Novosti)</p>")
    assert story["source"] == "RIA Novosti"
    assert "RIA Novosti" not in story["text"]


@pytest.mark.parametrize("line, found", [
    ("BERLIN taz | Die Koalition hat sich am Montag nach langem Streit auf einen Kompromiss "
     "geeinigt.", ("BERLIN", "taz")),
    ("HAMBURG dpa | Der Hafen meldet für das erste Halbjahr deutlich weniger umgeschlagene "
     "Container als im Vorjahr.", ("HAMBURG", "dpa")),
])
def test_an_outlet_before_a_bar_opens_the_story(line: str, found: tuple[str, str]) -> None:
    assert bar_dateline(line) == found


@pytest.mark.parametrize("line", [
    "NEWS | Some text here about the thing that happened in town today and yesterday.",
    "HOME Sports | Some text here about the thing that happened in town today and more.",
    "BERLIN taz | Kurz.",                             # too short for a story's paragraph
    "Jane Doe | The council met on Monday to talk about the new budget for the schools.",
])
def test_other_bars_name_no_outlet(line: str) -> None:
    assert bar_dateline(line) is None


def test_an_address_then_a_place_opens_the_story() -> None:
    story = _story("<p>NORTHWINDPOST.CO, Jakarta - The county's officers were called to a "
                   "warehouse on the edge of town late on Tuesday after neighbours reported "
                   "smoke rising from its roof.</p>" + _PARAS)
    assert story["source"] == "NORTHWINDPOST.CO"  # (an outlet the table does not know: as written)
    assert story["dateline"] == "Jakarta"


# --- Precedence ----------------------------------------------------------------------------
def test_an_agency_named_a_contributor_is_a_credit_not_the_source() -> None:
    story = _story(_PARAS + "<p>The Associated Press contributed to this report.</p>"
                   "<p>— AP</p>")
    assert story["source"] is None
    assert story["credits"] == ["AP"]


def test_an_agencys_own_tagline_wins_over_a_distributors_copyright() -> None:
    story = _story(_PARAS + "<p>Doe reported from Lviv. Associated Press writer Jane Roe "
                   "contributed to this report from Kyiv.</p>"
                   "<p>© 2026 The Canadian Press</p>")
    assert story["source"] == "AP"


def test_a_copyright_notice_alone_still_names_the_source() -> None:
    story = _story(_PARAS + "<p>© 2026 The Canadian Press</p>")
    assert story["source"] == "The Canadian Press"


@pytest.mark.parametrize("line, agency", [
    ("Doe reported from Lviv. Associated Press writers Jane Roe and Max Poe contributed to "
     "this report from Kyiv.", "AP"),
    ("Reuters reporter Jane Roe contributed.", "Reuters"),
    ("He said he reported from the site. Local writers also contributed.", None),
])
def test_an_agencys_tagline_after_another_sentence(line: str, agency: str | None) -> None:
    assert agency_tagline(line) == agency


# --- Naming --------------------------------------------------------------------------------
@pytest.mark.parametrize("credit, name", [
    ("F.A.Z.", "F.A.Z."),                  # the abbreviation the paper signs with
    ("Mail Online Reporter", "Mail Online"),  # its site's brand, its newsroom's word aside
    ("The Daily Mail", "The Daily Mail"),  # a longer form, as written
    ("Pagina 12", "Página/12"),            # only the letters differ: the table's name
    ("PÁGINA 12", "Página/12"),
    ("REUTERS", "Reuters"),                # the world's agencies keep their names
    ("Agence France-Presse", "AFP"),
    ("Thomson Reuters", "Reuters"),
])
def test_an_outlet_is_named_as_its_credit_prints_it(credit: str, name: str) -> None:
    assert outlet_name(credit) == name


def test_a_byline_naming_the_outlet_as_its_site_signs() -> None:
    assert split_names("Mail Online Reporter") == ([], ["Mail Online"])
    assert split_names("F.A.Z.") == ([], ["F.A.Z."])
    assert split_names("AP, AFP and dpa") == ([], ["AP", "AFP", "dpa"])


def test_a_text_credit_in_the_byline_slot_names_the_outlet_as_printed() -> None:
    story = _story(_PARAS, header="<p class='byline'>Text: F.A.Z.</p>")
    assert story["source"] == "F.A.Z."


# --- The table -----------------------------------------------------------------------------
@pytest.mark.parametrize("credit, name", [
    ("Khaama Press", "Khaama Press"),
    ("Botswana Press Agency", "BOPA"),
    ("Sierra Leone News Agency", "SLENA"),
    ("Somali National News Agency", "SONNA"),
    ("Agence Togolaise de Presse", "Agence Togolaise de Presse"),
    ("(ATOP)", "Agence Togolaise de Presse"),
    ("Agência Noticiosa de Timor-Leste", "Tatoli"),
    ("Khaosan Pathet Lao", "Lao News Agency"),
    ("हिन्दुस्थान समाचार", "Hindusthan Samachar"),
    ("Uganda Radio Network", "Uganda Radio Network"),
])
def test_the_table_knows_more_national_agencies(credit: str, name: str) -> None:
    assert canonical_source(credit) == name
    assert outlet_name(credit) == name


@pytest.mark.parametrize("text", [
    "Mon ami est venu hier soir.",        # French "ami": =AMI only as a whole credit
    "The mana of the island was strong.",
    "Lina and her sister walked home.",
])
def test_acronyms_that_are_words_are_not_read_in_running_text(text: str) -> None:
    assert find_source(text) is None


def test_an_agency_signing_under_a_story_that_named_its_outlet_is_credited() -> None:
    story = _story("<p>NORTHWINDPOST.CO, Jakarta - The county's officers were called to a "
                   "warehouse on the edge of town late on Tuesday after neighbours reported "
                   "smoke rising from its roof.</p>" + _PARAS + "<p>ANTARA</p>")
    assert story["source"] == "NORTHWINDPOST.CO"
    assert story["credits"] == ["Antara"]
