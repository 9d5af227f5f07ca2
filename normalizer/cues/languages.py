"""Languages the detector cannot name, as data (read by :mod:`normalizer.stories.language`).

langdetect knows 55 languages. Text in a script none of them is written in gets a wrong
answer, not "und" (Armenian comes out as Estonian); text in a language close to one it
knows gets the neighbour (Bosnian comes out as Croatian). Two tables mend that:

- :data:`SCRIPTS`: scripts written by one language the detector lacks, by code point
  range. A story whose letters are mostly in one of them is in that language; the
  detector is not asked.
- :data:`RELATIVES`: a language the detector lacks, and the close languages it answers
  for it. Where a page declares such a language (``<html lang="bs-BA">``) and the
  detector answers one of its relatives for a story, the page's declaration decides:
  the detector cannot tell them apart, the page's authors can.
- :data:`SCRIPT_NEEDED`: languages the detector may answer for text that lacks the
  script they are always written with (Traditional Chinese read as Korean, whose profile
  holds Hanja n-grams, though the text has no Hangul).
- :data:`QUOTES`: quotation marks whose spans are left out of the text the language is
  told on (a Tagalog story quoting English statements is Tagalog).
"""
from __future__ import annotations

#: (ISO 639-1 code, inclusive code point ranges) of scripts used by one language the
#: detector has no profile for. (Ethiopic is Amharic's and Tigrinya's; Amharic is by far
#: the larger press.)
SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...]], ...] = (
    ("hy", ((0x0530, 0x058F), (0xFB13, 0xFB17))),                  # Armenian
    ("ka", ((0x10A0, 0x10FF), (0x1C90, 0x1CBF), (0x2D00, 0x2D2F))),  # Georgian
    ("am", ((0x1200, 0x139F), (0x2D80, 0x2DDF))),                  # Ethiopic
    ("km", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),                  # Khmer
    ("lo", ((0x0E80, 0x0EFF),)),                                   # Lao
    ("my", ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F))),  # Myanmar
    ("si", ((0x0D80, 0x0DFF),)),                                   # Sinhala
    ("bo", ((0x0F00, 0x0FFF),)),                                   # Tibetan
    ("dv", ((0x0780, 0x07BF),)),                                   # Thaana (Dhivehi)
    ("or", ((0x0B00, 0x0B7F),)),                                   # Odia
    ("mn", ((0x1800, 0x18AF),)),                                   # Mongolian script
)

#: Share of a story's letters that must be in one script of :data:`SCRIPTS`.
SCRIPT_SHARE = 0.5

#: Declared language -> the detector's answers that stand for it (its close relatives
#: among the detector's profiles). Only languages the detector has no profile for.
RELATIVES: dict[str, frozenset[str]] = {
    "bs": frozenset({"hr", "sl", "mk"}),
    "sr": frozenset({"hr", "sl", "mk", "bg", "ru"}),
    "be": frozenset({"ru", "uk"}),
    "kk": frozenset({"ru", "uk", "bg", "mk"}),
    "ky": frozenset({"ru", "uk", "bg", "mk"}),
    "tg": frozenset({"ru", "uk", "bg", "mk"}),
    "az": frozenset({"tr"}),
    "ms": frozenset({"id"}),
    "gl": frozenset({"pt", "es"}),
    "lb": frozenset({"de", "nl"}),
    "fy": frozenset({"nl"}),
    "nb": frozenset({"da", "sv"}),
    "nn": frozenset({"da", "sv"}),
}

#: A declared code written the detector's way: Norwegian Bokmål and Nynorsk are "no".
DECLARED_AS = {"nb": "no", "nn": "no"}


#: The detector's code -> the code point ranges of a script text in that language always
#: holds. Where the detector's first answer is one of these and the sample has none of
#: the script's letters, the answer is impossible and the next one is taken: Korean is
#: written with Hangul (Hanja alone never makes a Korean story), Japanese with kana.
#: Pure Han text is Chinese.
SCRIPT_NEEDED: dict[str, tuple[tuple[int, int], ...]] = {
    "ko": ((0x1100, 0x11FF), (0x3130, 0x318F), (0xAC00, 0xD7AF)),  # Hangul
    "ja": ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)),  # hiragana, katakana
}

#: (opening, closing) quotation marks whose spans are others' words: a story's language
#: is that of its writer's own words, not that of what it quotes (Taglish: Tagalog
#: narration around English statements). A span left open runs to the paragraph's end
#: (a quote over several paragraphs opens each one without closing it). CJK corner
#: brackets are not here: in Chinese they quote Chinese as often as not.
QUOTES: tuple[tuple[str, str], ...] = (
    ("\u201c", "\u201d"),  # “ ”
    ("\u201e", "\u201c"),  # „ “
    ("\u00ab", "\u00bb"),  # « »
)

#: The writer's own words must be at least this share of the sample's letters for the
#: quotes to be left out; a story that is mostly quotes is told by them.
OWN_WORDS_SHARE = 0.2
