"""Eleven of trafilatura's XPath expressions, answered by a walk of the tree in Python.

trafilatura tests class and id attributes with EXSLT regular expressions
(``re:test``), which lxml runs as a Python call per element and attribute, each
building proxies of the attribute and its element, and a few more with string tests
over every element of the tree. On a news page its prunes of the raw tree
(infinite-scroll containers, comment sections, share buttons), its discarding of
navigation, share bars, hidden elements, captions and teasers before the extraction,
its search for the post's container, and its page measure
(:func:`trafilatura.baseline.html2txt`, whose cleaning also tests every element for
cookie banners) cost about a fifth of tagwire's whole time a page. The same tests
written as a walk of the elements the expression can select (the tag test first, as
libxml2 does it, then ``str`` methods and compiled regular expressions; for a
``(...)[1]`` the walk stops at the first) select the same elements in the same order
at a fraction of the cost.

Each replacement stands in only for the expression whose text it was written for
(:data:`EXPRESSIONS`, :data:`READ_EXPRESSIONS` hold a digest of that text; the latter's
walks read their regular expressions from it): a trafilatura whose expression differs
keeps its own, so an upgrade can cost speed, never change a result. The stand-ins are
put in place only for the time of tagwire's own call (:func:`quick_xpaths`);
tests/test_story_quick_xpaths.py compares their selections with lxml's on real pages.
"""
from __future__ import annotations

import contextlib
import hashlib
import re
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import trafilatura  # noqa: F401  (loads the modules whose expressions are stood in for)
from lxml import etree

# --- the expressions' tests, as trafilatura writes them (re:test: case-sensitive unless
# the flags say "i"; an absent attribute is tested as the empty string) ----------------

#: RAW_TREE_PRUNE_XPATH[0]: infinite-scroll containers (kept when they hold an ``h1``,
#: unless they are one of the theme's boxes of appended posts).
_SCROLL = re.compile("mvp-post-add-(?:box|wrap)|infinite-?scroll")
_SCROLL_BOX = re.compile("mvp-post-add-(?:box|wrap)")
_SCROLL_TAGS = ("div", "section", "aside")
#: REMOVE_COMMENTS_AND_LISTS_XPATH[0]: comment sections, and lists of comments.
_COMMENTS_ID = re.compile("^(?:[Cc]omment(?!ary)|comol|disqus_thread|dsq-comments)")
_COMMENTS_LIST_ID = re.compile("^(?:[Cc]omment(?!ary)|comol)")
_COMMENTS_CLASS = re.compile("^[Cc]omment(?!ary)|(?:article|post)-comments")
_COMMENTS_TAGS = ("div", "list", "section", "details", "ol", "ul")
#: BASIC_CLEAN_XPATH: elements deleted whatever their attributes, footer divisions (the
#: first of the class and id attributes, in the element's order, holds "footer"), and
#: cookie banners (class or id, any case).
_CLEANED_TAGS = frozenset(("aside", "fencedframe", "footer", "script", "style", "svg",
                           "template"))
_COOKIE_CONSENT = re.compile(
    "cookie[-_]?(?:banner|bar|consent|law|notice|policy|description)|notice[-_]{0,2}cookie"
    "|consent[-_]?(?:banner|manager|sdk)|borlabs|cookiebot|cmplz|onetrust|moove[-_]?gdpr",
    re.IGNORECASE)


def _scroll_containers(tree: etree._Element) -> list[etree._Element]:
    found = []
    search, box = _SCROLL.search, _SCROLL_BOX.search
    for el in tree.iterdescendants(*_SCROLL_TAGS):
        ident, cls = el.get("id") or "", el.get("class") or ""
        if (search(ident) or search(cls)) and (
                next(el.iterdescendants("h1"), None) is None or box(ident) or box(cls)):
            found.append(el)
    return found


