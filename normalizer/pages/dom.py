"""Small lxml helpers shared by the page readers (archive and permalink pages).

One meaning per name: :func:`class_and_id` is the raw ``class`` and ``id`` text (for
regular expressions), :func:`class_tokens` the lower-cased tokens of the same (for set
tests against a cue table).
"""
from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from operator import itemgetter
from typing import Any

from lxml import etree

from normalizer.cues.markup import OUTSIDE_POST_RE, TRAIL_RE
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
    return any(_is_chrome_class(class_and_id(anc)) for anc in el.iterancestors())


#: Elements that are never a story's by their tag: navigation, side boxes, footers, dialogs. A
#: heading inside one is a menu's or a widget's ("Tools" over a sidebar's links).
CHROME_TAGS = frozenset({"nav", "aside", "footer", "menu", "dialog"})
# The class word that makes an article's own header read as the page's masthead.
_HEADER_WORD = re.compile(r"header", re.IGNORECASE)


#: The elements around the whole page: their classes name the page's layout and
#: features ("article-layout search re-menu", "has-main-navigation"), not a region of it.
PAGE_TAGS = frozenset({"body", "html"})


def heading_outside_post(el: etree._Element) -> bool:
    """:func:`outside_post` for a heading: an ancestor is navigation, a side box or a
    footer by its tag (:data:`CHROME_TAGS`), or page chrome by its class; but a header
    *inside an* ``<article>`` is that article's own header ("base-article__header",
    "doc_header" around the story's ``<h1>``), not the page's masthead, whatever its
    class is called (HTML's own meaning of a header in an article). The page's own
    ``<body>`` class (:data:`PAGE_TAGS`) says nothing of a heading inside the page's one
    ``<article>``: that is the post (an archive's several articles are its teasers, and
    a heading outside any article may be the page's masthead: the class still counts).
    Nothing around the page's ``<main>`` makes an ``<h1>`` in it chrome: a class there
    names the page's layout ("no-sidebar" on a ``<body>`` over a page of many articles),
    as in :func:`in_side_box`. (Only an ``<h1>``, the page's own heading: an archive's
    teasers stand in ``<main>`` under smaller headings, and the layout classes that keep
    them from being read as the page's title are left to do so.)"""
    ancestors = list(el.iterancestors())
    for i, anc in enumerate(ancestors):
        if anc.tag in CHROME_TAGS:
            return True
        text = class_and_id(anc)
        if not _is_chrome_class(text):
            if anc.tag == "main" and el.tag == "h1":
                return False  # (see the docstring: the page's <main> holds the <h1>)
            continue
        if anc.tag in PAGE_TAGS and _in_only_article(ancestors[:i]):
            continue  # the page's layout classes, over its one article
        if (anc.tag == "article" or any(a.tag == "article" for a in ancestors[i + 1:])) \
                and not _is_chrome_class(_HEADER_WORD.sub(" ", text)):
            continue  # the article's own header
        return True
    return False


def _in_only_article(ancestors: list[etree._Element]) -> bool:
    """One of ``ancestors`` (a heading's, below the page's ``<body>``) is an ``<article>``
    and the page holds no other."""
    article = next((a for a in ancestors if a.tag == "article"), None)
    if article is None:
        return False
    return sum(1 for _ in article.getroottree().iter("article")) == 1


def in_side_box(el: etree._Element) -> bool:
    """``el`` stands in navigation, a side box, a footer or another region that is never
    the post (:func:`heading_outside_post`'s test with every header counted in: a heading
    in a header may be the story's; one in a sidebar's teaser list is another story's).
    Nothing around the page's ``<main>`` is a side box of what stands in it: a class there
    names the page's layout ("template-two-col with-sidebar-right" on People's wrapper)."""
    for anc in el.iterancestors():
        if anc.tag in CHROME_TAGS:
            return True
        text = class_and_id(anc)
        if _is_chrome_class(text) and _is_chrome_class(_HEADER_WORD.sub(" ", text)):
            return True
        if anc.tag == "main":
            return False
    return False


def in_chrome_apart(el: etree._Element, story: set[etree._Element]) -> bool:
    """``el`` or an ancestor below those in ``story`` (the elements that hold the story's
    own paragraphs) is page chrome: navigation, a side box or a footer by its tag
    (:data:`CHROME_TAGS`), or by its class or id (a share bar's ``<li class="share">``, a
    "related" box, a trail of sections: :data:`~normalizer.cues.markup.TRAIL_RE`). A class
    that marks a container of the story as well ("penci_sidebar" on a layout with a
    sidebar, "header-style-2" on the page's wrapper) says nothing of what stands beside the
    story in it; a header inside an ``<article>`` is the article's own."""
    chain = [el]
    for anc in el.iterancestors():
        if anc in story:
            break
        chain.append(anc)
    in_article = any(a.tag == "article" for a in el.iterancestors())
    for x in chain:
        if x.tag in CHROME_TAGS:
            return True
        text = class_and_id(x)
        if _is_chrome_class(text) and not (
                in_article and not _is_chrome_class(_HEADER_WORD.sub(" ", text))):
            return True
        if TRAIL_RE.search(text):
            return True
    return False


