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
