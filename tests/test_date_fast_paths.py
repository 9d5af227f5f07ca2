"""The relative-date pattern is searched only where its cheap precheck (a phrase's number
before a unit word, not followed by a letter where the phrase goes on with a space or ends
there; or the Arabic dual's unit) finds something: the precheck must find one on every line the
whole pattern matches. Pinned on lines built from every phrase and unit of the table and on
the short lines of the real saved pages and dumps with gold (the saved
pages' lines in every language the table covers)."""
from __future__ import annotations

import gzip
import re
from pathlib import Path

import pytest

from normalizer.text import dates

REAL = Path(__file__).parent / "fixtures" / "real"
NUMBERS = ("3", "12", "٣", "an", "un", "una", "ein", "einer", "one", "o", "en", "bir")


def _units(group: tuple[str, ...]) -> list[str]:
    """A spelling of each unit pattern of the table (optional letters taken out)."""
    out = []
    for unit in group:
        plain = re.sub(r"\[(.)[^\]]*\]", r"\1", unit)
        plain = re.sub(r"\(\?:([^)|]*)[^)]*\)\??", r"\1", plain)
        out.append(plain.replace("?", "").replace("\\", ""))
    return out


def _built_lines() -> list[str]:
    lines = []
    for _lang, phrase, group in dates.RELATIVE_DATE_PHRASES:
        for unit in _units(group):
            for n in NUMBERS:
                text = re.sub(r"\(\?:[^)]*\)\?", "", phrase)
                text = re.sub(r"\(\?:([^)|]*)[^)]*\)", r"\1", text)
                text = re.sub(r"\[(.)[^\]]*\]", r"\1", text)
                text = text.replace(r"\s+", " ").replace(r"\s*", " ")
                lines.append(text.replace("{n}", n).replace("{unit}", unit))
    return lines


def _real_lines() -> list[str]:
    lines: set[str] = set()
    paths = [p for folder in ("dumps", "stories", "stories-heldout", "heldout2")
             for p in (REAL / folder).rglob("*")]
    for path in paths:
        if path.suffix not in (".html", ".gz", ".txt"):
            continue
        data = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        for line in re.split(r"[\n<>]", data.decode("utf-8", "replace")):
            line = line.strip()
            if 0 < len(line) <= 90:
                lines.add(line)
    return sorted(lines)


def test_the_built_lines_reach_the_whole_pattern():
    matched = [t for t in _built_lines() if dates._RELATIVE.search(t)]
    assert len(matched) > 500  # the builder spells the table's phrases as pages print them


@pytest.mark.parametrize("source", ["built", "real"])
def test_the_precheck_finds_something_wherever_the_whole_pattern_matches(source):
    lines = _built_lines() if source == "built" else _real_lines()
    missed = [t for t in lines if dates._RELATIVE.search(t) and not dates._RELATIVE_NEEDS.search(t)]
    assert missed == []


def test_lines_without_a_number_skip_the_whole_pattern():
    assert not dates._RELATIVE_NEEDS.search("Breaking news from the capital")
    # a number with no unit word after it, or one glued to more letters
    assert not dates._RELATIVE_NEEDS.search("Twelve museums in 3 cities, 40 galleries")
    assert not dates._RELATIVE_NEEDS.search("He scored 3 minutesque goals")
    assert dates.relative_date("Hace 13 horas") and dates.relative_date("vor einer Stunde")
    assert dates.relative_date("منذ ساعتين")
