"""Round 10's speed shortcuts (issue 14) give the answers of what they spare.

:data:`normalizer.stories.split.DATELINE_NEEDS` says what a line must hold before each
dateline pattern is tried (a character, and where it must stand); a line without it is
not matched against the pattern. The tests check, on every line of the project's real
text and on lines built in the patterns' own shapes, that no line a pattern matches
lacks what its entry says, and that :func:`split.dateline_of` answers as it does with
every pattern tried on every line.
"""
from __future__ import annotations

import re

import pytest

from normalizer.stories import split
from tests.test_clean_speed_prechecks import REAL, REAL_LINES, _built_lines

#: Pieces of the datelines the patterns read, in the scripts they are written for, and
#: pieces of prose: glued at random (see ``_built_lines``) they reach every pattern.
DATELINE_PIECES = [
    "NEW DELHI", "WASHINGTON, Nov 30", "(Reuters) -", "(AP) —", "THE HAGUE (AFP) –",
    "Berlin (dpa) -", "Madrid, 24 nov (EFE).-", "KYIV, Ukraine —", "МОСКВА, 24 ноя —",
    "РИА Новости.", "(Bloomberg) --", "KVELLER via JTA —", "By Jane Doe", "Frankfurt/Main",
    "MOSCOW (UrduPoint News / Sputnik - 29th April, 2020)", "【6月18日 AFP】",
    "NEW DELHI, Jan 5 (PTI) The", "New Delhi [India], January 5 (ANI):",
    "NEW YORK, Jan. 5, 2023 /PRNewswire/ --", "新华社北京1月5日电", "【ソウル共同】",
    "(서울=연합뉴스) 홍길동 기자 =", "JAKARTA, KOMPAS.com -", "Tehran, IRNA -", "ایسنا:",
    "ПЕТРОПАВЛОВСК. КАЗИНФОРМ –", "प्रयागराज, जेएनएन।", "[부산=스포츠조선 선수민 기자]",
    "The minister said", "on Tuesday", "Paris", "LONDON", "\u00a0", "  ",
]


def _lines() -> list[str]:
    built = _built_lines(DATELINE_PIECES, 20000, 10)
    # and each built line with prose after it, as a dateline opens a paragraph
    return REAL_LINES + built + [f"{x} The talks went on." for x in built[::3]]


LINES = _lines()


def _answer(found: object) -> object:
    """A dateline answer comparable across calls (a match by its span and groups)."""
    if isinstance(found, re.Match):
        return ("match", found.re.pattern, found.span(), found.groupdict())
    return found


def test_the_lines_reach_the_patterns() -> None:
    reached = {rx: sum(1 for x in LINES if rx.match(x)) for rx in split.DATELINE_NEEDS}
    assert sum(n > 0 for n in reached.values()) >= len(reached) - 2, \
        [rx.pattern[:40] for rx, n in reached.items() if not n]
    assert sum(reached.values()) > 3000


@pytest.mark.parametrize("rx", list(split.DATELINE_NEEDS), ids=lambda rx: rx.pattern[:30])
def test_no_line_a_pattern_matches_fails_its_precheck(rx: re.Pattern[str]) -> None:
    may = split._PRECHECKS[rx]
    missed = [x for x in LINES if rx.match(x) and may(x) is None]
    assert not missed, missed[:5]


def test_every_dateline_pattern_has_a_precheck() -> None:
    tried = (*split.OUTLET_DATELINE_RES, *split.cues.DATELINE_RES,
             *split.openers.DATELINE_RES)
    assert set(tried) == set(split.DATELINE_NEEDS)
    assert [rx for rx, _ in split._MAIN_DATELINES] == list(split.cues.DATELINE_RES)
    assert [rx for rx, _ in split._OTHER_DATELINES] == list(split.openers.DATELINE_RES)
    assert [rx for rx, _ in split._OUTLET_DATELINES] == list(split.OUTLET_DATELINE_RES)


def test_the_prechecks_turn_most_lines_away() -> None:
    """What they are for: most of the real text's lines are tried against few patterns."""
    real = REAL_LINES[::5]
    passed = sum(split._PRECHECKS[rx](x) is not None for x in real for rx in split._PRECHECKS)
    assert passed < 0.25 * len(real) * len(split._PRECHECKS)


