"""Understand a post's permalink page: its title, date, author, categories and tags.

trafilatura's metadata is the starting guess; the page's own post markup (the cues of
:mod:`normalizer.cues.markup`) wins where it speaks, because on blog themes
trafilatura takes the blog's name for the title and comment authors for the author.
The post's content is :mod:`normalizer.stories.extract`'s business.
"""
from __future__ import annotations

import functools
import logging
import re
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any

import lxml.html
from lxml import etree

from normalizer.cues.markup import (
    CAPTION_CLASS_RE,
    COMMENTS_RE,
    HEADING_TAGS,
    HEADING_XPATH,
    HIDDEN_STYLE_RE,
    PAGE_AUTHOR_META_XPATH,
    PAGE_AUTHOR_XPATH,
    PAGE_DATE_XPATHS,
    TITLE_AFFIX_END_RE,
    TITLE_AFFIX_START_RE,
    TITLE_H1_AFFIX_START_RE,
    TITLE_SEPARATORS,
    TITLE_XPATHS,
)
from normalizer.pages.dom import (
    PageIndex,
    class_and_id,
    heading_outside_post,
    in_side_box,
    outside_post,
    text_of,
)
from normalizer.stories.blocks import clean_text

log = logging.getLogger(__name__)

# htmldate's page-wide regular-expression rescue (what its extensive search ends with)
# runs when nothing else gave the post a date; see :func:`_htmldate`.
DATE_PAGE_RESCUE = True