def _comment_sections(tree: etree._Element) -> list[etree._Element]:
    found = []
    by_id, list_id, by_class = (_COMMENTS_ID.search, _COMMENTS_LIST_ID.search,
                                _COMMENTS_CLASS.search)
    for el in tree.iterdescendants(*_COMMENTS_TAGS):
        ident, cls = el.get("id"), el.get("class")
        if ident is None and cls is None:
            continue  # (no test below matches two empty strings)
        ident, cls = ident or "", cls or ""
        if (by_id(ident) or by_class(cls)) and (
                el.tag not in ("ol", "ul") or list_id(ident) or by_class(cls)):
            found.append(el)
    return found


def _basic_cleaning(tree: etree._Element) -> list[etree._Element]:
    found = []
    cookie = _COOKIE_CONSENT.search
    for el in tree.iterdescendants():
        tag = el.tag
        if tag in _CLEANED_TAGS:
            found.append(el)
            continue
        if not isinstance(tag, str):
            continue  # (a comment, a processing instruction: no element)
        cls, ident = el.get("class"), el.get("id")
        if cls is None and ident is None:
            continue
        if tag == "div":
            # contains(@class|@id, 'footer'): the string of the node-set's first node
            if ident is None:
                first = cls
            elif cls is None:
                first = ident
            else:
                keys = el.keys()
                first = cls if keys.index("class") < keys.index("id") else ident
            if "footer" in first:
                found.append(el)
                continue
        if (cls is not None and cookie(cls)) or (ident is not None and cookie(ident)):
            found.append(el)
    return found


def _first(el: etree._Element, one: str, other: str) -> str:
    """The string of the node-set ``@one|@other``: the value of the one of the two
    attributes that comes first in the element (document order), else ""."""
    a, b = el.get(one), el.get(other)
    if a is None:
        return b or ""
    if b is None:
        return a
    keys = el.keys()
    return a if keys.index(one) < keys.index(other) else b


def _patterns(path: str, *functions: str) -> list[Callable[[str], re.Match[str] | None]]:
    """The ``search`` of each regular expression that ``path`` tests with the call that
    opens as ``function`` (``re:test(@id, '``...), compiled as lxml compiles it: the
    stand-ins read the expression's own patterns (the digest holds them fixed)."""
    out: list[Callable[[str], re.Match[str] | None]] = []
    for function in functions:
        start = path.index(function) + len(function)
        out.append(re.compile(path[start:path.index("'", start)]).search)
    return out


_DISCARD_TAGS = ("div", "item", "list", "p", "section", "span")


def _discard_walk(path: str) -> Callable[[etree._Element], list[etree._Element]]:
    """OVERALL_DISCARD_XPATH[0]: navigation, consent, share, related, ad... containers."""
    consent, by_id, by_class = _patterns(
        path, "re:test(@id|@class, '", "re:test(@id, '", "re:test(@class, '")

    def walk(tree: etree._Element) -> list[etree._Element]:
        found = []
        for el in tree.iterdescendants(*_DISCARD_TAGS):
            ident, cls, role = el.get("id"), el.get("class"), el.get("role")
            if (role is not None and "nav" in role.replace("N", "n")) \
                    or (ident is not None and by_id(ident)) \
                    or (cls is not None and by_class(cls)) \
                    or ((ident is not None or cls is not None)
                        and consent(_first(el, "id", "class"))) \
                    or el.get("data-lp-replacement-content") is not None \
                    or "MostPopularStories" in (el.get("data-component") or ""):
                found.append(el)
        return found
    return walk


