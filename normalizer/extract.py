"""HTML -> blocks: trafilatura isolates the post's content; tagwire keeps the cues.

trafilatura finds the main content and drops the sidebar, comments, share buttons and
related-post lists. Before handing it the tree, tagwire takes out what trafilatura would
either keep as plain text (figure captions, photo credits) or throw away although it
matters here (separators made of empty paragraphs; byline, dateline and source blocks,
which trafilatura discards on purpose because of their class names). The structure-
preserving output (headings, bold, lists, quotes, images with alt text) becomes a flat
list of :class:`~normalizer.blocks.Block`.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

import trafilatura
from lxml import etree, html as lxml_html
from trafilatura.utils import load_html

from normalizer.blocks import IMAGE, SEP, Block, clean_text
from normalizer.data.markup import (
    ATTRIBUTION_CLASS_RE,
    CAPTION_CLASS_RE,
    CONTENT_XPATH,
    EMPTY_CONTENT_MAX_WORDS,
    DATE_XPATHS,
    OUTSIDE_POST_RE,
    TAG_LINKS_XPATH,
    TITLE_SEPARATORS,
    TITLE_XPATHS,
)

log = logging.getLogger(__name__)

MAX_TREE_BYTES = 20_000_000
# htmldate's extensive search reads every date-like string of the page and loads
# dateparser (1.7 s of CPU per language and process); it only runs when the post's own
# date markup is missing.
DATE_PAGE_RESCUE = True
# trafilatura's fast mode skips its comparison with readability and jusText (about a
# tenth of the normalizer's time); bench_aeb and the dev set measure what it costs.
TRAFILATURA_FAST = True


@dataclass
class PageInfo:
    """What the page says about the post besides its content."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sitename: str | None = None


@dataclass
class Extracted:
    blocks: list[Block]
    removed: list[dict]
    hints: list[tuple[str, str]]   # (class-ish cue, text) of attribution blocks
    info: PageInfo


def parse_html(markup: str | bytes) -> etree._Element | None:
    """Parse a page or a fragment into an lxml tree (charset detection by trafilatura)."""
    if isinstance(markup, (etree._Element,)):
        return markup
    return load_html(markup)


def _classes(el: etree._Element) -> str:
    return f"{el.get('class', '')} {el.get('id', '')}"


def _outside_post(el: etree._Element) -> bool:
    for anc in el.iterancestors():
        if OUTSIDE_POST_RE.search(_classes(anc)):
            return True
    return False


def _text_of(el: etree._Element) -> str:
    return clean_text("".join(el.itertext()))


def _is_empty_para(el: etree._Element) -> bool:
    if el.tag != "p":
        return False
    if el.text and el.text.replace("\xa0", " ").strip():
        return False  # the usual case, answered without walking the paragraph
    if el.find(".//img") is not None:
        return False
    return not "".join(el.itertext()).replace("\xa0", " ").strip()


_CAPTION_OR_ATTRIBUTION_RE = re.compile(
    f"{CAPTION_CLASS_RE.pattern}|{ATTRIBUTION_CLASS_RE.pattern}", re.IGNORECASE)


