"""Attribution, round 14: a page's writers read from its author slot, a dump story's date
from its header, agencies by their usual abbreviation, a Chinese lead's wire credit.

The pages and dumps are real: the held-out sets' saved news pages
(``tests/fixtures/real/heldout*``) and the dump corpus (``tests/fixtures/real/dumps``),
origins and licences in each folder's ``SOURCES.md``; markup excerpts are cut from them.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from lxml import html as lxml_html

from normalizer.cues.outlets import canonical_source
from normalizer.pages import credits
from normalizer.pipeline import normalize_page, normalize_text
from normalizer.stories.attribute import cjk_wire_lead

REAL = Path(__file__).parent / "fixtures" / "real"


def _first_story(set_name: str, path: str) -> dict:
    page = (REAL / set_name / "site" / path / "index.html").read_bytes()
    return normalize_page(page, f"https://example.org/{path}/")[0]["stories"][0]


# --- The author slot's writers ------------------------------------------------------------
@pytest.mark.parametrize(("set_name", "path", "byline"), [
    # a writer's link (/autor/) in the slot "article_author"
    ("heldout11b", "2025/02/11/su-24-polish-airspace", ["Juliusz Sabak"]),
    # a link to /author/ in the author card, above a date
    ("heldout10", "2022/03/04/employment-pass-points-system", ["Chew Hui Min"]),
    # schema.org itemprop="author" holding the name
    ("heldout10", "2022/06/23/comunidad-energetica-paso-a-paso", ["Antonio Barrero F."]),
    # a Chinese writer's link in the author box, under the first paragraph
    ("heldout11", "2025/11/30/taiwan-t-dome-defence-spending", ["左依"]),
])
def test_a_pages_author_slot_names_its_writers(set_name: str, path: str,
                                               byline: list[str]) -> None:
    assert _first_story(set_name, path)["byline"] == byline


def _slot(header: str) -> list[str]:
    """The writers :func:`credits._slot_people` reads in ``header``'s lines (every text
    of the excerpt taken as the post's header)."""
    tree = lxml_html.fromstring(f"<html><body><article>{header}</article></body></html>")
    nodes = [t for t in tree.xpath("//text()") if t.strip()]
    return credits._slot_people(nodes, frozenset())


@pytest.mark.parametrize(("header", "byline"), [
    ('<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> and '
     '<a href="/author/john-roe">John Roe</a></div>', ["Jane Doe", "John Roe"]),
    ('<p class="byline">By MAGGIE HABERMAN</p>', ["Maggie Haberman"]),  # the slot's capitals
    ('<div class="c-article-contributors">Από <a href="/profiles/1">Méabh Mc Mahon</a></div>',
     ["Méabh Mc Mahon"]),  # a writer's profile link after the Greek label
    ('<div class="c-article-contributors">Από <a href="/tag/x">Méabh Mc Mahon</a></div>',
     []),  # no author word in class or link: no slot
    ('<span class="author">Από: Méabh Mc Mahon</span>', ["Méabh Mc Mahon"]),
    ('<div class="author">Af Jens Hansen</div>', ["Jens Hansen"]),  # a label without colon
    ('<div class="author"><a rel="author" href="/x">Antonio Barrero F.</a></div>',
     ["Antonio Barrero F."]),  # an initial keeps its dot
])
def test_the_slots_names_are_read_off_their_labels(header: str, byline: list[str]) -> None:
    assert _slot(header) == byline


@pytest.mark.parametrize("header", [
    # the slot's other lines: a place, a date, a desk, a role, an author box's label
    '<div class="c-signature"><strong class="c-signature__location">São Paulo</strong></div>',
    '<div class="author">Posted Monday</div>',
    '<div class="author">CHQ Staff</div>',
    '<div class="author"><a href="/author/x">Telegraph Sport</a></div>',
    '<div class="author">Senior Contributor</div>',
    '<div class="author-box"><a href="/author/x">About Jane Doe</a></div>',
    '<div class="author">Reuters</div>',  # an outlet: the story's source, no writer
    '<div class="author">By</div>',
    '<div class="author">Илья Московец © URA.RU</div>',  # a picture's credit
])
def test_the_slots_other_lines_name_no_writer(header: str) -> None:
    assert _slot(header) == []


# --- A dump story's date: its header's ----------------------------------------------------
def _dump_dates(name: str) -> tuple[list, list]:
    text = (REAL / "dumps" / f"{name}.txt").read_text(encoding="utf-8")
    gold = json.loads((REAL / "dumps" / f"{name}.gold.json").read_text(encoding="utf-8"))
    stories = normalize_text(text, "https://example.org/")["stories"]
    return [s["published"] for s in stories], [s["published"] for s in gold["stories"]]


@pytest.mark.parametrize("name", [
    "lbci-trump-2026",        # "2026-01-08 | 12:42", a bare date line taken for chrome
    "newsam-hraparak-2020",   # "08:22, 24.11.2020"
    "ilanga-izimbuzi-2024",   # the page's today above the headline, the story's under it
])
def test_a_dump_storys_date_is_its_headers(name: str) -> None:
    produced, gold = _dump_dates(name)
    assert produced[0] == gold[0]


def test_a_blog_posts_date_above_its_title_is_kept_over_one_deep_in_the_text() -> None:
    # "20. Oktober 2013" above the title; "Auflage: 1 (27. Mai 2013)" in a book's facts
    produced, gold = _dump_dates("buchperlen-blog-post-2013")
    assert produced[0] == gold[0] == "2013-10-20"


# --- The table and the Chinese wire lead --------------------------------------------------
@pytest.mark.parametrize("credit", ["PA", "PA Media", "(PA)", "PA Wire"])
def test_pa_is_named_by_its_abbreviation(credit: str) -> None:
    assert canonical_source(credit) == "PA"


@pytest.mark.parametrize(("lead", "agency"), [
    ("法新社消息称，台湾政府计划在未来八年内增加国防开支", "AFP"),
    ("据路透社报道，美国政府周一宣布", "Reuters"),
    ("路透社報導稱：美國政府週一宣布", "Reuters"),
    ("人民网消息称，今年以来", None),   # an outlet, no wire agency
    ("他报道，这是第一次", None),
])
def test_a_chinese_lead_credits_the_agency_it_reports(lead: str, agency: str | None) -> None:
    assert cjk_wire_lead(lead) == agency


def test_the_rfi_page_credits_afp_and_keeps_no_source() -> None:
    story = _first_story("heldout11", "2025/11/30/taiwan-t-dome-defence-spending")
    assert (story["source"], story["credits"]) == (None, ["AFP"])


def test_an_avatars_initials_are_no_agency() -> None:
    # "PA" over "Povilas Aleksandravičius, ..." (the author box's avatar): not PA, the
    # agency; the page's own outlet is the column's source
    text = (REAL / "dumps" / "lrt-judas-2024.txt").read_text(encoding="utf-8")
    assert normalize_text(text, "https://example.org/")["stories"][0]["source"] == "LRT"


def test_a_sign_off_under_the_last_paragraph_names_the_wire() -> None:
    # SPIEGEL's copy of a dpa story: "pbe/dpa" in an element of its own under the text
    story = _first_story("heldout12", "2025/01/07/nvidia-desktop-ai-supercomputer")
    assert story["source"] == "dpa"