@dataclass
class PageInfo:
    """What the page says about the post besides its content."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sitename: str | None = None
    lead_heading: str | None = None  # the heading the post's body opens with (content_heading)


def _parser() -> lxml.html.HTMLParser:
    """trafilatura's parser settings, with lxml.html's element classes chosen in C.

    lxml.html picks each element's Python class (form, input, label, ...) by calling back
    into Python every time an element is touched from Python, about 3 % of the
    normalizer's time on news pages; neither trafilatura nor tagwire uses the form
    classes, so every element is a plain :class:`lxml.html.HtmlElement`.
    """
    parser = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                  remove_comments=True, remove_pis=True)
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_PARSER = _parser()


def parse_html(markup: str | bytes) -> etree._Element | None:
    """Parse a page or a fragment into an lxml tree: trafilatura's ``load_html`` (its
    charset detection, repairs and checks) with the parser of :func:`_parser`."""
    if isinstance(markup, (etree._Element,)):
        return markup
    from trafilatura.utils import decode_file, is_dubious_html

    text = decode_file(markup)
    beginning = text[:50].lower()
    dubious = is_dubious_html(beginning)
    text = _repaired(text, beginning)
    tree = None
    fallback = False
    try:
        tree = lxml.html.fromstring(text, parser=_PARSER)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree = _from_bytes(text)
        fallback = True
    except Exception as exc:  # pragma: no cover - libxml2's own failures
        log.error("lxml parsing failed: %s", exc)
    if (tree is None or len(tree) < 1) and not fallback:
        tree = _from_bytes(text)
    if tree is not None and dubious and len(tree) < 2:
        log.error("parsed tree length: %s, wrong data type or not valid HTML", len(tree))
        return None
    return tree


# The characters trafilatura's repair deletes (``trafilatura.utils.INVALID_XML_CHARS``, a
# character class): controls other than tab and line ends, and two non-characters.
_INVALID_XML_CLASS = "[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\ufffe\\uffff]"
_INVALID_XML_CHARS = (*map(chr, (*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20))),
                      "\ufffe", "\uffff")


def _repaired(text: str, beginning: str) -> str:
    """``trafilatura.utils.repair_faulty_html(text, beginning)``, its deletion of invalid
    characters asked first whether the page has one: its pattern scans the whole page in
    Python's regular-expression engine (half a millisecond on a news page), a search for
    each character runs in C at memory speed, and pages almost never have one. Where
    trafilatura's pattern is not the one known here, its repair runs as it is. The same
    text comes out (``tests/test_page_fast_paths.py``)."""
    from trafilatura import utils

    if utils.INVALID_XML_CHARS.pattern != _INVALID_XML_CLASS \
            or any(char in text for char in _INVALID_XML_CHARS):
        return utils.repair_faulty_html(text, beginning)
    if "doctype" in beginning:
        firstline, _, rest = text.partition("\n")
        text = utils.DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in text[:4096].splitlines()[:4]:  # a self-closing <html/> in the first lines
        if "<html" in line and line.endswith("/>"):
            text = utils.FAULTY_HTML.sub(r"\1>", text, count=1)
            break
    return text


def _from_bytes(text: str) -> etree._Element | None:
    try:
        return lxml.html.fromstring(text.encode("utf8", "surrogatepass"), parser=_PARSER)
    except Exception as exc:
        log.error("lxml parser bytestring %s", exc)
    return None


def page_info(tree: etree._Element, url: str | None, index: PageIndex | None = None) -> PageInfo:
    """Title, date, author, categories and tags, from the page's own markup first and
    trafilatura's metadata parts where it says nothing.

    Only the parts of ``trafilatura.metadata.extract_metadata`` whose answer tagwire
    reads run, each only when needed: meta tags and JSON-LD (title, date, site name,
    categories, tags), the ``<h1>``/``<title>`` guess only when the post's own title
    markup is missing, htmldate only when the post's own date markup is missing.
    Author and licence detection (about a tenth of the normalizer's time on news
    pages) never run: tagwire finds the blog's author itself (:func:`_post_author`).
    """
    if index is None:
        index = PageIndex(tree)
    with index.unchanging():  # the page is only read here: each XPath's answer is kept
        return _page_info(tree, url, index)


def _page_info(tree: etree._Element, url: str | None, index: PageIndex) -> PageInfo:
    from trafilatura import metadata as tm

    meta = tm.examine_meta(_head_of(index))
    try:
        meta = _json_ld(meta, index)
    except Exception as exc:  # bugs in trafilatura's JSON-LD reader: its own guard
        log.debug("%s: JSON-LD metadata unreadable (%s)", url, exc)
    if not meta.sitename:
        meta.sitename = tm.extract_sitename(tree)
    if meta.sitename:
        meta.sitename = meta.sitename.lstrip("@")
        if meta.sitename and "." not in meta.sitename and not meta.sitename[0].isupper():
            meta.sitename = meta.sitename.title()
    if not meta.categories or not meta.tags:
        # trafilatura's category and tag finders run only when a link could be one.
        hrefs = index.href_text  # (all hrefs in one string, searched once)
        if not meta.categories:
            meta.categories = (_catstags("category", tree, index)
                               if _CATEGORY_HREF.search(hrefs) else _section(tree, index))
        if not meta.tags:
            meta.tags = _catstags("tag", tree, index) if _TAG_HREF.search(hrefs) else []
    meta.clean_and_trim()
    info = PageInfo(categories=[c for c in (meta.categories or []) if c],
                    tags=[t for t in (meta.tags or []) if t], sitename=meta.sitename)
    info.title = _post_title(tree, meta.title, info.sitename,
                             lambda: _trimmed(tm.extract_title(tree)), index)
    info.published = (_post_date(tree, index) or _htmldate(tree, meta.url, url, index)
                      or _dateline_date(tree, index, url))
    if info.published and info.title:
        info.published = _printed_day(info.published, info.title, index)
    info.author = _post_author(tree, index)
    info.lead_heading = content_heading(tree, index)
    return info


def _head_of(index: PageIndex) -> etree._Element:
    """A document of the page's ``<head>`` meta tags alone (copies, in their order): all
    that ``trafilatura.metadata.examine_meta`` reads (``.//head/meta``), which finds them
    with an ElementPath walk of every element of the page in Python and an XPath. On
    this small document the same metadata comes out (``tests/test_page_fast_paths.py``
    compares the two on the saved pages). Only the tags with a ``content`` are copied
    (both of trafilatura's readers skip the others), by lxml's own copy (``copy.copy``
    costs as much again in Python around it)."""
    root = etree.Element("html")
    head = etree.SubElement(root, "head")
    attached: dict[etree._Element, bool] = {}  # (a meta tag is in the tree as its parent is:
    for meta in index.metas:  # the walk of the head's ancestors is made once)
        if meta.get("content") is None:
            continue
        parent = meta.getparent()
        if parent is None or parent.tag != "head":
            continue
        here = attached.get(parent)
        if here is None:
            here = attached[parent] = index.attached(parent)
        if here:
            kept = meta.__copy__()
            kept.tail = None
            head.append(kept)
    return root


# The script types trafilatura reads metadata from, and its JSON "minifying": whitespace
# out, strings (as its pattern finds them) kept as they are.
JSON_SCRIPT_TYPES = frozenset(("application/ld+json", "application/settings+json"))
# (a string: its runs of plain characters and its escapes, written so that the engine reads
# a run in one step; the same strings as trafilatura's ``"(?:\\.|[^"\\])*"``, a quarter of
# the time)
_JSON_STRING = re.compile(r'("[^"\\]*(?:\\.[^"\\]*)*")')
_SPACE_RUN = re.compile(r"\s+")


def _json_ld(meta: Any, index: PageIndex) -> Any:
    """``trafilatura.metadata.extract_meta_json``: the page's JSON-LD scripts read into
    ``meta`` by trafilatura's own readers, in the same order, with two costs less: the
    scripts are found among the page's elements by tag (no walk of the tree), and the
    whitespace between JSON tokens goes in one split of the text at its strings (its
    pattern, ``re.sub`` with a group template, runs Python code for every space and
    string: a third of the normalizer's metadata time on news pages). The same text
    comes out (``tests/test_fast_paths.py`` compares the two on the saved pages)."""
    import json

    from trafilatura.json_metadata import extract_json, extract_json_parse_error

    for elem in index.with_tags(frozenset(("script",))):
        if elem.get("type") not in JSON_SCRIPT_TYPES or not elem.text:
            continue
        element_text = _normalized_json(_minified(elem.text))
        try:
            schema = json.loads(element_text, strict=False)
            meta = extract_json(schema, meta)
        except json.JSONDecodeError:
            meta = extract_json_parse_error(element_text, meta)
    return meta


_SURROGATE = re.compile(r"[\ud800-\udfff]")


def _normalized_json(string: str) -> str:
    """``trafilatura.json_metadata.normalize_json``, its steps in its order, with the lone
    surrogates taken out by one pattern instead of a Python test of every character of
    the script (the same text comes out: ``tests/test_page_fast_paths.py``)."""
    from trafilatura import json_metadata as jm

    if "\\" in string:
        string = string.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        string = jm.JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), string)
        string = _SURROGATE.sub("", string)
        string = jm.unescape(string)
    return jm.trim(jm.HTML_STRIP_TAGS.sub("", string))


def _minified(text: str) -> str:
    """``text`` without whitespace outside its JSON strings (trafilatura's minifying)."""
    parts = _JSON_STRING.split(text)
    parts[::2] = [_SPACE_RUN.sub("", between) for between in parts[::2]]
    return "".join(parts)


# trafilatura's category and tag finders keep only links whose address has "/categor..."
# or "/tag..." in it, through slow XPaths (EXSLT regular expressions); a page without
# such links skips them, with the same answer.


_CATEGORY_HREF = re.compile("/categor(?:y|ies|s)?/")   # trafilatura's own tests of a link
_TAG_HREF = re.compile("/tag(?:y|ies|s)?/")


_HREF_OF = {"category": _CATEGORY_HREF, "tag": _TAG_HREF}
# What every match of each pattern has in it: a substring test (in C) rules out most links
# before the pattern is tried.
_HREF_NEEDLE = {"category": "/categor", "tag": "/tag"}
_EXSLT_REGEXP = {"re": "http://exslt.org/regular-expressions"}


def _ancestor_tests(expressions: list[etree.XPath]) -> list[etree.XPath]:
    """trafilatura's category or tag XPaths, ``//container[test]//a[@href]``, each turned
    into the question asked of one link: ``boolean(ancestor::container[test])`` (a link
    is in the XPath's answer exactly when it has an ``href`` and such an ancestor)."""
    tests = []
    for expr in expressions:
        path = " ".join(expr.path.split())
        if not (path.startswith("//") and path.endswith("//a[@href]")):
            raise ValueError(f"unexpected trafilatura XPath shape: {path!r}")
        tests.append(etree.XPath(f"boolean(ancestor::{path[2:-len('//a[@href]')]})",
                                 namespaces=_EXSLT_REGEXP))
    return tests


_CATSTAGS_TESTS: dict[str, list[etree.XPath]] = {}


def _catstags(metatype: str, tree: etree._Element, index: PageIndex) -> list[str]:
    """``trafilatura.metadata.extract_catstags(metatype, tree)``, asked of the page's few
    category (or tag) links instead of the whole tree: each of trafilatura's XPaths walks
    every element of the page (the first calls back into Python's ``re`` for every
    ``div``), about 3 ms a page that has such links; the links and their order are the
    same (``tests/test_page_fast_paths.py`` compares the two on the saved pages)."""
    from trafilatura import xpaths
    from trafilatura.metadata import block_text
    from trafilatura.utils import line_processing

    tests = _CATSTAGS_TESTS.get(metatype)
    if tests is None:
        tests = _CATSTAGS_TESTS[metatype] = _ancestor_tests(
            xpaths.CATEGORIES_XPATHS if metatype == "category" else xpaths.TAGS_XPATHS)
    wanted, needle = _HREF_OF[metatype], _HREF_NEEDLE[metatype]
    links = [a for a, h in index.links if needle in h
             and wanted.search(h) and index.attached(a)]
    results: list[str] = []
    for test in tests:
        results.extend(block_text(a) for a in links if test(a))
        if results:
            break
    if metatype == "category" and not results:
        results.extend(el.attrib["content"] for el in _section_metas(index))
    return [r for r in dict.fromkeys(line_processing(x) for x in results if x) if r]


_SECTION_XPATH = ('.//head//meta[@property="article:section" or contains(@name, "subject")]'
                  "[@content]")


def _section_metas(index: PageIndex) -> list[etree._Element]:
    """``tree.xpath(_SECTION_XPATH)`` from the page's meta tags (the XPath walks every
    element of the page for a ``<head>`` and every element under it)."""
    return [m for m in index.metas
            if (m.get("property") == "article:section" or "subject" in (m.get("name") or ""))
            and m.get("content") is not None
            and any(a.tag == "head" for a in m.iterancestors()) and index.attached(m)]


def _section(tree: etree._Element, index: PageIndex) -> list[str]:
    """trafilatura's category fallback when no category link matched: the page's
    ``article:section`` or ``subject`` meta tags."""
    from trafilatura.utils import line_processing

    found = _section_metas(index)
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


def _htmldate(tree: etree._Element, page_url: str | None, url: str | None,
              index: PageIndex | None = None) -> str | None:
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

    from normalizer.pages.credits import checked_page_date

    params = set_date_params(False)
    params["url"] = page_url or extract_url(tree, url)
    try:
        found = find_date(tree, **params)
        if found:  # a page's own later date is not the post's (see checked_page_date)
            found = checked_page_date(tree, found, params["max_date"])
        if found:  # the masthead's day is the day the page was rendered
            found = _past_masthead(tree, found, params["max_date"], index)
        if found and _only_in_rolls(tree, found[:10], params["max_date"], index):
            # a roll of the latest stories' days is not the story's (see ROLL_MIN_DATES)
            other = _date_line_in_page(tree, params["max_date"], index)
            if other and other != found[:10] \
                    and not _only_in_rolls(tree, other, params["max_date"], index):
                found = other
        found = found or _date_line_in_page(tree, params["max_date"], index)
        if found is None and DATE_PAGE_RESCUE:
            options = Extractor(False, get_max_date(params.get("max_date")),
                                get_min_date(params.get("min_date")),
                                params.get("original_date", False), "%Y-%m-%d")
            pruned = discard_unwanted(clean_html(deepcopy(tree), CLEANING_LIST))
            markup = serialize(pruned)
            found = _search_page(search_page, markup, options)
            if found is not None and not (states_day(markup, found)
                                          or _prints_day(pruned, found)):
                found = None  # a day htmldate made up (see states_day)
    except Exception as exc:  # pragma: no cover - htmldate's own failures
        log.debug("%s: htmldate failed (%s)", url, exc)
        return None
    return found


# --- htmldate's page rescue, its patterns tried where a match can start ---------------------
# htmldate's page rescue (:func:`htmldate.core.search_page`) runs its patterns over the
# page's whole markup, and most of them give Python's engine nothing to skip ahead to (a
# leading ``\D``, a lookbehind): each tries a match at every character, 4-15 ms a
# pattern, about 35 ms a page that reaches the rescue (79 of the 1,196 AEB and real
# pages, those that gave the post no date of their own). Each pattern below is tried
# only at the places where one of its matches can start, found by a search the engine
# does run fast; the same matches come out in the same order, at a fifth of the time. A
# pattern whose text is not the one checked (its digest) is htmldate's own: an upgrade
# can cost speed, never change a date. ``tests/test_page_speed13.py`` compares the two
# on real pages.

#: Patterns whose every match is a character that is no digit followed by an ASCII digit
#: (``\D([0-3]?[0-9][/.-]...``): (module, name, index in that tuple or None, digest of
#: its flags and text).
RESCUE_DIGIT_PATTERNS = (
    ("htmldate.core", "SELECT_YMD_PATTERN", None, "a058521afc6ae23f"),
    ("htmldate.core", "DATESTRINGS_PATTERN", None, "e996c671b7fc4977"),
    ("htmldate.core", "SLASHES_PATTERN", None, "73ec8dbaf1328df1"),
    ("htmldate.core", "YYYYMM_PATTERN", None, "c609905e3a9f325f"),
    ("htmldate.core", "MMYYYY_PATTERN", None, "baceeb64aeb847b5"),
    ("htmldate.core", "SIMPLE_PATTERN", None, "901dfebc0873ec62"),
    ("htmldate.core", "THREE_COMP_PATTERNS", 1, "e1ff77225b73a21a"),
)
#: htmldate's date in words (``regex_parse``): a month word, a space and a day
#: ("March 3, 2020"), or a day, its ending or a dot, a space and a month word ("3. März
#: 2020"): the same tuple's shape.
RESCUE_WORD_PATTERNS = (
    ("htmldate.extractors", "LONG_TEXT_PATTERN", None, "b610759e30f0bf3f"),
)
_DIGIT_RUN = re.compile("[0-9]+")


def pattern_digest(pattern: re.Pattern[str]) -> str:
    """The digest of a regular expression's flags and text (:data:`RESCUE_DIGIT_PATTERNS`)."""
    import hashlib

    return hashlib.sha256(f"{pattern.flags}:{pattern.pattern}".encode()).hexdigest()[:16]


class _Places:
    """A stand-in for one rescue pattern: it tries the pattern only at :meth:`places`
    (a superset of the places where its matches start; sorted, the last string's kept:
    the rescue reads one markup with all its patterns). A match of ``match`` at a place
    is the match a search finds starting there (it sees the text before the place, as
    lookbehinds need), so the first place from a search's start where the pattern
    matches gives the search's match. Anything else is the pattern's own."""

    #: The last string read and its places, kept by each kind of stand-in: its places
    #: depend on the string alone.
    _last: tuple[str | None, list[int]] = (None, [])

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self._pattern = pattern

    def places(self, string: str) -> list[int]:
        raise NotImplementedError

    def _places(self, string: str) -> list[int]:
        last = type(self)._last
        if last[0] is not string:
            last = type(self)._last = (string, self.places(string))
        return last[1]

    def findall(self, string: Any, *args: Any) -> list[Any]:
        """``findall`` of a pattern of one group: the group's texts ("" where it took
        no part), each search starting where the last match ended."""
        if args or not isinstance(string, str) or self._pattern.groups != 1:
            return self._pattern.findall(string, *args)
        match = self._pattern.match
        found = []
        end = 0
        for start in self._places(string):
            if start >= end and (m := match(string, start)) is not None:
                group = m.group(1)
                found.append("" if group is None else group)
                end = m.end()
        return found

    def search(self, string: Any, *args: Any) -> re.Match[str] | None:
        """``search`` from a start (no end): the match at the first place from there."""
        if len(args) > 1 or not isinstance(string, str):
            return self._pattern.search(string, *args)
        from bisect import bisect_left

        places = self._places(string)
        match = self._pattern.match
        for k in range(bisect_left(places, args[0] if args else 0), len(places)):
            if (m := match(string, places[k])) is not None:
                return m
        return None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._pattern, name)


class _FromDigits(_Places):
    """:data:`RESCUE_DIGIT_PATTERNS`: before each run of ASCII digits that follows a
    character that is no digit (``\\d`` of a ``str`` pattern: any decimal digit, as
    ``str.isdecimal`` tells)."""

    def places(self, string: str) -> list[int]:
        return [q - 1 for q in (m.start() for m in _DIGIT_RUN.finditer(string))
                if q and not string[q - 1].isdecimal()]


class _AroundDays(_Places):
    """:data:`RESCUE_WORD_PATTERNS`: a month word starts a run of its letters (the
    pattern's lookbehind) that ends at a space before a digit; a day's last digit comes
    before its ending and a space (its first digit one character earlier). Both found
    by searches of their own that the engine runs fast (a space, a digit first), read
    with the pattern's own flags (checked with its digest) and letter class."""

    #: (with the pattern's flags: the places of one pattern's kind)
    _FLAGS = re.IGNORECASE
    _space_digit = re.compile(r"\s[0-9]", _FLAGS)
    _day_end = re.compile(r"[0-9](?:st|nd|rd|th|\.)? ", _FLAGS)
    _letter = re.compile(r"[^\W\d_]", _FLAGS).match

    def places(self, string: str) -> list[int]:
        letter = self._letter
        found = set()
        for m in self._space_digit.finditer(string):
            k = m.start()
            while k and letter(string, k - 1):
                k -= 1
            if k < m.start():
                found.add(k)
        for m in self._day_end.finditer(string):
            found.update((m.start() - 1, m.start()) if m.start() else (0,))
        return sorted(found)


_RESCUE_LOCK = threading.Lock()


def _rescue_swaps() -> list[tuple[Any, str, Any, Any]]:
    """(module, name, htmldate's value, the value with its stand-in) for each pattern of
    :data:`RESCUE_DIGIT_PATTERNS` and :data:`RESCUE_WORD_PATTERNS` that is the one
    checked."""
    import sys

    swaps = []
    for table, stand_in in ((RESCUE_DIGIT_PATTERNS, _FromDigits),
                            (RESCUE_WORD_PATTERNS, _AroundDays)):
        for module_name, name, index, want in table:
            module = sys.modules.get(module_name)
            value: Any = getattr(module, name, None)
            pattern = value if index is None else (
                value[index] if isinstance(value, tuple) and len(value) > index else None)
            if not isinstance(pattern, re.Pattern) or pattern_digest(pattern) != want:
                continue  # another htmldate: its own pattern
            new: Any = stand_in(pattern)
            if index is not None:
                new = (*value[:index], new, *value[index + 1:])
            swaps.append((module, name, value, new))
    return swaps


def _search_page(search_page: Callable[[str, Any], str | None], markup: str,
                 options: Any) -> str | None:
    """``search_page(markup, options)`` (htmldate's page rescue) with the stand-ins of
    :func:`_rescue_swaps` in place for the time of the call (one call at a time; another
    thread's htmldate meanwhile finds the same matches)."""
    with _RESCUE_LOCK:
        swaps = _rescue_swaps()
        for module, name, _, new in swaps:
            setattr(module, name, new)
        try:
            return search_page(markup, options)
        finally:
            for module, name, old, _ in swaps:
                setattr(module, name, old)


# htmldate's page rescue falls back from whole dates to a year and month ("/2020/03/" in a
# Blogger post's address: the 1st), a copyright year and a year alone (January 1st): days
# no one wrote. A date on the 1st is kept only where the page writes it with its day, in
# the numeric shapes the rescue's whole-date patterns read (year first, day first, month
# first); the post's date stays empty otherwise (the schema has no year-month date).
_STATED_DAY_SHAPES = (r"(?<!\d){y}[-/.]0?{m}[-/.]0?{d}(?!\d)",
                      r"(?<!\d)0?{d}[-/.]0?{m}[-/.]{y}(?!\d)",
                      r"(?<!\d)0?{m}[-/.]0?{d}[-/.]{y}(?!\d)")


def states_day(markup: str, iso: str) -> bool:
    """Whether ``markup`` writes the day of ``iso`` (``YYYY-MM-DD``) or ``iso`` is not a
    1st of the month (the rescue invents only 1sts: see :data:`_STATED_DAY_SHAPES`)."""
    year, month, day = iso[:4], iso[5:7], iso[8:10]
    if day != "01":
        return True
    fields = {"y": year, "m": str(int(month)), "d": "1"}
    shapes = [re.compile(shape.format(**fields)) for shape in _STATED_DAY_SHAPES]
    # Each shape holds the year: a match starts at most _STATED_DAY_BEFORE_YEAR characters
    # before one of the year's places, found by a string search (the patterns' lookbehind
    # gives them no prefix to search for: each scanned the whole page, 1-4 ms). A
    # pattern matches at a place exactly when its search of the whole page finds a
    # match starting there (``match`` with a position sees the text before it).
    at = markup.find(year)
    while at != -1:
        for start in range(max(0, at - _STATED_DAY_BEFORE_YEAR), at + 1):
            if any(shape.match(markup, start) for shape in shapes):
                return True
        at = markup.find(year, at + 1)
    return False


# The most characters a stated day's shape puts before its year: "012/01/" ("0?{m}", "0?{d}"
# and two separators), with room to spare.
_STATED_DAY_BEFORE_YEAR = 12


def _prints_day(tree: etree._Element, day: str) -> bool:
    """Whether the page's text prints ``day`` (YYYY-MM-DD) as a whole date in words or
    numbers, read by tagwire's listing-date reader in either numeric order ("1 mars
    2020", "March 1, 2020"): the shapes :func:`states_day` does not look for in the
    markup."""
    from normalizer.text.dates import parse_listing_date

    year = day[:4]
    return any(parse_listing_date(text, order) == day
               for text in tree.itertext() if year in text and len(text) <= 240
               for order in ("dmy", "mdy"))


# The first few text nodes after the page's only ``<h1>``, where a post shows its date:
# the text nodes of these elements (:func:`texts_under_heading` reads them without XPath).
_DATE_UNDER_HEADING_TAGS = frozenset(("div", "p", "span", "time", "small", "em"))
_DATE_UNDER_HEADING_XPATH = ("(//h1)[1][count(//h1) = 1]/following::*["
                             + " or ".join(f"self::{t}" for t in sorted(_DATE_UNDER_HEADING_TAGS))
                             + "]/text()")
# How many text nodes under the heading are looked at (the post's header, not its body).
DATE_UNDER_HEADING_NODES = 40
# Where the story's printed date line stands under its headline (:func:`_printed_day`): the
# elements above, and the small headings and ``<font>`` runs older pages set it in (the
# NYT's ``<h6 class="dateline">Published: November 13, 2010</h6>``, the Washington Post's
# "Saturday, March 7, 2009" after a ``<br/>`` in the byline's ``<font>``).
_PRINTED_DATE_TAGS = _DATE_UNDER_HEADING_TAGS | frozenset(("h5", "h6", "font"))
_DATE_TEXT_TAGS = frozenset(("div", "p", "span", "li", "time", "h2", "h3", "h4", "small", "em"))
_DATE_TEXT_XPATH = ("//*[" + " or ".join(f"self::{t}" for t in sorted(_DATE_TEXT_TAGS))
                    + "]/text()")


def texts_under_heading(tree: etree._Element) -> list[str]:
    """``tree.xpath(_DATE_UNDER_HEADING_XPATH)[:DATE_UNDER_HEADING_NODES]``, read by
    walking the page from its heading on and stopping at the last node wanted: the
    XPath's ``following::`` step builds the set of every element after the heading (a
    millisecond on a news page) to keep forty of its text nodes. The same texts come out,
    in the same order (``tests/test_page_fast_paths.py`` compares the two)."""
    from itertools import islice

    headings = list(islice(tree.getroottree().getroot().iter("h1"), 2))
    if len(headings) != 1:
        return []
    return list(islice(_following_texts(headings[0], _DATE_UNDER_HEADING_TAGS),
                       DATE_UNDER_HEADING_NODES))


def _following_texts(el: etree._Element, tags: frozenset[str]) -> Iterator[str]:
    """``following::*[self::t1 or ...]/text()`` from ``el``, in document order: the
    subtrees after ``el`` and after each of its ancestors, their tails left out (a tail is
    its parent's text, and an ancestor is not on the ``following`` axis)."""
    node: etree._Element | None = el
    while node is not None:
        for sibling in node.itersiblings():
            yield from _subtree_texts(sibling, tags)
        node = node.getparent()


def _subtree_texts(top: etree._Element, tags: frozenset[str]) -> Iterator[str]:
    """The text nodes of ``top`` and of its descendants whose element is one of ``tags``,
    in document order (an element's text, then each child's subtree and the tail after
    it), ``top``'s own tail left out; without recursion (pages nest deep)."""
    own = isinstance(top.tag, str) and top.tag in tags
    if own and top.text:
        yield top.text
    stack: list[tuple[etree._Element, bool, Iterator[etree._Element]]] = [(top, own, iter(top))]
    while stack:
        parent, parent_own, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack and stack[-1][1] and parent.tail:
                yield parent.tail
            continue
        own = isinstance(child.tag, str) and child.tag in tags
        if own and child.text:
            yield child.text
        stack.append((child, own, iter(child)))


def _date_texts(tree: etree._Element, index: PageIndex | None) -> list[str]:
    """The text nodes of ``tree.xpath(_DATE_TEXT_XPATH)``, element by element (not in the
    XPath's document order: the oldest date among them is wanted), read from the page
    index's elements of those tags (the XPath walks the whole page and makes a string
    object that knows its parent of every text node)."""
    if index is None:
        return [str(t) for t in tree.xpath(_DATE_TEXT_XPATH)]
    return [text for el in index.with_tags(_DATE_TEXT_TAGS)
            for text in (el.text, *(child.tail for child in el)) if text]


def _date_line_in_page(tree: etree._Element, latest: str,
                       index: PageIndex | None = None) -> str | None:
    """The first date line under the page's heading, else the oldest date among the page's
    short date lines ("publiziert am 25. September 2018", "Managua, 26 de abril de 2022",
    "15 августа 2016, 13:43"), read with tagwire's own month names: what htmldate's
    extensive search would hand to dateparser. (Lists of other articles, with older dates,
    stand around the post; its own date line follows its heading.)"""
    for text in texts_under_heading(tree):
        if day := _date_line_day(str(text), latest):
            return day
    found: str | None = None
    for text in _date_texts(tree, index):
        day = _date_line_day(str(text), latest)
        if day and (found is None or day < found):
            found = day
    return found


# A roll of the site's latest stories beside the story (a day's date, then its stories'
# times and links, day after day) prints the days the page was saved on, which date
# finders take for the story's: a day printed only in such rolls (an element whose text
# is the date line, among at least this many sibling date lines and as many links) is
# not the story's where the page prints another date line outside them (read as
# :func:`_date_line_in_page` reads one: the story's own, under its text).
ROLL_MIN_DATES = 3


def _only_in_rolls(tree: etree._Element, day: str, latest: str,
                   index: PageIndex | None) -> bool:
    """Whether the page prints ``day`` (YYYY-MM-DD) as a date line, and only in rolls of
    dated links (see :data:`ROLL_MIN_DATES`)."""
    year = day[:4]

    def has_year(el: etree._Element) -> bool:
        return bool(text := el.text) and year in text

    # (asked of the index before whether each element is still in the tree: a walk of
    # its ancestors, for the few that hold the year)
    holders = [el for el in (index.with_tags(_DATE_TEXT_TAGS, has_year) if index is not None
                             else filter(has_year, tree.iter(*_DATE_TEXT_TAGS)))
               if _date_line_day(el.text, latest) == day]
    return bool(holders) and all(_in_roll(el, latest) for el in holders)


def _in_roll(el: etree._Element, latest: str) -> bool:
    """Whether ``el`` stands among :data:`ROLL_MIN_DATES` sibling date lines or more, and
    as many links, in its parent."""
    parent = el.getparent()
    if parent is None:
        return False
    dated = sum(1 for sibling in parent.iterchildren(el.tag)
                if sibling.text and _date_line_day(sibling.text, latest))
    if dated < ROLL_MIN_DATES:
        return False
    return len(list(islice(parent.iter("a"), ROLL_MIN_DATES))) >= ROLL_MIN_DATES


@functools.lru_cache(maxsize=4096)
def _date_line_day(text: str, latest: str) -> str | None:
    """The day of ``text`` where it is a date line no later than ``latest``, else None.
    (The masthead's, the rolls' and the page's date-line searches read the same lines in
    turn: on the AEB pages seven asks in ten are of a line asked before. Answered once;
    ``latest``, the day's, is in the key.)"""
    from normalizer.text.dates import has_digit, parse_date, split_date_line

    if len(text) < 6:  # (folding its spaces never lengthens a text)
        return None
    text = " ".join(text.split())
    if not 6 <= len(text) <= 90 or not has_digit(text):
        return None
    is_date, _ = split_date_line(text)
    day = parse_date(text) if is_date else None
    return day if day and day <= latest else None


# A page's masthead: its ``<header>`` outside any article, or its banner. A news page prints
# the day it was rendered there ("Tue, 14 Jan 2020" beside the logo), which date finders
# take for the story's when the story's own date line is not in a shape they read.
MASTHEAD_XPATH = "//header[not(ancestor::article)] | //*[@role='banner']"
# Where a title written for sharing stands, to find the post's heading on a page without
# one ``<h1>`` (the heading that reads the same is the post's).
SHARED_TITLE_XPATH = "//meta[@property='og:title']/@content"


def _mastheads(index: PageIndex) -> list[etree._Element]:
    """The page's masthead boxes: those its markup marks (:func:`_marked_mastheads`) and
    those its classes name (:func:`_classed_mastheads`), in document order."""
    return index.union(_marked_mastheads(index) + _classed_mastheads(index))


def _marked_mastheads(index: PageIndex) -> list[etree._Element]:
    """``tree.xpath(MASTHEAD_XPATH)`` from the page's index (the XPath walks every element
    of the page twice: a third of a millisecond on a news page)."""
    headers = [h for h in index.with_tags(_HEADER_TAG)
               if not any(a.tag == "article" for a in h.iterancestors())]
    return index.union(headers + index.with_attribute_value("role", "banner"))


_HEADER_TAG = frozenset(("header",))


def _in_marked_masthead(heading: etree._Element) -> bool:
    """``heading`` (an ``<h1>``) stands in one of the page's :func:`_mastheads`, told from
    its own ancestors instead of every masthead's subtree: one that the markup marks
    (:func:`_marked_mastheads`: a ``<header>`` in no ``<article>``, or ``role="banner"``).
    A box :func:`_classed_mastheads` finds holds no ``<h1>``, so none holds ``heading``.
    Finding the page's mastheads costs two walks of its elements (``role`` read on each,
    every ``<div>``'s class), a fifth of a millisecond on a news page, for an answer its
    few ancestors give."""
    line = [heading, *heading.iterancestors()]
    for place, el in enumerate(line):
        if el.get("role") == "banner" or (el.tag == "header" and not any(
                a.tag == "article" for a in line[place + 1:])):
            return True
    return False


#: Class words of a page's masthead box set in plain ``<div>``s (older themes: ``<div
#: class="header">`` holding the logo, the day's date and the weather).
MASTHEAD_CLASS_WORDS = frozenset(("header", "masthead", "site-header"))
_BOX_TAGS = frozenset(("div", "table", "td"))


def _classed_mastheads(index: PageIndex) -> list[etree._Element]:
    """The boxes classed as the page's masthead (:data:`MASTHEAD_CLASS_WORDS`), outside
    any article, holding no ``<h1>`` and not the page's title (a box classed "header" round
    a story's own heading, an ``<h1>`` or a plain ``<div>`` reading as the ``<title>``
    says, is the story's header with its own date line, not the page's)."""
    boxes = [el for el in index.with_tags(
                 _BOX_TAGS, lambda el: not MASTHEAD_CLASS_WORDS.isdisjoint(
                     (el.get("class") or "").lower().split()))
             if not any(a.tag == "article" for a in el.iterancestors())
             and next(el.iter("h1"), None) is None]
    if not boxes:
        return boxes
    titles = _title_parts(index)
    return [el for el in boxes
            if not any(t in " ".join("".join(el.itertext()).split()).casefold()
                       for t in titles)]


#: The shortest part of a title taken as the story's own title: shorter parts are a
#: site's name or a section ("Home", "新华网").
TITLE_PART_MIN_CHARS = 8


def _title_parts(index: PageIndex) -> set[str]:
    """The parts of the page's ``<title>`` and ``og:title`` long enough to be the story's
    own title (:data:`TITLE_PART_MIN_CHARS`), split where a title parts the story from the
    site's name (:data:`TITLE_SEPARATORS`, :data:`CJK_TITLE_SEPARATORS`), spaces folded,
    case folded."""
    from html import unescape

    texts = [*index.select(SHARED_TITLE_XPATH), *_title_texts(index.elements[0], index)]
    return {folded for text in texts
            for piece in TITLE_SEPARATORS.split(unescape(str(text)))
            for part in CJK_TITLE_SEPARATORS.split(piece)
            if len(folded := " ".join(part.split()).casefold()) >= TITLE_PART_MIN_CHARS}


def _past_masthead(tree: etree._Element, found: str, latest: str,
                   index: PageIndex | None = None) -> str:
    """``found``, unless the page prints that day in its masthead (:data:`MASTHEAD_XPATH`)
    and the first date line under the post's heading names another day: the date nearest
    the story is the story's ("13 Jan 2020, 22:11 GMT+10" under the headline, while the
    masthead says the 14th). The heading is the page's only ``<h1>``, else the ``<h1>``
    or ``<h2>`` that reads as the page's shared title."""
    from html import unescape

    def day_of(text: str) -> str | None:
        return _date_line_day(str(text), latest)

    if index is None:
        index = PageIndex(tree)
    mastheads = _mastheads(index)
    # A masthead's line may hold the day with a clock of several cities ("Dienstag, 04.
    # Februar 2025 02:47 Uhr Frankfurt | 01:47 Uhr London | ..."): each part between bars
    # is read as a line of its own.
    if not mastheads or not any(day_of(part) == found[:10] for m in mastheads
                                for t in m.itertext() for part in t.split("|")):
        return found
    headings = index.select("//h1")
    if len(headings) != 1:
        titles = {" ".join(unescape(unescape(t)).split()).casefold()
                  for t in index.select(SHARED_TITLE_XPATH)}
        headings = [h for h in index.select("//h1|//h2")
                    if " ".join("".join(h.itertext()).split()).casefold() in titles]
    if headings and any(h in m.iter() for h in headings[:1] for m in mastheads):
        return found
    from itertools import islice

    for text in islice(_following_texts(headings[0], _DATE_UNDER_HEADING_TAGS)
                       if headings else (), DATE_UNDER_HEADING_NODES):
        if day := day_of(text):
            return found if day == found[:10] else day
    # the masthead's day, and no date line under a heading: the story's own time or meta
    # without the masthead, where that is an earlier day
    return _found_without(tree, [m for m in mastheads if any(
        day_of(part) == found[:10] for t in m.itertext() for part in t.split("|"))],
        found, latest)


def _found_without(tree: etree._Element, boxes: list[etree._Element], found: str,
                   latest: str) -> str:
    """``found``, or the date htmldate finds on the page without ``boxes`` (the mastheads
    printing ``found``, the day the page was rendered) where that is an earlier day: the
    story's own time, meta or date line the masthead's day stood before."""
    from copy import deepcopy

    from trafilatura.metadata import find_date
    from trafilatura.settings import set_date_params

    if not boxes:
        return found
    root = tree.getroottree().getroot()
    places = {id(el) for el in boxes}
    copy = deepcopy(root)
    twins = [twin for el, twin in zip(root.iter(), copy.iter(), strict=True)
             if id(el) in places]
    for twin in twins:
        if (parent := twin.getparent()) is not None:
            parent.remove(twin)
    params = set_date_params(False)
    params["max_date"] = latest
    other = find_date(copy, **params)
    return other if other and other[:10] < found[:10] else found


# How every time in UTC ends (Z, +00:00, +0000): no other text is one, and
# :func:`~normalizer.text.dates.local_day` needs the page's other dates only for one.
_UTC_END = re.compile(r"(?:Z|[+-]00:?00)\s*$")


def _printed_day(found: str, title: str, index: PageIndex) -> str:
    """``found`` (a date from the page's markup or htmldate), unless the first date line
    under the story's headline prints another day that is the story's: an earlier one
    (a release service's "datePublished" of its re-publication, months after the
    release's "April 29, 2015" dateline; the masthead's day of rendering), a day beside
    it (a UTC day after the US evening the page prints: "Nov 12, 2015, 3:43 PM ET"
    under a "Date" meta of the 13th), or one years after a site's own date on every
    page ("dc.created" of its launch). A later printed day a few days off is an update
    (the machine date stays), and so is a line saying so ("Updated ...")."""
    from datetime import date
    from itertools import islice

    from normalizer.text.dates import (
        SITE_DATE_YEARS,
        UNREAD_DATE_LINE_RE,
        UPDATED_LINE_RE,
        parse_date,
        split_date_line,
    )

    want = _folded(title)
    heading = next((h for h in index.select(HEADING_XPATH)
                    if _folded(text_of(h)) == want and not in_side_box(h)), None)
    if heading is None or any(a.get("role") == "banner" for a in heading.iterancestors()):
        return found  # (a heading in the page's banner; a <header> may be the story's own)
    day = found[:10]
    latest = date.today().isoformat()
    body = _post_body(index.root, index)  # a blog post's body: its pasted story's dates
    for text in islice(_dated_texts_after(heading, body), DATE_UNDER_HEADING_NODES):
        text = " ".join(text.split())
        if not 6 <= len(text) <= 90 or UPDATED_LINE_RE.search(text):
            continue
        is_date, _ = split_date_line(text)
        if not is_date:
            if UNREAD_DATE_LINE_RE.match(text):
                return found  # the story's date line, in month names tagwire cannot read
            continue
        seen = parse_date(text)
        if not seen or seen > latest:
            return found  # the story's date line, in a shape giving no day ("2 hours ago")
        if seen == day:
            return found
        apart = (date.fromisoformat(seen) - date.fromisoformat(day)).days
        if apart < 0 or apart == 1 or apart > 365 * SITE_DATE_YEARS:
            return seen
        return found
    # none under it: a date line printed right above the headline (VnExpress: "Thứ sáu,
    # 2/5/2014 | 08:54 GMT+7" over the <h1>) stands only for a site's own date years older
    for box in (heading, heading.getparent()):
        for before in islice(box.itersiblings(etree.Element, preceding=True)
                             if box is not None else (), DATE_ABOVE_HEADING_BOXES):
            text = " ".join("".join(before.itertext()).split())
            if not 6 <= len(text) <= 90 or UPDATED_LINE_RE.search(text):
                continue
            is_date, _ = split_date_line(text)
            seen = parse_date(text) if is_date else None
            if seen and seen <= latest and (date.fromisoformat(seen)
                                            - date.fromisoformat(day)).days \
                    > 365 * SITE_DATE_YEARS:
                return seen
    return found


# How many elements right above the headline (and above its box) may hold its date line.
DATE_ABOVE_HEADING_BOXES = 3


def _dated_texts_after(heading: etree._Element,
                       body: etree._Element | None = None) -> Iterator[str]:
    """The text nodes holding a digit after ``heading``, in document order, of the
    elements a date line stands in (:data:`_PRINTED_DATE_TAGS`), leaving out list
    items and side boxes (a related-stories list under a headline dates its own teasers:
    "Thu, Aug 2 2012" beside each title, above the story's "Fri Aug 3, 2012") and photo
    captions (a lead photo's caption may stand between the headline and the byline), up to the
    first line of prose (:data:`PROSE_LINE_CHARS`): a date further down the story, or
    after it, is another story's or an event's; nothing from a blog post's ``body`` on
    (the dateline of a story pasted into the post is that story's, not the post's)."""
    from normalizer.text.dates import has_digit

    node: etree._Element | None = heading
    while node is not None:
        for sibling in node.itersiblings(etree.Element):
            for event, el in etree.iterwalk(sibling, events=("start", "end")):
                if not isinstance(el.tag, str):
                    continue
                if el is body:
                    return
                if event == "start":
                    owner, text = el, el.text
                else:
                    owner, text = el.getparent(), el.tail
                    if el is sibling:
                        continue  # (the tail is its parent's, met as that parent's text)
                if not text or len(text) < 6 or owner is None \
                        or owner.tag not in _PRINTED_DATE_TAGS:
                    continue
                prose = len(text) > PROSE_LINE_CHARS and not text.isspace()
                if not prose and not has_digit(text):
                    continue
                if owner.tag == "figcaption" or CAPTION_CLASS_RE.search(class_and_id(owner)):
                    continue  # a photo's caption, floated beside the header: not its prose
                if any(a.tag == "li" for a in owner.iterancestors()) or in_side_box(owner):
                    continue
                if prose:
                    return
                yield text
        node = node.getparent()


# A text node this long is prose: the story's body has begun.
PROSE_LINE_CHARS = 200


def _one_article_header_times(index: PageIndex) -> list[str]:
    """``//article[count(//article) = 1]//header//time/@datetime``: the times in a
    ``<header>`` of the page's one ``<article>``, from the index's articles (the XPath
    counts the page's articles again at each of them)."""
    articles = [a for a in index.articles if index.attached(a)]
    if len(articles) != 1:
        return []
    article = articles[0]
    found = []
    for time in article.iter("time"):
        if (when := time.get("datetime")) is None:
            continue
        for a in time.iterancestors():
            if a is article:
                break
            if a.tag == "header":
                found.append(when)
                break
    return found


def _classed_times(index: PageIndex, parts: tuple[str, ...]) -> list[str]:
    """``//time[contains(@class, p1) or ...]/@datetime`` from the index's ``<time>`` elements."""
    return [when for el in index.with_tags(_TIME_TAG)
            if any(p in (el.get("class") or "") for p in parts)
            and (when := el.get("datetime")) is not None]


_TIME_TAG = frozenset(("time",))
#: Date XPaths answered from the page's index, each by the reading that gives its answer
#: in its order (:func:`_date_hits`); ``tests/test_speed22.py`` compares them on the saved
#: pages. An XPath not here (or written otherwise) goes to :meth:`PageIndex.select`.
_INDEXED_DATE_XPATHS: dict[str, Callable[[PageIndex], list[str]]] = {
    "//article[count(//article) = 1]//header//time/@datetime": _one_article_header_times,
    "//time[contains(@class, 'published') or contains(@class, 'entry-date')]/@datetime":
        lambda index: _classed_times(index, ("published", "entry-date")),
}


def _date_hits(index: PageIndex, xp: str) -> list:
    """``index.select(xp)``, from the index where :data:`_INDEXED_DATE_XPATHS` reads it."""
    read = _INDEXED_DATE_XPATHS.get(xp)
    return index.select(xp) if read is None else read(index)


def _post_date(tree: etree._Element, index: PageIndex) -> str | None:
    """The post's date from its own markup (htmldate's guess is the fallback)."""
    from normalizer.text.dates import local_day, parse_date

    for number, xp in enumerate(PAGE_DATE_XPATHS):
        for hit in _date_hits(index, xp):
            if not isinstance(hit, str) and outside_post(hit) \
                    and "postmetadata" not in class_and_id(hit):
                continue
            # str(): an lxml "smart string" keeps its whole document alive, and
            # parse_date's cache would keep thousands of them.
            text = str(hit) if isinstance(hit, str) else text_of(hit)
            found = parse_date(text) if text else None
            if found:
                # a time in UTC: the same instant in the site's own zone gives its day
                if not _UTC_END.search(text):
                    return found  # (local_day reads only a UTC time)
                others = [str(h) for later in PAGE_DATE_XPATHS[number + 1:]
                          for h in _date_hits(index, later) if isinstance(h, str)]
                # then the date lines the page prints: the text of the element that holds
                # the time ("<time datetime=...>November 12, 2015 — 7:01 PM EST</time>"),
                # and those under the heading
                others += [text_of(el) for el in index.with_attribute_value("datetime", text)]
                others += [" ".join(str(t).split()) for t in texts_under_heading(tree)]
                return local_day(text, others) or found
    return None


def _post_title(tree: etree._Element, guess: str | None, sitename: str | None,
                more_guess: Callable[[], str | None] | None = None,
                index: PageIndex | None = None) -> str | None:
    """The post's title, never the blog's name.

    trafilatura takes a page's only ``<h1>`` as its title, which on classic blog themes
    is the blog's name; tagwire looks for the post's own title markup first.
    """
    site = (sitename or "").strip().lower()
    if index is None:
        index = PageIndex(tree)
    shown = _article_heading(tree, index, site, guess)
    for xp in TITLE_XPATHS:
        for hit in index.select(xp):
            text = clean_text(str(hit) if isinstance(hit, str) else _without_kicker(hit))
            if text and len(text.split()) > HEADLINE_MAX_WORDS:
                continue  # a caption in heading markup ("In this photo dated ...")
            if text and not isinstance(hit, str) and _hidden(hit) \
                    and not _related(text, " ".join(_title_texts(tree, index))):
                continue  # a box's hidden title (a web slice's "entry-title" in a sidebar)
            if text and text.lower() != site \
                    and (isinstance(hit, str) or not heading_outside_post(hit)):
                if isinstance(hit, str):  # a title written for sharing: the page's heading
                    text = _lookalike_bar_cut(_escaped_twice(text))
                    if text != shown and _site_default(text, tree, index) \
                            and not _is_heading(text, index):
                        continue
                    found = _shown_heading(text, tree, index) or _own_heading(text, tree, index)
                    found = (found != text and found) or _shown_title_part(text, tree) or found
                    if shown and found != shown and not _is_heading(found, index) \
                            and _related(shown, text):
                        # a title written for sharing that the page never shows, over the
                        # article's own heading: the heading is the story's headline
                        return shown
                    return found
                return _own_heading(text, tree, index)
    titles = _title_texts(tree, index)  # (not an XPath: a walk of the whole page)
    if shown and (not titles or _related(shown, " ".join(titles))):
        return shown  # the article's heading, not the <title> written for search engines
    if titles:
        whole = clean_text(str(titles[0]))
        own = _own_heading(whole, tree, index)
        if own != whole:
            return own
        if shown_part := _shown_title_part(whole, tree):
            return shown_part
        pieces = [p for p in TITLE_SEPARATORS.split(whole) if p]
        parts = [p for p in pieces if p.lower() != site]
        if len(pieces) == 1:  # "标题-网站": Chinese and Japanese titles join without spaces
            # (not where the spaced split found the site's name: "Title - Express.gr")
            parts = [p for p in CJK_TITLE_SEPARATORS.split(whole) if p and p.lower() != site]
        if parts:
            return _without_keyword_tail(max(parts, key=len), index)
    if guess is None and more_guess is not None:
        guess = more_guess()
    return guess


#: Chinese and Japanese words (ideographs, kana): what a title's tail is made of for
#: :func:`_without_keyword_tail`.
_CJK_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]+")
#: What separates a page's meta keywords ("中山网,专题报道,东区办事处").
_KEYWORD_SEPARATORS = re.compile(r"[,，;；、|]+")


def _without_keyword_tail(title: str, index: PageIndex) -> str:
    """``title`` without a Chinese or Japanese last word set off by a space that is one of
    the page's own meta keywords whole: the section or office the story was filed under,
    which such a site's ``<title>`` adds after the headline ("HEADLINE 东区办事处_中山网",
    keywords "中山网,专题报道,东区办事处"). A headline's own words run on without a
    space, and its tail is no keyword of the page's list on its own."""
    head, space, tail = title.rpartition(" ")
    head = head.strip()
    if not space or len(head) < TITLE_PART_MIN_CHARS or not _CJK_WORD_RE.fullmatch(tail) \
            or not _CJK_WORD_RE.fullmatch(head[-1]):
        return title
    for meta in index.metas:
        if (meta.get("name") or "").lower() == "keywords":
            words = {w.strip() for w in _KEYWORD_SEPARATORS.split(meta.get("content") or "")}
            if tail in words:
                return head
    return title


def _shown_title_part(title: str, tree: etree._Element) -> str | None:
    """The first part of a title made of parts ("HEADLINE - Site Name", "HEADLINE | section
    | section | site") where the page shows it as an element's whole text outside any link:
    the page prints its story's headline (often in a plain ``<div>`` of a table layout, no
    heading markup), while a site's or section's name stands in a link (logo, menu) or only
    in the title. A part shorter than :data:`TITLE_PART_MIN_CHARS` is a section's or a
    date's ("2012 | Blog"). ``None`` where the title has one part, that part is not shown,
    or the page shows the whole title (an editor's "A · B" as the post's linked heading:
    the title is all of it; the crawl's listing reads it whole as well)."""
    pieces = [p for p in TITLE_SEPARATORS.split(title) if p.strip()]
    if len(pieces) == 1:
        pieces = [p for p in CJK_TITLE_SEPARATORS.split(title) if p.strip()]
    first = " ".join(pieces[0].split()) if len(pieces) > 1 else ""
    if len(first) < TITLE_PART_MIN_CHARS:
        return None
    whole, found = " ".join(title.split()), None
    for el in tree.iter():  # (one walk: the first part shown, the whole title never)
        if not isinstance(el.tag, str) or el.tag in _HEAD_TAGS or not el.text:
            continue
        text = " ".join(el.text.split())
        if text == whole:
            return None  # the page shows the whole title (a post's linked heading "A · B")
        if found is None and text == first and el.tag != "a" and len(el) == 0 \
                and not any(a.tag == "a" for a in el.iterancestors()):
            found = pieces[0].strip()
    return found


#: Elements whose text the page does not show as a line of its own.
_NOT_SHOWN_TAGS = frozenset(("title", "meta", "script", "style", "option", "textarea", "a"))
#: ... of them, those that are never shown at all (a link is shown, as a link).
_HEAD_TAGS = _NOT_SHOWN_TAGS - {"a"}


# Meta tags that name the story's title (by their property, name or itemprop): any one
# of them equal to the page's heading says the heading is the story's.
META_TITLE_KEYS = frozenset({"og:title", "twitter:title", "title", "headline", "dc.title",
                             "dcterms.title", "parsely-title", "sailthru.title"})
# Class words of a heading that names the story it stands over ("headline",
# "article--title", "entry-title"), and of one that names the site or a box
# ("site-title", "logo", "widget-title", "section-title").
STORY_HEADING_CLASS_RE = re.compile(r"headline|title", re.IGNORECASE)
NOT_STORY_HEADING_CLASS_RE = re.compile(
    r"site|logo|brand|blog|widget|section|module|block-title|sidebar|footer|menu|nav|"
    r"modal|popup|dialog|login|log-in|signin|sign-in|account|newsletter|subscri|search",
    re.IGNORECASE)
# A word two titles must share for one to stand for the other: this long at least (a
# story's heading and the sharing title written for it name the same thing; "Log In" over
# a login box names nothing of the story's).
SHARED_WORD_MIN_CHARS = 4


def _meta_titles(index: PageIndex, guess: str | None) -> set[str]:
    """The page's titles in its meta tags (:data:`META_TITLE_KEYS`, ``content`` or the
    ``value`` some CMSs write) and trafilatura's own reading of its metadata, folded."""
    found = {_folded(guess)} if guess else set()
    for meta in index.metas:
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in META_TITLE_KEYS:
            value = meta.get("content") or meta.get("value")
            if value:
                found.add(_folded(_escaped_twice(clean_text(value))))
    found.discard("")
    return found


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _article_heading(tree: etree._Element, index: PageIndex, site: str,
                     guess: str | None) -> str | None:
    """The heading the page shows over its story: its one ``<h1>`` that stands in the
    post (not in navigation, a side box, a footer, the comments or the page's masthead,
    :func:`~normalizer.pages.dom.heading_outside_post`), is not the site's name, and
    says by its place or its markup that it is the story's: inside an ``<article>``, or
    ``itemprop="headline"``, or a class naming a headline or title (not the site's or a
    box's), or the same text as one of the page's meta titles. None where no ``<h1>`` or
    more than one qualifies: the meta titles decide then, as before."""
    headings = [h for h in index.with_tags(_H1_TAG)
                if not _in_comments(h) and not heading_outside_post(h)]
    if not headings:
        return _article_header_heading(index)
    found: list[tuple[etree._Element, str]] = []
    for h in headings:
        if _in_marked_masthead(h) or _hidden(h) \
                or any(a.tag == "noscript" for a in h.iterancestors()):
            continue  # (a <noscript> box is the page's stand-in for a script's widget)
        text = _without_kicker(h)
        if not text or text.lower() == site or len(text.split()) > HEADLINE_MAX_WORDS \
                or _site_mark(h):
            continue
        found.append((h, text))
    metas = _meta_titles(index, guess)
    if len(found) > 1:  # several: the one inside the page's article, or a meta title's,
        # or the one naming what the page's <title> names
        page = " ".join(_title_texts(tree, index))
        found = ([(h, t) for h, t in found if any(a.tag == "article" for a in h.iterancestors())]
                 or [(h, t) for h, t in found if _folded(t) in metas]
                 or [(h, t) for h, t in found if page and _related(t, page)])
        if len(found) > 1:  # several parts of the <title>: a section's label over the
            # headline ("autoconsumo" then the title, both <h1>): the headline is the longest
            title_parts = {_folded(p) for p in TITLE_SEPARATORS.split(clean_text(page))
                           if p.strip()}
            named = [(h, t) for h, t in found if _folded(t) in title_parts]
            if len(named) == len(found):
                most = max(len(t.split()) for _, t in named)
                found = [(h, t) for h, t in named if len(t.split()) == most]
                if len(found) == 1:
                    return found[0][1]
    if len(found) != 1:
        return None
    el, text = found[0]
    classes = class_and_id(el)
    if el.get("itemprop") == "headline" \
            or any(a.tag == "article" for a in el.iterancestors()) \
            or (STORY_HEADING_CLASS_RE.search(classes)
                and not NOT_STORY_HEADING_CLASS_RE.search(classes)) \
            or _folded(text) in metas:
        return text
    # the page's one heading, with no mark of its own: the story's where it names what the
    # page's <title> names (the callers ask), unless it is the site's part of that title
    # ("Time 4 talks » Blog Archiv » Post") or the title with more after it (a date, tags)
    if NOT_STORY_HEADING_CLASS_RE.search(classes):
        return None
    page = clean_text(" ".join(_title_texts(tree, index)))
    parts = [_folded(p) for p in TITLE_SEPARATORS.split(page) if p.strip()]
    longest = max(parts, key=len) if parts else ""
    folded = _folded(text)
    if (folded in parts and folded != longest) or (longest and longest != folded
                                                    and longest in folded):
        return None
    return text


#: A kicker set as the first of a heading's two spans, unclassed ("<h2><span>CES in Las
#: Vegas</span><span>Nvidia stellt ...</span></h2>"): at most this many words, and fewer
#: than the span after it.
KICKER_SPAN_MAX_WORDS = 6
_ARTICLE_TAG = frozenset(("article",))


def _article_header_heading(index: PageIndex) -> str | None:
    """Where no ``<h1>`` stands in the post (the page's only one in a navigation slider):
    the one ``<h2>`` in the header of the page's one ``<article>`` (HTML's own markup of
    the article's heading part), without its kicker, whether the kicker's class names it
    (:func:`_without_kicker`) or it is the short first of the heading's two spans
    (:data:`KICKER_SPAN_MAX_WORDS`). None on a page of several articles (a listing), or
    where the article holds an ``<h1>`` (a recipe card's header in its body is no more
    the article's heading than the ``<h1>`` the tests above set aside)."""
    articles = index.with_tags(_ARTICLE_TAG)
    if len(articles) != 1 or next(articles[0].iter("h1"), None) is not None:
        return None  # (an article with an <h1> of its own: that one, or none, is asked)
    heads = [h for header in articles[0].iter("header") for h in header.iter("h2")]
    if len(heads) != 1 or _hidden(heads[0]) or _in_comments(heads[0]):
        return None
    head = heads[0]
    parts = [c for c in head if isinstance(c.tag, str)]
    if len(parts) == 2 and all(p.tag == "span" for p in parts) \
            and not (head.text or "").strip() and not (parts[0].tail or "").strip():
        kicker, rest = text_of(parts[0]), text_of(parts[1])
        if kicker and not kicker.endswith((".", "!", "?")) \
                and len(kicker.split()) <= KICKER_SPAN_MAX_WORDS \
                and len(kicker.split()) < len(rest.split()):
            return rest
    return _without_kicker(head) or None


# Class words of a site's logo or name around a heading ("logo-health", "site-branding");
# a camel-cased title style of the brand ("_brandTitle_6ojaq_5", a design system's CSS
# module for headlines set in the brand's typeface) marks no logo.
SITE_MARK_CLASS_RE = re.compile(r"logo|brand(?!(?-i:Title|Heading|Headline))|site-title|"
                                r"site-name|masthead", re.IGNORECASE)


def _site_mark(el: etree._Element) -> bool:
    """``el`` is the site's name or logo: it or an ancestor is classed so
    (:data:`SITE_MARK_CLASS_RE`), or its text is a link to the site's home page."""
    if any(SITE_MARK_CLASS_RE.search(class_and_id(e)) for e in (el, *el.iterancestors())
           if e.tag not in _PAGE_TAGS):
        return True  # (a page's <body> classes name its template: "brand-(none)")
    links = list(el.iter("a"))
    href = (links[0].get("href") or "").strip() if len(links) == 1 else ""
    return bool(href) and _HOME_HREF.match(href) is not None


_PAGE_TAGS = frozenset(("body", "html"))
# A link to a site's home page: its root, or an index page up the tree.
_HOME_HREF = re.compile(r"^(?:(?:https?:)?//[^/]+)?/?(?:(?:\.\./)*(?:index\.html?)?)?$",
                        re.IGNORECASE)


_H1_TAG = frozenset(("h1",))
# Class words of an element the page does not show (a heading kept for screen readers or
# search engines: "pagetitle hidden", "sr-only").
HIDDEN_CLASSES = frozenset({"hidden", "sr-only", "visually-hidden", "screen-reader-text",
                            "visuallyhidden", "hide", "d-none", "invisible"})


def _hidden(el: etree._Element) -> bool:
    """The page does not show ``el``: it or an ancestor is marked hidden (the ``hidden``
    attribute, :data:`HIDDEN_CLASSES`, an inline ``display: none``)."""
    for e in (el, *el.iterancestors()):
        if e.get("hidden") is not None or HIDDEN_STYLE_RE.search(e.get("style") or "") \
                or not HIDDEN_CLASSES.isdisjoint((e.get("class") or "").lower().split()):
            return True
    return False


_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def _related(one: str, other: str) -> bool:
    """The two titles name something in common: a word of at least
    :data:`SHARED_WORD_MIN_CHARS` letters, or two CJK characters running (no spaces
    between words there)."""
    def words(text: str) -> set[str]:
        return {w for w in _TOKEN_RE.findall(text.casefold()) if len(w) >= SHARED_WORD_MIN_CHARS}

    def pairs(text: str) -> set[str]:
        return {text[i:i + 2] for i in range(len(text) - 1)
                if _CJK_CHAR.match(text[i]) and _CJK_CHAR.match(text[i + 1])}

    return bool(words(one) & words(other)) or bool(pairs(one) & pairs(other))


def _is_heading(text: str, index: PageIndex) -> bool:
    """The page shows ``text`` as one of its headings (``<h1>`` to ``<h3>``)."""
    want = _folded(text)
    return any((_folded(_without_kicker(h)) == want or _folded(text_of(h)) == want)
               and not in_side_box(h) for h in index.select(HEADING_XPATH))


#: An entity left in a meta tag's text once it is read: its CMS escaped it twice
#: ("Australian &#039;megablaze&#039; brought under control").
_ENTITY_RE = re.compile(r"&(?:#[0-9]{2,6}|#x[0-9a-f]{2,5}|[a-z][a-z0-9]{1,7});", re.IGNORECASE)


#: A title's section and site parted by a letter that looks like a bar, with or without
#: spaces ("HEADLINE-정치ㅣ한국일보": the Hangul vowel ㅣ U+3163, the box-drawing │, the
#: Latin click ǀ, the CJK ︱): the separators do not know them as bars, so the whole title
#: stood as the headline. The site's part is short; a section's part of a word or two may
#: stand before the bar after a dash.
LOOKALIKE_BAR_TAIL_RE = re.compile(
    r"^(?P<head>.{8,}?)(?:\s*[-–_]\s*[^\s\-–_ㅣ│ǀ︱]{1,12})?\s*[ㅣ│ǀ︱]\s*[^ㅣ│ǀ︱]{1,30}$")


def _lookalike_bar_cut(title: str) -> str:
    """``title`` without the section and site's part a look-alike bar parts from it
    (:data:`LOOKALIKE_BAR_TAIL_RE`); the title itself where no such bar closes it."""
    m = LOOKALIKE_BAR_TAIL_RE.match(title)
    return m.group("head").strip() if m else title


def _escaped_twice(text: str) -> str:
    """A sharing title read as the page shows it: its entities read once more where its
    CMS escaped them twice."""
    if not _ENTITY_RE.search(text):
        return text
    from html import unescape

    return clean_text(unescape(text))


# No headline is longer: a heading of more words is a caption or a standfirst.
HEADLINE_MAX_WORDS = 40
# A separator between a CJK title and the site's name, with no spaces ("标题-新华网").
CJK_TITLE_SEPARATORS = re.compile(
    r"(?<=[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef])\s*[-_|｜]\s*"
    r"(?=[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef])")
# How much of a sharing title the page's heading must share to be its shown form.
SHOWN_HEADING_MIN_SHARE = 0.5
_TOKEN_RE = re.compile(r"\w+")


# The line over a headline inside its heading element ("<h1><span class=dachzeile>Nach
# Corona-Lockerungen</span> <span class=headline>Autohäuser ...</span></h1>"), by class.
KICKER_CLASS_RE = re.compile(
    r"kicker|dachzeile|overline|topline|roofline|eyebrow|supertitle|surtitre|antetitulo|"
    r"antetítulo|occhiello|spitzmarke", re.IGNORECASE)


#: A link's text that is a bare host name, bracketed or not ("(latimes.com)").
_HOST_TEXT = re.compile(r"^[(\[]?\s*((?:[\w-]+\.)+[a-z]{2,})\s*[)\]]?$", re.IGNORECASE)
#: A link's address that points at a page's comments ("...#comments", ".../comments").
_COMMENTS_HREF = re.compile(r"(?:#|/)(?:[\w-]*comment)", re.IGNORECASE)


def _heading_trimming(el: etree._Element) -> bool:
    """A part of a heading that is not its headline: a kicker (by class), a link to the
    story's origin that shows only that origin's host ("Title (latimes.com)": the
    aggregator's credit, which the source finders read from the page), or a link to the
    page's comments that shows only their count ("Title 87")."""
    if not isinstance(el.tag, str):
        return False
    if KICKER_CLASS_RE.search(class_and_id(el)):
        return True
    if el.tag != "a":
        return False
    text = clean_text("".join(el.itertext()))
    href = el.get("href") or ""
    if text.isdigit():
        return bool(_COMMENTS_HREF.search(href))
    host = _HOST_TEXT.match(text)
    if host is None:
        return False
    where = re.match(r"^(?:https?:)?//([^/:?#]+)", href)
    return where is not None and (where[1].lower() == host[1].lower()
                                  or where[1].lower().endswith("." + host[1].lower()))


def _without_kicker(el: etree._Element) -> str:
    """A heading's text without the kicker it holds, nor the origin's host or the comment
    count an aggregator sets beside its headline (:func:`_heading_trimming`)."""
    from copy import deepcopy

    if not any(_heading_trimming(k) for k in el.iterdescendants()):
        return clean_text("".join(el.itertext()))
    el = deepcopy(el)
    el.tail = None
    for k in list(el.iterdescendants()):
        if _heading_trimming(k):
            k.tail, k.text = " " + (k.tail or ""), None
            for child in list(k):
                k.remove(child)
    return clean_text(" ".join(el.itertext()))


def _title_texts(tree: etree._Element, index: PageIndex | None = None) -> list[str]:
    """``//title/text()``: the text nodes of the document's ``<title>`` elements, read
    from them directly (the XPath builds a node set of the whole tree first), found by
    the page's index where there is one (a walk of the tree costs half a millisecond)."""
    titles = (index.with_tags(_TITLE_TAG) if index is not None
              else tree.getroottree().getroot().iter("title"))
    return [text for el in titles for text in (el.text, *(child.tail for child in el)) if text]


_TITLE_TAG = frozenset(("title",))


def _site_default(title: str, tree: etree._Element, index: PageIndex | None = None) -> bool:
    """A sharing title that shares no word with the page's ``<title>`` is the site's own,
    left on every page ("Yahoo News - Latest News & Headlines" over a story)."""
    page = " ".join(_title_texts(tree, index))
    want, got = set(_TOKEN_RE.findall(title.lower())), set(_TOKEN_RE.findall(page.lower()))
    return bool(want and got) and not want & got


def _shown_heading(title: str, tree: etree._Element,
                   index: PageIndex | None = None) -> str | None:
    """The post's heading as the page shows it where the meta tags give a variant written
    for sharing ("El “Tata” Martino presenta ..." over an ``<h1>`` "México presenta ...";
    other quotes or dashes; another case): a heading of the post sharing most words with
    the title both ways (a site's name shares few of a title's words)."""
    want = set(_TOKEN_RE.findall(title.lower()))
    if not want:
        return None
    heads = [_without_kicker(el) for xp in (*TITLE_XPATHS[1:], "//h1")
             for el in (index.select(xp) if index is not None else tree.xpath(xp))
             if not isinstance(el, str) and not _in_comments(el)]
    # (an article's heading often stands in a "header": no chrome test)
    if title in heads:
        return None  # the page shows the title as it is (a near one before it is another's)
    for head in heads:
        got = set(_TOKEN_RE.findall(head.lower()))
        if not head or not got:
            continue
        shared = len(want & got)
        if shared / len(want) >= SHOWN_HEADING_MIN_SHARE \
                and shared / len(got) >= SHOWN_HEADING_MIN_SHARE + 0.1:
            return head
    return None


def _own_heading(title: str, tree: etree._Element, index: PageIndex | None = None) -> str:
    """The heading the page shows for the post where ``title`` is that heading with the
    site's name around it ("Post title - tennis MAGAZIN", "Blog Name: Post title"); the
    site's name has no more words than the heading. A page that shows ``title`` itself as
    a heading shows the post's title as it is (a heading inside the post that begins it is
    a pasted story's, "Title · Second story" the editor's)."""
    low = title.lower()
    els = index.select(HEADING_XPATH) if index is not None else tree.xpath(HEADING_XPATH)
    heads = [clean_text("".join(el.itertext())) for el in els]
    if title in heads:
        return title
    for el, head in zip(els, heads, strict=True):
        if not head:
            continue
        if len(head) > len(title):
            # the page's heading goes on where the short title stops ("Title. Quote: ...")
            more = head[len(title):]
            if head.lower().startswith(low) and el.tag == "h1" \
                    and (TITLE_AFFIX_START_RE.match(more) or more[:1] in ".!?"):
                return head
            continue
        if low.startswith(head.lower()):
            rest = title[len(head):]
            if (TITLE_AFFIX_START_RE.match(rest)
                    or (el.tag == "h1" and TITLE_H1_AFFIX_START_RE.match(rest))) \
                    and _words(rest) <= _words(head):
                return head
        elif low.endswith(head.lower()):
            rest = title[:-len(head)]
            if TITLE_AFFIX_END_RE.search(rest) and _words(rest) <= _words(head):
                return head
    return _minor_heading(title, index) or title


#: The smaller headings a page may set its story's headline in ("<h4>" under a theme's
#: bar of section links): read only where one is the title without its site's part.
_MINOR_HEADING_TAGS = frozenset(("h4", "h5", "h6"))


def _minor_heading(title: str, index: PageIndex | None) -> str | None:
    """A smaller heading (``<h4>`` to ``<h6>``, outside the comments and side boxes) that
    is ``title`` with the site's or section's part cut after a separator ("Headline |
    District"): the headline as the page shows it, whatever its level. Only the longest
    such heading, and only a shorter tail than the heading (a box's title "District" is
    the part cut, not the headline)."""
    if index is None:
        return None
    low = title.lower()
    best: str | None = None
    for el in index.with_tags(_MINOR_HEADING_TAGS):
        head = clean_text("".join(el.itertext()))
        if not head or len(head) >= len(title) or not low.startswith(head.lower()) \
                or _in_comments(el) or in_side_box(el):
            continue
        rest = title[len(head):]
        if TITLE_AFFIX_START_RE.match(rest) and _words(rest) < _words(head) \
                and (best is None or len(head) > len(best)):
            best = head
    return best


# Class names of the element that holds a blog post's own body, where an editor's paste
# begins: WordPress "entry-content" (Kubrick and its heirs: "entry", "post-entry"),
# Blogger "post-body", Tumblr "body-text", other themes' "post-content" and "entry-body".
# (A news article's body classes are not here: a news page's title stands in its
# article, and a deck may open its body.)
POST_BODY_CLASSES = frozenset({"entry-content", "post-body", "post-content", "entry-body",
                               "entry", "post-entry", "body-text"})
# Elements that hold a post's title: a title inside the body makes its first heading a deck.
_TITLE_CLASSES = frozenset({"entry-title", "post-title"})
# What is passed over looking for the body's first line: pictures and their captions.
_NOT_A_LINE = frozenset({"figure", "figcaption", "img", "picture", "script", "style",
                         "noscript", "iframe", "svg", "video", "audio", "br", "hr"})
_HEADINGS = HEADING_TAGS
_INLINE = frozenset({"a", "span", "strong", "b", "em", "i", "u", "font", "small", "sup",
                     "sub", "mark"})
_BOLD = frozenset({"strong", "b"})


def content_heading(tree: etree._Element, index: PageIndex | None = None) -> str | None:
    """The heading that opens the post's body, where the post's title stands outside that
    body: on a blog, the editor's post title above and the pasted story's own headline as
    the body's first line (an ``<h2>`` or a whole-bold line). None on pages without one
    blog post body (a news page's deck under its ``<h1>`` stands in the article's header
    or beside the title, never first in a blog post's body with the title outside)."""
    box = _post_body(tree, index)
    if box is None:
        return None
    if any(el.tag == "h1" or not _TITLE_CLASSES.isdisjoint((el.get("class") or "").split())
           for el in box.iter(etree.Element)):
        return None
    first = _first_line(box)
    if first is None:
        return None
    if first.tag in _HEADINGS:
        return clean_text("".join(first.itertext())) or None
    return _bold_line(first)


def _post_body(tree: etree._Element, index: PageIndex | None = None) -> etree._Element | None:
    """The page's one blog post body (:data:`POST_BODY_CLASSES`, the innermost), or None
    where it has none or several. Found once for the readers of :func:`page_info` (the
    lead heading's, the dateline's and the printed day's: kept by the index)."""
    if index is None:
        return _one_post_body((e, e.get("class") or "") for e in tree.iter(etree.Element))
    if not index.mentions_any_lower(POST_BODY_CLASSES):
        return None  # no class has a body's name in it: no box
    return index.kept("permalink._post_body", lambda: _one_post_body(index.classed))


def _one_post_body(classed: Iterable[tuple[etree._Element, str]]) -> etree._Element | None:
    """:func:`_post_body` among ``classed`` (elements and their class), each class string
    read once (a page repeats a few dozen over hundreds of elements)."""
    named: dict[str, bool] = {}
    boxes = []
    for el, classes in classed:
        found = named.get(classes)
        if found is None:
            found = named[classes] = not POST_BODY_CLASSES.isdisjoint(classes.lower().split())
        if found:
            boxes.append(el)
    # the innermost: Twenty Twenty-One's article is an "entry" around its "entry-content"
    outer = {a for b in boxes for a in b.iterancestors() if a in boxes}
    boxes = [b for b in boxes if b not in outer]
    if len(boxes) != 1 or _in_comments(boxes[0]):  # (Blogger's posts stand in a "widget")
        return None
    return boxes[0]


# A permalink that names its post's year and month but not its day (Blogger's
# "/2020/07/slug.html").
_URL_YEAR_MONTH = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?!\d)")
# The head of a wire dateline: a place, a comma, a date, perhaps the agency, then its dash
# ("(ANSA) - ROMA, 28 LUG -", "SEOUL, Aug. 20 (Yonhap) --"); no longer than this.
DATELINE_HEAD_MAX_CHARS = 60
_DATELINE_DASH = re.compile(r"\s(?:-{1,2}|–|—)\s|\)\.?-\s?")
# How many of the post body's first lines may hold the dateline (a pasted story's
# headline and deck may stand above it).
DATELINE_LINES = 3
_BLOCK_TAGS = frozenset({"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
                         "section", "article", "header", "figure", "table", "tr", "br"})


def _dateline_date(tree: etree._Element, index: PageIndex, url: str | None) -> str | None:
    """The date of a post that prints none (no date markup, nothing htmldate reads) but
    whose permalink names its year and month: the day the dateline of the story it
    pastes names, where that day is in the permalink's month ("(ANSA) - ROMA, 28 LUG -"
    under ``/2020/07/``). A day of another month is never taken for it."""
    from urllib.parse import urlsplit

    from normalizer.text.dates import day_in_month, has_digit

    m = _URL_YEAR_MONTH.search(urlsplit(url or "").path)
    if m is None:
        return None
    box = _post_body(tree, index)
    if box is None:
        return None
    for line in _opening_lines(box, DATELINE_LINES):
        dashes = [d.start() for d in _DATELINE_DASH.finditer(line)
                  if d.start() <= DATELINE_HEAD_MAX_CHARS]
        if not dashes:
            continue
        head = line[:dashes[-1] + 1]
        if "," in head and has_digit(head) \
                and (day := day_in_month(head, int(m[1]), int(m[2]))):
            return day
    return None


def _opening_lines(box: etree._Element, count: int) -> list[str]:
    """The first ``count`` lines of text in ``box``: its text broken at block elements
    and line breaks, pictures and scripts passed over."""
    lines: list[str] = []
    parts: list[str] = []

    def flush() -> None:
        text = clean_text("".join(parts))
        parts.clear()
        if text:
            lines.append(text)

    def walk(el: etree._Element) -> None:
        if len(lines) >= count:
            return
        block = el.tag in _BLOCK_TAGS
        if block:
            flush()
        if isinstance(el.tag, str) and el.tag not in _NOT_A_LINE:
            parts.append(el.text or "")
            for child in el:
                walk(child)
                parts.append(child.tail or "")
        if block:
            flush()

    walk(box)
    flush()
    return lines[:count]


def _first_line(el: etree._Element) -> etree._Element | None:
    """The first element of ``el`` that holds text of its own (its line), pictures and
    captions (``figure``, WordPress's ``div.wp-caption``) passed over; None when text
    stands bare before any element."""
    if (el.text or "").strip():
        return el
    for child in el:
        if not isinstance(child.tag, str) or child.tag in _NOT_A_LINE \
                or CAPTION_CLASS_RE.search(class_and_id(child)) or _reblog_credit(child) \
                or not "".join(child.itertext()).strip():
            if (child.tail or "").strip():
                return None
            continue
        if child.tag in _INLINE:
            return el  # a line of inline elements: the line is el's first
        if child.tag in _HEADINGS \
                or all(not isinstance(c.tag, str) or c.tag in _INLINE for c in child):
            return child
        return _first_line(child)
    return None


# The link of a reblog's "name:" line over the post it quotes (Tumblr).
_REBLOG_LINK_CLASSES = frozenset({"tumblr_blog"})


def _reblog_credit(el: etree._Element) -> bool:
    """A reblog's "name:" line (``<p><a class="tumblr_blog">name</a>:</p>``)."""
    return el.tag == "p" and "".join(el.itertext()).strip().endswith(":") and any(
        not _REBLOG_LINK_CLASSES.isdisjoint((a.get("class") or "").split())
        for a in el.iter("a"))


def _is_bold(el: etree._Element) -> bool:
    return el.tag in _BOLD or bool(_BOLD_STYLE.search(el.get("style") or ""))


_BOLD_STYLE = re.compile(r"font-weight:\s*(?:bold|[6-9]00)")


def _bold_line(el: etree._Element) -> str | None:
    """The text of ``el``'s first line (up to a line break) when all of it is bold."""
    if _is_bold(el):
        return clean_text("".join(el.itertext())) or None
    if (el.text or "").strip():
        return None
    bold: list[str] = []
    for child in el:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "br" or (bold and child.tag not in _INLINE):
            break  # a line break, or a block after the line
        if child.tag in _NOT_A_LINE and not "".join(child.itertext()).strip():
            continue
        inner = child if _is_bold(child) else (child[0] if len(child) == 1 and not (
            child.text or "").strip() and _is_bold(child[0]) and not (
            child[0].tail or "").strip() else None)
        if inner is None:
            return None
        bold.append("".join(inner.itertext()))
        if (child.tail or "").strip():
            return None
    return clean_text(" ".join(bold)) or None


def _words(text: str) -> int:
    """Its length in letters and digits (words have no spaces between them in Chinese)."""
    return sum(1 for c in text if c.isalnum())


def _required_words(expr: str) -> frozenset[str]:
    """The words an XPath union needs as a token of a ``class`` or ``rel`` attribute, one
    in every branch (``contains(concat(' ', @rel, ' '), ' author ')``): a page whose
    attributes never mention them cannot match it. Empty (no shortcut) when a branch
    has no such test."""
    words = set()
    for branch in expr.split(" | "):
        found = re.findall(r"concat\(' ', (?:normalize-space\()?@(?:class|rel)\)?, ' '\), "
                           r"'\s([\w-]+)\s'\)", branch)
        if not found:
            return frozenset()
        words.update(found)
    return frozenset(words)


_AUTHOR_XPATH_WORDS = _required_words(PAGE_AUTHOR_XPATH)


def _post_author(tree: etree._Element, index: PageIndex) -> str | None:
    """The blog author: meta name=author, rel=author or a vcard outside the comments.

    trafilatura's author guess takes comment authors on blogs, so tagwire looks itself.
    """
    for content in index.select(PAGE_AUTHOR_META_XPATH):
        if content.strip():
            return content.strip()
    if _AUTHOR_XPATH_WORDS and not any(index.mentions(w) for w in _AUTHOR_XPATH_WORDS):
        return None
    for el in index.select(PAGE_AUTHOR_XPATH):
        if not _in_comments(el):
            text = text_of(el)
            if text and len(text) < 80:
                return text
    return None


def _in_comments(el: etree._Element) -> bool:
    return any(_comments_class(class_and_id(a)) for a in el.iterancestors())


@functools.lru_cache(maxsize=8192)
def _comments_class(cls: str) -> bool:
    """A class-and-id text of a comments section; kept (the ancestors of a page's
    headings and author lines repeat the same few)."""
    return COMMENTS_RE.search(cls) is not None
