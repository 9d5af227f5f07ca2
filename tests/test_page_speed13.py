"""htmldate's page rescue with its patterns tried only where a match can start.

:func:`normalizer.pages.permalink._search_page` runs :func:`htmldate.core.search_page`
with stand-ins for the patterns that scan a page's whole markup one character at a time
(:data:`~normalizer.pages.permalink.RESCUE_DIGIT_PATTERNS`,
:data:`~normalizer.pages.permalink.RESCUE_WORD_PATTERNS`). Checked here against the
patterns themselves on the project's real saved pages (``tests/fixtures/real``; origins
in the folders' SOURCES files) and on strings built to reach the corners: every match of
``findall`` and every search, the rescue's answer, htmldate left as it was after the
call, and a pattern of another text left to htmldate.
"""
from __future__ import annotations

import gzip
import re
import sys
from datetime import datetime
from pathlib import Path

import pytest
from htmldate import core
from htmldate.utils import Extractor

from normalizer.pages import permalink

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))

#: Strings that reach the corners: a run of digits at the very start, after a decimal
#: digit of another script (Arabic-Indic, fullwidth), matches that share the character
#: between them, the lookbehind of SIMPLE_PATTERN, dates in words in both orders with
#: long and glued words, case, and the day's endings.
CORNERS = (
    "2020-03-04 x",
    "a2020b2021c2022d",
    "\u0661\u0662/03/2020 and \uff1112/03/2020 and x12/03/2020y",
    "w3.org/2000/svg 2001 (w3.org1999) x2003y",
    "on 12.03.2020.04.05.2021 and 1/2/99/3/4/98",
    "March 3, 2020 and 3rd of march 2021; 21st MARCH 2019, 4. März 2018",
    "SmithMarch 3, 2020 xMarch\u00a03 2020 Mar\t12, 2022 9. dec. 2019",
    "201912 20191231 x20191231y 2019/12 12/2019 ©2018-2020 ",
    "",
    "no digits at all here",
    "7",
)


def _markups() -> list[str]:
    assert len(PAGES) > 150, "the real saved pages are missing"
    out = []
    for path in PAGES:
        data = path.read_bytes()
        out.append((gzip.decompress(data) if path.name.endswith(".gz") else data)
                   .decode("utf-8", "replace"))
    return out


@pytest.fixture(scope="module")
def markups() -> list[str]:
    return _markups()


def _patterns() -> list[tuple[str, re.Pattern[str], type]]:
    found = []
    for table, kind in ((permalink.RESCUE_DIGIT_PATTERNS, permalink._FromDigits),
                        (permalink.RESCUE_WORD_PATTERNS, permalink._AroundDays)):
        for module_name, name, index, _ in table:
            value = getattr(sys.modules[module_name], name)
            found.append((name, value if index is None else value[index], kind))
    return found


def test_the_installed_htmldate_has_the_patterns_checked() -> None:
    """Every pattern of the tables is stood in for: the speed is not lost silently."""
    swaps = permalink._rescue_swaps()
    assert len(swaps) == len(permalink.RESCUE_DIGIT_PATTERNS) + len(
        permalink.RESCUE_WORD_PATTERNS)


@pytest.mark.parametrize("text", CORNERS)
def test_same_matches_on_corners(text: str) -> None:
    for name, pattern, kind in _patterns():
        stand_in = kind(pattern)
        if pattern.groups == 1:
            assert stand_in.findall(text) == pattern.findall(text), name
        for pos in range(len(text) + 1):
            want, got = pattern.search(text, pos), stand_in.search(text, pos)
            assert (want and (want.span(), want.groups())) == \
                (got and (got.span(), got.groups())), (name, pos)


def test_same_matches_on_real_pages(markups: list[str]) -> None:
    compared = 0
    for text in markups:
        for name, pattern, kind in _patterns():
            stand_in = kind(pattern)
            if pattern.groups == 1:
                assert stand_in.findall(text) == pattern.findall(text), name
                compared += 1
            pos = 0  # every match of a search from after the last one's start, as
            while True:  # htmldate's date-in-words reader walks the page
                want, got = pattern.search(text, pos), stand_in.search(text, pos)
                assert (want and (want.span(), want.groups())) == \
                    (got and (got.span(), got.groups())), (name, pos)
                if want is None:
                    break
                pos = want.start() + 1
    assert compared > 1000


def test_same_rescue_answers_and_htmldate_restored(markups: list[str]) -> None:
    before = {name: getattr(core, name) for name in dir(core)
              if isinstance(getattr(core, name), (re.Pattern, tuple))}
    options = Extractor(False, datetime(2026, 1, 1), datetime(1995, 1, 1), True, "%Y-%m-%d")
    answers = 0
    for text in markups:
        want = core.search_page(text, options)
        assert permalink._search_page(core.search_page, text, options) == want
        answers += want is not None
    assert answers > 50
    assert {name: getattr(core, name) for name in before} == before
    from htmldate import extractors
    assert isinstance(extractors.LONG_TEXT_PATTERN, re.Pattern)


def test_a_pattern_of_another_text_is_htmldates_own(monkeypatch: pytest.MonkeyPatch) -> None:
    other = re.compile(r"\D([0-9]{4})\D")
    monkeypatch.setattr(core, "SIMPLE_PATTERN", other)
    names = [name for _, name, _, _ in permalink._rescue_swaps()]
    assert "SIMPLE_PATTERN" not in names
    assert "SELECT_YMD_PATTERN" in names