def _hidden_walk(path: str) -> Callable[[etree._Element], list[etree._Element]]:
    """OVERALL_DISCARD_XPATH[1]: hidden elements, comment titles and replies."""
    hidden, by_id, by_class = _patterns(
        path, "re:test(@id|@style, '", "re:test(@id, '", "re:test(@class, '")

    def walk(tree: etree._Element) -> list[etree._Element]:
        found = []
        for el in tree.iterdescendants():
            if not isinstance(el.tag, str):
                continue
            ident, cls, style = el.get("id"), el.get("class"), el.get("style")
            if ident is None and cls is None and style is None:
                if el.get("aria-hidden") == "true":
                    found.append(el)
                continue
            if cls == "comments-title" \
                    or ((ident is not None or cls is not None)
                        and _first(el, "id", "class").startswith("reply-")) \
                    or ((ident is not None or style is not None)
                        and hidden(_first(el, "id", "style"))) \
                    or (style is not None and ("display:none" in style
                                               or "display: none" in style)) \
                    or (ident is not None and by_id(ident)) \
                    or (cls is not None and by_class(cls)) \
                    or el.get("aria-hidden") == "true":
                found.append(el)
        return found
    return walk


_BODY_TAGS = ("article", "div", "main", "section")


def _body_walk(path: str) -> Callable[[etree._Element], list[etree._Element]]:
    """BODY_XPATH[0]: the post's content container, by its class, id or itemprop; the
    first such child of each element (``[1]`` applies to each parent's children)."""
    by_id, by_class = _patterns(path, "re:test(@id, '", "re:test(@class, '")

    def walk(tree: etree._Element) -> list[etree._Element]:
        found = []
        parents = set()
        for el in tree.iterdescendants(*_BODY_TAGS):
            ident, cls = el.get("id"), el.get("class")
            if cls in ("post", "entry") or ident == "articleContent" \
                    or (ident is not None and by_id(ident)) \
                    or (cls is not None and by_class(cls)) \
                    or el.get("itemprop") == "articleBody":
                parent = el.getparent()
                if parent not in parents:
                    parents.add(parent)
                    found.append(el)
        return found
    return walk


_RE_TEST = re.compile(r"re:test\(@[\w|@-]+, '([^']*)'(?:, '(\w*)')?\)")


def _tests(path: str) -> list[Callable[[str], re.Match[str] | None]]:
    """The ``search`` of every ``re:test`` of ``path``, in their order, compiled as lxml
    compiles them (flag "i": any case)."""
    return [re.compile(pattern, re.IGNORECASE if "i" in flags else 0).search
            for pattern, flags in _RE_TEST.findall(path)]


def _story_walk(path: str) -> Callable[[etree._Element], list[etree._Element]]:
    """BODY_XPATH[2]: the first container named as an article or a story."""
    by_id, fulltext, by_class = _tests(path)
    ids, classes = ("article", "story"), ("postarea", "art-postcontent", "text", "cell", "story")

    def walk(tree: etree._Element) -> list[etree._Element]:
        for el in tree.iterdescendants(*_BODY_TAGS):
            ident, cls = el.get("id"), el.get("class")
            if ident is None and cls is None:
                if el.get("role") == "article":
                    return [el]
                continue
            if ident in ids or cls in classes or el.get("role") == "article" \
                    or (ident is not None and by_id(ident)) \
                    or (cls is not None and (fulltext(cls) or by_class(cls))):
                return [el]
        return []
    return walk


def _content_walk(path: str) -> Callable[[etree._Element], list[etree._Element]]:
    """BODY_XPATH[3]: the first container named as the page's main content."""
    by_id, by_class = _tests(path)

    def walk(tree: etree._Element) -> list[etree._Element]:
        for el in tree.iterdescendants(*_BODY_TAGS):
            ident, cls = el.get("id"), el.get("class")
            if ident is not None and (ident == "content" or by_id(ident) or "main-content"
                                      in ident.replace("C", "c").replace("M", "m")):
                return [el]
            if cls is not None and (
                    cls == "content" or by_class(cls)
                    or "main-content" in cls.replace("C", "c").replace("M", "m")
                    or "page-content" in cls.replace("C", "c").replace("P", "p")):
                return [el]
        return []
    return walk


