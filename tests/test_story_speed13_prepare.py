"""trafilatura's fast pass without the backup copy of the cleaned page it never reads.

:func:`normalizer.stories.quick_xpaths._prepare_tree_swap` stands in for
``trafilatura.core._prepare_tree`` in fast mode with comments off. Checked here on the
project's real saved pages (``tests/fixtures/real``; origins in the folders' SOURCES
files): the same body with and without the stand-in, trafilatura's own function back
after the call, and its own function kept in every other mode.
"""
from __future__ import annotations

import gzip
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


def _body(tree: etree._Element, *, fast: bool) -> bytes | None:
    with extract._detached_for_trafilatura(tree):
        body = extract._trafilatura_body(tree, False, fast=fast)
    return etree.tostring(body) if body is not None else None


def test_the_installed_trafilatura_is_the_one_read() -> None:
    assert [name for _, name, _, _ in quick_xpaths._prepare_tree_swap()] == ["_prepare_tree"]


def test_same_bodies_without_the_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    original = trafilatura.core._prepare_tree
    trees = _trees()
    with_stand_in = [_body(tree, fast=True) for tree in trees]
    assert trafilatura.core._prepare_tree is original  # (put back after each call)
    monkeypatch.setattr(quick_xpaths, "_prepare_tree_swap", lambda: [])
    assert [_body(tree, fast=True) for tree in trees] == with_stand_in
    assert sum(body is not None for body in with_stand_in) > 100


def test_full_mode_keeps_trafilaturas_own(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[bool] = []
    original = trafilatura.core._prepare_tree

    def counted(tree, options, url):  # type: ignore[no-untyped-def]
        calls.append(options.fast)
        return original(tree, options, url)

    monkeypatch.setattr(trafilatura.core, "_prepare_tree", counted)
    monkeypatch.setattr(quick_xpaths, "_sources_checked", {id(counted): True})
    tree = _trees()[0]
    _body(tree, fast=False)
    assert calls and not any(calls)
