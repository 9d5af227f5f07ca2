"""Oversize pages: extracted in chunks of sibling subtrees, so the time stays linear.

trafilatura's content search runs XPath lookups such as ``//p//text()`` over the whole
tree, and libxml2 evaluates them in time that grows with the square of the number of
nodes found (``benchmarks/bench_scaling.py --reference``: trafilatura alone, slope about
2 above 1 MB of short paragraphs). A hostile or broken page of hundreds of thousands of
paragraphs would take hours. Such a page is cut here into chunks of consecutive sibling
subtrees of at most :data:`CHUNK_ELEMENTS` elements each; each chunk, inside copies of
its ancestors (so class names and ids still say where it stands), goes through the
ordinary extraction (:func:`normalizer.stories.extract.extract`), and the blocks come
back in document order. The quadratic part then costs a constant per chunk.

Only pages above both thresholds take this path; every other page is extracted exactly
as before (the check is one length test, and one element count for pages over
:data:`OVERSIZE_MIN_BYTES`). The thresholds were set from the corpora: the largest page
of the AEB benchmark, the dev set and the test fixtures has under 10,000 elements and
about 200 kB.

Why chunks and not the page flattened to text (:mod:`normalizer.pages.flatten`) and read
as a dump, the other linear path: ``benchmarks/bench_scaling.py --compare DIR`` forces
both on ordinary pages, cut at 500 elements a chunk, and scores their stories' words
against the ordinary path's. On the 181 pages of the AEB benchmark: chunks mean F1 0.888,
median 0.963, 68 pages identical; flattened 0.849, 0.926, 16 identical. On the generated
pages of one-line paragraphs, chunks give the ordinary path's blocks exactly.
"""
from __future__ import annotations

import copy
import logging
from collections.abc import Iterator

from lxml import etree

from normalizer.model import AttributionHint
from normalizer.pages.permalink import page_info, parse_html

log = logging.getLogger(__name__)

#: Pages shorter than this (bytes or characters of markup) are never oversize; the
#: element count below is taken only above it.
OVERSIZE_MIN_BYTES = 1_000_000
#: Elements in the parsed page above which it is extracted in chunks. The AEB, dev-set
#: and fixture pages have at most ~10,000; a 1 MB page of one-line paragraphs ~45,000.
OVERSIZE_ELEMENTS = 40_000
#: Elements per chunk at most (a subtree larger than this is cut among its children).
#: Small enough that trafilatura's quadratic lookups stay cheap within one chunk
#: (a few thousand paragraphs take well under a second), large enough that a chunk
#: holds many paragraphs of context for its choice of main content.
CHUNK_ELEMENTS = 5_000

_SIZE = "data-tagwire-subtree-size"


def is_oversize(markup: str | bytes, tree: etree._Element) -> bool:
    """Whether the page is above both thresholds (see the module doc)."""
    if len(markup) < OVERSIZE_MIN_BYTES:
        return False
    return int(tree.xpath("count(descendant-or-self::*)")) > OVERSIZE_ELEMENTS


def _mark_sizes(root: etree._Element) -> None:
    """Write each element's subtree size (elements) into an attribute: one pass, and no
    Python object kept per element (a dict of a million proxies would cost more than
    the page)."""
    for _, el in etree.iterwalk(root, events=("end",)):
        if isinstance(el.tag, str):
            el.set(_SIZE, str(1 + sum(_size(c) for c in el)))


def _size(el: etree._Element) -> int:
    return int(el.get(_SIZE) or 0) if isinstance(el.tag, str) else 0


def chunks(root: etree._Element, limit: int = CHUNK_ELEMENTS) -> Iterator[list[etree._Element]]:
    """Runs of subtrees in document order, of at most ``limit`` elements together: a
    subtree larger than ``limit`` is not taken whole but cut among its children. A run
    goes on across such a cut, so a page's header joins its first paragraphs and its
    footer its last ones (alone, trafilatura would find no content in them, and the
    fallback would keep their links as text). Iterative: a page nested thousands deep
    cannot exhaust the recursion limit."""
    _mark_sizes(root)
    stack: list[Iterator[etree._Element]] = [iter(root)]
    group: list[etree._Element] = []
    total = 0
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        n = _size(child)
        if n > limit and len(child):
            stack.append(iter(child))
            continue
        if group and total + n > limit:
            yield group
            group, total = [], 0
        group.append(child)
        total += n
    if group:
        yield group


def _copy_attributes(source: etree._Element, target: etree._Element) -> None:
    for name, value in source.attrib.items():
        if name != _SIZE:
            try:
                target.set(name, value)
            except ValueError:  # a name HTML allows and XML not ("xmlns:og")
                continue


def _chunk_document(parts: list[etree._Element]) -> etree._Element:
    """A page holding copies of ``parts`` (with their tails) inside copies of their
    ancestors (tag, attributes, and the text before a first child)."""
    copies: dict[etree._Element, etree._Element] = {}
    top: etree._Element | None = None
    for part in parts:
        chain = list(part.iterancestors())[::-1]
        holder: etree._Element | None = None
        for el in chain:
            made = copies.get(el)
            if made is None:
                made = el.makeelement(el.tag)
                _copy_attributes(el, made)
                copies[el] = made
                if holder is None:
                    top = made
                else:
                    holder.append(made)
            holder = made
        assert holder is not None, "a part below the page's root"
        if part.getprevious() is None and part.getparent() is not None:
            holder.text = part.getparent().text
        holder.append(copy.deepcopy(part))
    assert top is not None
    if top.tag != "html":
        html = top.makeelement("html")
        html.append(top)
        top = html
    etree.strip_attributes(top, _SIZE)
    return top


def extract_oversize(tree: etree._Element, url: str | None, *,
                     limit: int | None = None):
    """The page's blocks, removed parts and hints, chunk by chunk of at most ``limit``
    elements (default :data:`CHUNK_ELEMENTS`), as an
    :class:`~normalizer.stories.extract.Extracted`; the page's title, date and author
    from the whole page."""
    from normalizer.stories.extract import Extracted, extract

    info = page_info(tree, url)
    blocks, removed, hints = [], [], []  # type: ignore[var-annotated]
    n = 0
    for parts in chunks(tree, limit or CHUNK_ELEMENTS):
        parts = [p for p in parts if p.tag != "head"]
        if not parts:
            continue
        part = extract(_chunk_document(parts), url, with_info=False)
        blocks.extend(part.blocks)
        removed.extend(part.removed)
        hints.extend(h for h in part.hints if isinstance(h, AttributionHint))
        n += 1
    log.info("%s: oversize page, extracted in %d chunks", url, n)
    return Extracted(blocks, removed, hints, info)


def extract_oversize_fragment(content: str | bytes, url: str | None):
    """A post's content HTML as a listing, an API or a feed gave it, extracted in chunks
    when it is over both thresholds (the same quadratic lookups as a whole page's);
    ``None`` below them, for the ordinary fragment path."""
    if len(content) < OVERSIZE_MIN_BYTES:
        return None
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    tree = parse_html(f"<html><body><article>{text}</article></body></html>")
    if tree is None or not is_oversize(content, tree):
        return None
    return extract_oversize(tree, url)
