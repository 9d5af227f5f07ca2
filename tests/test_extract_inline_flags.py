"""Whole-bold, whole-italic, whole-link of a block, as trafilatura's body marks them.

A block is bold (italic, a link) when the text of its bold (italic, link) elements
covers its text, one character aside (a full stop after a bold line). A block of one
character (a bullet, a dash, a digit standing alone) is bold only when that character
is: it used to count as bold, italic and a link with no such element in it, and the
cleaner read such lines as headings or link titles.
"""
from __future__ import annotations

import pytest
from lxml import etree

from normalizer.stories.extract import body_to_blocks


def _flags(inner: str) -> tuple[bool, bool, bool]:
    """The flags of the one block of a body ``<p>inner</p>`` in trafilatura's XML."""
    body = etree.fromstring(f"<body><p>{inner}</p></body>")
    blocks = body_to_blocks(body)
    assert len(blocks) == 1
    b = blocks[0]
    return b.bold, b.italic, b.link_only


@pytest.mark.parametrize("inner", ["•", "—", "7", "*"])
def test_a_one_character_paragraph_without_markup_is_plain(inner: str) -> None:
    assert _flags(inner) == (False, False, False)


def test_a_one_character_paragraph_in_bold_is_bold_only() -> None:
    assert _flags('<hi rend="#b">•</hi>') == (True, False, False)


def test_a_one_character_paragraph_beside_an_empty_link_is_no_link() -> None:
    assert _flags('<ref target="x"/>•') == (False, False, False)


def test_a_bold_line_with_its_full_stop_outside_is_bold() -> None:
    assert _flags('<hi rend="#b">Read more</hi>.') == (True, False, False)


def test_a_line_half_in_italics_is_not_italic() -> None:
    assert _flags('<hi rend="#i">Half</hi> of it') == (False, False, False)


def test_a_link_line_is_a_link() -> None:
    assert _flags('<ref target="u">Next story</ref>') == (False, False, True)