def _named_walk(tags: tuple[str, ...], word: str, *, ids: bool = True,
                capital: str = "") -> Callable[[str], Callable[[etree._Element],
                                                            list[etree._Element]]]:
    """``.//*[self::tag or ...][contains(@id, word) or contains(@class, word)]`` (the
    id left out unless ``ids``; ``capital``: the letter that translate() lowers first)."""
    low = capital.lower()

    def make(_path: str) -> Callable[[etree._Element], list[etree._Element]]:
        def walk(tree: etree._Element) -> list[etree._Element]:
            found = []
            for el in tree.iterdescendants(*tags):
                ident, cls = el.get("id") if ids else None, el.get("class")
                if capital:
                    ident = ident.replace(capital, low) if ident is not None else None
                    cls = cls.replace(capital, low) if cls is not None else None
                if (ident is not None and word in ident) or (cls is not None and word in cls):
                    found.append(el)
            return found
        return walk
    return make


#: (module, name, index in the list or None, digest of the expression's text, stand-in)
EXPRESSIONS: tuple[tuple[str, str, int | None, str,
                         Callable[[etree._Element], list[etree._Element]]], ...] = (
    ("trafilatura.core", "RAW_TREE_PRUNE_XPATH", 0, "01e7c660fd6406f2", _scroll_containers),
    ("trafilatura.core", "REMOVE_COMMENTS_AND_LISTS_XPATH", 0, "9cc18d34e6e2d258",
     _comment_sections),
    ("trafilatura.baseline", "BASIC_CLEAN_XPATH", None, "db6c25acd08aef99", _basic_cleaning),
)
#: The same for expressions whose patterns the stand-in reads from their text: (module,
#: name, index, digest, a function of the text that makes the walk).
READ_EXPRESSIONS: tuple[tuple[str, str, int | None, str,
                              Callable[[str], Callable[[etree._Element],
                                                       list[etree._Element]]]], ...] = (
    ("trafilatura.main_extractor", "OVERALL_DISCARD_XPATH", 0, "a837e58a1b1ea116",
     _discard_walk),
    ("trafilatura.main_extractor", "OVERALL_DISCARD_XPATH", 1, "c1d5b70b8cd03783",
     _hidden_walk),
    ("trafilatura.main_extractor", "BODY_XPATH", 0, "caaa561ceca17064", _body_walk),
    ("trafilatura.main_extractor", "BODY_XPATH", 2, "6c9b5e1fdc092943", _story_walk),
    ("trafilatura.main_extractor", "BODY_XPATH", 3, "10a7ceacc0ff8cdf", _content_walk),
    ("trafilatura.main_extractor", "DISCARD_IMAGE_ELEMENTS", 0, "cb1ab981e44913f7",
     _named_walk(_DISCARD_TAGS, "caption")),
    ("trafilatura.main_extractor", "TEASER_DISCARD_XPATH", 0, "ebb02f066626551d",
     _named_walk(_DISCARD_TAGS, "teaser", capital="T")),
    ("trafilatura.core", "RAW_TREE_PRUNE_XPATH", 1, "3c7afe92279543d5",
     _named_walk(_SCROLL_TAGS, "elementor-share-buttons", ids=False)),
)


def digest(expression: Any) -> str:
    """The digest of an XPath expression's text."""
    return hashlib.sha256(getattr(expression, "path", "").encode()).hexdigest()[:16]


class _StandIn:
    """Called as the XPath it stands for is: on an element, the walk's selection; on
    anything else (a whole document), the XPath itself."""

    def __init__(self, xpath: etree.XPath,
                 walk: Callable[[etree._Element], list[etree._Element]]) -> None:
        self.xpath, self.walk, self.path = xpath, walk, xpath.path

    def __call__(self, tree: Any, **kwargs: Any) -> Any:
        if kwargs or not isinstance(tree, etree._Element):
            return self.xpath(tree, **kwargs)
        return self.walk(tree)


Walk = Callable[[etree._Element], list[etree._Element]]
_made: dict[str, Walk] = {}


