"""Round 42: sources a page gives behind its company's name, in a pointer to the original, in
quotes inside its ©, and not by a partner's address. Accountancy Age's © names "Incisive
Media Investments Limited" while its follow-us lines say "Accountancy Age on Twitter"; Breaking
Soup closes with "Read the entire article here: comicbook.com"; Deadline's print footer gives
its address under its group's "© 2013 PMC"; Radio Kielce's © reads
'Polskie Radio Regionalna Rozgłośnia w Kielcach "Radio Kielce" S.A.'; realestate.com.au's
footer lists partner sites ("news.com.au") under a menu's "News". Round dumps35's pages
(``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.outlets import credit_line_source
from normalizer.pipeline import normalize_text
from normalizer.stories.page_sources import is_media_group

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _read(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def _sources(text: str) -> list[str | None]:
    return [s["source"] for s in normalize_text(text, _URL)["stories"]]


def test_follow_us_lines_name_the_site_behind_its_companys_copyright() -> None:
    assert _sources(_read("accountancyage-ifrs-big-bang-2011.txt")) == ["Accountancy Age"]


def test_a_pointer_to_the_entire_article_names_its_source() -> None:
    assert _sources(_read("breakingsoup-south-park-broncos-2020.txt")) == ["comicbook.com"]
    assert credit_line_source("Read the full story: Reuters") == "Reuters"
    assert credit_line_source("Read the whole article here: example.org") == "example.org"


def test_the_brand_in_quotes_inside_a_company_copyright_is_the_site() -> None:
    assert _sources(_read("radiokielce-bitwa-regionow-2023.txt")) == ["Radio Kielce"]


def test_a_partners_address_spelling_a_menu_word_names_no_site() -> None:
    assert _sources(_read("realestate-kenthurst-dinosaurs-2020.txt")) == ["realestate.com.au"]


def test_publishing_groups_are_no_sites() -> None:
    assert is_media_group("PMC")
    assert is_media_group("Penske Media Corporation")
    assert not is_media_group("Deadline")


_STORY = ("Budget passes after long debate\n\nThe council met on Tuesday to discuss the new "
          "budget for the coming year, which includes funds for roads.\n\nMembers voted five "
          "to two in favour of the plan after a long debate about the costs of the bridge.\n\n")


def test_a_quoted_word_in_a_plain_copyright_line_is_still_its_holder() -> None:
    page = _STORY + 'Copyright © 2023 "Daily Courier" Ltd. All rights reserved.\n'
    assert _sources(page) == ["Daily Courier"]


def test_a_print_footers_address_names_the_site_under_its_groups_copyright() -> None:
    """Deadline: "© 2013 PMC" (its group), "This article was printed from
    http://www.deadline.com/..." and "Deadline" alone atop the page."""
    assert _sources(_read("deadline-big-media-podcast-2013.txt")) == ["Deadline"]
