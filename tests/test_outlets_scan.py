"""canonical_source's scan of running text tries only the places near the credit's start,
each against the spellings that start with its character: the same answer as the search
over the whole credit it replaced."""
from __future__ import annotations

import re

from normalizer.cues import outlets
from normalizer.cues.outlets import _SCAN_SPARE, _index, _scan_near_start

# Credits around a known spelling: before it, after it, both, and a longer line that names
# an outlet too far from its start.
_AROUND = (("", ""), ("(", ")"), ("x", ""), ("By ", ""), ("Foto: ", ""), ("", " /dpa"),
           ("ab/cd ", ""), ("", "x"), ("The ", " News"), ("Pictures supplied by ", ""))


def _searched(scan: re.Pattern[str], text: str) -> re.Match[str] | None:
    """The former answer: the first match anywhere, kept only when it leaves out at most
    :data:`_SCAN_SPARE` characters of the credit."""
    m = scan.search(text)
    if m and len(text) - (m.end() - m.start()) <= _SCAN_SPARE:
        return m
    return None


def _kept(m: re.Match[str] | None, text: str) -> tuple[tuple[int, int], str] | None:
    if m and len(text) - (m.end() - m.start()) <= _SCAN_SPARE:
        return m.span(), m.group(0)
    return None


def test_the_near_start_scan_keeps_what_the_whole_search_kept() -> None:
    index = _index()
    assert index.scan is not None
    spellings = sorted(index.scanned)[::5]
    # (each spelling at each place near the start, against the pattern of its first
    # character: the same first match as the whole pattern's, the same spelling)
    assert sum(p.pattern.count("|") + 1 for p in index.scan_from.values()) == len(index.scanned)
    texts = [before + s + after for s in spellings for before, after in _AROUND]
    texts += ["", "a", "AFP", "ANSA/AFP", "Reuters Reuters", "x" * 40 + " Reuters"]
    kept = 0
    for text in texts:
        old = _searched(index.scan, text)
        new = _kept(_scan_near_start(index.scan_from, text), text)
        assert ((old.span(), old.group(0)) if old else None) == new, text
        kept += new is not None
    assert kept > len(spellings)  # many of them name an outlet, many do not
    assert kept < len(texts)


def test_canonical_source_still_reads_a_name_with_a_few_characters_around() -> None:
    name = outlets.canonical_source("Reuters")
    assert name
    assert outlets.canonical_source.__wrapped__("(Reuters)") == name
    assert outlets.canonical_source.__wrapped__("Photo courtesy of a Reuters partner") is None