def stand_ins() -> list[tuple[Any, str, int | None, etree.XPath, Walk]]:
    """(module, name, index, trafilatura's expression, its walk) for each expression of
    the installed trafilatura whose text is the one its walk was written for."""
    table = [(m, n, i, want, lambda _path, walk=walk: walk)
             for m, n, i, want, walk in EXPRESSIONS] + list(READ_EXPRESSIONS)
    found = []
    for module_name, name, index, want, make in table:
        module = sys.modules.get(module_name)
        value: Any = getattr(module, name, None)
        if index is None:
            xpath = value
        elif isinstance(value, list) and len(value) > index:
            xpath = value[index]
        else:
            continue  # another trafilatura: its own expressions
        if not isinstance(xpath, etree.XPath) or digest(xpath) != want:
            continue  # another trafilatura: its own expression
        walk = _made.get(xpath.path)
        if walk is None:
            walk = _made[xpath.path] = make(xpath.path)
        found.append((module, name, index, xpath, walk))
    return found


def _swaps() -> list[tuple[Any, str, Any, Any]]:
    """(module, name, trafilatura's value, the value with stand-ins) for each name that
    holds an expression of :func:`stand_ins`."""
    swaps: dict[tuple[int, str], tuple[Any, str, Any, Any]] = {}
    for module, name, index, xpath, walk in stand_ins():
        key = (id(module), name)
        if key not in swaps:
            value = getattr(module, name)
            swaps[key] = (module, name, value, list(value) if index is not None else None)
        if index is None:
            swaps[key] = (module, name, swaps[key][2], _StandIn(xpath, walk))
        else:
            swaps[key][3][index] = _StandIn(xpath, walk)
    return list(swaps.values()) + _prepare_tree_swap() + _lend_swaps() + _measure_swaps()


#: trafilatura's ``_prepare_tree`` keeps a copy of the cleaned page (a backup) for its
#: comparison with the other extractors and for a forum's comments; in fast mode with
#: comments off (tagwire's fast pass) neither runs and the copy is never read (3 % of
#: the fast pass's time on the AEB pages). The stand-in makes none there and calls
#: trafilatura's own otherwise. It stands in only where the code that makes and passes
#: the backup on is the code read for this (digests of these functions' source).
PREPARE_TREE_SOURCES = {
    "_prepare_tree": "9595f0642825c2c7",
    "trafilatura_sequence": "f03dc4d2946dacbd",
    "_extract_and_compare": "f7d056c2118222e8",
    "_recall_retry": "59594c39714f57be",
}
_sources_checked: dict[int, bool] = {}


def _prepare_tree_swap() -> list[tuple[Any, str, Any, Any]]:
    """The swap of ``trafilatura.core._prepare_tree`` (see :data:`PREPARE_TREE_SOURCES`),
    or none for another trafilatura."""
    import inspect

    core: Any = sys.modules.get("trafilatura.core")
    original = getattr(core, "_prepare_tree", None)
    if original is None:
        return []
    known = _sources_checked.get(id(original))
    if known is None:
        try:
            known = all(hashlib.sha256(inspect.getsource(getattr(core, name)).encode())
                        .hexdigest()[:16] == want for name, want in PREPARE_TREE_SOURCES.items())
        except (AttributeError, OSError, TypeError):  # no such function, no source
            known = False
        _sources_checked[id(original)] = known
    if not known:
        return []

    def prepare(tree: Any, options: Any, url: str | None) -> tuple[Any, Any]:
        if options.fast and not options.comments:
            cleaned = core.tree_cleaning(core.copy(tree), options)
            return core.convert_tags(cleaned, options, url), None
        return original(tree, options, url)

    return [(core, "_prepare_tree", original, prepare)]


