"""Round 44: sources read from a © holder's house word, a writer's bio, a portal's opening
credit without its dash, and no score ticker or follow-us button taken for a name. Round
dumps37's pages (``fixtures/real/dumps``, SOURCES.md)."""
from __future__ import annotations

from pathlib import Path

from normalizer.cues.outlets import outlet_name
from normalizer.pipeline import normalize_text

_URL = "file:///page.txt"
_DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _sources(name: str) -> list[str | None]:
    text = (_DUMPS / name).read_text(encoding="utf-8")
    return [s["source"] for s in normalize_text(text, _URL)["stories"]]


def test_a_holders_house_word_is_dropped_where_the_page_names_the_site_without_it() -> None:
    # "© 2024 Patch Media. All Rights Reserved." over "About Patch", "Contact Patch", ...
    assert _sources("patch-murrieta-mountain-biker-2024.txt") == ["Patch"]


def test_a_writers_bio_names_the_outlet_they_are_an_editor_at() -> None:
    # "Alex Malcolm is an associate editor at ESPNcricinfo" under the story; the score
    # ticker's "RESULT • 1st T20I • Kingston" is no credit slot (no date after the bullet)
    assert _sources("espncricinfo-bbl-high-performance-2024.txt") == ["ESPNcricinfo"]
    assert outlet_name("ESPNcricinfo", strict=True) == "ESPNcricinfo"
    assert outlet_name("McKay", strict=True) is None  # (a person's name)


def test_a_portals_opening_credit_names_it_without_its_dash() -> None:
    # "Liputan6.com, Jakarta Kabar bahagia ...": the mark after the place lost in the copy
    assert _sources("liputan6-uhm-ki-joon-wedding-2024.txt") == ["Liputan6.com"]


def test_a_follow_us_button_names_no_site() -> None:
    # "Follow us on Facebook" three times: "Follow" is the button's verb, no site's name
    assert "Follow" not in _sources("physicsworld-defence-diversification-1998.txt")
