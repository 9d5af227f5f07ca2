"""normalizer.pages.archive's shortcuts give what the plain reading gives, on real pages.

The date readers walk a post's container around its body (:func:`_outside`) rather than
through it, and test a container's text length without reading all of it
(:func:`_text_longer_than`): both checked here against the straightforward reading, on
every element of the saved real archive pages.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from normalizer.pages import archive
from normalizer.pages.archive import _outside, _text_longer_than, squashed_text

ARCHIVES = Path(__file__).parent / "fixtures" / "real" / "archives"
PAGES = sorted(ARCHIVES.glob("*.html"))


def _tree(path: Path) -> etree._Element:
    return etree.fromstring(path.read_bytes(), archive._PARSER)


def _plain_outside(container: etree._Element, body: etree._Element | None,
                   tags: frozenset[str] | None) -> list[etree._Element]:
    """What the readers did before: every element, those in the body filtered out."""
    skip = body if body is not None and body is not container else None
    out = []
    for el in (container.iter(*tags) if tags else container.iter()):
        if skip is not None and (el is skip or skip in el.iterancestors()):
            continue
        out.append(el)
    return out


def test_the_corpus_is_there() -> None:
    assert len(PAGES) >= 50


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_text_length_test_matches_the_squashed_text(path: Path) -> None:
    root = _tree(path)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for limit in (0, 40, 120):
            assert _text_longer_than(el, limit) == (len(squashed_text(el)) > limit), (
                f"{path.name}: <{el.tag}> at line {el.sourceline}, limit {limit}")


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.stem)
def test_walk_around_the_body_matches_the_filtered_walk(path: Path) -> None:
    root = _tree(path)
    checked = 0
    # Every element with children as a container, each of its descendants in turn as the
    # body: far more shapes than the listings' own containers.
    containers = [el for el in root.iter("article", "div", "li", "section") if len(el)]
    for container in containers[::max(1, len(containers) // 40)]:  # 40 a page at most
        for body in [None, container, *list(container.iterdescendants())[:8]]:
            if body is not None and not isinstance(body.tag, str):
                continue
            for tags in (None, frozenset(("p", "span", "small", "a", "div"))):
                assert list(_outside(container, body, tags)) == \
                    _plain_outside(container, body, tags), (
                    f"{path.name}: container <{container.tag}> at line "
                    f"{container.sourceline}")
                checked += 1
    assert checked > 0
