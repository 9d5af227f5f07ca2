"""trafilatura's page measure is skipped where its answer cannot change.

``trafilatura_sequence`` measures the page (``html2txt``) only to ask whether a short
body covers less than a share of the page's text. :func:`quick_xpaths.page_text_bound`
bounds that measure from above without copying the page; where the body covers the
share of the bound, the stand-in answers with the empty text, which gives the same "no".
Checked here: the bound on invented pages written to reach it (deleted elements, block
spacing, control characters) and on the project's real saved pages
(``tests/fixtures/real``; origins in the folders' SOURCES files); the same bodies with
and without the stand-in, and the measure really skipped (on a third of these pages);
trafilatura's own measure wherever the caller is not its sequence.
"""
from __future__ import annotations

import gzip
from pathlib import Path

import pytest
import trafilatura.core
from lxml import etree
from trafilatura.baseline import html2txt

from normalizer.pages.permalink import parse_html
from normalizer.stories import extract, quick_xpaths

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))

INVENTED = [
    # block elements with no space between them: html2txt spaces them apart
    "<html><body><div>a<p>b</p>c<p>d</p>e</div><br>f<li>g</li></body></html>",
    # empty blocks (a space each), a deleted footer and script (their tails kept)
    "<html><body><p></p><div></div><br><footer>gone</footer>tail<script>x()</script>"
    "end</body></html>",
    # control characters (deleted) and runs of spaces (joined)
    "<html><body><p>one\x07 \t two</p>   <p>\x01three</p></body></html>",
    # no body: the element's own text
    "<html><p>alone</p></html>",
]


def _trees() -> list[etree._Element]:
    assert len(PAGES) > 100, "the real saved pages are missing"
    trees = []
    for path in PAGES:
        data = path.read_bytes()
        tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
        if tree is not None:
            trees.append(tree)
    return trees


def _body(tree: etree._Element) -> bytes | None:
    with extract._detached_for_trafilatura(tree):
        body = extract._trafilatura_body(tree, False, fast=True)
    return etree.tostring(body) if body is not None else None


@pytest.mark.parametrize("markup", INVENTED)
def test_the_bound_is_never_below_the_measure(markup: str) -> None:
    tree = parse_html(markup)
    assert tree is not None
    assert len(html2txt(tree)) <= quick_xpaths.page_text_bound(tree)


def test_the_bound_holds_on_the_real_pages() -> None:
    for tree in _trees():
        assert len(html2txt(tree)) <= quick_xpaths.page_text_bound(tree)


def test_the_installed_trafilatura_is_the_one_read() -> None:
    assert [name for _, name, _, _ in quick_xpaths._measure_swaps()] == ["html2txt"]


def test_same_bodies_and_the_measure_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    original = trafilatura.core.html2txt
    measured: list[int] = []

    def counted(content: object, clean: bool = True) -> str:
        measured.append(1)
        return original(content, clean)  # type: ignore[arg-type]

    trees = _trees()
    monkeypatch.setattr(trafilatura.core, "html2txt", counted)
    skipped = [_body(tree) for tree in trees]
    with_skips = len(measured)
    monkeypatch.setattr(quick_xpaths, "_measure_swaps", lambda: [])
    measured.clear()
    assert [_body(tree) for tree in trees] == skipped
    assert trafilatura.core.html2txt is counted  # (put back after each call)
    assert with_skips <= len(measured) * 3 // 4  # (a third of these pages skip it)
    assert sum(body is not None for body in skipped) > 100


def test_trafilaturas_measure_anywhere_else() -> None:
    (_, _, measure, stand_in), = quick_xpaths._measure_swaps()
    tree = parse_html("<html><body><p>" + "word " * 50 + "</p></body></html>")
    temp_text = "a long enough body " * 20  # noqa: F841  (a caller's local of that name)
    assert stand_in(tree) == measure(tree) != ""