#: ``bare_extraction`` copies the page it is handed (an element) before its steps change
#: it (a millisecond or two on a news page). In tagwire's fast pass (fast mode, comments
#: off) the only steps that change that copy are its two prunes of the raw tree (the
#: infinite-scroll containers and share buttons, the comment sections): every later one
#: reads a copy of its own (the cleaning's, the baseline's, the page measure's, the recall
#: retry's). A page :func:`lent` to it is handed over uncopied, the prunes' deletions
#: recorded, made as trafilatura makes them, and undone after the call: trafilatura read
#: the tree its copy would have been, and the page is as it was. Only where the code that
#: copies, prunes and reads is the code read for this (digests of these functions'
#: source); tests/test_story_speed18_lend.py compares the bodies with and without.
LEND_SOURCES = {
    ("trafilatura.core", "bare_extraction"): "2e57adb3062086f9",
    ("trafilatura.core", "trafilatura_sequence"): "f03dc4d2946dacbd",
    ("trafilatura.core", "_prepare_tree"): "9595f0642825c2c7",
    ("trafilatura.core", "_extract_and_compare"): "f7d056c2118222e8",
    ("trafilatura.core", "_recall_retry"): "59594c39714f57be",
    ("trafilatura.core", "_forum_thread_page"): "e7f7cef99b33704f",
    ("trafilatura.utils", "load_html"): "bc0039c89805dea3",
    ("trafilatura.baseline", "baseline"): "4a4215f815e62745",
    ("trafilatura.baseline", "html2txt"): "a8c97eab2097c57d",
    ("trafilatura.htmlprocessing", "prune_unwanted_nodes"): "4731f8e24ef86449",
    ("trafilatura.xml", "delete_element"): "76e448c154eb43ba",
}
_lend_checked: dict[tuple[int, ...], bool] = {}


#: An element taken out of a tree as trafilatura deletes one: the element, its parent, its
#: previous sibling (None: it was the first child) and the text its tail was joined to.
Taken = tuple[etree._Element, etree._Element, etree._Element | None, str | None]


def put_back(taken: list[Taken]) -> None:
    """Elements taken out (in that order) put back where they were, the text their tails
    were joined to as it was: the tree as before the deletions."""
    for el, parent, prev, before in reversed(taken):
        if prev is None:
            parent.text = before
            parent.insert(0, el)
        else:
            prev.tail = before
            prev.addnext(el)


class _Lent:
    """A page lent to trafilatura's call: whether its copy was skipped yet, and the
    deletions made in it (element, parent, previous sibling, the text its tail joined)."""

    def __init__(self, tree: etree._Element) -> None:
        self.tree = tree
        self.handed = False
        self.taken: list[Taken] = []


_lent: dict[int, _Lent] = {}


def _source_digest(function: Any) -> str:
    import inspect

    return hashlib.sha256(inspect.getsource(function).encode()).hexdigest()[:16]


def _lend_known() -> bool:
    """Whether the installed trafilatura's functions are those of :data:`LEND_SOURCES`."""
    functions = [getattr(sys.modules.get(module), name, None) for module, name in LEND_SOURCES]
    key = tuple(map(id, functions))
    known = _lend_checked.get(key)
    if known is None:
        try:
            known = all(_source_digest(f) == want
                        for f, want in zip(functions, LEND_SOURCES.values(), strict=True))
        except (OSError, TypeError):  # no such function, no source
            known = False
        _lend_checked[key] = known
    return known


