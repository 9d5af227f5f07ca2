"""The block: one paragraph-like unit of a post, whatever the input kind.

HTML pages (through trafilatura's structure-preserving output) and flattened text dumps
are both turned into a flat list of :class:`Block`; everything after that (cleaning,
splitting, attribution) works on blocks only, so the two input kinds share one set of
rules. A block keeps the visual cues the rules need: heading level, whole-bold,
whole-link, an image and its alt text, and for dumps the blank lines before it.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from normalizer.model import BlockKind, BlockRole, MetaKind, RemovedKind

# The roles under their short names, as the cleaning and splitting rules read them.
TEXT = BlockRole.TEXT
HEADLINE = BlockRole.HEADLINE
META = BlockRole.META
CRUFT = BlockRole.CRUFT
SEP = BlockRole.SEP
IMAGE = BlockRole.IMAGE

_BULLET = re.compile(r"^\s*(?:[•·▪◦‣●■□*]|-(?=\s))\s*")


@dataclass
class Block:
    text: str                 # the visible text, inner whitespace folded (no-break spaces kept)
    kind: BlockKind = BlockKind.P
    level: int = 0            # heading level for kind == "head"
    bold: bool = False        # the whole text is bold
    italic: bool = False      # the whole text is italic
    link_only: bool = False   # the whole text is one or more links
    alt: str = ""             # alt text of an image block
    gap: int = 0              # blank lines before the block (text dumps)
    role: BlockRole = BlockRole.TEXT
    cruft_kind: RemovedKind | MetaKind | None = None  # why CRUFT / which META line
    notes: dict = field(default_factory=dict)

    @cached_property
    def folded(self) -> str:
        """Lower-cased, whitespace-folded text for comparisons."""
        return fold(self.text)

    @property
    def words(self) -> int:
        """Its length in words; Chinese and Japanese, written without spaces, count a
        word for every two characters. (Asked dozens of times a block by the cleaning
        and splitting rules: counted once per text.)"""
        counted = self.__dict__.get("_words")
        if counted is None or counted[0] is not self.text:
            counted = self.__dict__["_words"] = (self.text, word_count(self.text))
        return counted[1]

    @property
    def caption_markup(self) -> bool:
        """Set as a picture's caption is set where the editor has no caption field (Tumblr's
        text posts): a paragraph all in italics. The cleaner asks it of a line under a
        picture. (Caption markup that the page marks by class is taken out before
        extraction.)"""
        return self.kind == BlockKind.P and self.italic and not self.bold

    def mark(self, role: BlockRole, kind: RemovedKind | MetaKind | None = None) -> None:
        self.role = role
        self.cruft_kind = kind

    def retext(self, text: str) -> None:
        """Give the block a new text (a rule cut its tail or its number off), forgetting
        the fold cached from the old one (the word count checks its text itself)."""
        self.text = text
        self.__dict__.pop("folded", None)


# Han characters and kana: scripts written without spaces between words.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Thai, Lao, Myanmar and Khmer: also written without spaces between words (a space there
# ends a phrase or a sentence), their words longer in letters and marks than Chinese ones.
_UNSPACED_LONG = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
#: Letters and marks of those scripts counted as a word.
UNSPACED_LONG_WORD_CHARS = 4


def word_count(text: str) -> int:
    """Words of ``text``: space-separated tokens, a word per two Han or kana characters
    (a 30-character Chinese sentence is about 15 words, not one), and in a token of Thai,
    Lao, Myanmar or Khmer a word per :data:`UNSPACED_LONG_WORD_CHARS` of its letters and
    marks (a Thai menu entry of one token is a few words, its sentence of one token many)."""
    tokens = text.split()
    if text.isascii():
        return len(tokens)
    han = _UNSPACED.search(text) is not None
    long_script = _UNSPACED_LONG.search(text) is not None
    if not han and not long_script:
        return len(tokens)
    words = 0
    for t in tokens:
        if han and _UNSPACED.search(t):
            continue  # (counted with the text's other Han and kana below)
        n = len(_UNSPACED_LONG.findall(t)) if long_script else 0
        words += max(1, n // UNSPACED_LONG_WORD_CHARS) if n else 1
    if han:
        words += max(1, len(_UNSPACED.findall(text)) // 2)
    return words


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Whitespace-folded, lower-cased, quote-normalised text, for matching lines. (Asked of
    each line by the cleaner, through :attr:`Block.folded`, and of the same lines again by
    the splitter's title tests: on the AEB pages 13,031 times of some 4,500 texts.
    Answered once.)"""
    if not text.isascii():  # NFKC and the quotes leave ASCII text as it is
        text = unicodedata.normalize("NFKC", text)
        for typographic, plain in _QUOTES:  # str.replace: far quicker than str.translate
            if typographic in text:
                text = text.replace(typographic, plain)
    # (split and join fold the runs of whitespace as a search for "\s+" and strip would, in
    # a fifth of the time: all read whitespace as str.isspace does)
    return " ".join(text.split()).lower()


# Typographic quotes and dashes as their plain forms (no plain form is itself replaced).
_QUOTES = (("“", '"'), ("”", '"'), ("„", '"'), ("«", '"'), ("»", '"'), ("‘", "'"), ("’", "'"),
           ("‚", "'"), ("′", "'"), ("–", "-"), ("—", "-"))


_SPACES = re.compile(r"[ \t\r\n\f\v\u200b]+")
_UNFOLDED = re.compile(r"[\t\r\n\f\v\u200b]|  ")


#: A combining accent typed after its letter ("e" + U+0301), in the blocks of combining marks
#: Latin, Greek, Cyrillic and Vietnamese text use, and kana's sound marks.
_COMBINING_ACCENT = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff"
                               "\ufe20-\ufe2f\u3099\u309a]")


def clean_text(text: str) -> str:
    """Fold runs of ordinary whitespace to one space, keeping no-break spaces as they are;
    soft hyphens (hints where a browser may break a word) go: in stored text they split
    the word for every search ("Mag\xadda\xadle\xadner"); a letter typed with a combining
    accent composed (NFC), so one word is one string whatever the page's encoding of its
    letters. Only then: NFC also takes apart the letters Unicode excludes from composition,
    which Bengali and Hindi pages write whole (U+09DC "ড়", U+095B "ज़"), and the story's text
    is the page's own."""
    if not text.isascii():
        if not unicodedata.is_normalized("NFC", text) and _COMBINING_ACCENT.search(text):
            text = unicodedata.normalize("NFC", text)
        text = text.replace("\xad", "")
    if "  " in text or (not text.isprintable() and _UNFOLDED.search(text)):
        # (else every run is one plain space: nothing to fold; the characters of
        # _UNFOLDED's class are none printable, and most lines are printable all through,
        # told in one C pass: 0.6x the search's time on the AEB pages' 20,590 texts)
        text = _SPACES.sub(" ", text)
    return text.strip(" \t\r\n\u00a0")


def strip_bullet(text: str) -> str:
    return _BULLET.sub("", text, count=1)
