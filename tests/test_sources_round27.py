"""Round 27: source shapes (issue 10).

- a byline's part that ends in a trade is the writer's role, not an outlet;
- a page's promo for the outlet's own app names the outlet of a story pasted with it;
- outlets table rows: Express, BR24.
"""
from __future__ import annotations

from normalizer.cues.outlets import canonical_source
from normalizer.stories.attribute import byline_names


def test_a_bylines_role_is_no_outlet() -> None:
    assert byline_names("Jon King, News Reporter") == (["Jon King"], [])
    assert byline_names("Jane Doe, Senior Correspondent") == (["Jane Doe"], [])


def test_a_role_with_a_known_outlet_names_it() -> None:
    assert byline_names("Jane Doe, BBC Correspondent") == (["Jane Doe"], ["BBC"])


def test_a_byline_outlet_without_a_trade_still_counts() -> None:
    people, outlets = byline_names("Jane Doe, Premium Times")
    assert people == ["Jane Doe"] and outlets == ["Premium Times"]


def _pasted(*lines: str) -> str | None:
    """The source a post's pasted chrome names: a paragraph of the story, then ``lines``
    the cleaner took out as chrome."""
    from normalizer.model import RemovedKind
    from normalizer.stories.attribute import pasted_chrome_source
    from normalizer.stories.blocks import CRUFT, TEXT, Block

    blocks = []
    for text, role in [("The council met on Tuesday to vote on the plan, which passed.", TEXT),
                       *((line, CRUFT) for line in lines)]:
        b = Block(text=text)
        b.mark(role, RemovedKind.CHROME if role == CRUFT else None)
        blocks.append(b)
    return pasted_chrome_source(blocks)


def test_an_app_promo_names_the_outlet() -> None:
    assert _pasted("Suivez l'actualité avec l'application du Figaro") == "Le Figaro"
    assert _pasted("Read more in the BBC News app") == "BBC"
    assert _pasted("Get the New York Times app.") == "The New York Times"


def test_an_app_promo_without_a_name_names_no_one() -> None:
    assert _pasted("Download the app now") is None
    assert _pasted("Open in the App Store") is None


def test_two_apps_are_two_sites_chrome() -> None:
    assert _pasted("Read more in the BBC News app", "Get the New York Times app.") is None


def test_express_and_br24_rows() -> None:
    assert canonical_source("Daily Express") == "Express"
    assert canonical_source("EXPRESS.CO.UK") == "Express"
    assert canonical_source("BR24") == "BR24"
    assert canonical_source("Bayerischer Rundfunk") == "BR24"


def test_a_paper_and_its_city_closing_the_story_name_its_source() -> None:
    from normalizer.stories.attribute import paper_and_city
    from normalizer.stories.blocks import Block

    assert paper_and_city([Block(text="The Daily Observer (Banjul)")]) == "The Daily Observer"
    assert paper_and_city([Block(text="Vanguard (Lagos)")]) == "Vanguard"


def test_a_person_or_an_aside_in_brackets_is_no_paper() -> None:
    from normalizer.stories.attribute import paper_and_city
    from normalizer.stories.blocks import Block

    assert paper_and_city([Block(text="Jane Doe (Paris)")]) is None
    assert paper_and_city([Block(text="He said (laughs)")]) is None
    assert paper_and_city([Block(text="See the chart (PDF)")]) is None