def preprocess(tree: etree._Element) -> tuple[list[dict], list[tuple[str, str]]]:
    """Take captions, credits, tag lines and attribution blocks out of ``tree`` (in place).

    Returns what was removed (for the record's audit trail) and the attribution hints.
    Empty-paragraph runs and ``<hr>`` become a ``* * *`` paragraph, the separator shape
    that the splitter knows, since trafilatura drops empty paragraphs.
    """
    removed: list[dict] = []
    hints: list[tuple[str, str]] = []
    body = tree.find(".//body")
    root = body if body is not None else tree

    for el in list(root.iter("figcaption", "p", "div", "span", "small", "em", "dd", "cite")):
        if el.getparent() is None:
            continue
        cls = _classes(el)
        if el.tag != "figcaption" and not _CAPTION_OR_ATTRIBUTION_RE.search(cls):
            continue  # most elements: one search answers both questions below
        if el.tag == "figcaption" or (cls.strip() and CAPTION_CLASS_RE.search(cls)):
            if el.find(".//img") is not None and el.tag != "figcaption":
                continue  # a caption container holding its image: the image stays
            text = _text_of(el)
            if text:
                removed.append({"kind": "caption", "text": text})
            _drop(el)
        elif cls.strip() and ATTRIBUTION_CLASS_RE.search(cls) and not _outside_post(el):
            text = _text_of(el)
            if text and len(text) < 200:
                # Among the post's paragraphs it was pasted with the story; in the post's
                # header or footer it describes the blog post (its poster, its date).
                parent = el.getparent()
                in_body = parent is not None and len(parent.findall("p")) >= 3
                hints.append((("story " if in_body else "post ") + cls.strip(), text))

    for el in list(root.xpath(TAG_LINKS_XPATH)):
        removed.append({"kind": "chrome", "text": _text_of(el)})
        _drop(el)

    # Separators: <hr>, or two or more empty paragraphs in a row.
    for hr in list(root.iter("hr")):
        parent = hr.getparent()
        if parent is not None and not _outside_post(hr):
            sep = lxml_html.Element("p")
            sep.text = "* * *"
            sep.tail = hr.tail
            parent.replace(hr, sep)
    for p in list(root.iter("p")):
        if p.getparent() is None or not _is_empty_para(p):
            continue
        run = [p]
        nxt = p.getnext()
        while nxt is not None and _is_empty_para(nxt):
            run.append(nxt)
            nxt = nxt.getnext()
        if len(run) >= 2:
            for extra in run[1:]:
                _drop(extra)
            p.text = "* * *"
            for child in list(p):
                p.remove(child)
    return removed, hints


def _drop(el: etree._Element) -> None:
    """Remove an element but keep its tail text."""
    parent = el.getparent()
    if parent is None:
        return
    if el.tail and el.tail.strip():
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + el.tail
        else:
            parent.text = (parent.text or "") + el.tail
    parent.remove(el)


def page_info(tree: etree._Element, url: str | None) -> PageInfo:
    """Title, date, author, categories and tags, from the page's own markup first and
    trafilatura's metadata parts where it says nothing.

    Only the parts of ``trafilatura.metadata.extract_metadata`` whose answer tagwire
    reads run, each only when needed: meta tags and JSON-LD (title, date, site name,
    categories, tags), the ``<h1>``/``<title>`` guess only when the post's own title
    markup is missing, htmldate only when the post's own date markup is missing.
    Author and licence detection (about a tenth of the normalizer's time on news
    pages) never run: tagwire finds the blog's author itself (:func:`_post_author`).
    """
    from trafilatura import metadata as tm

    meta = tm.examine_meta(tree)
    try:
        meta = tm.extract_meta_json(tree, meta)
    except Exception as exc:  # bugs in trafilatura's JSON-LD reader: its own guard
        log.debug("%s: JSON-LD metadata unreadable (%s)", url, exc)
    if not meta.sitename:
        meta.sitename = tm.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    if not meta.categories or not meta.tags:
        hrefs = tree.xpath(_CATSTAG_HREFS)
        if not meta.categories:
            meta.categories = (tm.extract_catstags("category", tree)
                               if any("/categor" in h for h in hrefs) else _section(tree))
        if not meta.tags:
            meta.tags = tm.extract_catstags("tag", tree) if any("/tag" in h for h in hrefs) else []
    meta.clean_and_trim()
    info = PageInfo(categories=[c for c in (meta.categories or []) if c],
                    tags=[t for t in (meta.tags or []) if t], sitename=meta.sitename)
    info.title = _post_title(tree, meta.title, info.sitename,
                             lambda: _trimmed(tm.extract_title(tree)))
    info.published = _post_date(tree) or _htmldate(tree, meta.url, url)
    info.author = _post_author(tree)
    return info


# trafilatura's category and tag finders keep only links whose address has "/categor..."
# or "/tag..." in it, through slow XPaths (EXSLT regular expressions); a page without
# such links skips them, with the same answer.
POST_CONTAINER_CLASSES = frozenset({"hentry", "type-post", "post"})
POST_CONTENT_CLASSES = frozenset({"entry", "entry-content"})
_CONTENT_PRESELECT = "//*[contains(@class, 'entry')]"
_CATSTAG_HREFS = "//a/@href[contains(., '/categor') or contains(., '/tag')]"