@functools.lru_cache(maxsize=4096)
def _is_chrome_class(text: str) -> bool:
    """:data:`OUTSIDE_POST_RE` on a class-and-id text, kept: a page's elements share
    their ancestors, and the pattern (dozens of words) is slow to search."""
    return OUTSIDE_POST_RE.search(text) is not None


def text_of(el: etree._Element) -> str:
    """The element's text, cleaned as block text is."""
    return clean_text("".join(el.itertext()))


# --- one walk of the page for the lookups every page makes -------------------------------

# XPath shapes answered from a :class:`PageIndex` instead of a walk of the whole tree each.
_CLASS_PART_XPATH = re.compile(r"^//\*\[contains\(@class, '([^']+)'\)\]$")
_META_CONTENT_XPATH = re.compile(r"^//meta\[@([\w:-]+)='([^']*)'\]/@content$")
_ATTR_VALUE_XPATH = re.compile(r"^//\*\[@([\w:-]+)='([^']*)'\]/@([\w:-]+)$")
_CLASS_TOKEN_XPATH = re.compile(
    r"^//\*\[contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^' ]+) '\)\]$")
# A path whose first step needs a tag, or a class word, the page may not have at all.
_FIRST_TAG_STEP = re.compile(r"^\(?//([a-z][a-z0-9]*)(?:[\[/)]|$)")
_FIRST_CLASS_TOKEN_STEP = re.compile(
    r"^//\*\[contains\(concat\(' ', normalize-space\(@class\), ' '\), ' ([^' ]+) '\)\]")
# ... or a part of a class, joined by "and" to a test of its ancestors' classes (the first
# step's predicate whole: no "or" in it), as the WordPress block theme's date XPath is. (A
# part without spaces: where tagwire changes a class for a while, it only drops names from
# it, and no such part can appear in what is left that was not in the class before.)
_FIRST_CLASS_PART_STEP = re.compile(
    r"^//\*\[contains\(@class, '([^'\s]+)'\)"
    r"(?: and not\(ancestor::\*\[contains\(@class, '[^']+'\)\]\))?\]")
_ATTR_WORD_XPATH = re.compile(
    r"^//([a-z][a-z0-9]*|\*)\[contains\(concat\(' ', @([\w-]+), ' '\), ' ([^' ]+) '\)\]$")
# //outer//inner: inner a class part, a tag, or a tag's first child of its parent ("h2[1]")
_INSIDE_XPATH = re.compile(
    r"^(//.+)//(?:\*\[contains\(@class, '([^']+)'\)\]|([a-z][a-z0-9]*)(\[1\])?)$")
_TAGS_XPATH = re.compile(r"^//[a-z][a-z0-9]*(?:\s*\|\s*//[a-z][a-z0-9]*)*$")


@functools.lru_cache(maxsize=2048)
def _shape(expr: str) -> tuple[str, Any] | None:
    """Which of the shapes :meth:`PageIndex.select` answers ``expr`` has, and its parts
    (read once an expression: the expressions are the cues' fixed strings, asked on
    every page)."""
    if "|" in expr:  # a union: only of tags here (the branches: see PageIndex._select)
        if _TAGS_XPATH.match(expr):
            return "tags", frozenset(part.strip()[2:] for part in expr.split("|"))
        return None
    if m := _CLASS_PART_XPATH.match(expr):
        return "class_part", (m[1],)
    if m := _META_CONTENT_XPATH.match(expr):
        return "meta_content", (m[1], m[2])
    if m := _ATTR_VALUE_XPATH.match(expr):
        return "attribute_of", (m[1], m[2], m[3])
    if m := _CLASS_TOKEN_XPATH.match(expr):
        return "class_token", (m[1],)
    if _TAGS_XPATH.match(expr):
        return "tags", frozenset((expr[2:],))
    if m := _ATTR_WORD_XPATH.match(expr):
        return "attribute_word", (m[1], m[2], m[3])
    if m := _INSIDE_XPATH.match(expr):
        return "inside", (m[1], m[2], m[3], bool(m[4]))
    return None


