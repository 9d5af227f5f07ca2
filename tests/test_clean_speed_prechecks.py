"""The cleaner's cheap tests before its patterns give the answers of the patterns they
spare (issue 14), on every line of the project's real text: the real text dumps and the
stories of every real gold set, and on lines built from the cue lists themselves (in
upper and lower case, with the letters the regex engine takes for one another under
IGNORECASE, such as "i" and dotless "ı", "s" and long "ſ").
"""
from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from normalizer.cues import text as cues
from normalizer.stories import clean
from normalizer.stories.blocks import fold

REAL = Path(__file__).parent / "fixtures" / "real"


def _page_lines(path: Path) -> list[str]:
    """The text nodes of a saved page, whitespace-folded (lines as pages hold them)."""
    raw = path.read_bytes()
    if path.suffix == ".gz":
        raw = gzip.decompress(raw)
    try:
        tree = lxml.html.fromstring(raw)
    except (ValueError, etree.ParserError):
        return []
    return [" ".join(t.split()) for t in tree.xpath("//body//text()")
            if not isinstance(t, str) or t.strip()]


def _real_lines() -> list[str]:
    lines: list[str] = []
    for path in sorted([*REAL.rglob("*.html"), *REAL.rglob("*.html.gz")]):
        lines += _page_lines(path)
    for path in sorted(REAL.rglob("*.txt")):
        lines += path.read_text(encoding="utf-8", errors="replace").splitlines()
    for gold in sorted(REAL.rglob("gold.jsonl")):
        for line in gold.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            lines += rec.get("cruft", [])
            for st in rec.get("stories", []):
                lines += st["text"].split("\n\n")
    for gold in sorted(REAL.rglob("*.gold.json")):
        rec = json.loads(gold.read_text(encoding="utf-8"))
        lines += rec.get("cruft", [])
        for st in rec["stories"]:
            lines += st["text"].split("\n\n")
    return list(dict.fromkeys(x.strip() for x in lines if x.strip()))


def _built_lines(words: list[str], count: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    glue = [" ", " / ", " | ", ": ", "/", " (", ") ", " © ", ", ", "ab", ". ", " via "]
    out = []
    for _ in range(count):
        line = "".join(rnd.choice(words) + rnd.choice(glue) for _ in range(rnd.randint(1, 4)))
        if rnd.random() < 0.4:
            line = line.upper()
        if rnd.random() < 0.2:
            line = line.replace("i", "ı").replace("s", "ſ")
        if rnd.random() < 0.2:
            line = line[rnd.randint(0, 3):]
        out.append(line)
    return out


REAL_LINES = _real_lines()
CREDIT_WORDS = [*cues.PHOTO_AGENCIES, *cues.PHOTO_LABELS, *cues.CJK_PHOTO_LABELS,
                *cues.PHOTO_ABBREVIATIONS, "Jane Doe", "photo", "credit", "摄", "Fot.", "NUOTR."]
LINES = REAL_LINES + _built_lines(CREDIT_WORDS, 6000, 14) \
    + _built_lines([*cues.PROMO_WORDS, "Our", "you", "today"], 3000, 15)


_WHOLE_PATTERN_FINDS: dict[str, bool] = {}


def _whole_pattern_finds(line: str) -> bool:
    """What the whole :data:`cues.PHOTO_CREDIT_RE` answers of the line, asked once a line
    (it is the slow side of two tests below, on the same real lines: its answer is
    kept for the second)."""
    found = _WHOLE_PATTERN_FINDS.get(line)
    if found is None:
        found = _WHOLE_PATTERN_FINDS[line] = cues.PHOTO_CREDIT_RE.search(line) is not None
    return found


def test_the_real_text_is_here():
    assert len(REAL_LINES) > 100000


def test_the_credit_parts_answer_as_the_whole_pattern():
    found = 0
    for line in LINES:
        expected = _whole_pattern_finds(line)
        assert clean._credit_found(line) == expected, line
        found += expected
    assert found > 100


def test_the_abbreviated_credit_precheck_answers_as_its_pattern():
    found = 0
    for line in LINES:
        expected = cues.PHOTO_ABBREVIATION_RE.search(line) is not None
        assert clean._abbreviated_credit(line) == expected, line
        found += expected
    assert found > 10


def test_the_credit_precheck_answers_as_the_whole_pattern_on_real_lines():
    for line in REAL_LINES:
        assert clean.has_photo_credit(line) == _whole_pattern_finds(line), line


@pytest.mark.parametrize("factored, words", [
    (cues.PHOTO_CREDIT_LABEL_RE, cues.PHOTO_CREDIT_LABEL_WORDS),
])
def test_factored_credit_words_find_as_the_flat_list(factored, words):
    flat = re.compile("|".join(words), re.IGNORECASE)
    for line in LINES:
        assert (factored.search(line) is None) == (flat.search(line) is None), line


def test_promo_keys_are_in_every_line_the_promo_pattern_finds():
    found = 0
    for line in LINES:
        if cues.PROMO_RE.search(line):
            found += 1
            assert not cues.PROMO_KEYS.words.isdisjoint(cues.line_words(fold(line))), line
    assert found > 100
