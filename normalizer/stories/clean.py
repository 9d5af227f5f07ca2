"""Cleaning: decide, block by block, what is story text, metadata or cruft.

Rules read the patterns of :mod:`normalizer.cues.text` and look at a block's neighbours
(a caption follows an image or its alt text; a link title follows "See also:"). They
mark blocks (:meth:`Block.mark`); nothing is deleted here, so the record can list what
was removed and why. Headlines are decided later, by the splitter, which needs the
story boundaries.
"""
from __future__ import annotations

import re

from normalizer.cues import text as cues
from normalizer.cues.outlets import SIGNOFF_MAX_WORDS, signoff_source
from normalizer.model import BlockKind, MetaKind, RemovedKind
from normalizer.stories.blocks import CRUFT, IMAGE, META, SEP, TEXT, Block, fold
from normalizer.text.dates import parse_date, split_date_line

_SENTENCE_END = re.compile(r"[.!?…;:。！？][\"'”’»)\]」』]*\s*$")
CAPTION_MAX_WORDS = 60
# A dated sentence right after an image is its caption up to this many words.
CAPTION_DATED_MAX_WORDS = 40


def is_sentence(text: str) -> bool:
    """Ends like a sentence (the usual end of a story paragraph)."""
    return bool(_SENTENCE_END.search(text))


def is_promo(block: Block) -> bool:
    if block.words > cues.PROMO_MAX_WORDS or not cues.PROMO_RE.search(block.text):
        return False
    return bool(cues.READER_ADDRESS_RE.search(block.text)) or block.link_only or block.words <= 8


def is_chrome(block: Block) -> bool:
    if cues.CHROME_RE.match(block.text):
        return True
    low = block.folded.strip(" :.|·•")
    if low in cues.CHROME_WORDS:
        return True
    words = re.split(r"[\s|·•,/]+", low)
    bare = [w.strip(":()0123456789") for w in words]
    return 0 < len(words) <= 8 and all(w in cues.CHROME_WORDS or not w for w in bare)


def _neighbours(blocks: list[Block], i: int, step: int, limit: int = 2):
    """Up to ``limit`` text-bearing or image neighbours of block ``i`` in one direction."""
    j = i + step
    seen = 0
    while 0 <= j < len(blocks) and seen < limit:
        yield blocks[j]
        seen += 1
        j += step


def _after_image(blocks: list[Block], i: int) -> bool:
    """The block comes right after an image (an alt-text line may stand between)."""
    for prev in _neighbours(blocks, i, -1, 2):
        return prev.role == IMAGE or (
            prev.role == CRUFT and prev.cruft_kind == RemovedKind.IMAGE_ALT)
    return False


def _caption_shaped(block: Block) -> bool:
    """Short and not a sentence, or carrying a caption-only marker."""
    if block.kind in (BlockKind.HEAD, BlockKind.ITEM) or block.words > CAPTION_MAX_WORDS:
        return False
    if cues.POSITION_MARKER_RE.search(block.text):
        return True
    if block.words <= CAPTION_DATED_MAX_WORDS and parse_date(block.text):
        return True  # wire captions say when the photo was taken: "..., May 2, 2018."
    return not is_sentence(block.text) \
        and not block.text.lower().startswith(("http://", "https://", "www."))


