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