def _lend_swaps() -> list[tuple[Any, str, Any, Any]]:
    """The swaps of ``trafilatura.core``'s ``copy`` and ``prune_unwanted_nodes`` that
    :func:`lent` needs (each as trafilatura's own for any other tree), or none for
    another trafilatura."""
    core: Any = sys.modules.get("trafilatura.core")
    if core is None or not _lend_known():
        return []
    copy, prune = core.copy, core.prune_unwanted_nodes
    delete = sys.modules["trafilatura.xml"].delete_element

    def lent_copy(obj: Any) -> Any:
        state = _lent.get(id(obj))
        if state is None or state.tree is not obj or state.handed:
            return copy(obj)
        state.handed = True  # (bare_extraction's copy, its first of the page)
        return obj

    def lent_prune(tree: Any, nodelist: Any, with_backup: bool = False) -> Any:
        state = _lent.get(id(tree))
        if state is None or state.tree is not tree or not state.handed or with_backup:
            return prune(tree, nodelist, with_backup)
        for expression in nodelist:
            for subtree in expression(tree):
                parent = subtree.getparent()
                if parent is not None:
                    prev = subtree.getprevious()
                    state.taken.append((subtree, parent, prev,
                                        parent.text if prev is None else prev.tail))
                delete(subtree)  # (trafilatura's own: the tail joined to what precedes)
        return tree

    return [(core, "copy", copy, lent_copy),
            (core, "prune_unwanted_nodes", prune, lent_prune)]


#: ``trafilatura_sequence`` measures the page (``html2txt``: a copy of the page, cleaned,
#: spaced and read as text; a millisecond on a news page) only to ask whether the body
#: it found, when short, covers less than ``ESCALATION_PAGE_SHARE`` of the page's text
#: (then it retries in recall mode). On most pages the body plainly covers more than that
#: share of an upper bound of the measure (:func:`page_text_bound`, read in C from the
#: page as it is, no copy): the answer is then "no" whatever the exact measure, and the
#: stand-in returns the empty text, which gives the same "no". Only where the caller is
#: the ``trafilatura_sequence`` whose code was read for this (:data:`LEND_SOURCES`), and
#: its body's text is where that code keeps it; anywhere else the measure is trafilatura's.
_ELEMENT_COUNT = etree.XPath("count(.//*)")


def page_text_bound(tree: etree._Element, at_most: float | None = None) -> int:
    """An upper bound of ``len(trafilatura.baseline.html2txt(tree))``.

    html2txt reads the text of the page's ``<body>`` (else of ``tree``) after deleting
    elements (their tails kept: the rest of the text is what it was, in order) and
    control characters, with a space put before the text and before the tail of each
    block element (two spaces at most an element), then joins its words with single
    spaces. Deleting characters never splits a word, and each space put in splits at
    most one: so its words are at most the words of all text under that element (its own
    tail included) plus two for the element and for each element below it, their letters
    at most that text's letters (all but whitespace), and the result at most those
    letters, a space between two words, and those spaces put in.

    The length of the whole text is a looser bound read without splitting the text into
    words: where ``at_most`` is given and that bound is no more than it, it is returned
    (the caller only asks whether the measure can exceed ``at_most``: on the AEB pages 47
    of 82 measures are answered so, the words' bound answers 14 more)."""
    body = tree.find(".//body")
    top = tree if body is None else body
    text = etree.tostring(top, method="text", encoding="unicode")
    spaces = 2 * (int(_ELEMENT_COUNT(top)) + 1)
    if at_most is not None and len(text) + spaces <= at_most:
        return len(text) + spaces
    words = text.split()
    return sum(map(len, words)) + max(len(words) - 1, 0) + spaces


def _measure_swaps() -> list[tuple[Any, str, Any, Any]]:
    """The swap of ``trafilatura.core.html2txt`` (see :func:`page_text_bound`), or none
    for another trafilatura."""
    core: Any = sys.modules.get("trafilatura.core")
    if core is None or not _lend_known():
        return []
    import lxml.html

    measure, sequence = core.html2txt, core.trafilatura_sequence.__code__

    def page_measure(content: Any, clean: bool = True) -> str:
        caller = sys._getframe(1)
        if caller.f_code is sequence and clean is True \
                and isinstance(content, lxml.html.HtmlElement):
            body_text = caller.f_locals.get("temp_text")
            share = getattr(core, "ESCALATION_PAGE_SHARE", None)
            if isinstance(body_text, str) and isinstance(share, float) and share >= 0 \
                    and len(body_text) >= share * page_text_bound(
                        content, len(body_text) / share if share else None):
                return ""  # (the body covers the share of any page text up to the bound)
        return measure(content, clean)

    return [(core, "html2txt", measure, page_measure)]


