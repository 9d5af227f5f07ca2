"""Round 43: a site named by its address in the © line and in words on its own lines, and a
site named before "is a publication of" its company. Sporting News' footer reads "© 2011
SportingNews.com and its licensors" while its masthead and labels read "Sporting News";
Healthcare IT News' reads "© 2012 Healthcare IT News is a publication of MedTech Media, a
division of the HIMSS Media Group." Round dumps36's pages (``fixtures/real/dumps``)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues import openers
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _sources(name: str) -> list[str | None]:
    text = (_DUMPS / name).read_text(encoding="utf-8")
    return [s["source"] for s in normalize_text(text, _URL)["stories"]]


def test_a_site_read_as_its_address_is_named_as_its_lines_spell_it() -> None:
    sources = _sources("sportingnews-raiders-cable-2011.txt")
    assert sources[0] == "AP"  # the report's agency credit stands
    assert set(sources[1:]) == {"Sporting News"}


def test_the_site_a_company_publishes_is_the_source_not_the_company() -> None:
    assert set(_sources("healthcareitnews-kansas-hie-2012.txt")) == {"Healthcare IT News"}
    m = openers.SITE_PUBLISHER_RE.match("© 2012 Healthcare IT News is a publication of "
                                        "MedTech Media, a division of the HIMSS Media Group.")
    assert m is not None and m.group("name") == "Healthcare IT News"
    m = openers.SITE_PUBLISHER_RE.match("Daily Courier is a product of Courier Media Ltd.")
    assert m is not None and m.group("name") == "Daily Courier"


def test_a_copyright_holding_the_sites_address_names_the_site_as_its_blurb_spells_it() -> None:
    # "© https://theislandnow.com |Contact Us: ..." under "About us": "... and its website
    # The Island Now." (the group's papers, "Manhasset Times", "Roslyn Times", ... are no site)
    assert set(_sources("theislandnow-northwell-trials-2020.txt")) == {"The Island Now"}


def test_an_address_spelled_in_lower_case_prose_is_not_the_sites_name() -> None:
    story = ("Budget passes after long debate\n\nThe council met on Tuesday to discuss the new "
             "budget for the coming year, which includes funds for roads.\n\nMembers voted five "
             "to two in favour of the plan after a long debate about the costs of the bridge.\n\n"
             "About us\n\nWe write about the daily courier of goods in town.\n\n"
             "© https://dailycourier.example.com |Contact Us: 1 Main Street\n")
    assert set(_sources_of(story)) != {"daily courier"}


def _sources_of(text: str) -> list[str | None]:
    return [s["source"] for s in normalize_text(text, _URL)["stories"]]
