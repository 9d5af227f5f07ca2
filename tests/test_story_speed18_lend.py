"""trafilatura's fast pass reads the page itself, not a copy of it.

:func:`normalizer.stories.quick_xpaths.lent` hands the page to ``bare_extraction``
uncopied and undoes the deletions of its two raw-tree prunes afterwards. Checked here on
the project's real saved pages (``tests/fixtures/real``; origins in the folders' SOURCES
files): the same body as with trafilatura's copy, the page exactly as it was after the
call, the copy really skipped, trafilatura's own functions back after the call, and the
installed trafilatura the one whose code was read for this.
"""
from __future__ import annotations

import contextlib
import gzip
from collections.abc import Iterator
from pathlib import Path

import pytest
import trafilatura.core
from lxml import etree

from normalizer.pages.permalink import parse_html
from normalizer.stories import extract, quick_xpaths

REAL = Path(__file__).parent / "fixtures" / "real"
PAGES = sorted(p for sub in ("posts", "stories", "broad")
               for p in (REAL / sub).rglob("*") if p.name.endswith((".html", ".html.gz")))


def _trees() -> list[etree._Element]:
    assert len(PAGES) > 100, "the real saved pages are missing"
    trees = []
    for path in PAGES:
        data = path.read_bytes()
        tree = parse_html(gzip.decompress(data) if path.name.endswith(".gz") else data)
        if tree is not None:
            trees.append(tree)
    return trees


@contextlib.contextmanager
def _not_lent(tree: etree._Element) -> Iterator[None]:
    yield


def _body(tree: etree._Element) -> bytes | None:
    with extract._detached_for_trafilatura(tree):
        body = extract._trafilatura_body(tree, False, fast=True)
    return etree.tostring(body) if body is not None else None


def test_the_installed_trafilatura_is_the_one_read() -> None:
    assert quick_xpaths._lend_known()
    assert [name for _, name, _, _ in quick_xpaths._lend_swaps()] == [
        "copy", "prune_unwanted_nodes"]


def test_same_bodies_and_pages_as_with_the_copy(monkeypatch: pytest.MonkeyPatch) -> None:
    originals = trafilatura.core.copy, trafilatura.core.prune_unwanted_nodes
    trees = _trees()
    pages = [etree.tostring(tree) for tree in trees]
    lent = [_body(tree) for tree in trees]
    assert (trafilatura.core.copy, trafilatura.core.prune_unwanted_nodes) == originals
    assert [etree.tostring(tree) for tree in trees] == pages  # (each page as it was)
    monkeypatch.setattr(extract, "lent", _not_lent)
    assert [_body(tree) for tree in trees] == lent
    assert sum(body is not None for body in lent) > 100


def test_the_copy_is_skipped_and_the_prunes_undone(monkeypatch: pytest.MonkeyPatch) -> None:
    """On pages whose comment sections trafilatura prunes: the page itself was pruned
    (no copy of it made by ``bare_extraction``) and is whole again after the call."""
    states: list[quick_xpaths._Lent] = []
    original = quick_xpaths._Lent

    def kept(tree: etree._Element) -> quick_xpaths._Lent:
        state = original(tree)
        states.append(state)
        return state

    monkeypatch.setattr(quick_xpaths, "_Lent", kept)
    for tree in _trees():
        page = etree.tostring(tree)
        _body(tree)
        assert etree.tostring(tree) == page
    assert states and all(state.handed for state in states)
    assert sum(bool(state.taken) for state in states) >= 5  # (pages with pruned parts)


def test_an_element_inside_a_page_is_copied_as_before() -> None:
    tree = _trees()[0]
    body = tree.find(".//body")
    assert body is not None
    with quick_xpaths.lent(body):
        assert id(body) not in quick_xpaths._lent
