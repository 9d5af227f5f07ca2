"""The page's own name as the page credits itself (round dsrc21,
``normalizer/stories/rhythm.py``): a site that writes its name as its web address on lines
of their own ("Pelda.hu" atop the page and over its stories) is named by that address, as a
story's "Quelle: ORF.at" names ORF.at, not by the bare name its publisher's © line gives."""
from __future__ import annotations

from normalizer.stories.blocks import Block, BlockKind, BlockRole
from normalizer.stories.page_sources import _own_address, page_source


def _blocks(lines: list[str]) -> list[Block]:
    return [Block(text=line, role=BlockRole.CRUFT) for line in lines]


def test_a_site_writing_its_name_as_its_address_is_named_so() -> None:
    blocks = _blocks(["Pelda.hu", "Menü", "Belföld Külföld Sport", "pelda.hu", "Pelda Kiadó"])
    assert _own_address(blocks, "Pelda") == "Pelda.hu"


def test_the_spelling_written_most_wins() -> None:
    blocks = _blocks(["Pelda.hu", "pelda.hu", "pelda.hu", "Rovatok"])
    assert _own_address(blocks, "Pelda") == "pelda.hu"


def test_one_line_with_the_address_is_not_enough() -> None:
    assert _own_address(_blocks(["Pelda.hu", "Menü", "Pelda Kiadó"]), "Pelda") is None


def test_another_sites_address_or_an_address_in_a_sentence_names_nothing() -> None:
    blocks = _blocks(["bolt.pelda.hu", "bolt.pelda.hu", "Üdvözöljük a pelda.hu oldalon!",
                      "Olvassa a pelda.hu híreit", "masik.hu", "masik.hu"])
    assert _own_address(blocks, "Pelda") is None


def test_a_page_without_such_lines_keeps_its_name() -> None:
    def known(text: str) -> str | None:
        return "Pelda" if "Pelda" in text else None

    blocks = _blocks(["Pelda", "Menü", "Belföld", "© 2021 Pelda"])
    assert page_source(blocks, known, known) == "Pelda"
    blocks = _blocks(["Pelda.hu", "Menü", "pelda.hu", "© 2021 Pelda"])
    assert page_source(blocks, known, known) == "Pelda.hu"  # (a tie: the first line)


def test_a_menus_bulleted_links_are_no_credit() -> None:
    blocks = [Block(text=line, kind=BlockKind.ITEM, role=BlockRole.CRUFT)
              for line in ("Pelda.com", "Pelda.de", "Pelda.com")]
    assert _own_address(blocks, "Pelda") is None
