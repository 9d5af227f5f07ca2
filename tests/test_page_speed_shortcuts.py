"""This round's shortcuts in the page readers give the answers of what they stand for.

Each shortcut taken for speed in ``normalizer/pages`` (issue 14) is checked against the
slow path it replaces, on the project's real saved pages (``tests/fixtures/real``) and on
small pages built to reach the corners.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
from trafilatura.utils import decode_file, repair_faulty_html

from normalizer.pages import permalink

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "archives", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))


def _texts() -> list[tuple[str, str]]:
    assert len(PAGES) > 150, "the real saved pages are missing"
    out = []
    for path in PAGES:
        data = path.read_bytes()
        out.append((path.name, decode_file(gzip.decompress(data)
                                           if path.name.endswith(".gz") else data)))
    return out


@pytest.fixture(scope="module")
def texts() -> list[tuple[str, str]]:
    return _texts()


def test_repair_is_trafilaturas(texts) -> None:
    """``_repaired`` gives ``repair_faulty_html``'s text on every saved page."""
    for name, text in texts:
        beginning = text[:50].lower()
        assert permalink._repaired(text, beginning) == repair_faulty_html(text, beginning), name


@pytest.mark.parametrize("text", [
    "<!DOCTYPE html>\n<html><body><p>plain</p></body></html>",
    "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\" \"x/y.dtd\">\n<html><p>x</p></html>",
    "<html/>\n<body><p>self-closing root</p></body>",
    "<!doctype html>\n<html lang='en' />\n<p>x</p>",
    "<html><body><p>a bell \x07 and a form feed \x0c</p></body></html>",
    "<html><body><p>a non-character \ufffe and \uffff</p></body></html>",
    "<html><body><p>tab\tand lines\r\n kept, \x7f and \x85 too</p></body></html>",
    "no markup at all",
])
def test_repair_corners(text: str) -> None:
    beginning = text[:50].lower()
    assert permalink._repaired(text, beginning) == repair_faulty_html(text, beginning)


def test_invalid_characters_are_trafilaturas() -> None:
    """The characters looked for are exactly those of trafilatura's pattern (it is the
    pattern this module knows; another falls back to trafilatura's repair)."""
    from trafilatura.utils import INVALID_XML_CHARS

    assert INVALID_XML_CHARS.pattern == permalink._INVALID_XML_CLASS
    matched = [c for c in map(chr, range(0x10000)) if INVALID_XML_CHARS.match(c)]
    assert sorted(permalink._INVALID_XML_CHARS) == matched


@pytest.fixture(scope="module")
def trees(texts):
    from normalizer.pages.permalink import parse_html

    return [(name, tree) for name, text in texts if (tree := parse_html(text)) is not None]


def test_mastheads_are_the_xpaths(trees) -> None:
    """``_marked_mastheads`` finds what :data:`~normalizer.pages.permalink.MASTHEAD_XPATH`
    finds, in its order, on every saved page (and some pages have one); ``_mastheads`` adds
    only the boxes classed as mastheads, keeping document order."""
    from normalizer.pages.dom import PageIndex

    found = 0
    for name, tree in trees:
        want = tree.xpath(permalink.MASTHEAD_XPATH)
        index = PageIndex(tree)
        assert permalink._marked_mastheads(index) == want, name
        classed = permalink._classed_mastheads(index)
        order = {el: i for i, el in enumerate(tree.iter())}
        assert permalink._mastheads(index) == sorted(set(want) | set(classed),
                                                     key=order.__getitem__), name
        found += bool(want)
    assert found >= 20, found


@pytest.mark.parametrize("markup", [
    "<html><body><header><p>x</p></header><article><header>in</header></article>"
    "<div role='banner'><header>both</header></div><nav role='banner'></nav></body></html>",
    "<html><body><div role='navigation banner'></div><p>none</p></body></html>",
])
def test_masthead_corners(markup: str) -> None:
    from normalizer.pages.dom import PageIndex
    from normalizer.pages.permalink import parse_html

    tree = parse_html(markup)
    assert permalink._marked_mastheads(PageIndex(tree)) == tree.xpath(permalink.MASTHEAD_XPATH)


def _stated_day_slowly(markup: str, iso: str) -> bool:
    """``states_day`` as it was: each shape searched over the whole markup."""
    import re

    if iso[8:10] != "01":
        return True
    fields = {"y": iso[:4], "m": str(int(iso[5:7])), "d": "1"}
    return any(re.search(shape.format(**fields), markup)
               for shape in permalink._STATED_DAY_SHAPES)


