"""The quicker paths of speed round 20 answer as what they stand for.

- :func:`normalizer.stories.clean._ad_signed` asks its pattern only of a paragraph whose
  closing run of letters is the last word of an ad label: it answers as the pattern asked
  of every paragraph does, on lines built around every label of the tables with every
  sign, bracket, space and case, and with every character of Unicode's first planes
  before, inside and after the label.
- :func:`normalizer.stories.clean._follow_line` asks its verb's pattern only of a line where
  the stems of the networks' names stand (:data:`normalizer.stories.clean._NETWORK_NAME_AT`):
  those stand wherever ``NETWORK_NAME_RE`` finds a name, in every case, beside every
  character of Unicode's first planes, and in lines of other scripts.
- :func:`normalizer.dedupe.fingerprint.simhash_features` counts each bit's digests by the
  masked integer's ``bit_count``: the fingerprints of the count by ``bytes.translate``,
  on random features of every weight and on no features.
"""
from __future__ import annotations

import itertools

from normalizer.cues import text as cues
from normalizer.stories import clean
from normalizer.stories.blocks import Block

_LABELS = sorted({*cues.AD_LABELS, *cues.AD_SIGN_SHORT_LABELS})


def _ad_by_the_pattern(text: str) -> bool:
    """The rule as it reads without its first test."""
    found = cues.AD_SIGN_END_RE.search(text)
    if found is None:
        return False
    label = found.group("label").casefold()
    return label in cues.AD_LABELS or label in cues.AD_SIGN_SHORT_LABELS


def _same(text: str) -> None:
    assert (clean._ad_signed(Block(text), set()) is not None) == _ad_by_the_pattern(text), text


def test_ad_signs_with_every_label_sign_and_end() -> None:
    signs = ("— *", "—", "–", "-", "*", "(", "[", "- *", "— ", "--", ")", ":", "")
    ends = ("", ".", "!", ")", "]", ").", "] !", " .", "\xa0", ".\n", "?", ",", "s", "1", "_")
    cases = (str, str.upper, str.title)
    seen = 0
    for label, sign, end, case in itertools.product(_LABELS, signs, ends, cases):
        for before in ("Get your quotes now. ", "x", "2024 ", ""):
            _same(f"{before}{sign}{case(label)}{end}")
            seen += 1
    assert seen > 10000


def test_ad_signs_beside_every_character() -> None:
    for code in range(0x3100):
        c = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        for text in (f"Buy it now. — *ad{c}", f"Buy it now. — *{c}ad.", f"Buy it now. ({c}Anzeige)",
                     f"Buy it now. [Sponsored{c}content]", f"Text {c}- Reklama", f"x{c}"):
            _same(text)


def _network_lines():
    fillers = ("Follow us on ", "Síguenos en ", "x", "", "Folgen Sie uns auf ", "关注我们 ",
               "2024 ", "— ", "«", "l’")
    for name in cues.NETWORK_NAMES:
        for case in (str, str.upper, str.title, str.swapcase):
            for before in fillers:
                for after in ("", ".", " and WhatsApp", "x", "’s page", "\u00a0news"):
                    yield f"{before}{case(name)}{after}"
    for code in range(0x3100):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        yield from (f"Follow us on {c}Facebook", f"Follow us on Face{c}book", f"Follow{c}us",
                    f"{c}Google News", f"Google{c}News", f"ikuti kami di {c}instagram")


def test_network_stems_stand_where_the_pattern_finds_a_name() -> None:
    seen = 0
    for line in _network_lines():
        if cues.NETWORK_NAME_RE.search(line):
            assert clean._NETWORK_NAME_AT(line), line
            seen += 1
    assert seen > 5000


def test_follow_lines_as_without_the_stems() -> None:
    def without(b: Block):
        saved = clean._NETWORK_NAME_AT
        clean._NETWORK_NAME_AT = lambda text: True
        try:
            return clean._follow_line(b, set())
        finally:
            clean._NETWORK_NAME_AT = saved

    for line in _network_lines():
        b = Block(line)
        assert clean._follow_line(b, set()) == without(Block(line)), line


def _simhash_by_translation(features: list[tuple[str, int]]) -> int:
    """The fingerprint as it was counted before: a translation and a count a bit."""
    import hashlib

    bit_of = [bytes((v >> b) & 1 for v in range(256)) for b in range(8)]
    digests = b"".join(hashlib.blake2b(s.encode(), digest_size=8).digest() * w
                       for s, w in features)
    total = len(digests) // 8
    value = 0
    for byte_pos in range(8):
        column = digests[byte_pos::8]
        for bit in range(8):
            if 2 * column.translate(bit_of[bit]).count(1) > total:
                value |= 1 << ((7 - byte_pos) * 8 + bit)
    return value


def test_simhash_counts_bits_as_the_translation_did() -> None:
    import random

    from normalizer.dedupe import fingerprint

    rng = random.Random(20)
    assert fingerprint.simhash_features([]) == _simhash_by_translation([]) == 0
    for size in (1, 2, 3, 7, 40, 121, 500):
        for _ in range(40):
            features = [(f"w{rng.random()} x{i}", rng.randint(1, fingerprint.MAX_WEIGHT))
                        for i in range(size)]
            assert fingerprint.simhash_features(features) == _simhash_by_translation(features)
