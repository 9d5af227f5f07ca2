"""The cleaner's round-16 shortcuts give the answers of the tests they stand before.

Each is checked against the slower test it spares (kept here as the reference), on the
lines of the project's real text dumps (``tests/fixtures/real/dumps``: news in many
languages and scripts) and on lines built from the cue lists themselves, in the case
variants the regex engine takes for one letter ("i" and dotless "ı", "K" and the Kelvin
sign, "ss" and "ß").
"""
from __future__ import annotations

import random
from pathlib import Path

from normalizer.cues import text as cues
from normalizer.model import BlockKind, BlockRole, RemovedKind
from normalizer.stories import clean
from normalizer.stories.blocks import Block

DUMPS = Path(__file__).parent / "fixtures" / "real" / "dumps"


def _real_lines() -> list[str]:
    lines = [line.strip() for path in sorted(DUMPS.glob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(lines) > 1000, "the real text dumps are missing"
    return lines


def _variants(words: list[str], seed: int) -> list[str]:
    """Each word alone, in capitals, title case, with "ı" for "i", inside a sentence, and
    glued to another word (where a stem found "at a word's start" must not be found)."""
    rnd = random.Random(seed)
    out = []
    for w in words:
        out += [w, w.upper(), w.title(), w.replace("i", "ı"), w.replace("k", "\u212a"),
                f"The {w} of it all.", f"x{w}", f"{w}: {rnd.choice(words)}", f" {w} ... "]
    return out


def test_notice_rows_stems_answer_as_their_state_patterns() -> None:
    """``_NOTICE_STATES``: each row's stems find what the row's own ``state_re`` finds,
    on every real line and on the rows' own words in their case variants."""
    rows = clean._NOTICE_STATES
    assert [n for n, _ in rows] == list(cues.SITE_NOTICES)
    words = [w for n in cues.SITE_NOTICES for w in (*n.state, *n.state[:3])]
    # each distinct line once (many dump lines recur; the answers are the line's own)
    lines = list(dict.fromkeys(_real_lines() + _variants(words, seed=16)))
    for notice, stems in rows:
        for line in lines:
            assert stems.search(line) == (notice.state_re.search(line) is not None), \
                (notice.kind, line)


def _site_notice_by_rows(line: str) -> RemovedKind | None:
    """The rule as it was written, for a line without "@": every row's own test in turn."""
    size = Block(text=line).words
    if size > cues.SITE_NOTICE_OR_ABOUT_US_MAX_WORDS \
            or not cues.SITE_NOTICE_OR_ABOUT_US.search(line):
        return None
    if size <= cues.ABOUT_US_MAX_WORDS and cues.ABOUT_US_STEMS.search(line) \
            and cues.ABOUT_US_RE.search(line) and cues.READER_ADDRESS_RE.search(line):
        return RemovedKind.PROMO
    if size > cues.SITE_NOTICE_MAX_WORDS or not cues.SITE_NOTICE_STATES.search(line):
        return None
    for notice in cues.SITE_NOTICES:
        if notice.found(line, size) and (
                notice not in (cues.APP_DOWNLOAD, cues.PAYWALL_NOTICE)
                or not clean.is_sentence(line) or cues.READER_ADDRESS_RE.search(line)):
            return clean._NOTICE_KINDS[notice.kind]
    return None


def test_notice_rows_mark_as_before() -> None:
    """The rule's answers, on real lines and on lines built from each row's state words,
    are those of the rows' own tests asked in turn (the loop the stems now stand before);
    the built lines are notices of some rows, so both answers occur."""
    built = []
    for n in cues.SITE_NOTICES:
        for state in n.state[:4]:
            built += [f"Comments are {state}.", f"The app: {state} now", f"{state} audio",
                      f"Download the app, {state} the ads", f"Kommentare {state}"]
    kinds = set()
    for line in _real_lines()[:4000] + built:
        if "@" in line:
            continue
        want = _site_notice_by_rows(line)
        got = clean._site_notice(Block(text=line), set())
        assert (got.kind if got else None) == want, line
        kinds.add(want)
    assert None in kinds and len(kinds) > 2


def test_bare_label_answers_as_the_folded_lookup() -> None:
    """``_bare_label``: the set lookup of the case-folded line, on every real line, on the
    labels in their case variants, and on labels padded past the longest one."""
    labels = sorted(cues.RELATED_LABELS_BARE)
    lines = _real_lines() + _variants(labels, seed=61) + [
        "STRASSE", "straße", "ALSO" * 10, labels[0] + " " * 40, "İ" * 3]
    for line in lines:
        assert clean._bare_label(line) == (line.casefold() in cues.RELATED_LABELS_BARE), line
    assert all(clean._bare_label(label) for label in labels)
    assert all(clean._bare_label(label.upper()) for label in labels
               if label.upper().casefold() == label)


def _after_image_by_walk(blocks: list[Block], i: int) -> bool:
    """The test as it was written: the first neighbour above, walked to."""
    j = i - 1
    while 0 <= j < len(blocks):
        prev = blocks[j]
        return prev.role == BlockRole.IMAGE or (
            prev.role == BlockRole.CRUFT and prev.cruft_kind == RemovedKind.IMAGE_ALT)
    return False


def test_after_image_reads_the_block_above() -> None:
    rnd = random.Random(7)
    kinds = [(BlockRole.TEXT, None), (BlockRole.IMAGE, None),
             (BlockRole.CRUFT, RemovedKind.IMAGE_ALT), (BlockRole.CRUFT, RemovedKind.CAPTION),
             (BlockRole.META, None)]
    for _ in range(200):
        blocks = []
        for _ in range(rnd.randint(0, 6)):
            role, kind = rnd.choice(kinds)
            b = Block(text="x", kind=BlockKind.P)
            b.mark(role, kind)
            blocks.append(b)
        for i in range(len(blocks)):
            assert clean._after_image(blocks, i) == _after_image_by_walk(blocks, i)


def test_norm_alt_is_the_words_one_space_apart() -> None:
    """``_norm_alt``: the folded line with its runs of ``[\\W_]+`` one space and no space at
    its ends (the pattern's substitution, the reference), on every real line and on ASCII
    lines of every ASCII character."""
    rnd = random.Random(3)
    built = ["".join(rnd.choice([*map(chr, range(128)), "ab", "Zz9"]) for _ in range(40))
             for _ in range(300)]
    for line in _real_lines() + built + ["", " ", "__", "a_b", "\t\nX\x00y\x7f"]:
        block = Block(text=line)
        want = clean._NON_WORD.sub(" ", block.folded).strip()
        assert clean._norm_alt(block) == want, line