def _section(tree: etree._Element) -> list[str]:
    """trafilatura's category fallback when no category link matched: the page's
    ``article:section`` or ``subject`` meta tags."""
    from trafilatura.utils import line_processing

    found = tree.xpath('.//head//meta[@property="article:section" or contains(@name, "subject")]'
                       "[@content]")
    lines = (line_processing(el.attrib["content"]) for el in found if el.attrib["content"])
    return [r for r in dict.fromkeys(lines) if r]


def _trimmed(value: str | None) -> str | None:
    """What trafilatura's ``Document.clean_and_trim`` makes of a metadata string."""
    from html import unescape

    from trafilatura.utils import line_processing

    if not value:
        return value
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value))


def _htmldate(tree: etree._Element, page_url: str | None, url: str | None) -> str | None:
    """htmldate's guess at the page's date, without its dateparser stage.

    htmldate's extensive search hands date-like strings its own patterns cannot read to
    dateparser, whose first call costs seconds per process (it compiles the patterns of
    every locale); on the real pages measured it changed the answer on 2 of 213 pages.
    tagwire runs htmldate's fast search, then the extensive search's regular-expression
    rescue over the page (:func:`htmldate.core.search_page`), which needs no dateparser.
    """
    from copy import deepcopy

    from htmldate.core import discard_unwanted, search_page, serialize
    from htmldate.settings import CLEANING_LIST
    from htmldate.utils import Extractor, clean_html
    from htmldate.validators import get_max_date, get_min_date
    from trafilatura.metadata import extract_url, find_date
    from trafilatura.settings import set_date_params

    params = set_date_params(False)
    params["url"] = page_url or extract_url(tree, url)
    try:
        found = find_date(tree, **params) or _date_line_in_page(tree, params["max_date"])
        if found is None and DATE_PAGE_RESCUE:
            options = Extractor(False, get_max_date(params.get("max_date")),
                                get_min_date(params.get("min_date")),
                                params.get("original_date", False), "%Y-%m-%d")
            pruned = discard_unwanted(clean_html(deepcopy(tree), CLEANING_LIST))
            found = search_page(serialize(pruned), options)
    except Exception as exc:  # pragma: no cover - htmldate's own failures
        log.debug("%s: htmldate failed (%s)", url, exc)
        return None
    return found


_DATE_TEXT_XPATH = ("//*[self::div or self::p or self::span or self::li or self::time or self::h2"
                    " or self::h3 or self::h4 or self::small or self::em]/text()")


def _date_line_in_page(tree: etree._Element, latest: str) -> str | None:
    """The oldest date among the page's short date lines ("publiziert am 25. September
    2018", "Managua, 26 de abril de 2022"), read with tagwire's own month names:
    what htmldate's extensive search would hand to dateparser."""
    from normalizer.dates import parse_date, split_date_line

    found: str | None = None
    for text in tree.xpath(_DATE_TEXT_XPATH):
        text = " ".join(str(text).split())
        if not 6 <= len(text) <= 90 or not any(c.isdigit() for c in text):
            continue
        is_date, _ = split_date_line(text)
        day = parse_date(text) if is_date else None
        if day and day <= latest and (found is None or day < found):
            found = day
    return found


def _post_date(tree: etree._Element) -> str | None:
    """The post's date from its own markup (htmldate's guess is the fallback)."""
    from normalizer.dates import parse_date

    for xp in DATE_XPATHS:
        for hit in tree.xpath(xp):
            if not isinstance(hit, str) and _outside_post(hit) and "postmetadata" not in _classes(hit):
                continue
            # str(): an lxml "smart string" keeps its whole document alive, and
            # parse_date's cache would keep thousands of them.
            text = str(hit) if isinstance(hit, str) else _text_of(hit)
            found = parse_date(text) if text else None
            if found:
                return found
    return None


def _post_title(tree: etree._Element, guess: str | None, sitename: str | None,
                more_guess=None) -> str | None:
    """The post's title, never the blog's name.

    trafilatura takes a page's only ``<h1>`` as its title, which on classic blog themes
    is the blog's name; tagwire looks for the post's own title markup first.
    """
    site = (sitename or "").strip().lower()
    for xp in TITLE_XPATHS:
        for hit in tree.xpath(xp):
            text = clean_text(str(hit) if isinstance(hit, str) else "".join(hit.itertext()))
            if text and text.lower() != site and (isinstance(hit, str) or not _outside_post(hit)):
                return text
    titles = tree.xpath("//title/text()")
    if titles:
        parts = [p for p in TITLE_SEPARATORS.split(clean_text(str(titles[0]))) if p and p.lower() != site]
        if parts:
            return max(parts, key=len)
    if guess is None and more_guess is not None:
        guess = more_guess()
    return guess