@contextlib.contextmanager
def lent(tree: etree._Element) -> Iterator[None]:
    """``tree`` handed to trafilatura uncopied for the time of the block (see
    :data:`LEND_SOURCES`; inside :func:`quick_xpaths`, in fast mode with comments off),
    then as it was. A tree that is not its document's root is copied as before (an
    expression from the document's root would read more than the copy holds)."""
    if tree.getparent() is not None or id(tree) in _lent:
        yield
        return
    state = _lent[id(tree)] = _Lent(tree)
    try:
        yield
    finally:
        del _lent[id(tree)]
        put_back(state.taken)


_lock = threading.Lock()
_users = 0
_active: list[tuple[Any, str, Any, Any]] = []

#: The core functions the swaps of :func:`_prepare_tree_swap`, :func:`_lend_swaps` and
#: :func:`_measure_swaps` read or stand in for (with :data:`LEND_SOURCES`' functions).
_SWAPPED_CORE_NAMES = ("_prepare_tree", "copy", "prune_unwanted_nodes", "html2txt",
                       "trafilatura_sequence")


def _swap_inputs() -> tuple[Any, ...]:
    """Everything :func:`_swaps` reads: the value of every trafilatura name it tests or
    stands in for (a list's items too), the functions whose source it checks, and this
    module's own tables and makers of swaps. Two calls that read the same objects (``is``)
    build the same swaps."""
    inputs: list[Any] = []
    for module_name, name, *_ in (*EXPRESSIONS, *READ_EXPRESSIONS):
        value = getattr(sys.modules.get(module_name), name, None)
        inputs.append(value)
        if isinstance(value, list):
            inputs.extend(value)
            inputs.append(len(value))
    core = sys.modules.get("trafilatura.core")
    inputs.extend(getattr(core, name, None) for name in _SWAPPED_CORE_NAMES)
    inputs.extend(getattr(sys.modules.get(module), name, None) for module, name in LEND_SOURCES)
    inputs.append(getattr(sys.modules.get("trafilatura.xml"), "delete_element", None))
    inputs.extend((EXPRESSIONS, READ_EXPRESSIONS, PREPARE_TREE_SOURCES, LEND_SOURCES,
                   _sources_checked, _lend_checked, stand_ins, _prepare_tree_swap,
                   _lend_swaps, _measure_swaps))
    return tuple(inputs)


#: The swaps last built and what they were built from (:func:`_swap_inputs`): building
#: them digests eleven expressions' texts and makes their stand-ins again (0.15 ms, on
#: every page); where trafilatura and this module hold the same objects as then, the
#: same swaps are given again.
_built: tuple[tuple[Any, ...], list[tuple[Any, str, Any, Any]]] | None = None


def _current_swaps() -> list[tuple[Any, str, Any, Any]]:
    """:func:`_swaps`, built again only when what it reads has changed."""
    global _built
    inputs = _swap_inputs()
    if _built is not None:
        before, swaps = _built
        if len(before) == len(inputs) and all(a is b for a, b in zip(before, inputs, strict=True)):
            return swaps
    swaps = _swaps()
    _built = (inputs, swaps)
    return swaps


@contextlib.contextmanager
def quick_xpaths() -> Iterator[None]:
    """trafilatura with the stand-ins, for the time of the block (counted, so that
    threads that overlap leave trafilatura as it was once the last one is done)."""
    global _users, _active
    with _lock:
        if _users == 0:
            _active = _current_swaps()
            for module, name, _, new in _active:
                setattr(module, name, new)
        _users += 1
    try:
        yield
    finally:
        with _lock:
            _users -= 1
            if _users == 0:
                for module, name, old, _ in _active:
                    setattr(module, name, old)
                _active = []
