"""Agency credits a page's layout hides (round sources15, heldout13b's shapes): a source
label joined atop the first paragraph by a layout table ("Πηγή: ΑΠΕ 22/12/11-18:44 |"), a
sign-off of the site's address and the agency in a credit element under the text
("health.in.gr, ΑΠΕ"), a Chinese agency's opener taken for a picture's caption
("新华社...1月10日电"), a courtesy line under the story ("Dzięki uprzejmości: PAP - ..."),
and an agency written in its script's short form named by its usual name (ΑΠΕ-ΜΠΕ)."""
from __future__ import annotations

import pytest

from normalizer.cues.outlets import as_written
from normalizer.pipeline import normalize_page
from normalizer.stories.attribute import opening_label_source

_EL = "".join(f"<p>Οι γυναίκες πρέπει να επικοινωνήσουν με τον γιατρό τους, παράγραφος {i} με "
              "αρκετές λέξεις για ένα άρθρο ειδήσεων.</p>" for i in range(4))
_PL = "".join(f"<p>Osoby z cukrzycą typu 2 często nie pracują z powodu choroby, akapit {i} z "
              "wystarczającą liczbą słów.</p>" for i in range(4))


def _source(body: str, url: str = "https://example.gr/a/1/") -> str | None:
    html = f"<html><head><meta charset='utf-8'></head><body>{body}</body></html>"
    return normalize_page(html, url)[0]["stories"][0]["source"]


@pytest.mark.parametrize("text, found", [
    ("Πηγή: ΑΠΕ \u00a022/12/11-18:44 |\nNα επικοινωνήσουν με τον θεράποντα γιατρό", "ANA-MPA"),
    ("Source: Reuters\nThe minister said on Tuesday ...", "Reuters"),
    ("Πηγή: ΑΠΕ 22/12/11", None),  # no prose under the line: a line of its own, read elsewhere
    ("The source: a long first line that is prose and runs on\nand on", None),
])
def test_a_source_label_atop_the_first_paragraph(text: str, found: str | None) -> None:
    assert opening_label_source(text) == found


def test_an_agency_in_its_scripts_short_form_is_named_by_its_usual_name() -> None:
    assert as_written("ANA-MPA", ["Πηγή: ΑΠΕ"]) == "ΑΠΕ-ΜΠΕ"
    assert as_written("ANA-MPA", ["(ANA-MPA) Athens"]) == "ANA-MPA"


def test_a_site_and_agency_signoff_in_a_credit_element_under_the_text() -> None:
    body = (f"<div class='article'><h1>Ελονοσία: Ασφαλής η Λακωνία</h1><div><div>{_EL}</div></div>"
            "<p class='credits'>health.in.gr, ΑΠΕ</p></div>")
    assert _source(body, "https://health.in.gr/news/a/1/") == "ΑΠΕ-ΜΠΕ"


def test_a_chinese_agency_opener_under_a_picture_credits_the_agency() -> None:
    paras = "".join(f"<p>一年一度的国际消费电子展被视为电子科技领域的风向标，"
                    f"第{i}段有足够的文字。</p>" for i in range(4))
    body = ("<article><h1>拉斯韦加斯国际消费电子展四大看点</h1><img src='a.jpg' alt=''>"
            "<p>新华社美国拉斯韦加斯1月10日电 综述：拉斯韦加斯国际消费电子展四大看点</p>"
            f"{paras}</article>")
    assert _source(body, "https://example.cn/a/1.html") == "Xinhua"


@pytest.mark.parametrize("line, source", [
    ("Dzięki uprzejmości: PAP - Nauka w Polsce", "PAP"),
    ("Dzięki uprzejmości: Jan Kowalski", None),  # a person lent it: no agency
])
def test_a_courtesy_line_under_the_story_names_the_agency(line: str, source) -> None:
    body = f"<article><h1>65-75 proc. osób z cukrzycą nie pracuje</h1>{_PL}<p>{line}</p></article>"
    assert _source(body, "https://example.pl/a/1/") == source
