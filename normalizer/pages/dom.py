"""Small lxml helpers shared by the page readers (archive and permalink pages).

One meaning per name: :func:`class_and_id` is the raw ``class`` and ``id`` text (for
regular expressions), :func:`class_tokens` the lower-cased tokens of the same (for set
tests against a cue table).
"""
from __future__ import annotations

import functools
import re
from typing import Any

from lxml import etree

from normalizer.cues.markup import OUTSIDE_POST_RE
from normalizer.stories.blocks import clean_text

_WS = re.compile(r"\s+")


def class_and_id(el: etree._Element) -> str:
    """The element's ``class`` and ``id`` attributes as one string."""
    return f"{el.get('class') or ''} {el.get('id') or ''}"


def class_tokens(el: etree._Element) -> set[str]:
    """The lower-cased words of the element's ``class`` and ``id``."""
    return set(class_and_id(el).lower().split())


_LOWER_SETS: dict[tuple[str, ...], frozenset[str]] = {}


def _lower_set(tokens: tuple[str, ...]) -> frozenset[str]:
    found = _LOWER_SETS.get(tokens)
    if found is None:
        found = _LOWER_SETS[tokens] = frozenset(t.lower() for t in tokens)
    return found


def has_class(el: etree._Element, tokens: tuple[str, ...] | frozenset[str]) -> bool:
    """True when one of ``tokens`` is a class or the id of ``el`` (case-insensitive)."""
    wanted = tokens if isinstance(tokens, frozenset) else _lower_set(tokens)
    return not wanted.isdisjoint(class_tokens(el))


@functools.cache
def _compiled(expr: str) -> etree.XPath:
    return etree.XPath(expr)


def xpath(el: etree._Element, expr: str) -> Any:
    """``el.xpath(expr)`` with the expression compiled once (the cues are fixed strings)."""
    return _compiled(expr)(el)


def squashed_text(el: etree._Element | None) -> str:
    """The element's text, whitespace (no-break spaces included) folded to single spaces."""
    if el is None:
        return ""
    return _WS.sub(" ", el.text_content().replace("\xa0", " ")).strip()


def outside_post(el: etree._Element) -> bool:
    """True when an ancestor of ``el`` is page chrome by its class or id (not the post)."""
    return any(OUTSIDE_POST_RE.search(class_and_id(anc)) for anc in el.iterancestors())


def text_of(el: etree._Element) -> str:
    """The element's text, cleaned as block text is."""
    return clean_text("".join(el.itertext()))
