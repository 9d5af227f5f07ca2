"""A paper's own web address names the paper (round 20, ``normalizer/cues/outlets.tsv``).

A newsletter mailed under its media group's © line ("Copyright 2018 <Group>. All rights
reserved.") names the paper it carries only in its chrome, and by the paper's address
("More news on timesofindia.com"). The page's own name is then the outlet its lines name
(``page_sources._named_outlet``), which needs the table to know the address as the paper's."""
from __future__ import annotations

from normalizer.model import RemovedKind
from normalizer.stories.blocks import Block, BlockRole
from normalizer.stories.page_sources import page_source
from normalizer.stories.split import find_outlet, known_outlet


def _newsletter(chrome: str) -> list[Block]:
    text = BlockRole.TEXT
    cruft = BlockRole.CRUFT
    return [
        Block(text="Rates held for a third month", role=BlockRole.HEADLINE),
        Block(text="The central bank kept its policy rate unchanged on Thursday.", role=text),
        Block(text="Markets had expected the pause after inflation eased.", role=text),
        Block(text=chrome, role=cruft, cruft_kind=RemovedKind.CHROME),
        Block(text="Our mailing address is:", role=cruft, cruft_kind=RemovedKind.CHROME),
        Block(text="Copyright 2018 Times Internet. All rights reserved. Unsubscribe",
              role=cruft, cruft_kind=RemovedKind.COPYRIGHT),
    ]


def test_the_papers_address_names_the_paper() -> None:
    assert known_outlet("timesofindia.com") == "Times of India"
    assert find_outlet("Thanks for reading. More news on timesofindia.com") == "Times of India"


def test_a_newsletter_under_its_groups_copyright_is_the_papers() -> None:
    blocks = _newsletter("Thanks for reading. We are ready with more news on timesofindia.com")
    assert page_source(blocks, known_outlet, find_outlet) == "Times of India"


def test_without_the_papers_name_the_group_stays() -> None:
    blocks = _newsletter("Thanks for reading. See you tomorrow morning.")
    assert page_source(blocks, known_outlet, find_outlet) == "Times Internet"
