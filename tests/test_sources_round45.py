"""Round 45: sources read from a footer line naming the site and the company that holds the
page's ©, and from a © line whose rights phrase is misspelt. Round dumps38's pages
(``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.openers import RIGHTS_RESERVED_RE
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _sources(text: str) -> list[str | None]:
    return [s["source"] for s in normalize_text(text, _URL)["stories"]]


def _page(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_a_site_part_of_the_company_holding_the_copyright_is_the_source() -> None:
    # "Android Central is part of Future US Inc, an international media group ..." over
    # "© Future US, Inc. Full 7th Floor, ..."
    assert _sources(_page("androidcentral-motorola-mwc-2017.txt")) == ["Android Central"]


def test_a_part_of_line_naming_another_company_than_the_holder_names_no_site() -> None:
    page = _page("androidcentral-motorola-mwc-2017.txt").replace(
        "Android Central is part of Future US Inc", "Android Central is part of Acme Group")
    assert _sources(page) != ["Android Central"]


def test_a_misspelt_rights_phrase_is_no_part_of_the_holders_name() -> None:
    # "Copyright(c) 2019 BUZZAP！ All Rights Resered."
    assert _sources(_page("buzzap-reduced-tax-rate-2019.txt")) == ["BUZZAP！"]
    assert RIGHTS_RESERVED_RE.search("All Rights Resered.")
    assert RIGHTS_RESERVED_RE.search("All rights reserved")
