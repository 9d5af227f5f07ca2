"""The cleaner's quicker paths of round 18 answer as the patterns they stand for.

- :func:`normalizer.stories.clean.is_prose` answers a line without a sentence's mark at
  once: the break's pattern needs one of them.
- :func:`normalizer.stories.clean.has_photo_credit` reads the credit words of a line
  outside ASCII in the line lower-cased, its "İ" and "ı" read as "i", instead of by
  ``PHOTO_CREDIT_WORD_RE`` under IGNORECASE: the same answer as long as no other character
  matches those words' letters, which the first tests read all of Unicode to show.
"""
from __future__ import annotations

import re

import pytest

from normalizer.cues import text as cues
from normalizer.stories import clean

#: Every character outside ASCII (surrogates aside), one string: each letter's pattern
#: reads it in one scan.
_BEYOND_ASCII = "".join(chr(c) for c in range(0x80, 0x110000) if not 0xD800 <= c <= 0xDFFF)


@pytest.mark.parametrize("letter", sorted(clean.CASE_PLAIN_LETTERS))
def test_plain_letters_are_matched_by_no_character_outside_ascii(letter):
    assert re.findall(letter, _BEYOND_ASCII, re.IGNORECASE) == []


def test_only_the_dotted_and_dotless_i_match_i():
    assert sorted(re.findall("i", _BEYOND_ASCII, re.IGNORECASE)) == ["İ", "ı"]


def test_lower_casing_makes_none_of_those_letters_but_from_the_dotted_capital_i():
    letters = clean.CASE_PLAIN_LETTERS | {"i"}
    made = [c for c in _BEYOND_ASCII if not letters.isdisjoint(c.lower())]
    assert made == ["İ"]


def test_the_credit_words_take_the_quick_path():
    assert clean._CREDIT_WORDS_PLAIN  # (else the pattern is asked, as before)


@pytest.mark.parametrize("line", [
    "Foto: VİA Agencia", "Fotó: vıa Twitter", "PHOTO — AFP", "Phöto: dpa", "Bild: über X",
    "vi\u0307a the wire", "Ein Bild „via“ Instagram", "Photographie de presse — «AFP»",
    "Фото: ТАСС", "写真：共同", "Crédit photo : Jean Dupont", "Der Präsident sprach lange.",
])
def test_credit_words_found_as_the_pattern_finds_them(line):
    assert not line.isascii()
    assert (clean._CREDIT_WORD_IN(clean._dotted_i_lower(line)) is not None) \
        == (cues.PHOTO_CREDIT_WORD_RE.search(line) is not None)


def _prose_by_parts(text: str) -> bool:
    """is_prose as it read every line: split at sentence breaks, two long parts."""
    parts = [p for p in clean._SENTENCE_BREAK.split(text)
             if len(p.split()) >= clean.PROSE_SENTENCE_MIN_WORDS and any(map(str.isalpha, p))]
    return len(parts) >= 2


@pytest.mark.parametrize("line", [
    "Two sentences here, one after another. And then the second one comes",
    "No mark at all in this long line of words that goes on and on",
    "Wiesbaden (KNA) – Der Bischof sagte am Montag… Dann ging er nach Hause",
    "यह पहला वाक्य है। यह दूसरा वाक्य है",
    "这是第一句。这是第二句", "One. Two", "Photo: AFP / Getty Images",
])
def test_is_prose_as_by_parts(line):
    assert clean.is_prose(line) == _prose_by_parts(line)
