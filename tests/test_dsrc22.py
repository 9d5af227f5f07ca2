"""A page's own name from its stories' credit slots (round dsrc22,
``normalizer/stories/rhythm.py``): a site whose staff's stories carry the site's name
before the date ("Peldahon • 2021. május 8."), as others carry their writer's ("Kiss
Anna • ..."), is named so, not by the first line of a flattened page (its edition menu,
a town), where the page has no © line and the first line is no outlet."""
from __future__ import annotations

from normalizer.stories.blocks import Block, BlockRole
from normalizer.stories.page_sources import _self_credited, page_source


def _unknown(text: str) -> str | None:
    return None


def _blocks(lines: list[str]) -> list[Block]:
    return [Block(text=line, role=BlockRole.CRUFT) for line in lines]


CARDS = ["Peldahon   •   2021. május 08., szombat", "Kiss Anna   •   2021. május 08., szombat",
         "Peldahon   •   2021. május 07., péntek", "Nagy Béla   •   2021. május 07., péntek"]


def test_the_site_named_in_the_credit_slots_is_the_pages_name() -> None:
    assert _self_credited(_blocks(CARDS), _unknown) == "Peldahon"


def test_it_wins_over_a_first_line_that_is_no_outlet() -> None:
    blocks = _blocks(["Kisváros", "Rovatok", *CARDS])
    assert page_source(blocks, _unknown, _unknown) == "Peldahon"


def test_writers_names_and_one_mention_name_no_site() -> None:
    writers = ["Kiss Anna • 2021. május 08.", "Nagy Béla • 2021. május 07.",
               "Kiss Anna • 2021. május 06."]
    assert _self_credited(_blocks(writers), _unknown) is None
    assert _self_credited(_blocks(["Peldahon • 2021. május 08.", *writers]), _unknown) is None


def test_two_sites_in_the_slots_name_none() -> None:
    blocks = _blocks(["Peldahon • 2021. május 08.", "Peldahon • 2021. május 07.",
                      "Masikhon • 2021. május 08.", "Masikhon • 2021. május 07."])
    assert _self_credited(blocks, _unknown) is None


def test_a_first_line_naming_an_outlet_stays() -> None:
    def known(text: str) -> str | None:
        return "Pelda Hírek" if text.strip() == "Pelda Hírek" else None

    blocks = _blocks(["Pelda Hírek", "Rovatok", *CARDS])
    assert page_source(blocks, known, known) == "Pelda Hírek"
