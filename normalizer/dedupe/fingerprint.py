"""64-bit SimHash of a story's text, for finding the same wire story reposted.

The same Reuters story shows up in many posts with small differences: a caption
line the cleaner missed, the last paragraph cut, curly quotes made straight, a
"Read more:" line, other whitespace. Two copies should land within Hamming
distance 3 (see :mod:`normalizer.dedupe.index`), two different stories far apart.

How, and why:

- The text is normalized first (Unicode NFKC, casefold, apostrophes dropped,
  every other non-word character a separator), so quotes, dashes, non-breaking
  spaces and paragraph joins do not matter at all.
- Lines that are reposting furniture rather than the story (photo credits,
  "Read more" pointers, source labels: :func:`is_furniture`, by the cleaner's cues)
  are left out.
- Features are word 3-grams ("shingles"); a shared name or a shared boilerplate
  sentence moves a different story only a little towards another.
- Features are weighted by where they stand: full weight in the lead
  (:data:`LEAD_WORDS`), then fading with a half-life of :data:`HALF_LIFE_WORDS`.
  A news story is identified by its lead, and reposts cut tails, so a cut last
  paragraph barely moves the hash; with equal weights it moves it by ~9 bits on
  a five-paragraph story. Weights are small integers; a feature of weight 0 is
  dropped, which also bounds the work on very long texts.
- Each shingle is hashed with BLAKE2b (8 bytes): stable across processes and
  machines, unlike Python's salted ``hash()``. Bits are counted column-wise over
  the concatenated digests: each column of bytes read as one integer, the bytes with
  a bit set counted by ``int.bit_count`` of it masked (C speed).

The constants were tuned with ``benchmarks/bench_dedupe.py`` on generated
variants; change them only with that benchmark's figures in hand, since every
fingerprint already stored would change with them.
"""
from __future__ import annotations

import hashlib
import logging
import math
import re
import unicodedata

from normalizer.cues import text as cues
from normalizer.stories.clean import has_photo_credit

logger = logging.getLogger(__name__)

#: Words per shingle.
SHINGLE = 3
#: Words at the start of the story that carry full weight.
LEAD_WORDS = 40
#: After the lead, a feature's weight halves every this many words.
HALF_LIFE_WORDS = 20
#: A furniture line longer than this is a caption glued to story text: kept whole
#: rather than losing the paragraph (costs a few bits instead of the lead).
MAX_FURNITURE_WORDS = 40
#: Weight of a full-weight feature (weights are integers 0..MAX_WEIGHT).
MAX_WEIGHT = 8

def is_furniture(line: str) -> bool:
    """A reposting-furniture line (photo credit, caption label, read-more pointer, source
    or copyright label), by the cleaner's own cues (:mod:`normalizer.cues.text`). The
    credit pattern, searched all along the line, is asked through the cleaner's
    pre-check (:func:`~normalizer.stories.clean.has_photo_credit`: its answer, asked
    only of lines holding what every credit holds)."""
    return bool(has_photo_credit(line) or cues.PHOTO_LABEL_RE.match(line)
                or cues.IMAGE_ALT_RE.match(line) or cues.RELATED_RE.match(line)
                or (len(line.split()) <= cues.RELATED_POINTER_MAX_WORDS
                    and cues.RELATED_POINTER_RE.match(line))
                or cues.RELATED_LABEL_ONLY_RE.match(line) or cues.COPYRIGHT_RE.match(line)
                or cues.COPYRIGHT_START_RE.match(line))


_APOSTROPHES = re.compile(r"['\u2018\u2019\u02bc\u2032`]")
_WORD = re.compile(r"\w+")
_HEX = re.compile(r"^[0-9a-f]{16}$")

def position_weights() -> list[int]:
    """Integer weight of the shingle starting at each word position, until it rounds to 0."""
    out: list[int] = []
    i = 0
    while True:
        fade = 1.0 if i < LEAD_WORDS else math.pow(0.5, (i - LEAD_WORDS) / HALF_LIFE_WORDS)
        w = round(MAX_WEIGHT * fade)
        if not w:
            return out
        out.append(w)
        i += 1


_WEIGHTS = position_weights()



def normalized_lines(text: str, max_words: int | None = None) -> list[list[str]]:
    """The words the fingerprint sees, by line: furniture lines out, NFKC, casefolded,
    apostrophes dropped, any other non-word character a separator.

    Stops after the line that brings the count to ``max_words`` (default: as many
    as carry weight), so a long story costs no more than its lead.
    """
    if max_words is None:
        max_words = len(_WEIGHTS) + SHINGLE
    out = []
    n = 0
    for line in text.splitlines():
        folded = _APOSTROPHES.sub("", unicodedata.normalize("NFKC", line).casefold())
        words = _WORD.findall(folded)
        if not words or (len(words) <= MAX_FURNITURE_WORDS and is_furniture(line.strip())):
            continue
        out.append(words)
        n += len(words)
        if n >= max_words:
            break
    return out


def weighted_shingles(lines: list[list[str]]) -> list[tuple[str, int]]:
    """(shingle, integer weight) pairs; shingles run across line breaks.

    A shingle's weight is MAX_WEIGHT x the weight of its position (full in the
    lead, then fading); the work stops once that has rounded to 0.
    """
    words = [w for line in lines for w in line]
    if not words:
        return []
    if len(words) < SHINGLE:
        return [(" ".join(words), MAX_WEIGHT)]
    out = []
    for i in range(len(words) - SHINGLE + 1):
        w = _WEIGHTS[i] if i < len(_WEIGHTS) else 0
        if not w:
            break
        out.append((" ".join(words[i:i + SHINGLE]), w))
    return out


def simhash_features(features: list[tuple[str, int]]) -> int:
    """The 64-bit SimHash of weighted features (each bit: weighted majority of the digests)."""
    blake = hashlib.blake2b
    digests = b"".join(blake(s.encode(), digest_size=8).digest() * w for s, w in features)
    total = len(digests) // 8
    # (a column of bytes as one integer: masked with bit b of every byte, its set bits are
    # the digests with that bit set; half the time of a translation and a count of bytes)
    masks = [int.from_bytes(bytes((1 << bit,)) * total, "big") for bit in range(8)]
    value = 0
    for byte_pos in range(8):
        column = int.from_bytes(digests[byte_pos::8], "big")
        shift = (7 - byte_pos) * 8
        for bit in range(8):
            if 2 * (column & masks[bit]).bit_count() > total:
                value |= 1 << (shift + bit)
    return value


def simhash_hex(text: str) -> str:
    """The story fingerprint: 64-bit SimHash of ``text`` as 16 lowercase hex digits."""
    return f"{simhash_features(weighted_shingles(normalized_lines(text))):016x}"


def hamming(a_hex: str, b_hex: str) -> int:
    """Number of differing bits between two fingerprints (16 hex digits each)."""
    for fp in (a_hex, b_hex):
        if not isinstance(fp, str) or not _HEX.match(fp):
            raise ValueError(f"not a fingerprint (16 lowercase hex digits): {fp!r}")
    return (int(a_hex, 16) ^ int(b_hex, 16)).bit_count()
