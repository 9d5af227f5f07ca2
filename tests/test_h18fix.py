"""Shapes heldout18's agency pages showed (round 19): a Russian wire's regional service in
its dateline ("ИНТЕРФАКС-ЦЕНТР"), a Chinese agency's dispatch bracket behind a lead-in
glued before it, a paper's relay line naming the agency it carries, and a contact box of
department lines ending in e-mail addresses. Invented lines."""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import as_written
from normalizer.pages.credits import _relay_bracket
from normalizer.stories.attribute import agency_dot_dateline, agency_telling
from normalizer.stories.blocks import TEXT, Block
from normalizer.stories.clean import _contact_list


@pytest.mark.parametrize("line, found", [
    ("Тула. 17 января. ИНТЕРФАКС-ЦЕНТР - Компания направит на охрану труда 45 млн рублей.",
     ("Тула", "Interfax")),
    ("Ростов-на-Дону. 5 марта. ИНТЕРФАКС-ЮГ - Власти региона объявили о ремонте дорог.",
     ("Ростов-на-Дону", "Interfax")),
    # a regional name the table does not know as a wire's is no wire's service
    ("Тула. 17 января. КВАДРА-ЦЕНТР - Компания направит на охрану труда 45 млн рублей.",
     None),
])
def test_a_wires_regional_service_in_the_dateline_credits_the_wire(
        line: str, found: tuple[str, str] | None) -> None:
    assert agency_dot_dateline(line) == found


def test_interfax_keeps_its_canonical_name_in_a_russian_story() -> None:
    assert as_written("Interfax", ["Как передает Интерфакс, об этом сообщили в полиции."]) \
        == "Interfax"


@pytest.mark.parametrize("text, agency", [
    # a table's label and the headline glued before the dispatch bracket
    ("| 社會生活 | | |\n某男詐領保險金 遭起訴 （中央社記者王小明台北11日電）某男涉嫌詐領保險金。",
     "Central News Agency"),
    ("（中央社記者王小明台北11日電）某男涉嫌詐領保險金。", "Central News Agency"),
    # a bracket deep in the paragraph is a quotation's, not the opening's
    ("某男涉嫌詐領保險金，檢方今天偵結，依詐欺罪將他起訴，並建請法院從重量刑，"
     "起訴書指出，他陸續向四家保險公司申請給付保險金，但保險公司均察覺有異，拒絕理賠並報警，"
         "檢察官審酌他犯後否認犯行，飾詞狡辯，依詐欺罪嫌起訴"
     "（中央社記者王小明台北11日電）", None),
])
def test_a_dispatch_bracket_behind_a_glued_lead_in_credits_the_agency(
        text: str, agency: str | None) -> None:
    assert agency_telling([Block(text=text, role=TEXT)]) == agency


@pytest.mark.parametrize("line, agency", [
    ("【世界日報╱法新社華盛頓9日電】", "AFP"),
    ("【法新社巴黎9日電】", "AFP"),
    ("【世界日報╱記者王小明台北報導】", None),   # the paper's own reporter
    ("【2012/01/10 世界日報】", None),            # the print edition's line
])
def test_a_papers_relay_line_names_the_agency_it_carries(line: str,
                                                         agency: str | None) -> None:
    assert _relay_bracket(line) == agency


@pytest.mark.parametrize("text, box", [
    ("Back issues and offers sales@example.gr | Print advertising ads@example.gr\n"
     "Job applications jobs@example.gr | Web advertising web@example.gr", True),
    ("Newsroom news@example.org\nAdvertising ads@example.org", True),
    ("Reporter: Jane Doe jane@example.org", False),   # one line: a sign-off, read elsewhere
    ("The ministry said questions can be sent to press@example.org.\n"
     "Officials will answer them next week.", False),
])
def test_a_box_of_contact_lines_is_no_story(text: str, box: bool) -> None:
    assert _contact_list(text) is box
