"""Round 46: sources named by the page's footer and menus where its © line names the company
or sits after the footer's links, and a "via" line that lists the writer's references.
Round dumps39's pages (``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.outlets import credit_line_source
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _sources(text: str) -> list[str | None]:
    return [s["source"] for s in normalize_text(text, _URL)["stories"]]


def _page(name: str) -> str:
    return (_DUMPS / name).read_text(encoding="utf-8")


def test_the_about_link_names_the_site_behind_a_companys_copyright() -> None:
    # "Copyright © Mynavi Corporation" under "マイナビニュースについて" and
    # "マイナビニュース公式SNS"
    assert _sources(_page("mynavi-winrar-vulnerability-2019.txt")) == ["マイナビニュース"]


def test_the_about_link_alone_on_no_other_line_names_no_site() -> None:
    page = _page("mynavi-winrar-vulnerability-2019.txt").replace(
        "マイナビニュース公式SNS", "公式SNS")
    assert _sources(page) != ["マイナビニュース"]


def test_the_holder_after_the_footers_links_on_the_copyright_line() -> None:
    # "Privacy Policy | Terms & Conditions | © Copyright 2016, The Political Insider"
    assert _sources(_page("politicalinsider-faithless-electors-2016.txt")) == [
        "The Political Insider"]


def test_via_a_list_of_outlets_is_the_writers_references_not_the_source() -> None:
    assert credit_line_source("(Via CNN, Fox News and ABC News)") == ""
    assert credit_line_source("via Reuters") == "Reuters"
    # the site's name closes its channels' taglines ("Indie Music on UPROXX", "NBA on UPROXX")
    assert _sources(_page("uproxx-giuliani-secretary-of-state-2016.txt")) == ["UPROXX"]
