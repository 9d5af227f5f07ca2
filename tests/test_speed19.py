"""The quicker paths of speed round 19 answer as what they stand for.

- :func:`normalizer.stories.blocks.clean_text` asks its whitespace pattern only of a text
  with two spaces in a row or a character that is not printable: every character of the
  pattern's class is one (all of Unicode is read to show it).
- :func:`normalizer.stories.blocks.fold` is kept per text: the answer is the function's.
- :func:`normalizer.pages.credits.text_nodes_with` reads no script's or style's text (the
  nodes it finds are compared with its XPath in ``tests/test_page_fast_paths.py``; here on
  a page whose script holds the words searched).
"""
from __future__ import annotations

import re

import pytest
from lxml import etree

from normalizer.pages import credits
from normalizer.stories import blocks

#: Every character (surrogates aside), one string.
_ALL = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)


def test_the_unfolded_class_holds_no_printable_character():
    single = re.compile(blocks._UNFOLDED.pattern.split("|")[0])
    found = single.findall(_ALL)
    assert found and not any(c.isprintable() for c in found)


def _clean_text_by_the_pattern(text: str) -> str:
    """clean_text as it read before: the pattern asked of every text."""
    import unicodedata

    if not text.isascii():
        # (round 31: composed only where an accent is typed apart from its letter)
        if blocks._COMBINING_ACCENT.search(text) and not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
        text = text.replace("\xad", "")
    if blocks._UNFOLDED.search(text):
        text = blocks._SPACES.sub(" ", text)
    return text.strip(" \t\r\n\u00a0")


@pytest.mark.parametrize("text", [
    "", " ", "a b", "a  b", "a\tb", "a\nb", "a\r\nb", "a\fb", "a\vb", "a\u200bb",
    "a\u00a0 b", " a\u00a0", "a\u2028b", "a\x00b", "Mag\xadda\xadle\xadner", "e\u0301 x",
    "\u3000全角\u3000", "a \u200b b", "tab\t", "x" * 300 + "  y",
])
def test_clean_text_is_the_pattern_s(text: str):
    assert blocks.clean_text(text) == _clean_text_by_the_pattern(text)


def test_clean_text_on_every_character_between_words():
    for c in _ALL[:0x3100]:
        text = f"one{c}two {c}three"
        assert blocks.clean_text(text) == _clean_text_by_the_pattern(text), hex(ord(c))


@pytest.mark.parametrize("text", [
    "Plain text", "„Zitat“ – Ende", "Ｆｕｌｌ\u00a0width", "  a\n b  "])
def test_fold_kept_is_fold(text: str):
    blocks.fold.cache_clear()
    first = blocks.fold(text)
    assert first == blocks.fold.__wrapped__(text) == blocks.fold(text)


def test_text_nodes_with_skips_scripts_and_reads_tails_and_comments():
    tree = etree.fromstring(
        "<html><body><script>var word = 'needle';</script><p>a needle here</p>"
        "<style>.needle{}</style>tail needle<!-- needle in a comment -->after needle"
        "<div><span>x</span>needle tail</div></body></html>")
    found = [(str(n), n.getparent().tag if isinstance(n.getparent().tag, str) else "comment",
              n.is_tail) for n in credits.text_nodes_with(tree, "needle", "zzz")]
    assert found == [("a needle here", "p", False), ("tail needle", "style", True),
                     ("after needle", "comment", True), ("needle tail", "span", True)]
    assert [str(n) for n in credits._CANDIDATES(tree, w1="needle", w2="zzz")] \
        == [f[0] for f in found]
