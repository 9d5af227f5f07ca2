"""HTML page -> text dump: the visible text, one block a line, as a reader's copy would be.

Text dumps are what users keep when they save a page "as text" or copy it out of a
browser: one paragraph a line, a blank line between blocks, image alt text on a line of
its own where the image has one, list items with a bullet. ``tagwire normalize`` reads
such dumps (:mod:`normalizer.textdump`); this module makes them from any saved page so
that a page and its dump can be compared (the stories found in both should agree) and
so that a corpus of real pages can become a corpus of real dumps.

Libraries were weighed first: ``html-text`` gives the right line shape but drops image
alt text, and ``inscriptis`` keeps alt text but lays the page out in indented columns
(bracketed alt text, nested list indents), which is not what a dump looks like. The walk
below is small and keeps exactly the seeds' shape, so it is done here with lxml alone.
"""
from __future__ import annotations

import re

from lxml import etree, html

from normalizer.cues.markup import HIDDEN_STYLE_RE, STREAMED_PART_ID_RE

#: Elements whose content is never shown as text.
SKIPPED = frozenset({
    "head", "script", "style", "noscript", "template", "svg", "math", "iframe", "object",
    "embed", "canvas", "video", "audio", "source", "track", "map", "select", "datalist",
    "input", "textarea", "meta", "link", "title",
})

#: Elements that start and end a block (a line of the dump). Everything else is inline.
BLOCKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd",
    "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
    "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html",
    "legend", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table",
    "tbody", "tfoot", "thead", "tr", "ul",
})

#: Table cells: a row is one line, its cells apart by a tab, as a browser copies a table.
CELLS = frozenset({"td", "th"})

#: What a list item's line starts with (the bullet a browser's copy puts there).
BULLET = "• "

#: Inline styles that hide an element.
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
#: Characters a browser never shows: soft hyphens, zero-width spaces, byte-order marks.
#: (The zero-width non-joiner stays: Persian words need it.)
_INVISIBLE = re.compile("[\u00ad\u200b\ufeff]")
#: Marks a <br> inside an inline buffer; never occurs in decoded page text.
_BREAK = "\x00"
#: Two or more breaks with nothing but spaces between them: a paragraph break.
_BREAK_RUN = re.compile("\x00(?:[ \t\r\n\f\v\u00a0]*\x00)+")
#: Marks a table cell's start inside a row (a tab in the dump); never in page text either.
_CELL = "\x01"
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
_AROUND_CELL = re.compile(" ?\x01+ ?")


def _hidden(el: etree._Element) -> bool:
    if el.get("hidden") is not None:
        return not STREAMED_PART_ID_RE.match(el.get("id") or "")
    style = el.get("style")
    return bool(style and HIDDEN_STYLE_RE.search(style))


class _Lines:
    """Collects inline text and turns it into block lines when a block ends."""

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.buffer: list[str] = []

    def add(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)

    def flush(self) -> None:
        if not self.buffer:
            return
        raw = _INVISIBLE.sub("", "".join(self.buffer))
        self.buffer = []
        # Two breaks or more in a row leave an empty line on screen, as a browser's copy
        # keeps it: the paragraphs of a body written with <br><br> (Blogger's and
        # Tumblr's editors) are blocks of their own; a single <br> is a line break.
        for run in _BREAK_RUN.split(raw):
            lines = [_AROUND_CELL.sub("\t", _SPACES.sub(" ", part)).strip()
                     for part in run.split(_BREAK)]
            block = "\n".join(line for line in lines if line)
            if block:
                self.blocks.append(block)

    def block(self, text: str) -> None:
        self.flush()
        text = _SPACES.sub(" ", _INVISIBLE.sub("", text)).strip()
        if text:
            self.blocks.append(text)


_PARSER = html.HTMLParser(huge_tree=True)


def parse(markup: str | bytes) -> etree._Element:
    """Parse a page (text, or bytes decoded as :mod:`normalizer.io.input_files` does)."""
    if isinstance(markup, bytes):
        from normalizer.io.input_files import decode_bytes

        markup, _ = decode_bytes(markup)
    # Control characters are never shown (and two of them mark breaks and cells below).
    markup = _CONTROL.sub("", markup)
    # lxml refuses str input that declares an encoding; the text is already decoded.
    markup = re.sub(r"^\s*<\?xml[^>]*\?>", "", markup)
    # huge_tree: libxml2 otherwise stops at 256 nested elements and drops the rest.
    return html.document_fromstring(markup or "<html></html>", parser=_PARSER)


def flatten_tree(root: etree._Element) -> str:
    """The visible text of a parsed page: blocks apart by a blank line, ``<br>`` a newline.

    Walks the tree iteratively (``iterwalk``), so deeply nested pages cannot exhaust the
    recursion limit, and in one pass, so the time is linear in the page's size.
    """
    out = _Lines()
    skipping = 0  # depth inside a skipped or hidden element
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else None  # comments, PIs: no text
        if event == "start":
            if skipping or tag is None or tag.lower() in SKIPPED or _hidden(el):
                skipping += 1
                continue
            tag = tag.lower()
            if tag == "br":
                out.add(_BREAK)
            elif tag == "img":
                alt = (el.get("alt") or "").strip()
                if alt:
                    out.block(alt)
            elif tag in BLOCKS:
                out.flush()
                if tag == "li":
                    out.add(BULLET)
            elif tag in CELLS and out.buffer:
                out.add(_CELL)
            out.add(el.text)
            continue
        # end
        if skipping:
            skipping -= 1
            if not skipping and el is not root:
                out.add(el.tail)  # the tail lies outside the skipped element
            continue
        if tag is not None and tag.lower() in BLOCKS:
            out.flush()
        if el is not root:
            out.add(el.tail)
    out.flush()
    blocks = [b for b in out.blocks if b.strip() != BULLET.strip()]
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def flatten_html(markup: str | bytes) -> str:
    """A saved page as a text dump (see the module docstring for the shape)."""
    return flatten_tree(parse(markup))