def _post_author(tree: etree._Element) -> str | None:
    """The blog author: meta name=author, rel=author or a vcard outside the comments.

    trafilatura's author guess takes comment authors on blogs, so tagwire looks itself.
    """
    for content in tree.xpath("//meta[@name='author']/@content"):
        if content.strip():
            return content.strip()
    for el in tree.xpath("//a[contains(concat(' ', @rel, ' '), ' author ')] | "
                         "//*[contains(concat(' ', @class, ' '), ' author ')]//*[contains(@class, 'fn')]"):
        if not _in_comments(el):
            text = _text_of(el)
            if text and len(text) < 80:
                return text
    return None


def _in_comments(el: etree._Element) -> bool:
    return any(re.search(r"comment|respond", _classes(a), re.I) for a in el.iterancestors())


# --- trafilatura's output tree -> blocks ---------------------------------------------------

def _inline_flags(el: etree._Element) -> tuple[bool, bool, bool]:
    """Whether all of the text of ``el`` is bold, italic, inside links."""
    total = clean_text("".join(el.itertext()))
    if not total:
        return False, False, False

    def covered(pred) -> bool:
        inside = "".join(
            "".join(x.itertext()) for x in el.iter() if x is not el and pred(x)
            and not any(pred(a) for a in x.iterancestors() if a is not el)
        )
        return len(clean_text(inside)) >= len(total) - 1

    bold = covered(lambda x: x.tag == "hi" and "b" in (x.get("rend") or ""))
    italic = covered(lambda x: x.tag == "hi" and "i" in (x.get("rend") or ""))
    link = covered(lambda x: x.tag == "ref")
    return bold, italic, link


def body_to_blocks(body: etree._Element) -> list[Block]:
    blocks: list[Block] = []

    def graphic(g: etree._Element) -> None:
        blocks.append(Block(text="", kind=IMAGE, alt=clean_text(g.get("alt") or ""), role=IMAGE))

    for el in body:
        tag = el.tag
        if tag == "graphic":
            graphic(el)
            continue
        for g in el.iter("graphic"):
            graphic(g)
        if tag == "list":
            for item in el.iter("item"):
                text = clean_text("".join(item.itertext()))
                if text:
                    b, i, link = _inline_flags(item)
                    blocks.append(Block(text=text, kind="item", bold=b, italic=i, link_only=link))
            continue
        text = clean_text("".join(el.itertext()))
        if not text:
            continue
        if tag == "head":
            rend = el.get("rend") or ""
            level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 3
            _, i, link = _inline_flags(el)
            blocks.append(Block(text=text, kind="head", level=level, bold=True, italic=i, link_only=link))
        elif tag == "table":
            rows = [clean_text(" | ".join("".join(c.itertext()) for c in row.iter("cell")))
                    for row in el.iter("row")]
            blocks.append(Block(text="\n".join(r for r in rows if r) or text, kind="table"))
        else:
            b, i, link = _inline_flags(el)
            kind = "quote" if tag == "quote" else "p"
            if text == "* * *":
                blocks.append(Block(text=text, kind=SEP, role=SEP))
            else:
                blocks.append(Block(text=text, kind=kind, bold=b, italic=i, link_only=link))
    return blocks