def test_stated_day_found_as_the_whole_search_finds_it(texts) -> None:
    """On the saved pages, a 1st of a month is stated where the shapes' search of the
    whole page says so (some are, most are not; the corners below reach the rest)."""
    days = ["2016-01-01", "2016-11-01", "2016-12-01"]
    stated = 0
    for name, text in texts[::2]:
        for iso in days:
            if iso[:4] in text:  # (no shape matches a page without the year)
                want = _stated_day_slowly(text, iso)
                assert permalink.states_day(text, iso) == want, (name, iso)
                stated += want
            else:
                assert not permalink.states_day(text, iso), (name, iso)
    assert stated >= 2, stated


@pytest.mark.parametrize("markup", [
    "2020-3-1", "x2020-03-01", "12020-03-01", "2020-03-012", "1/3/2020", "01.03.2020x",
    "3/1/20201", "03/01/2020", "013/01/2020", "2020/3/01", "a2020.03.01b", "2020 03 01",
    "1/3/2020 and 2020-3-1", "3/12020", "",
])
def test_stated_day_corners(markup: str) -> None:
    for iso in ("2020-03-01", "2020-01-03", "2020-12-01", "2020-03-02"):
        assert permalink.states_day(markup, iso) == _stated_day_slowly(markup, iso), iso


@pytest.mark.parametrize("text", [
    "", "no digits here", "May 5", "²", "x³ y", "٣ مارس", "①", "二〇二〇年", "５日",
    "Ⅻ", "\u0e51\u0e52", "abc\U0001d7ce",
])
def test_has_digit_is_isdigit(text: str) -> None:
    from normalizer.text.dates import has_digit

    assert has_digit(text) == any(c.isdigit() for c in text)


def test_has_digit_on_page_texts(trees) -> None:
    from normalizer.text.dates import has_digit

    for name, tree in trees[::5]:
        for text in tree.itertext():
            assert has_digit(text) == any(c.isdigit() for c in text), name


def test_date_texts_are_the_xpaths(trees) -> None:
    """``_date_texts`` reads the text nodes the date-line XPath finds: the same ones, each
    once (in another order: the oldest date among them is wanted)."""
    from collections import Counter

    from normalizer.pages.dom import PageIndex

    for name, tree in trees:
        want = Counter(str(t) for t in tree.xpath(permalink._DATE_TEXT_XPATH))
        assert Counter(permalink._date_texts(tree, PageIndex(tree))) == want, name


def test_printed_precheck_passes_every_label_start() -> None:
    """A text the label pattern matches passes ``_PRINTED_START``: every label, in every
    case, with each first letter replaced by any character the pattern takes for it
    (the letters outside ASCII that case-insensitive matching folds included)."""
    from normalizer.text import dates

    chars = [*map(chr, range(0x250)), *map(chr, range(0x400, 0x530)),
             "\u0130", "\u0131", "\u017f", "\u212a", "\u1e9e", "\u2126", "\u212b"]
    matched = 0
    for label in dates.PRINTED_LABELS:
        for text in (label, label.upper(), label.title(), f"  {label}: 2021-05-11"):
            assert dates._PRINTED_RE.match(text) and dates._PRINTED_START.match(text), text
        for c in chars:
            text = c + label[1:] + " 2021"
            if dates._PRINTED_RE.match(text):
                matched += 1
                assert dates._PRINTED_START.match(text), (label, hex(ord(c)))
    assert matched > len(dates.PRINTED_LABELS)


def test_printed_dates_on_pages(trees) -> None:
    """``printed_dates`` with the pre-check finds the labels the pattern alone finds."""
    from normalizer.text import dates

    for name, tree in trees[::3]:
        want = {t for t in tree.itertext()
                if len(t) <= dates.PRINTED_LINE_MAX and dates._PRINTED_RE.match(t)}
        got = {t for t in tree.itertext() if len(t) <= dates.PRINTED_LINE_MAX
               and dates._PRINTED_START.match(t) and dates._PRINTED_RE.match(t)}
        assert got == want, name


@pytest.mark.parametrize("text", [
    '{"a": "x\\"y", "b": "unterminated', '"\\\n"', '"a\\', '{"k" : "v\\\\" , "z":1}',
    '{ "a" : "b c" }', '"" ""', '"\\\\\\"" x', '{"u": "\\u00e9 \\n"}',
])
def test_json_strings_are_trafilaturas(text: str) -> None:
    """The JSON string pattern splits as trafilatura's own (``"(?:\\\\.|[^"\\\\])*"``)."""
    import re

    theirs = re.compile(r'("(?:\\.|[^"\\])*")')
    assert permalink._JSON_STRING.split(text) == theirs.split(text)