def _xml_words(text: str) -> list[str]:
    """``text`` split at single spaces after XPath's ``normalize-space`` folding of tabs and
    line ends (``str.replace``, not ``str.translate``: a translation table is read a
    character at a time in Python's loop)."""
    return text.replace("\t", " ").replace("\n", " ").replace("\r", " ").split(" ")


# At most this many elements are put in document order by a search of the element list
# each (a map of every element's place costs as much as some thirty such searches).
_FEW = 8


class PageIndex:
    """The page's elements that have a class, its links and its meta tags, found in one
    walk of the parsed tree.

    Each ``//*[contains(@class, ...)]`` XPath walks the whole tree and reads every class
    attribute again (a millisecond on a news page); the page readers ask about a dozen of
    them. :meth:`select` answers the common shapes from this index and hands any other
    expression to lxml. Elements removed from the tree since the walk are skipped; an
    index does not see elements added or classes changed after it was built.

    Inside :meth:`unchanging` (the page readers, which only read the tree) each answer is
    kept and given again to the same question: the title's rules ask the same XPaths
    more than once.
    """

    def __init__(self, tree: etree._Element) -> None:
        self._top = tree.getroottree().getroot()  # XPath's "//" starts from the document
        self.classed: list[tuple[etree._Element, str]] = []
        self.anchors: list[etree._Element] = []
        self.metas: list[etree._Element] = []
        self.articles: list[etree._Element] = []
        self.elements = elements = list(self._top.iter(etree.Element))
        self._memo: dict[str, Any] | None = None
        self._attributes: dict[str, list[etree._Element]] = {}
        # Each tag name's elements, as their places in :attr:`elements` (in this walk:
        # every page's JSON-LD lookup needs them, and a second walk costs a third more).
        self._places: dict[str, list[int]] = {}
        places_of = self._places.get
        classed = self.classed.append
        for i, el in enumerate(elements):
            tag = el.tag
            places = places_of(tag)
            if places is None:
                self._places[tag] = [i]
            else:
                places.append(i)
            classes = el.get("class")
            if classes:
                classed((el, classes))
        # (the links, meta tags and articles from their tags' places: no test an element)
        for tag, found in (("a", self.anchors), ("meta", self.metas),
                           ("article", self.articles)):
            found.extend([elements[i] for i in self._places.get(tag, ())])

    @property
    def root(self) -> etree._Element:
        """The document's root element."""
        return self._top

    @contextlib.contextmanager
    def unchanging(self) -> Iterator[PageIndex]:
        """A stretch of code that reads the tree and changes nothing in it: the answers of
        :meth:`select` are kept for it (and forgotten at its end, before anyone changes
        the tree)."""
        outer = self._memo is not None
        if not outer:
            self._memo = {}
        try:
            yield self
        finally:
            if not outer:
                self._memo = None

    def kept(self, key: str, compute: Callable[[], Any]) -> Any:
        """``compute()``, its answer kept under ``key`` inside :meth:`unchanging` (a reading
        of the page that several page readers ask for); computed every time outside it."""
        memo = self._memo
        if memo is None:
            return compute()
        key = "\0" + key  # (never an XPath expression's text)
        if key not in memo:
            memo[key] = compute()
        return memo[key]

    def attached(self, el: etree._Element) -> bool:
        """``el`` is still in the tree the index was built from."""
        ancestors = list(el.iterancestors())
        return (ancestors[-1] if ancestors else el) is self._top

    def mentions(self, word: str) -> bool:
        """Some class attribute or some link's ``rel`` has ``word`` in it: when not, an
        XPath that needs it there can match nothing, and need not walk the tree."""
        return word in self._class_text or word in self.rel_text

    def mentions_any_lower(self, words: Iterable[str]) -> bool:
        """Some class attribute, lower-cased, has one of the lower-case ``words`` in it:
        when not, no element has one of them among its lower-cased class tokens."""
        text = self._class_text_lower
        return any(word in text for word in words)

    @functools.cached_property
    def _class_text_lower(self) -> str:
        return self._class_text.lower()

    def with_class_part(self, part: str) -> list[etree._Element]:
        """``//*[contains(@class, part)]``: elements whose class attribute contains
        ``part``, in document order."""
        if part not in self._class_text:  # most questions: no class has it at all
            return []
        return [el for el, classes in self.classed if part in classes and self.attached(el)]

    def meta_content(self, attribute: str, value: str) -> list[str]:
        """``//meta[@attribute='value']/@content``, in document order."""
        return [str(content) for m in self.metas
                if m.get(attribute) == value and (content := m.get("content")) is not None
                and self.attached(m)]

    def attribute_of(self, attribute: str, value: str, other: str) -> list[str]:
        """``//*[@attribute='value']/@other``, in document order."""
        return [str(found) for el in self._having(attribute)
                if el.get(attribute) == value and (found := el.get(other)) is not None
                and self.attached(el)]

    def with_attribute_value(self, attribute: str, value: str) -> list[etree._Element]:
        """``//*[@attribute='value']``, in document order."""
        return [el for el in self._having(attribute)
                if el.get(attribute) == value and self.attached(el)]

    def with_class_token(self, token: str) -> list[etree._Element]:
        """``//*[contains(concat(' ', normalize-space(@class), ' '), ' token ')]``:
        elements that have ``token`` among their class's words, in document order."""
        if token not in self._class_text:  # (a substring search: most tokens are absent)
            return []
        return [el for el, classes in self.classed if token in classes
                and token in _xml_words(classes) and self.attached(el)]

    def with_tags(self, tags: frozenset[str],
                  where: Callable[[etree._Element], bool] | None = None,
                  ) -> list[etree._Element]:
        """``//t1 | //t2 ...``: the elements of any of ``tags``, in document order; with
        ``where``, only those it holds true of (asked before whether each is still in the
        tree, a walk of its ancestors, where it rules out most of them cheaply)."""
        places = [self._places[t] for t in tags if t in self._places]
        if not places:
            return []
        order = places[0] if len(places) == 1 else sorted(i for p in places for i in p)
        elements = self.elements
        if where is not None:
            return self._still_attached([el for i in order if where(el := elements[i])])
        return self._still_attached([elements[i] for i in order])

    def _still_attached(self, found: list[etree._Element]) -> list[etree._Element]:
        """The elements of ``found`` still in the tree (:meth:`attached`), asked once per
        parent: an element is in the tree exactly when its parent is, and the elements of
        one tag are mostly siblings (a list's items, an article's paragraphs)."""
        top = self._top
        known: dict[etree._Element, bool] = {}
        kept = []
        for el in found:
            parent = el.getparent()
            if parent is None:
                here = el is top
            else:
                here = known.get(parent)  # type: ignore[assignment]
                if here is None:
                    here = known[parent] = self.attached(parent)
            if here:
                kept.append(el)
        return kept

    def tagged(self, tags: frozenset[str]) -> list[etree._Element]:
        """The elements of any of ``tags`` the walk found, in document order, whether or
        not they are still in the tree (a caller that groups them by parent asks once
        per parent: an element is in the tree exactly when its parent is)."""
        places = [self._places[t] for t in tags if t in self._places]
        if not places:
            return []
        order = places[0] if len(places) == 1 else sorted(i for p in places for i in p)
        elements = self.elements
        return [elements[i] for i in order]

    def select(self, expr: str) -> list:
        """``tree.xpath(expr)`` for the document's root, from the index where ``expr`` has
        one of the shapes it answers (the results are the same, in the same order)."""
        memo = self._memo
        if memo is None:
            return self._select(expr)
        found = memo.get(expr)
        if found is None:
            found = memo[expr] = self._select(expr)
        return list(found)

    def _select(self, expr: str) -> list:
        found = self._answer(expr)
        if found is not None:
            return found
        if " | " in expr and "[" in expr:  # a union of paths the index answers one by one
            parts = [self._answer(branch) for branch in expr.split(" | ")]
            if all(part is not None and not any(isinstance(el, str) for el in part)
                   for part in parts):
                return self.union([el for part in parts for el in part or ()])
        if "|" not in expr:  # one path: nothing to walk for when its first step finds nothing
            if (m := _FIRST_TAG_STEP.match(expr)) and m[1] not in self._places:
                return []
            if (m := _FIRST_CLASS_TOKEN_STEP.match(expr)) and not self._has_class_word(m[1]):
                return []
            if (m := _FIRST_CLASS_PART_STEP.match(expr)) and m[1] not in self._class_text:
                return []  # (no class has the part: lxml would walk the page for nothing)
        return xpath(self._top, expr)

    def _answer(self, expr: str) -> list | None:
        """``expr``'s elements (or attribute values) when it has a shape the index
        answers, else None."""
        shape = _shape(expr)
        if shape is None:
            return None
        kind, args = shape
        if kind == "tags":  # "//h1", "//h1|//h2|//h3"
            return self.with_tags(args)
        if kind == "class_part":
            return self.with_class_part(args[0])
        if kind == "meta_content":
            return self.meta_content(args[0], args[1])
        if kind == "attribute_of":
            return self.attribute_of(args[0], args[1], args[2])
        if kind == "class_token":  # one of the class's words
            return self.with_class_token(args[0])
        if kind == "attribute_word":  # a word of an attribute, spaces as they are
            return self.with_attribute_word(args[0], args[1], args[2])
        # //outer//inner
        outer_expr, inner_class, inner_tag, first_only = args
        outer = self._answer(outer_expr)
        if outer is None or any(isinstance(el, str) for el in outer):
            return None
        if not outer:
            return []
        if inner_class is not None:
            return self.inside(outer, self.with_class_part(inner_class))
        inner = self.with_tags(frozenset((inner_tag,)))
        if first_only:  # [1]: the first of its parent's children of the tag
            inner = [el for el in inner
                     if next(el.itersiblings(inner_tag, preceding=True), None) is None]
        return self.inside(outer, inner)

    def with_attribute_word(self, tag: str, attribute: str,
                            word: str) -> list[etree._Element]:
        """``//tag[contains(concat(' ', @attribute, ' '), ' word ')]`` (``tag`` may be
        ``*``): the attribute's text, as it is, has ``word`` between spaces or at an end."""
        if attribute == "class":
            if word not in self._class_text:
                return []
            pool: Iterable[etree._Element] = (el for el, _ in self.classed)
        elif tag == "a":
            if attribute == "rel" and word not in self.rel_text:
                return []  # (no link's rel has it: most pages, for "author")
            pool = self.anchors
        else:
            pool = self._having(attribute)
        padded = f" {word} "
        # (the word's substring first: the padded test builds a string an element)
        return [el for el in pool if (tag == "*" or el.tag == tag)
                and word in (value := el.get(attribute) or "") and padded in f" {value} "
                and self.attached(el)]

    def inside(self, outer: list[etree._Element],
               inner: list[etree._Element]) -> list[etree._Element]:
        """``//outer//inner``: the elements of ``inner`` that stand inside (below) one of
        ``outer``, in document order."""
        hosts = set(outer)
        return [el for el in inner if any(a in hosts for a in el.iterancestors())]

    def union(self, found: list[etree._Element]) -> list[etree._Element]:
        """The elements of ``found`` once each, in document order (XPath's ``|``)."""
        once = set(found)
        if len(once) <= _FEW and "_place" not in self.__dict__:
            # a few elements: their places looked up in the element list (in C), not a
            # map of every element's place built for them
            return sorted(once, key=self.elements.index)
        place = self._place
        return sorted(once, key=place.__getitem__)

    @functools.cached_property
    def _place(self) -> dict[etree._Element, int]:
        """Each element's place in :attr:`elements` (document order)."""
        return {el: i for i, el in enumerate(self.elements)}

    @functools.cached_property
    def tags(self) -> frozenset[str]:
        """The tag names the page has (as parsed: elements added later are not seen)."""
        return frozenset(self._places)

    @functools.cached_property
    def _class_text(self) -> str:
        """Every class attribute in one string (NUL between two): one substring search
        tells whether any class has a part in it."""
        return "\0".join(map(itemgetter(1), self.classed))  # (in C: no generator)

    @property
    def class_text(self) -> str:
        """Every class attribute in one string (NUL between two), for substring tests."""
        return self._class_text

    @functools.cached_property
    def href_text(self) -> str:
        """Every link's address in one string (a line break between two), for one search
        of them all: a pattern that stops at a line break never matches across two links
        (the category and tag links page_info asks for, a reader's gate's sign-up and
        log-in links)."""
        return "\n".join(map(itemgetter(1), self.links))

    @functools.cached_property
    def links(self) -> list[tuple[etree._Element, str]]:
        """The links with an address, each with it (read once: the category and tag
        finders and the reader's gate ask every link's address again otherwise)."""
        return [(a, h) for a in self.anchors if (h := a.get("href"))]

    @functools.cached_property
    def rel_text(self) -> str:
        """Every link's ``rel`` in one string (NUL between two), for substring tests."""
        return "\0".join(rel for a in self.anchors if (rel := a.get("rel")))

    def _has_class_word(self, word: str) -> bool:
        """Some class attribute has ``word`` among its words, split as ``normalize-space``
        splits them (its substring first: splitting every class costs more than the
        searches it saves)."""
        return word in self._class_text and any(
            word in classes and word in _xml_words(classes) for _, classes in self.classed)

    def _having(self, attribute: str) -> list[etree._Element]:
        """The elements that have ``attribute``, in document order (kept per attribute)."""
        found = self._attributes.get(attribute)
        if found is None:
            found = self._attributes[attribute] = [el for el in self.elements
                                                   if el.get(attribute) is not None]
        return found