def extract(markup: str | bytes | etree._Element, url: str | None = None, *,
            with_info: bool = True, fragment: bool = False) -> Extracted:
    """Extract the content blocks of a page (or of a post's content fragment)."""
    if fragment and isinstance(markup, (str, bytes)):
        # trafilatura drops the headings of a bare fragment; inside an article it keeps them.
        text = markup.decode("utf-8", "replace") if isinstance(markup, bytes) else markup
        markup = f"<html><body><article>{text}</article></body></html>"
    tree = parse_html(markup)
    if tree is None:
        return Extracted([], [], [], PageInfo())
    info = page_info(tree, url) if with_info else PageInfo()
    removed, hints = preprocess(tree)
    if not fragment and _post_is_empty(tree):
        return Extracted([], removed, hints, info)
    # No URL: trafilatura would resolve every link's target against it, and tagwire
    # only asks whether text is a link. "xml": the body tree without its rendering as
    # text, which tagwire does not read.
    doc = trafilatura.bare_extraction(
        tree, url=None, include_formatting=True, include_images=True, include_links=True,
        include_tables=True, include_comments=False, with_metadata=False,
        favor_recall=fragment, fast=TRAFILATURA_FAST, output_format="xml",
    )
    body = getattr(doc, "body", None) if doc is not None else None
    blocks = body_to_blocks(body) if body is not None else []
    if not any(b.text for b in blocks):
        blocks = fallback_blocks(tree)
    return Extracted(blocks, removed, hints, info)


def _class_tokens(el: etree._Element) -> set[str]:
    """The class names of ``el``, split as XPath's normalize-space splits them."""
    return set((el.get("class") or "").translate(_XML_SPACE).split(" ")) - {""}


_XML_SPACE = str.maketrans("\t\n\r", "   ")


def _post_contents(tree: etree._Element) -> list[etree._Element]:
    """The post-content elements (:data:`POST_CONTENT_CLASSES` inside an element of
    :data:`POST_CONTAINER_CLASSES`), in document order: the XPath of the two class
    tests is quadratic on nested containers, so lxml only preselects by substring."""
    found = []
    for el in tree.xpath(_CONTENT_PRESELECT):
        if _class_tokens(el) & POST_CONTENT_CLASSES and any(
                _class_tokens(a) & POST_CONTAINER_CLASSES for a in el.iterancestors()):
            found.append(el)
    return found


def _post_is_empty(tree: etree._Element) -> bool:
    """The page has one post-content element and it holds no text of its own (share bars
    and related-post lists inside it do not count)."""
    found = _post_contents(tree)
    if len(found) != 1:
        return False
    root = found[0]
    words = 0 if OUTSIDE_POST_RE.search(_classes(root)) else len((root.text or "").split())
    # Depth first, never entering a share bar or a related-post list (nor counting its tail).
    stack = list(root)
    while stack and words <= EMPTY_CONTENT_MAX_WORDS:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        if OUTSIDE_POST_RE.search(_classes(node)):
            continue
        words += len((node.text or "").split()) + len((node.tail or "").split())
        stack.extend(node)
    if words > EMPTY_CONTENT_MAX_WORDS:
        return False
    return root.find(".//img") is None


def _outside_post_within(node: etree._Element, root: etree._Element) -> bool:
    for anc in node.iterancestors():
        if anc is root:
            return False
        if OUTSIDE_POST_RE.search(_classes(anc)):
            return True
    return False


_BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "div"}


def fallback_blocks(tree: etree._Element) -> list[Block]:
    """A plain walk over block elements, for fragments too small for trafilatura."""
    blocks: list[Block] = []
    body = tree.find(".//body")
    root = body if body is not None else tree
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "img":
            blocks.append(Block(text="", kind=IMAGE, alt=clean_text(el.get("alt") or ""), role=IMAGE))
            continue
        if el.tag not in _BLOCK_TAGS or el.tag in ("script", "style"):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants()):
            continue  # only leaf blocks
        if _outside_post(el):
            continue
        text = _text_of(el)
        if not text:
            continue
        if text == "* * *":
            blocks.append(Block(text=text, kind=SEP, role=SEP))
            continue
        kind = "head" if el.tag[0] == "h" and el.tag[1:].isdigit() else ("item" if el.tag == "li" else "p")
        strong = [s for s in el.iter("strong", "b") if s is not el]
        bold = kind == "head" or (bool(strong) and len(clean_text("".join("".join(s.itertext()) for s in strong))) >= len(text) - 1)
        links = list(el.iter("a"))
        link_only = bool(links) and len(clean_text("".join("".join(a.itertext()) for a in links))) >= len(text) - 1
        blocks.append(Block(text=text, kind=kind, level=int(el.tag[1]) if kind == "head" else 0,
                            bold=bold, link_only=link_only))
    return blocks