def classify(blocks: list[Block], *, dump: bool = False) -> None:
    """Mark cruft and metadata blocks in place (see the module docstring)."""
    alts = {fold(b.alt) for b in blocks if b.role == IMAGE and b.alt}
    counts: dict[str, int] = {}
    for b in blocks:
        if b.role == TEXT:
            counts[b.folded] = counts.get(b.folded, 0) + 1

    for b in blocks:
        if b.role != TEXT:
            continue
        text = b.text
        if cues.SEPARATOR_RE.match(text):
            b.mark(SEP)
        elif cues.IMAGE_ALT_RE.match(text) or b.folded in alts:
            b.mark(CRUFT, RemovedKind.IMAGE_ALT)
        elif (b.words <= CAPTION_MAX_WORDS and cues.PHOTO_CREDIT_RE.search(text)) or \
                (b.words <= cues.PHOTO_LABEL_MAX_WORDS and cues.PHOTO_LABEL_RE.match(text)):
            b.mark(CRUFT, RemovedKind.CAPTION)
        elif (cues.COPYRIGHT_RE.match(text) and b.words <= 25) or \
                (cues.COPYRIGHT_START_RE.match(text) and b.words <= cues.COPYRIGHT_MAX_WORDS):
            b.mark(CRUFT, RemovedKind.COPYRIGHT)
        elif is_chrome(b):
            b.mark(CRUFT, RemovedKind.CHROME)
        elif b.words <= SIGNOFF_MAX_WORDS and signoff_source(text):
            b.mark(CRUFT, RemovedKind.COPYRIGHT)
            b.notes["signoff"] = True
        elif cues.RELATED_LABEL_ONLY_RE.match(text) \
                or (cues.RELATED_RE.match(text) and b.words <= 30) or \
                (b.words <= cues.RELATED_POINTER_MAX_WORDS and cues.RELATED_POINTER_RE.match(text)):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
        elif cues.PROMO_LINK_RE.search(text) and not is_sentence(text) and b.words <= 20:
            b.mark(CRUFT, RemovedKind.PROMO)
        elif is_promo(b):
            b.mark(CRUFT, RemovedKind.PAYWALL if cues.PAYWALL_WORDS_RE.search(text)
                   else RemovedKind.PROMO)
        elif b.link_only and not is_sentence(text) and 3 <= b.words <= 25 and b.kind == BlockKind.P:
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
        else:
            is_date, _rest = split_date_line(text)
            if is_date:
                b.mark(META, MetaKind.DATE)
            elif cues.BYLINE_RE.match(text) and b.words <= 12 and not is_sentence(text.rstrip(".")):
                b.mark(META, MetaKind.BYLINE)

    # Second pass: rules that need the first pass's marks around them.
    for i, b in enumerate(blocks):
        if b.role != TEXT:
            continue
        prev = blocks[i - 1] if i else None
        # A line right after "See also:" / "Read more:" with no sentence end: the link title.
        if prev is not None and prev.role == CRUFT and prev.cruft_kind == RemovedKind.RELATED_LINK \
                and (cues.RELATED_LABEL_ONLY_RE.match(prev.text) or prev.notes.get("after_label")) \
                and not is_sentence(b.text) and b.words <= 25:
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            # a list of links goes on
            b.notes["after_label"] = b.kind == BlockKind.ITEM or b.link_only
            continue
        # A caption pasted as a paragraph after an image (or after its alt text).
        if _after_image(blocks, i) and _caption_shaped(b):
            b.mark(CRUFT, RemovedKind.CAPTION)
            continue
        if b.kind not in (BlockKind.HEAD, BlockKind.ITEM) and b.words <= CAPTION_MAX_WORDS \
                and cues.POSITION_MARKER_RE.search(b.text) \
                and not is_sentence(b.text):
            b.mark(CRUFT, RemovedKind.CAPTION)
            continue
        # The same short non-sentence line twice in one post: alt text, captions, link titles.
        # (Pages mark link titles by their markup; a dump has only the repetition.)
        if counts.get(b.folded, 0) > 1 and (dump or b.link_only) and not is_sentence(b.text) \
                and b.words >= 4 and b.kind == BlockKind.P:
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            continue

    _alt_prefixes(blocks)
    if dump:
        _page_header(blocks)


def _alt_prefixes(blocks: list[Block]) -> None:
    """A line that repeats the start of the caption next to it is the image's alt text.

    Flattened pages show an image's alt text, then its caption, which often is the alt
    text again plus a credit ("Soldiers on the border" / "Soldiers on the border. (photo
    credit: ...)"), sometimes with other quote marks.
    """
    for i, b in enumerate(blocks):
        if b.role != TEXT or b.words < 3:
            continue
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if nxt is not None and nxt.role == TEXT and b.kind == nxt.kind == BlockKind.P:
            a, c = _norm_alt(b.text), _norm_alt(nxt.text)
            if min(len(a), len(c)) >= 15 and (c.startswith(a) or a.startswith(c)):
                b.mark(CRUFT, RemovedKind.IMAGE_ALT)
                nxt.mark(CRUFT, RemovedKind.CAPTION)
                continue
        for other in (blocks[i - 1] if i else None, blocks[i + 1] if i + 1 < len(blocks) else None):
            if other is None or other.role != CRUFT \
                    or other.cruft_kind not in (RemovedKind.CAPTION, RemovedKind.IMAGE_ALT):
                continue
            a, c = _norm_alt(b.text), _norm_alt(other.text)
            if a and (c.startswith(a) or a.startswith(c)) and min(len(a), len(c)) >= 15:
                b.mark(CRUFT, RemovedKind.IMAGE_ALT)
                break


def _norm_alt(text: str) -> str:
    return re.sub(r"[\W_]+", " ", fold(text)).strip()


def _page_header(blocks: list[Block]) -> None:
    """Lines of a flattened archive page before its first post: the page's own header."""
    for b in blocks:
        if b.role == TEXT and cues.ARCHIVE_HEADER_RE.match(b.text) and b.words <= 12:
            b.mark(CRUFT, RemovedKind.CHROME)
            continue
        if b.role in (CRUFT, IMAGE, SEP):
            continue
        break