def test_dateline_of_answers_as_with_every_pattern_tried(monkeypatch) -> None:
    lines = LINES[::2]
    fast = [_answer(split.dateline_of(x)) for x in lines]
    always = lambda text: True  # noqa: E731
    for name in ("_OUTLET_DATELINES", "_MAIN_DATELINES", "_OTHER_DATELINES"):
        monkeypatch.setattr(split, name, tuple((rx, always) for rx, _ in getattr(split, name)))
    full = [_answer(split.dateline_of(x)) for x in lines]
    assert fast == full
    assert sum(a is not None for a in full) > 1000


#: An expression of each shape :class:`PageIndex` answers, with the shape's name.
SHAPED = [
    ("//*[contains(@class, 'entry')]", "class_part"),
    ("//meta[@property='og:title']/@content", "meta_content"),
    ("//*[@itemprop='datePublished']/@content", "attribute_of"),
    ("//*[contains(concat(' ', normalize-space(@class), ' '), ' post ')]", "class_token"),
    ("//h1", "tags"),
    ("//h1|//h2|//h3", "tags"),
    ("//a[contains(concat(' ', @rel, ' '), ' tag ')]", "attribute_word"),
    ("//*[contains(concat(' ', @class, ' '), ' post ')]", "attribute_word"),
    ("//article//h1", "inside"),
    ("//*[contains(@class, 'post')]//*[contains(@class, 'title')]", "inside"),
    ("//*[contains(concat(' ', normalize-space(@class), ' '), ' post ')]//h2[1]", "inside"),
    ("(//h1)[1]/following::p[1]", None),
    ("//p | //img", "tags"),
]


@pytest.mark.parametrize("expr, kind", SHAPED, ids=[e for e, _ in SHAPED])
def test_the_index_reads_each_shape_once_and_answers_as_lxml(expr: str, kind: str | None) -> None:
    """:func:`dom._shape` names each expression's shape (kept: asked again, it answers
    from its table), and the index's answers are lxml's on real saved pages."""
    from normalizer.pages import dom
    from normalizer.pages.permalink import parse_html

    shape = dom._shape(expr)
    assert (shape[0] if shape else None) == kind
    assert dom._shape(expr) is shape
    pages = sorted(p for sub in ("posts", "archives", "stories")
                   for p in (REAL / sub).glob("*.html"))
    assert len(pages) > 10
    found = 0
    for path in pages[::2]:
        tree = parse_html(path.read_bytes())
        want = [str(v) if isinstance(v, str) else v for v in tree.xpath(expr)]
        got = [str(v) if isinstance(v, str) else v for v in dom.PageIndex(tree).select(expr)]
        assert got == want, (path.name, expr)
        found += len(got)
    assert found or kind in ("meta_content", "attribute_of")


CREDIT_PIECES = ["Jane Doe", "in Paris", "and", "contributed", "CONTRIBUTED", "Contributes",
                 "contributed reporting.", "to this report.", "contributed to the story",
                 "Additional reporting by", "(Editing by X)", "Reuters", "from London", "."]


def test_story_end_letters_are_in_every_line_the_patterns_match() -> None:
    from normalizer.cues import text as cues
    from normalizer.stories.blocks import Block

    built = _built_lines(CREDIT_PIECES, 6000, 11)
    names = _built_lines(["Jane Doe", "in Paris", "and", "John Roe in Rome,", "at"], 600, 12)
    lines = LINES[::3] + built + [f"{x.strip()} contributed." for x in names]
    full = [x for x in lines if cues.CONTRIBUTED_RE.match(x)]
    bare = [x for x in lines if cues.CONTRIBUTED_BARE_RE.match(x)]
    assert len(full) > 30 and len(bare) > 5
    assert all(split.CONTRIBUTED_LETTERS in x.lower() for x in full)
    assert all(split.CONTRIBUTED_BARE_WORD in x for x in bare)
    for x in lines:
        want = bool(cues.STORY_END_RE.match(x) or cues.CONTRIBUTED_RE.match(x)
                    or cues.CONTRIBUTED_BARE_RE.match(x))
        assert split.is_story_end(Block(text=x)) == want, x
