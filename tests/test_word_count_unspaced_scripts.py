"""Words of scripts written without spaces between them, as the blocks count them.

Chinese and Japanese count a word per two Han or kana characters; Thai, Lao, Myanmar and
Khmer (also unspaced, a space ending a phrase or a sentence) a word per four letters and
marks of a token, so that a Thai sentence of one token is many words and a Thai menu of
one-token entries is a few words an entry, as the menu and sentence counts of the
extraction need (``normalizer.stories.extract._menu_words``).
"""
from __future__ import annotations

from normalizer.stories.blocks import UNSPACED_LONG_WORD_CHARS, word_count


def test_spaced_and_han_texts_count_as_before():
    assert word_count("The quick brown fox") == 4
    assert word_count("Привет, мир") == 2
    assert word_count("中国人习以为常的地方") == 5  # ten Han characters
    assert word_count("BBC 报道截图") == 1 + 2


def test_a_thai_sentence_of_one_token_is_many_words():
    sentence = "ภาษาไทยเป็นภาษาที่ไม่มีการเว้นวรรคระหว่างคำ"  # one token, 42 letters and marks
    assert word_count(sentence) == len(sentence) // UNSPACED_LONG_WORD_CHARS
    assert word_count(sentence) >= 8


def test_a_thai_menu_entry_is_at_least_one_word_each():
    assert word_count("ข่าว กีฬา บันเทิง") == 3
    assert word_count("หน้าแรก") == 1
