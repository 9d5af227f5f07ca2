"""HTML -> blocks: trafilatura isolates the post's content; tagwire keeps the cues.

trafilatura finds the main content and drops the sidebar, comments, share buttons and
related-post lists. Before handing it the tree, tagwire takes out what trafilatura would
either keep as plain text (figure captions, photo credits) or throw away although it
matters here (separators made of empty paragraphs; byline, dateline and source blocks,
which trafilatura discards on purpose because of their class names). The structure-
preserving output (headings, bold, lists, quotes, images with alt text) becomes a flat
list of :class:`~normalizer.stories.blocks.Block`.
"""
from __future__ import annotations

import contextlib
import copy
import datetime
import functools
import itertools
import json
import logging
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from operator import itemgetter

import trafilatura
from lxml import etree
from lxml import html as lxml_html
from trafilatura.settings import MANUALLY_CLEANED, Extractor

from normalizer.cues import text as cues
from normalizer.cues.markup import (
    ATTRIBUTION_CLASS_RE,
    CAPTION_CLASS_RE,
    EMPTY_CONTENT_MAX_WORDS,
    HIDDEN_STYLE_RE,
    LOG_IN_HREF_RE,
    NAMING_ATTRIBUTES,
    OUTSIDE_POST_RE,
    POST_CONTAINER_CLASSES,
    POST_CONTENT_CLASSES,
    POST_CONTENT_PRESELECT,
    SCREEN_READER_CLASS_RE,
    SIGN_UP_HREF_RE,
    TAG_LINKS_XPATH,
)
from normalizer.model import SEPARATOR_TEXT, AttributionHint, BlockKind, RemovedKind
from normalizer.pages.dom import PageIndex, class_and_id, in_chrome_apart, outside_post, text_of
from normalizer.pages.permalink import PageInfo, page_info, parse_html
from normalizer.stories.blocks import CRUFT, IMAGE, SEP, TEXT, Block, clean_text, fold, word_count
from normalizer.stories.clean import is_prose, is_sentence
from normalizer.stories.quick_xpaths import Taken, lent, put_back, quick_xpaths
from normalizer.text.dates import has_digit

log = logging.getLogger(__name__)

MAX_TREE_BYTES = 20_000_000
# trafilatura's fast mode skips its comparison with readability and jusText (about a
# tenth of the normalizer's time); bench_aeb and the dev set measure what it costs.
TRAFILATURA_FAST = True


@dataclass
class Extracted:
    blocks: list[Block]
    removed: list[dict]
    hints: list[AttributionHint]
    info: PageInfo


def _text(el: etree._Element) -> str:
    """``"".join(el.itertext())``: the element's words without its tail, serialized by
    libxml2 in one call (a fifth of the time of joining lxml's text iterator)."""
    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


def _is_empty_para(el: etree._Element) -> bool:
    if el.tag != "p":
        return False
    if el.text and el.text.replace("\xa0", " ").strip():
        return False  # the usual case, answered without walking the paragraph
    if el.find(".//img") is not None:
        return False
    return not _text(el).replace("\xa0", " ").strip()


_CAPTION_OR_ATTRIBUTION_RE = re.compile(
    f"{CAPTION_CLASS_RE.pattern}|{ATTRIBUTION_CLASS_RE.pattern}", re.IGNORECASE)


#: Headings a template sets a picture's caption or credit in (``<h6 class="credit">``
#: under the photo): read for the caption classes only, as paragraphs are. The ``<h1>`` is
#: the headline's; a heading's byline or date class is read by the credits, not here.
_CAPTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


@functools.lru_cache(maxsize=4096)
def _screen_reader_class(cls: str) -> bool:
    """Whether an element's class text names it one only a screen reader hears
    (:data:`~normalizer.cues.markup.SCREEN_READER_CLASS_RE`): a template's "Article
    content" ``<h2 class="visually-hidden">`` opening each run of paragraphs between ad
    slots, BBC's ``<span class="off-screen">From the section </span>`` before the section's
    link. No reader sees it, so it is no line of the story; it is taken out before
    trafilatura reads the page. Told by its element's class, not by its words (a list's
    repeated label is seen). (Kept: a page repeats its classes.)"""
    return SCREEN_READER_CLASS_RE.search(cls) is not None


def _break_lines(el: etree._Element) -> list[str]:
    """The lines of an attribution block that ``<br>`` parts (WebMD's ``<div
    class="author_fmt">By <a>Kelli Miller</a><br/>WebMD Health News</div>``): each a hint
    of its own, as the page shows them, the writer's line apart from the desk's (read as
    one line, the name runs into the desk's words and neither is read)."""
    lines: list[list[str]] = [[]]

    def walk(node: etree._Element) -> None:
        if node.text:
            lines[-1].append(node.text)
        for child in node:
            if child.tag == "br":
                lines.append([])
            elif isinstance(child.tag, str):
                walk(child)
            if child.tail:
                lines[-1].append(child.tail)

    walk(el)
    return [text for line in lines if (text := clean_text("".join(line)))]


def _labels_credit(el: etree._Element) -> bool:
    """A screen reader's label of a byline or date line (Postmedia's ``<div
    class="published-by"><div class="visually-hidden">Author of the article:</div>…``):
    its parent's class is an attribution block's. It stays: the credits readers take the
    line by it (the name and the outlet after it)."""
    parent = el.getparent()
    cls = class_and_id(parent) if parent is not None else ""
    return bool(cls.strip()) and ATTRIBUTION_CLASS_RE.search(cls) is not None


#: A box the CMS injects between the body's paragraphs to sell something of its own (a
#: webinar's or an event's registration card, ``<div id="omeda-promo-article-inline-after-
#: p3">``): its class or id names it (these words, split as :func:`_class_words` splits
#: them), its parent holds at least :data:`PROMO_BOX_MIN_SIBLINGS` paragraphs (it stands
#: among the body's), and it holds at most :data:`PROMO_BOX_MAX_WORDS` words. Taken out
#: before trafilatura reads the page: its title and blurb would be kept as the story's
#: paragraphs, and its title as a heading would split the story.
PROMO_BOX_WORDS = frozenset(("promo", "promos"))
PROMO_BOX_MIN_SIBLINGS = 3
PROMO_BOX_MAX_WORDS = 120


def _kicker_in_heading(el: etree._Element) -> bool:
    """A kicker set inside the heading, before the headline's words (``<h2><span
    class="article__kicker">Hamburg &amp; Schleswig-Holstein</span> <span
    class="article__headline">…</span></h2>``): a section's or a topic's label, no part
    of the headline. Its class names it (the word "kicker"), its parent is a heading, and
    the heading holds words after it."""
    parent = el.getparent()
    return parent is not None and parent.tag in _HEADING_TAGS \
        and "kicker" in _class_words(el.get("class") or "") \
        and bool(_text(parent).replace(_text(el), "", 1).strip())


@functools.lru_cache(maxsize=4096)
def _promo_box_class(cls: str) -> bool:
    """Whether a class-and-id text names a promo box (:data:`PROMO_BOX_WORDS`)."""
    return "promo" in cls.lower() and not PROMO_BOX_WORDS.isdisjoint(_class_words(cls))


def _promo_box(el: etree._Element, cls: str) -> bool:
    """A promo box among the body's paragraphs (see :data:`PROMO_BOX_WORDS`)."""
    if el.tag != "div" or not _promo_box_class(cls):
        return False
    parent = el.getparent()
    return parent is not None and len(parent.findall("p")) >= PROMO_BOX_MIN_SIBLINGS \
        and word_count(_text(el)) <= PROMO_BOX_MAX_WORDS


@functools.lru_cache(maxsize=8192)
def _class_tells_nothing(tag: str, classes: str | None, cls: str) -> bool:
    """Whether :func:`preprocess` passes over an element of ``tag`` with the class
    attribute ``classes`` and the class-and-id text ``cls`` whatever else it holds: no
    screen reader's class, no kicker (a ``<span>``), no promo box's class (a ``<div>``),
    no caption's or attribution's class, no ``<figcaption>``. Each of its questions is
    asked of the tag and the names alone; a page repeats its (tag, class) pairs over
    hundreds of elements, so the answer is one look-up for most of them."""
    return not (classes and _screen_reader_class(classes)) \
        and not (tag == "span" and "kicker" in cls.lower()) \
        and not (tag == "div" and _promo_box_class(cls)) \
        and tag != "figcaption" and not _may_be_caption_or_attribution(cls)


@functools.lru_cache(maxsize=8192)
def _may_be_caption_or_attribution(cls: str) -> bool:
    """Whether a class-and-id text can be a caption's or an attribution block's: one
    search, kept (a page repeats its class names: half of the searches on news pages)."""
    return _CAPTION_OR_ATTRIBUTION_RE.search(cls) is not None


def preprocess(tree: etree._Element,
               index: PageIndex | None = None) -> tuple[list[dict], list[AttributionHint]]:
    """Take captions, credits, tag lines and attribution blocks out of ``tree`` (in place).

    Returns what was removed (for the record's audit trail) and the attribution hints.
    Runs of an editor's blank lines (:data:`BLANK_LINES_SEPARATOR`) and ``<hr>`` become a
    ``* * *`` paragraph, the separator shape that the splitter knows, since trafilatura
    drops empty paragraphs. ``index``: the
    tree's :class:`~normalizer.pages.dom.PageIndex`, when there is one (its links tell
    whether a tag line can be there at all).
    """
    removed: list[dict] = []
    hints: list[AttributionHint] = []
    body = tree.find(".//body")
    root = body if body is not None else tree

    for el in list(root.iter("figcaption", "p", "div", "span", "small", "em", "dd", "cite",
                             *_CAPTION_HEADINGS)):
        classes, ident = el.get("class"), el.get("id")
        if classes is None and ident is None:
            if el.tag != "figcaption":
                continue  # no class and no id: nothing below could match
            cls = " "
        else:
            cls = f"{classes or ''} {ident or ''}"  # class_and_id(el), its attributes read once
            if _class_tells_nothing(el.tag, classes, cls):
                continue  # most elements: one look-up answers every question below
            if classes and _screen_reader_class(classes) and el.getparent() is not None \
                    and not _labels_credit(el):
                _drop(el)  # (not audited: most stand in the page's chrome, not a story)
                continue
            if el.tag == "span" and "kicker" in cls.lower() and _kicker_in_heading(el):
                removed.append({"kind": RemovedKind.METADATA.value, "text": text_of(el)})
                _drop(el)
                continue
            if _promo_box(el, cls):
                text = text_of(el)
                if text:
                    removed.append({"kind": RemovedKind.PROMO.value, "text": text})
                _drop(el)
                continue
            if el.tag != "figcaption" and not _may_be_caption_or_attribution(cls):
                continue  # most elements: one search answers both questions below
        if el.getparent() is None:
            continue  # (taken out with a caption above it; asked only of the few left)
        if el.tag == "figcaption" or (cls.strip() and CAPTION_CLASS_RE.search(cls)):
            if el.find(".//img") is not None and el.tag != "figcaption":
                continue  # a caption container holding its image: the image stays
            text = text_of(el)
            if text:
                removed.append({"kind": RemovedKind.CAPTION.value, "text": text})
            _drop(el)
        elif el.tag not in _CAPTION_HEADINGS and cls.strip() and ATTRIBUTION_CLASS_RE.search(cls) \
                and not outside_post(el):
            text = text_of(el)
            if text and len(text) < 200:
                # Among the post's paragraphs it was pasted with the story; in the post's
                # header or footer it describes the blog post (its poster, its date).
                parent = el.getparent()
                in_body = parent is not None and len(parent.findall("p")) >= 3
                lines = _break_lines(el) if el.find(".//br") is not None else [text]
                hints.extend(AttributionHint(cls.strip(), line, in_story=in_body)
                             for line in lines)
        if el.tag not in _CAPTION_HEADINGS and el.getparent() is not None \
                and _DATE_CLASS_RE.search(cls) and _labelled_time(el):
            # the page's date line, a label and a <time> ("发表时间： <time>…</time>"):
            # trafilatura drops the <time> and would keep the label alone as a paragraph
            removed.append({"kind": RemovedKind.METADATA.value, "text": text_of(el)})
            _drop(el)

    # A region labelled by the page's byline or promo element (BBC's "Article information"
    # list, ``<section aria-labelledby="article-byline">`` holding "Author, …", "Role, …"
    # and the date; its podcast box, ``aria-labelledby="podcast-promo"``): the story's
    # metadata, or a promo, which trafilatura would keep as lines of the story (hashed class
    # names hide them from its own byline and promo classes).
    sections = root.iter("section") if index is None else (
        index.elements[i] for i in index._places.get("section", ()))
    for el in list(sections):
        label = el.get("aria-labelledby")
        if not label or el.getparent() is None or not _LABELLED_REGION_RE.search(label):
            continue
        words = _class_words(label)
        if "byline" in words:
            kind = RemovedKind.METADATA
        elif PROMO_BOX_WORDS.isdisjoint(words) or word_count(_text(el)) > PROMO_BOX_MAX_WORDS:
            continue
        else:
            kind = RemovedKind.PROMO
        text = text_of(el)
        if text:
            removed.append({"kind": kind.value, "text": text})
            if kind is RemovedKind.METADATA:  # its "Role, BBC News" still names the outlet
                hints.append(AttributionHint(label, text, in_story=False, role_list=True))
        _drop(el)

    removed.extend(_named_boxes_dropped(index))

    # (a tag line's links have "tag" in their rel: no such link, no walk of the page)
    tag_links = index is None or "tag" in index.rel_text
    for el in list(root.xpath(TAG_LINKS_XPATH)) if tag_links else ():
        removed.append({"kind": RemovedKind.CHROME.value, "text": text_of(el)})
        _drop(el)

    _paragraphs_apart(root)
    # Separators: <hr>, or two or more of an editor's blank lines in a row.
    for hr in list(root.iter("hr")):
        parent = hr.getparent()
        if parent is not None and not outside_post(hr):
            sep = lxml_html.Element("p")
            sep.text = SEPARATOR_TEXT
            sep.tail = hr.tail
            parent.replace(hr, sep)
    for p in list(root.iter("p")):
        if p.getparent() is None:
            continue
        if _bare_embed_address(p):
            removed.append({"kind": RemovedKind.RELATED_LINK.value, "text": p.text.strip()})
            _drop(p)
            continue
        if not _is_empty_para(p):
            continue
        run = [p]
        nxt = p.getnext()
        while nxt is not None and _is_empty_para(nxt):
            run.append(nxt)
            nxt = nxt.getnext()
        if sum(_typed_blank(x) for x in run) >= BLANK_LINES_SEPARATOR:
            for extra in run[1:]:
                _drop(extra)
            p.text = SEPARATOR_TEXT
            for child in list(p):
                p.remove(child)
    return removed, hints


# --- boxes named as readers' comments, the story's tag list or a pull quote ---------------

#: A readers' comment thread named in the site's language: the stems of class words
#: ("stgOpinie"/"opOpinia", "komentarze", "Kommentare", "comentarios", "reacties") that
#: trafilatura's own comment prunes (a class or id holding "comment") do not match, so
#: that the thread is read as more of the story, or as more stories.
COMMENT_BOX_STEMS = ("koment", "kommentar", "kommentti", "coment", "opini", "reacti",
                     "yorum", "hozzasz")
#: ... dropped only as a thread: a form to post one (a ``textarea``) or at least this
#: many items inside it named by the same stems (each reader's comment).
COMMENT_THREAD_MIN_ITEMS = 2
#: A box listing the story's tags, named in the site's language ("tagi", "etiquetas",
#: "Schlagworte", "trefwoorden"). English names ("tags", "keywords") are left to
#: trafilatura's tag exclusions and to the cleaning's tag lines, which read the line
#: a tag box shares with its blurb ("... why they work.Tags: Economy, jobs") whole.
TAG_BOX_WORDS = frozenset(("tagi", "tagy", "tagit", "taggar", "etiquetas", "etiquettes",
                           "etichette", "schlagworte", "schlagwoerter", "stichworte",
                           "stichwoerter", "trefwoorden", "stitky"))
#: ... dropped when its text is a short list of links (a label such as "TAGI:" aside).
TAG_BOX_MAX_WORDS = 40
TAG_BOX_MIN_LINKS = 2
TAG_BOX_MIN_LINK_SHARE = 0.7
#: A pull quote: a line of the story (or a speaker's words) set again in large type
#: beside it, a box whose class words name a pull quote outright or a quote together
#: with a word of display ("highlight highlight--quote", "cita destacada").
PULL_QUOTE_WORDS = frozenset(("pullquote", "pullquotes", "pull-quote", "pull_quote"))
PULL_QUOTE_PAIRS = (frozenset(("quote", "cita", "citation", "zitat", "cytat", "citazione")),
                    frozenset(("pull", "highlight", "highlighted", "destacada", "destacado",
                               "destaque", "callout", "featured")))
#: ... a few lines at most: the quote, its speaker and the speaker's role.
PULL_QUOTE_MAX_WORDS = 60
#: ... and a quote card, its speaker set apart: a ``<cite>``, ``<footer>`` or
#: ``<figcaption>``, or an element named by one of these class words. A pull quote alone
#: in large type (Medium's "graf--pullquote", a sentence of the story set again) is kept:
#: trafilatura's own evaluation counts it as the article's text.
SPEAKER_TAGS = ("cite", "footer", "figcaption")
SPEAKER_WORDS = frozenset(("author", "speaker", "name", "role", "autor", "attribution",
                           "cite", "citation", "source", "credit", "person"))
#: A fact box: background set beside the story in a box of its own (a heading, a few
#: lines or bullets, often a "Source: ..." line), named so in the site's language
#: ("fact-box", "faktaboks", "Faktenbox", "infobox"). Neither the story's text nor its
#: end: trafilatura keeps it between the story's paragraphs, where its heading and its
#: source line read as a new story or the story's credit, and what follows is lost.
FACT_BOX_WORDS = frozenset(("factbox", "fact-box", "fact_box", "factsbox", "facts-box",
                            "faktaboks", "fakta-boks", "faktarute", "faktaruta",
                            "faktaruutu", "faktenbox", "fakten-box", "faktbox",
                            "infobox", "info-box", "info_box", "feitenkader"))
#: The tags a named box can be (a comment item's own container, a list, a section).
_NAMED_BOX_TAGS = frozenset(("div", "section", "aside", "ul", "ol", "dl", "footer", "p",
                             "blockquote", "figure"))
_NAMED_BOX_RE = re.compile("|".join((*COMMENT_BOX_STEMS, *sorted(TAG_BOX_WORDS),
                                     "quote", "cita", "zitat", "cytat",
                                     "fact", "fakt", "infobox", "info-box", "info_box",
                                     "feitenkader")))
#: ... a fact box may also be a site's own element ("<amedia-factbox>": a dashed tag).
_FACT_BOX_TAGS = frozenset(("div", "section", "aside"))
_PULL_QUOTE_TAGS = frozenset(("div", "aside", "blockquote", "figure", "section"))


def _comment_named(cls: str) -> bool:
    """Whether a class word of ``cls`` begins with one of :data:`COMMENT_BOX_STEMS`."""
    return any(w.startswith(COMMENT_BOX_STEMS) for w in _class_words(cls))


def _article_paragraphs(index: PageIndex) -> etree._Element | None:
    """The parent of the page's most ``<p>`` (the story's paragraphs, most pages), from
    the index's places of ``<p>`` (no walk of the tree)."""
    return _most_paragraphs_parent(index.elements[i] for i in index._places.get("p", ()))[0]


def _most_paragraphs_parent(paragraphs: Iterable[etree._Element]
                            ) -> tuple[etree._Element | None, int]:
    """The element that is the parent of most of ``paragraphs``, with how many: the
    story's container on most pages."""
    counts: dict[etree._Element, int] = {}
    for p in paragraphs:
        parent = p.getparent()
        if parent is not None:
            counts[parent] = counts.get(parent, 0) + 1
    top = max(counts, key=counts.__getitem__, default=None)
    return top, counts.get(top, 0)


def _comment_thread(el: etree._Element) -> bool:
    """A thread's shape inside a box named as comments: a form's text area, or
    :data:`COMMENT_THREAD_MIN_ITEMS` items named by the same stems."""
    if next(el.iter("textarea"), None) is not None:
        return True
    items = 0
    for d in el.iterdescendants(*_NAMED_BOX_TAGS):
        cls = d.get("class")
        if cls and _comment_named(cls):
            items += 1
            if items >= COMMENT_THREAD_MIN_ITEMS:
                return True
    return False


def _holds_article(box: etree._Element, article: etree._Element | None) -> bool:
    """Whether ``box`` holds the page's ``article`` paragraphs (or is their parent) other
    than inside one of its items: an element named as a comment beside another of its
    class (a long reader's comment whose paragraphs outnumber the story's, when those
    are lines apart by ``<br>``; an opinion column's one "opinie-tekst" is its story)."""
    if article is None:
        return False
    for el in (article, *article.iterancestors()):
        if el is box:
            return True
        cls = el.get("class")
        if cls and _comment_named(cls) and _repeated(el, cls):
            return False
    return False


def _repeated(el: etree._Element, cls: str) -> bool:
    """Whether a sibling of ``el`` has its class (an item of a list)."""
    parent = el.getparent()
    return parent is not None and any(
        sib is not el and sib.get("class") == cls for sib in parent.iterchildren(el.tag))


def _pull_quote(el: etree._Element, cls: str) -> bool:
    """A box named as a pull quote (:data:`PULL_QUOTE_WORDS`, :data:`PULL_QUOTE_PAIRS`)
    of :data:`PULL_QUOTE_MAX_WORDS` words at most."""
    if el.tag not in _PULL_QUOTE_TAGS:
        return False
    words = _class_words(cls)
    if PULL_QUOTE_WORDS.isdisjoint(words) and any(w.isdisjoint(words) for w in PULL_QUOTE_PAIRS):
        return False
    return word_count(_text(el)) <= PULL_QUOTE_MAX_WORDS and _names_speaker(el)


def _names_speaker(el: etree._Element) -> bool:
    """Whether ``el`` holds its quote's speaker apart (:data:`SPEAKER_TAGS`,
    :data:`SPEAKER_WORDS`)."""
    for d in el.iterdescendants(etree.Element):
        if d.tag in SPEAKER_TAGS:
            return True
        cls = d.get("class")
        if cls and not SPEAKER_WORDS.isdisjoint(_class_words(cls)):
            return True
    return False


def _custom_tag(el: etree._Element) -> bool:
    """Whether ``el`` is a site's own element (a dashed tag name: ``<amedia-factbox>``)."""
    return isinstance(el.tag, str) and "-" in el.tag


def _fact_box(el: etree._Element, cls: str) -> bool:
    """A box named as a fact box (:data:`FACT_BOX_WORDS`): a ``div``, ``section`` or
    ``aside``, or a site's custom element (a dashed tag name)."""
    if el.tag not in _FACT_BOX_TAGS and not _custom_tag(el):
        return False
    if not FACT_BOX_WORDS.isdisjoint(_class_words(cls)):
        return True
    # ("article__factBox": its BEM parts whole, lower-cased)
    return not FACT_BOX_WORDS.isdisjoint(re.split(r"[^a-z-]+", cls.lower()))


def _tag_box(el: etree._Element, cls: str) -> bool:
    """A box named by :data:`TAG_BOX_WORDS` whose text is a short list of links."""
    if TAG_BOX_WORDS.isdisjoint(_class_words(cls)):
        return False
    text = _text(el)
    if word_count(text) > TAG_BOX_MAX_WORDS:
        return False
    links = [clean_text(_text(a)) for a in el.iter("a")]
    linked = sum(len(t) for t in links if t)
    return sum(1 for t in links if t) >= TAG_BOX_MIN_LINKS \
        and linked >= TAG_BOX_MIN_LINK_SHARE * len(clean_text(text).replace(" ", ""))


def _named_boxes_dropped(index: PageIndex | None) -> list[dict]:
    """Take out the boxes of readers' comments (:data:`COMMENT_BOX_STEMS`), the tag
    lists (:data:`TAG_BOX_WORDS`), the quote cards (:data:`PULL_QUOTE_WORDS`) and the
    fact boxes (:data:`FACT_BOX_WORDS`) the
    page names in its own language (audited as chrome), found among the index's classed
    elements (no walk of the tree). A box that holds the page's ``<h1>`` or its
    article's paragraphs (:func:`_article_paragraphs`) is the story, whatever its name
    (an opinion column's ``<div class="opinie">``): kept."""
    if index is None:
        return []
    # (the names searched once each, not once an element: a page repeats its class
    # attributes over hundreds of elements, and only the few named so have their tag read)
    named = {cls for cls in set(map(itemgetter(1), index.classed))
             if _NAMED_BOX_RE.search(cls.lower())}
    found = [(el, cls) for el, cls in index.classed
             if cls in named and (el.tag in _NAMED_BOX_TAGS or _custom_tag(el))] if named else []
    if not found:
        return []
    article = _article_paragraphs(index)
    removed: list[dict] = []
    for el, cls in found:
        if el.getparent() is None or not index.attached(el):
            continue  # (inside a box taken out before)
        if not (_comment_thread(el) if _comment_named(cls)
                else _tag_box(el, cls) or _pull_quote(el, cls) or _fact_box(el, cls)):
            continue
        if next(el.iter("h1"), None) is not None or _holds_article(el, article):
            continue
        text = text_of(el)
        if text:
            removed.append({"kind": RemovedKind.CHROME.value, "text": text})
        _drop_with_dividers(el)
    return removed


# --- bars the reader closes: a notice of the site, not of the story ---------------------

#: The class words of a control that closes the box it stands in ("closeBtn",
#: "close-privacy", "btn-dismiss"): a cookie or privacy notice, a "go to our English
#: site" bar, a newsletter invitation. The page shows them over any article, so
#: trafilatura, which sees no difference, keeps their lines beside the story's.
CLOSE_CONTROL_WORDS = frozenset(("close", "closebtn", "dismiss"))
#: ... the tags of such a control, and of the box it closes.
_CLOSE_CONTROL_TAGS = frozenset(("a", "button"))
_CLOSABLE_BOX_TAGS = frozenset(("div", "section", "aside"))


def _close_named(cls: str) -> bool:
    """A class-and-id text naming a control that closes (:data:`CLOSE_CONTROL_WORDS`)."""
    low = cls.lower()
    return ("close" in low or "dismiss" in low) \
        and not CLOSE_CONTROL_WORDS.isdisjoint(_class_words(cls))


def _close_control(el: etree._Element, cls: str) -> bool:
    """A link or button named to close (:data:`CLOSE_CONTROL_WORDS`) that says nothing
    (an icon: its words would be a link of their own, "Close this story")."""
    return el.tag in _CLOSE_CONTROL_TAGS and _close_named(cls) and not _text(el).strip()


def _closable_bars(index: PageIndex) -> list[etree._Element]:
    """The boxes of the page that hold, as a child of their own, a control that closes
    them (:func:`_close_control`), of :data:`NOTICE_BOX_MAX_WORDS` words at most, without
    the ``<h1>`` or the article's paragraphs."""
    boxes: list[etree._Element] = []
    if not index.mentions_any_lower(("close", "dismiss")):
        return []  # (most pages: no class names a control that closes, no loop over them)
    # (the names read once each, not once an element: the few naming a closing control)
    named = {cls for cls in set(map(itemgetter(1), index.classed)) if _close_named(cls)}
    for el, cls in index.classed if named else ():
        if cls in named and _close_control(el, cls):
            box = el.getparent()
            if box is not None and box.tag in _CLOSABLE_BOX_TAGS and box not in boxes:
                boxes.append(box)
    if not boxes:
        return []
    article = _article_paragraphs(index)
    return [box for box in boxes if index.attached(box)
            and word_count(_text(box)) <= NOTICE_BOX_MAX_WORDS
            and next(box.iter("h1"), None) is None and not _holds_article(box, article)]


#: A reader's gate (:data:`~normalizer.cues.markup.SIGN_UP_HREF_RE`): the nearest element
#: holding both its sign-up and its log-in link is often only the row of its two buttons;
#: the box is read this many levels above it, as long as it stays short.
GATE_CLIMB = 3
#: A gate box, or a bar the reader closes, holding more words than this is a dialog or a
#: panel that may hold a story (its lines kept).
NOTICE_BOX_MAX_WORDS = 120
#: Elements a gate box is never: the article's own containers.
_NOT_GATE_TAGS = frozenset(("article", "main", "body", "html", "td", "tr", "table"))


def _reader_gates(index: PageIndex) -> list[etree._Element]:
    """The boxes that offer the reader to sign up and to log in (a paywall's gate): the
    nearest element holding a link of each kind, then up to :data:`GATE_CLIMB` levels
    above it while the box stays short (the offer's own lines beside its buttons: "中日
    プラスに登録すると…" under Chunichi's two buttons), without the ``<h1>`` or a
    paragraph of a story's length (:data:`GATE_LINE_MAX_WORDS`). (Not the guard of the
    parent of the page's most ``<p>``: a paywalled page's most ``<p>`` are its gate's.)"""
    hrefs = index.href_text.lower()
    if not _SIGN_UP_LINES.search(hrefs) or not _LOG_IN_LINES.search(hrefs):
        return []  # (most pages: one search of all addresses, no loop over the links)
    signups, logins = [], []
    for a, href in index.links:
        if SIGN_UP_HREF_RE.search(href):
            signups.append(a)
        elif LOG_IN_HREF_RE.search(href):
            logins.append(a)
    if not signups or not logins:
        return []
    near = {anc for a in logins for anc in itertools.islice(a.iterancestors(), GATE_DEPTH)}
    boxes: list[etree._Element] = []
    for a in signups:
        lowest = next((anc for anc in itertools.islice(a.iterancestors(), GATE_DEPTH)
                       if anc in near), None)
        box = None
        for anc in itertools.islice(_self_and_ancestors(lowest), GATE_CLIMB + 1):
            if anc.tag in _NOT_GATE_TAGS or word_count(_text(anc)) > NOTICE_BOX_MAX_WORDS \
                    or next(anc.iter("h1"), None) is not None or _holds_prose(anc):
                break
            box = anc
        if box is not None and box not in boxes and index.attached(box):
            boxes.append(box)
    return boxes


#: The two link tests over all of a page's addresses joined by line breaks and lowered
#: (a pattern without IGNORECASE runs twice as fast): the same patterns, their ``^`` and
#: ``$`` at each address's ends (a match never spans a break). (Round 19: 0.37 -> 0.18 ms
#: a page on AEB, where 28 of 181 pages hold both kinds of link.)
_SIGN_UP_LINES = re.compile(SIGN_UP_HREF_RE.pattern, re.MULTILINE)
_LOG_IN_LINES = re.compile(LOG_IN_HREF_RE.pattern, re.MULTILINE)

#: A gate's lines are short (an offer, a note); a ``<p>`` of more words is a story's.
GATE_LINE_MAX_WORDS = 30


def _holds_prose(box: etree._Element) -> bool:
    """Whether ``box`` holds a ``<p>`` longer than :data:`GATE_LINE_MAX_WORDS` words."""
    return any(word_count(_text(p)) > GATE_LINE_MAX_WORDS for p in box.iter("p"))


#: How far above a sign-up and a log-in link their shared box is looked for.
GATE_DEPTH = 4


#: A reader poll: at least this many radio buttons of one name (its answers) ...
POLL_MIN_CHOICES = 3
#: ... in a box, read up to the element that holds its question too, of at most this many
#: words (a question and its answers; the article around it holds far more).
POLL_MAX_WORDS = 80
_INPUT_TAGS = frozenset(("input",))


def _reader_polls(index: PageIndex) -> list[etree._Element]:
    """The page's reader polls (20 Minuten's "Sollten Plattformen ... ?" over "Ja,
    unbedingt." / "Nein, das wäre Zensur." / ...): the element holding one name's radio
    buttons (:data:`POLL_MIN_CHOICES` or more), climbed while it stays short
    (:data:`POLL_MAX_WORDS`), so that the question above the answers is in it; never one
    with the ``<h1>`` or a paragraph of a story's length."""
    groups: dict[str, list[etree._Element]] = {}
    for el in index.tagged(_INPUT_TAGS):
        if (el.get("type") or "").lower() == "radio" and el.get("name"):
            groups.setdefault(el.get("name"), []).append(el)
    boxes: list[etree._Element] = []
    for choices in groups.values():
        if len(choices) < POLL_MIN_CHOICES:
            continue
        others = {a for el in choices[1:] for a in el.iterancestors()}
        box = next((a for a in choices[0].iterancestors() if a in others), None)
        while box is not None and box.getparent() is not None:
            up = box.getparent()
            if up.tag in ("body", "html", "article", "main") \
                    or word_count(_text(up)) > POLL_MAX_WORDS \
                    or next(up.iter("h1"), None) is not None:
                break
            box = up
        if box is not None and not _holds_prose(box):
            boxes.append(box)
    return boxes


def _self_and_ancestors(el: etree._Element | None) -> Iterator[etree._Element]:
    """``el`` and its ancestors, nearest first (nothing for None)."""
    if el is not None:
        yield el
        yield from el.iterancestors()


def _mark_notice_boxes(blocks: list[Block], index: PageIndex) -> None:
    """Mark as chrome the paragraphs of trafilatura's output that are the lines of the
    site's notices: a bar the reader closes (:func:`_closable_bars`) or a reader's gate
    (:func:`_reader_gates`)."""
    boxes = _closable_bars(index) + _reader_gates(index) + _reader_polls(index)
    if boxes:
        _mark_box_lines(blocks, boxes)


def _mark_box_lines(blocks: list[Block], boxes: list[etree._Element]) -> None:
    """Mark as chrome the paragraphs of trafilatura's output that are the lines of
    ``boxes`` (a whole box, or one of its elements). CNA's pages show two closable bars
    ("本網站使用相關技術…", "Your browser does not appear to support Traditional
    Chinese…") in their header; on a one-paragraph story they outweighed the story. They
    are marked in trafilatura's output, not taken out before it: without them a short
    story's page falls under trafilatura's least size and it returns the page's whole
    text as one paragraph."""
    lines: set[str] = set()
    for box in boxes:
        for el in box.iter(*_BAR_LINE_TAGS):
            lines.update(fold(t) for t in (
                [text_of(el)] if el.find(".//br") is None else _break_lines(el)) if t)
    for b in blocks:
        if b.role == TEXT and b.kind in _BAR_LINE_KINDS and b.folded in lines:
            b.mark(CRUFT, RemovedKind.CHROME)


#: The elements of a bar whose text may stand as one paragraph in trafilatura's output.
_BAR_LINE_TAGS = ("div", "section", "aside", "p", "span", "dt", "dd", "li")
#: ... and the blocks marked: paragraphs and list items, never a heading (a site's header
#: that holds its "Subscribe" and "Log in" links, or a gallery's closable bar, also sets
#: the story's headline: it stays the story's).
_BAR_LINE_KINDS = frozenset((BlockKind.P, BlockKind.ITEM))


def _drop_with_dividers(box: etree._Element) -> None:
    """Take out a box with the bare ``<hr>`` right before or after it that set it apart.

    A pull quote or fact box framed by a divider leaves the divider behind once it is
    gone, and a divider between two paragraphs of one story reads as a separator between
    two pasted stories: the rest of the story would open a headless one."""
    before, after = box.getprevious(), box.getnext()
    if _bare_rule(before) and not (before.tail or "").strip():
        _drop(before)
    if _bare_rule(after) and not (box.tail or "").strip():
        _drop(after)
    _drop(box)


def _bare_rule(el: etree._Element | None) -> bool:
    """An ``<hr>`` holding nothing."""
    return el is not None and el.tag == "hr" and not len(el) and not (el.text or "").strip()


def _paragraphs_apart(root: etree._Element) -> None:
    """A ``<p>`` that holds paragraphs is their container, not a paragraph: a ``<div>``.

    HTML has no paragraph inside a paragraph, but lxml's parser keeps one that an
    element between them holds open (Xinhua's ``<p><span id="content"><p>…</p><p>…``),
    and trafilatura reads the outer one as a single paragraph: a chart's caption and
    the story's paragraphs joined in one line."""
    outer = {a for p in root.iter("p") for a in p.iterancestors("p")}
    for el in outer:
        el.tag = "div"


#: Blank lines an editor typed in a row (paragraphs of a no-break space, ``<p>&nbsp;</p>``,
#: as WordPress's and most WYSIWYG editors save an empty line) that stand between two
#: pasted stories. Paragraphs that hold nothing, or only spaces and line breaks, are a
#: template's or a converter's leftovers (where a CMS or an AMP conversion took an embed
#: out, spacers at a container's end, Medium's empty lines): they separate no stories.
BLANK_LINES_SEPARATOR = 2


#: Class words of a date line's element: the date words of
#: :data:`~normalizer.cues.markup.ATTRIBUTION_CLASS_RE` (the byline and source ones left out).
_DATE_CLASS_RE = re.compile(r"(?:^|[\s_-])(?:date|timestamp|published|posted-on)(?:$|[\s_-])",
                            re.IGNORECASE)
#: The label of a date line: a few words ending with a colon, in any script.
_DATE_LABEL_RE = re.compile(r"\A\s*\w[^\d:：]{0,30}[:：]\s*\Z")


def _labelled_time(el: etree._Element) -> bool:
    """``el`` holds one ``<time>`` and, besides it, only a label (:data:`_DATE_LABEL_RE`)."""
    times = list(el.iter("time"))
    if len(times) != 1:
        return False
    label = _text(el).replace(_text(times[0]), "", 1)
    return _DATE_LABEL_RE.match(label) is not None


#: Regions (HTML's ``<section>``) labelled (``aria-labelledby``) by an element whose id
#: names a byline, or a promo (:data:`PROMO_BOX_WORDS`, at most :data:`PROMO_BOX_MAX_WORDS`
#: words).
_LABELLED_REGION_RE = re.compile(r"byline|promo", re.IGNORECASE)
#: An embed left as its bare address: a paragraph that holds one web address and nothing
#: else, not even a link (WordPress's and other CMSs' embeds print the address of the
#: article, post or video on a line of its own, and a script of the page turns it into a
#: card): the card of another page, no line of the story.
BARE_ADDRESS_RE = re.compile(r"\s*https?://[^\s<>\"]+\s*\Z")


def _bare_embed_address(p: etree._Element) -> bool:
    """A paragraph that is an embed's bare address (:data:`BARE_ADDRESS_RE`)."""
    text = p.text
    return text is not None and len(p) == 0 and "://" in text.lstrip()[:9] \
        and BARE_ADDRESS_RE.match(text) is not None


def _typed_blank(p: etree._Element) -> bool:
    """An empty paragraph (:func:`_is_empty_para`) holding a no-break space."""
    return "\xa0" in (p.text or "") or p.find(".//br") is not None or "\xa0" in _text(p)


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


def _caption_cells(tree: etree._Element) -> list[dict]:
    """Take out the caption cells of pictures' tables (in place), as :func:`preprocess`
    takes out other caption elements: Blogger sets a picture in a table of two rows
    (``tr-caption-container``), the picture's and the caption's (``td.tr-caption``);
    trafilatura drops the picture's row and keeps the caption as a table of its own,
    which no shape tells from a pull quote set the same way. Returns what was removed."""
    removed: list[dict] = []
    for cell in list(tree.iter("td", "th")):
        cls = cell.get("class")
        if not cls or not CAPTION_CLASS_RE.search(cls) or cell.find(".//img") is not None:
            continue
        table = next(cell.iterancestors("table"), None)
        if table is None or table.find(".//img") is None:
            continue  # a caption without its picture: the cleaner reads its shape
        text = text_of(cell)
        if text:
            removed.append({"kind": RemovedKind.CAPTION.value, "text": text})
        _drop(cell)
    return removed


# --- trafilatura's output tree -> blocks ---------------------------------------------------

# Elements of trafilatura's output that stand apart from the words around them.
_APART = frozenset(("head", "p", "item", "list", "quote", "lb", "row", "cell", "table"))
_PUNCT_START = re.compile(r"^[,.;:!?)\]»”’%]")


def _element_text(el: etree._Element) -> str:
    """The words of ``el``, with the spaces trafilatura dropped put back: it keeps no
    whitespace-only text between two elements ("<hi>HBO Go</hi><hi>and</hi>"), nor
    between a heading and a paragraph inside a list item."""
    if not len(el):
        return el.text or ""
    parts: list[str] = []
    _element_text_walk(el, parts)
    return "".join(parts)


def _element_text_walk(node: etree._Element, parts: list[str]) -> None:
    """:func:`_element_text`'s walk, ``node``'s pieces appended to ``parts``. (A function
    of the module, not one nested in the caller: a nested function that calls itself is
    a reference cycle, garbage only the collector frees, a few objects for each call.)"""
    if node.text:
        parts.append(node.text)
    for child in node:
        apart = child.tag in _APART
        if apart:
            parts.append(" ")
        _element_text_walk(child, parts)
        if apart:
            parts.append(" ")
        if child.tail:
            parts.append(child.tail)
        else:
            nxt = child.getnext()
            # (its text's first character: the element's own text's, when it has one)
            if nxt is not None and not _PUNCT_START.match(nxt.text or _text(nxt)):
                parts.append(" ")


def _is_bold(x: etree._Element) -> bool:
    return x.tag == "hi" and "b" in (x.get("rend") or "")


def _is_italic(x: etree._Element) -> bool:
    return x.tag == "hi" and "i" in (x.get("rend") or "")


def _is_link(x: etree._Element) -> bool:
    return x.tag == "ref"


_INLINE = (_is_bold, _is_italic, _is_link)


def _inline_flags(el: etree._Element, total: str | None = None) -> tuple[bool, bool, bool]:
    """Whether all of the text of ``el`` (``total``, cleaned) is bold, italic, inside links.

    One walk for the three: the text of each outermost bold (italic, link) element,
    in document order, must cover the block's text."""
    if total is None:
        total = clean_text(_text(el))
    if not total:
        return False, False, False
    if next(el.iterdescendants("hi", "ref"), None) is None:
        # no bold, italic or link inside (most paragraphs): no text of one covers the block's
        return False, False, False
    # An enclosing element of the kind above the block hides the block's own ones.
    ancestors = list(el.iterancestors())
    inside = [any(test(a) for a in ancestors) for test in _INLINE]
    parts: tuple[list[str], list[str], list[str]] = ([], [], [])
    _inline_walk(el, inside, parts)
    # (one character may stand outside, a full stop after a bold line; a one-character
    # block's character itself must be inside)
    need = max(len(total) - 1, 1)
    bold, italic, link = (len(clean_text("".join(p))) >= need for p in parts)
    return bold, italic, link


def _inline_walk(node: etree._Element, inside: list[bool],
                 parts: tuple[list[str], list[str], list[str]]) -> None:
    """:func:`_inline_flags`' walk below ``node``: the texts of the outermost bold,
    italic and link elements appended to ``parts`` (a function of the module, as
    :func:`_element_text_walk` is)."""
    for child in node:
        now = inside
        for k, test in enumerate(_INLINE):
            if not inside[k] and test(child):
                parts[k].append(_text(child))
                if now is inside:
                    now = list(inside)
                now[k] = True
        if not all(now):
            _inline_walk(child, now, parts)


def body_to_blocks(body: etree._Element, *, page: bool = False) -> list[Block]:
    """The blocks of trafilatura's output ``body``. ``page``: it was read from a whole
    page (not a post's content), whose frame of layout tables is left out
    (:func:`_story_tables`)."""
    blocks: list[Block] = []

    def graphic(g: etree._Element) -> None:
        blocks.append(Block(text="", kind=BlockKind.IMAGE, alt=clean_text(g.get("alt") or ""),
                            role=IMAGE))

    _join_cut_sentences(body)
    parts, frame = _story_tables(body) if page else (list(body), False)
    for el in parts:
        if frame:  # (which of the tables is the story's is not told: read as rows, as ever)
            _rows_block(el, blocks, graphic)
        elif el.tag == "cell":  # (the article's column of a frame)
            _cell_blocks(el, blocks, graphic)
        else:
            _element_blocks(el, blocks, graphic)
        tail = clean_text(el.tail or "")
        if tail:  # text between two blocks ("<p>When</p>, there are two solutions")
            blocks.append(Block(text=tail, kind=BlockKind.P))
    return blocks


def _story_tables(body: etree._Element) -> tuple[list[etree._Element], bool]:
    """The parts of trafilatura's output ``body`` that hold the story: where it is a row of
    tables and nothing else (a page of the 2000s set in layout tables, read whole: a date
    bar, a menu, the trail, a name-day line, the article's table, the publisher's
    address), the one table with a cell of prose (:data:`LAYOUT_CELL_WORDS`); else all.
    Several such tables hold a sidebar's blurbs as well as the story's standfirst, and
    the prose alone does not tell which is the story's, unless one cell of them holds
    more paragraphs of prose than any other, at least :data:`NAMED_AWAY_MIN_PARAGRAPHS`
    (as the article's column of a page does; a footer's legal lines hold fewer): then
    that cell and the tables of one cell right after its table (the boxes trafilatura
    took out of the column: its pull quotes, a caption) alone, read cell-wise
    (:func:`_cell_blocks`), beside it a sidebar's column, around it the frame. Else the
    second value is True, and the tables are read as rows (:func:`_rows_block`), the
    frame's lines joined to the rows they stand in, not lines of their own that would
    read as a story's."""
    parts = [el for el in body if isinstance(el.tag, str)]
    if len(parts) < 2 or any(el.tag != "table" for el in parts):
        return parts, False
    story = [el for el in parts if any(  # (words as counted in Chinese too: word_count)
        word_count(_text(c)) >= LAYOUT_CELL_WORDS for c in el.iter("cell"))]
    if len(story) > 1:
        columns = sorted(((n, i, c) for i, c in enumerate(
            c for el in story for c in el.iter("cell"))
            if (n := _prose_paragraphs(c)) >= NAMED_AWAY_MIN_PARAGRAPHS), reverse=True)
        if columns and (len(columns) == 1 or columns[0][0] > columns[1][0]):
            column = columns[0][2]
            table = next(el for el in story if column in el.iter("cell"))
            # (the boxes set in tables inside the column, a pull quote, a caption, which
            # trafilatura sets as tables of one cell right after the column's own)
            boxes = list(itertools.takewhile(
                lambda el: sum(1 for _ in el.iter("cell")) == 1, parts[parts.index(table) + 1:]))
            return [column, *boxes], False
    return (story, False) if len(story) == 1 else (parts, len(story) > 1)


#: Inline elements of trafilatura's output (a link, an emphasis).
_INLINE_TAGS = frozenset(("ref", "hi"))
#: The last character of a line cut inside a sentence: a letter, a digit or a comma
#: (no sentence's, clause's or list's end), or an opening bracket or quote.
_CUT_END = re.compile(r"(?:[^\W_],?|[(\[«“])$")
#: The characters a line ends with that open what the next piece holds ("… (" then
#: "<b>NAME</b>), …"): the piece after goes on with no space.
_OPENS = frozenset("([«“")
#: A line cut inside a sentence has at least this many words before the piece joined
#: to it (a name alone, a photo's credit, is no sentence's start).
CUT_LINE_MIN_WORDS = 3
#: Characters no paragraph opens with, and a sentence's rest may.
_GOES_ON = frozenset(",;:)")


def _opens_inline(el: etree._Element) -> etree._Element | None:
    """The inline element a paragraph of trafilatura's output opens with, no text before
    it."""
    if el.tag != "p" or (el.text or "").strip() or not len(el):
        return None
    first = el[0]
    return first if first.tag in _INLINE_TAGS else None


def _glued_piece(el: etree._Element) -> bool:
    """A paragraph that opens with an inline element glued to the lower-case words after
    it (trafilatura strips the space it cut at): the rest of a sentence it cut."""
    inline = _opens_inline(el)
    tail = inline.tail or "" if inline is not None else ""
    return tail[:1].isalpha() and tail[0].islower()  # ("[link], and": a comma is no glue)


def _lower_piece(el: etree._Element) -> bool:
    """A paragraph that opens with a word of lower-case letters only, or a comma (the
    rest of a sentence; "iPhone", "eBay" or "my6sense" may open a line)."""
    words = _text(el).split(maxsplit=1)
    return bool(words) and ((words[0].isalpha() and words[0].islower())
                            or words[0][0] in _GOES_ON)


def _cut_line(el: etree._Element, *, lower: bool) -> bool:
    """A paragraph cut inside a sentence: it ends with a letter, a digit or a comma, no
    sentence's end, and not with a link; with ``lower``, with a word all lower-case or a
    comma (where the piece after it is less sure to be one)."""
    if el.tag != "p" or (el.tail or "").strip():
        return False
    text = _text(el).rstrip()
    if not text or is_sentence(text) or _CUT_END.search(text) is None \
            or word_count(text) < CUT_LINE_MIN_WORDS:
        return False
    if len(el) and el[-1].tag == "ref" and not (el[-1].tail or "").strip():
        return False  # (a line ending with its link: a list's)
    last = text.split()[-1]
    return not lower or last.endswith(",") or last.islower()


def _join_cut_sentences(body: etree._Element) -> None:
    """Join back the paragraphs trafilatura cut out of one sentence.

    Where a page's text is a run of words and inline elements straight inside a
    container (paragraphs written as text between ``<br>``s), trafilatura may set each
    link or emphasis of it apart with the words after it, as paragraphs of their own,
    gluing those words to it: "In 2002, the" / "*Times*" / "[reported]on ...". Read as
    lines, such a piece is a credit, a name, a heading, and the splitter may open a story
    at it. A piece is joined to the paragraph before when that one was cut inside a
    sentence and the piece opens with an inline element glued to lower-case words, or
    with a lower-case word or a comma after a line ending with one; a lone inline element
    between such a line and such a piece goes with them. (Lists of links, lines of
    labels and values, headings over their paragraphs: their lines open with capitals or
    end with sentences or links, and stay as they are.)"""
    children = list(body)
    prev: etree._Element | None = None
    for n, el in enumerate(children):
        if prev is not None and el.tag == "p" and _cut_line(prev, lower=False) and (
                _glued_piece(el)
                or _bracketed_piece(prev, el)
                or (_lower_piece(el) and _cut_line(prev, lower=True))
                or (_lone_inline(el) and _cut_line(prev, lower=True)
                    and n + 1 < len(children)
                    and (_glued_piece(children[n + 1]) or _lower_piece(children[n + 1])))):
            _append_paragraph(prev, el)
            continue
        prev = el


def _bracketed_piece(prev: etree._Element, el: etree._Element) -> bool:
    """A paragraph that opens with an inline element after a line ending with an opening
    bracket, and goes on with words after it ("… (" then "<b>NAME</b>), κλιμάκια …"): the
    rest of the sentence. (A link alone in brackets, "(" then "<a>2 comments</a>)", is a
    post's furniture, read as it is.)"""
    inline = _opens_inline(el)
    return inline is not None and _text(prev).rstrip()[-1:] in _OPENS \
        and any(c.isalpha() for c in (inline.tail or ""))


def _lone_inline(el: etree._Element) -> bool:
    """A paragraph that is one inline element and nothing else."""
    inline = _opens_inline(el)
    return inline is not None and len(el) == 1 and not (inline.tail or "").strip()


def _append_paragraph(prev: etree._Element, el: etree._Element) -> None:
    """Move ``el``'s words and children to the end of ``prev`` (a space between), and
    take ``el`` out of the body. No space after an opening bracket; a space put back
    between ``el``'s first inline element and the lower-case words trafilatura glued to
    it ("<b>ECDC</b>και" was "<b>ECDC</b> και")."""
    before = _text(prev).rstrip()
    space = "" if before[-1:] in _OPENS else " "
    if _glued_piece(el):
        inline = el[0]
        inline.tail = " " + (inline.tail or "")
    if len(prev):
        prev[-1].tail = (prev[-1].tail or "").rstrip() + space + (el.text or "")
    else:
        prev.text = (prev.text or "").rstrip() + space + (el.text or "")
    for child in list(el):
        prev.append(child)
    parent = el.getparent()
    if parent is not None:
        prev.tail = el.tail
        parent.remove(el)


# Elements of trafilatura's output that are paragraphs of their own inside a quote.
_QUOTE_PARTS = frozenset(("p", "head", "list", "quote", "table"))


def _element_blocks(el: etree._Element, blocks: list[Block],
                    graphic: Callable[[etree._Element], None], *,
                    in_quote: bool = False) -> None:
    """The blocks of one element of trafilatura's output body."""
    tag = el.tag
    if tag == "graphic":
        graphic(el)
        return
    if tag == "quote" and sum(1 for c in el if c.tag in _QUOTE_PARTS) >= 2:
        _quote_blocks(el, blocks, graphic)
        return
    if tag == "table" and _layout_table(el):
        _layout_blocks(el, blocks, graphic, in_quote=in_quote)
        return
    for g in el.iter("graphic"):
        graphic(g)
    if tag == "list":
        for item in el.iter("item"):
            text = clean_text(_element_text(item))
            if text:
                b, i, link = _inline_flags(item, text if not len(item) else None)
                blocks.append(Block(text=text, kind=BlockKind.ITEM, bold=b, italic=i,
                                    link_only=link))
        return
    if tag in ("p", "quote") and el.find("lb") is not None:
        runs = _paragraph_runs(el)
        if len(runs) > 1:
            for run in runs:
                _text_block(run, blocks, in_quote=in_quote)
            return
    text = clean_text(_element_text(el))
    if not text:
        return
    if tag == "head":
        rend = el.get("rend") or ""
        level = int(rend[1]) if len(rend) == 2 and rend[1].isdigit() else 3
        _, i, link = _inline_flags(el, text if not len(el) else None)
        blocks.append(Block(text=text, kind=BlockKind.HEAD, level=level, bold=True, italic=i,
                            link_only=link))
    elif tag == "table":
        _rows_block(el, blocks, None, text)
    else:
        _text_block(el, blocks, text, in_quote=in_quote)


def _rows_block(table: etree._Element, blocks: list[Block],
               graphic: Callable[[etree._Element], None] | None, text: str | None = None
               ) -> None:
    """A table's block: its rows, a line each, their cells parted by ``" | "``.
    ``graphic``: the table's pictures are placed here (not yet by the caller)."""
    if graphic is not None:
        for g in table.iter("graphic"):
            graphic(g)
    rows = [clean_text(" | ".join(_text(c) for c in row.iter("cell")))
            for row in table.iter("row")]
    if text is None:
        text = clean_text(_element_text(table))
    if any(rows) or text:
        heading = blocks[-1] if blocks and blocks[-1].kind == BlockKind.HEAD else None
        blocks.append(Block(text="\n".join(r for r in rows if r) or text,
                            kind=BlockKind.TABLE))
        if _emptied_labels(table):
            blocks[-1].mark(CRUFT, RemovedKind.CHROME)
            if heading is not None:
                heading.mark(CRUFT, RemovedKind.CHROME)


#: A box of other sites' or sections' stories set as a table, a row each, a label's cell
#: (the site's name in bold) beside a cell of links, which trafilatura empties (it drops
#: lists of links): at least this many rows, each of one bold label of at most
#: :data:`EMPTIED_LABEL_MAX_WORDS` words beside empty cells, is what is left of the box,
#: chrome, and so is the heading over it. (A data table's rows hold more than a label.)
EMPTIED_LABELS_MIN_ROWS = 3
EMPTIED_LABEL_MAX_WORDS = 3


def _emptied_labels(table: etree._Element) -> bool:
    """Whether ``table`` is what trafilatura left of a box of link lists (see
    :data:`EMPTIED_LABELS_MIN_ROWS`)."""
    rows = list(table.iter("row"))
    if len(rows) < EMPTIED_LABELS_MIN_ROWS:
        return False
    for row in rows:
        cells = list(row.iter("cell"))
        filled = [c for c in cells if _text(c).strip()]
        if len(filled) != 1 or len(cells) < 2:
            return False
        label = filled[0]
        words = _text(label).split()
        if len(words) > EMPTIED_LABEL_MAX_WORDS or (label.text or "").strip() \
                or not all(h.tag == "hi" and h.get("rend") == "#b"
                           and not (h.tail or "").strip() for h in label):
            return False
    return True


#: A table of a page's layout, not of data (a 2000s news site set its whole page in
#: tables: a date bar, a menu, the trail, the article's cell): a table with a table inside
#: a cell, or with no row of two cells with words and either words in one row only or a
#: cell longer than a list's entry (this many words). A data table has rows, and a header
#: of several cells at least, though its rows' other cells may be blank marks; a single
#: column of lines, or a row of one cell with words among empty spacers, is a box's
#: frame; a single column of names is a list; a row of a headline's cell beside a
#: highlights' cell is a row (read as lines, its last highlight would head the story).
#: A cell that holds a heading and a paragraph is an article's column (a bar of the
#: section's name and a font-size control above it is no data table's header). A layout
#: table's cells are read as blocks, each cell's lines apart, never as "a | b" rows. (A
#: cell of prose says nothing alone: a data table's description column holds sentences
#: too. A table whose every cell with words is a link is a list of links, a
#: menu or partners' sites: one block, as ever.)
LAYOUT_LINE_WORDS = 12
#: A cell of at least this many words is prose: where trafilatura read a page as a row
#: of tables, those with such a cell hold the story (:func:`_story_tables`).
LAYOUT_CELL_WORDS = 40
#: The parts of trafilatura's output that hold lines of their own inside a cell.
_CELL_PARTS = frozenset(("p", "head", "list", "quote", "table", "graphic"))


def _layout_table(table: etree._Element) -> bool:
    """Whether a table of trafilatura's output sets a page's layout (see
    :data:`LAYOUT_LINE_WORDS`), not data."""
    rows = full = 0
    linked = True  # (every cell with words a link's words alone so far)
    lines = False  # (a cell with more words than a list's entry)
    for row in table.iter("row"):
        if next(row.iterancestors("table")) is not table:
            return True  # (a table inside a cell)
        filled = 0
        for cell in row.iter("cell"):
            if _article_column(cell):
                return True  # (an article's column: its heading and its text)
            text = _text(cell)
            words = _NON_WORD.sub("", text)
            if words:
                filled += 1
                linked = linked and words == _NON_WORD.sub(
                    "", "".join(_text(r) for r in cell.iter("ref")))
                lines = lines or len(text.split(None, LAYOUT_LINE_WORDS)) > LAYOUT_LINE_WORDS
        rows += filled > 0
        full += filled >= 2
    return not linked and not full and (rows < 2 or lines)


def _layout_blocks(table: etree._Element, blocks: list[Block],
                   graphic: Callable[[etree._Element], None], *, in_quote: bool) -> None:
    """The blocks of a layout table (:func:`_layout_table`): each cell's lines, a run of
    its own words and inline elements a paragraph, its paragraphs, headings, lists and
    tables as they are read outside a table."""
    start = len(blocks)
    for row in table.iterchildren("row"):
        for cell in row.iterchildren("cell"):
            if _article_column(cell) and cell.find("head") is cell[0]:
                # (the bar above the article's column that opens with its heading: a
                # section's name, a font-size control; the page's, not the story's)
                for b in blocks[start:]:
                    if b.role == TEXT and b.text:
                        b.mark(CRUFT, RemovedKind.CHROME)
            _cell_blocks(cell, blocks, graphic, in_quote=in_quote)


def _article_column(cell: etree._Element) -> bool:
    """Whether a cell of trafilatura's output is an article's column: its heading and its
    text under it (see :data:`LAYOUT_LINE_WORDS`; a highlights box's label line above its
    headings is no text under a heading)."""
    head = cell.find("head")
    return head is not None and next(head.itersiblings("p"), None) is not None


def _cell_blocks(cell: etree._Element, blocks: list[Block],
                 graphic: Callable[[etree._Element], None], *, in_quote: bool = False) -> None:
    """The blocks of a layout table's cell (see :func:`_layout_blocks`)."""
    run = etree.Element("p")
    run.text = cell.text
    for child in cell:
        if child.tag in _CELL_PARTS:
            _element_blocks(run, blocks, graphic, in_quote=in_quote)
            _element_blocks(child, blocks, graphic, in_quote=in_quote)
            run = etree.Element("p")
            run.text = child.tail
        else:
            run.append(copy.deepcopy(child))  # (an inline one, with its tail)
    _element_blocks(run, blocks, graphic, in_quote=in_quote)


def _text_block(el: etree._Element, blocks: list[Block], text: str | None = None, *,
                in_quote: bool = False) -> None:
    """A paragraph's block; a quote alone is a quote, a paragraph of a quoted post
    (a reblog: the quote holds the whole post) a paragraph."""
    if text is None:
        text = clean_text(_element_text(el))
        if not text:
            return
    if text == SEPARATOR_TEXT:
        blocks.append(Block(text=text, kind=BlockKind.SEP, role=SEP))
        return
    # (an element without children: its words as _element_text reads them are the same)
    b, i, link = _inline_flags(el, text if not len(el) else None)
    kind = BlockKind.QUOTE if el.tag == "quote" and not in_quote else BlockKind.P
    blocks.append(Block(text=text, kind=kind, bold=b, italic=i, link_only=link))


def _quote_blocks(el: etree._Element, blocks: list[Block],
                  graphic: Callable[[etree._Element], None]) -> None:
    """A quote of several paragraphs (a reblogged post, a quoted letter): a block a
    paragraph, as in the page, never one line of all of them."""
    start = len(blocks)
    lead = clean_text(el.text or "")
    if lead:
        blocks.append(Block(text=lead, kind=BlockKind.P))
    for child in el:
        if not isinstance(child.tag, str):
            continue
        _element_blocks(child, blocks, graphic, in_quote=True)
        tail = clean_text(child.tail or "")
        if tail:
            blocks.append(Block(text=tail, kind=BlockKind.P))
    if len(blocks) - start >= 2 and _SIGNATURE.match(blocks[-1].text) \
            and word_count(blocks[-1].text) <= SIGNATURE_MAX_WORDS \
            and blocks[-2].kind == BlockKind.P:
        signature = blocks.pop()
        blocks[-1].text = f"{blocks[-1].text} {signature.text}"
        blocks[-1].link_only = blocks[-1].link_only and signature.link_only
        blocks[-1].bold = blocks[-1].bold and signature.bold
        blocks[-1].italic = blocks[-1].italic and signature.italic


# A quote's last line that signs it ("— Name (@handle) date" under a tweet): a dash, then
# the name, at most this many words in all.
_SIGNATURE = re.compile(r"^[—–―-]\s")
SIGNATURE_MAX_WORDS = 12


def _opens_line(text: str) -> bool:
    """Opens as a paragraph does: anything but a lower-case letter (a capital, a digit, a
    quote or bullet, a letter of a script without case)."""
    first = text.lstrip()[:1]
    return bool(first) and not first.islower()


def _paragraph_runs(el: etree._Element) -> list[etree._Element]:
    """``el`` cut at its line breaks into the paragraphs they mean, each a new element
    of the same tag.

    Blog editors write a paragraph as a run of text ended by two ``<br>`` (Blogger's
    classic editor; text pasted from a news site into a compose view), and trafilatura
    keeps such a body as one paragraph with ``lb`` inside: two breaks in a row (nothing
    but empty elements between them, such as Blogger's jump-break anchor) end a
    paragraph. One break ends one where the line before it ends a sentence and the line
    after it opens as a paragraph does; a break inside a sentence is a space, and so is
    every single break of a paragraph most of whose single breaks fall inside sentences
    (text wrapped by hand at a width). Lines that end without a sentence end (lists of
    dates, of links) stay together: the cleaner would take such lines, alone, for
    metadata or link titles."""
    # The runs between breaks: (text, children) with the number of breaks before each.
    runs: list[tuple[str, list[etree._Element], int]] = []
    text, breaks = el.text or "", 0
    children: list[etree._Element] = []
    for child in list(el):
        if child.tag == "lb":
            runs.append((text, children, breaks))
            text, children = child.tail or "", []
            breaks = 1 if runs[-1][0].strip() or _has_words(runs[-1][1]) else breaks + 1
            continue
        children.append(child)
    runs.append((text, children, breaks))

    # Paragraphs (ended by two breaks) of lines; then each paragraph's lines, cut where
    # a line ends (unless most of its single breaks fall inside sentences: a text
    # wrapped by hand at a width, whose breaks are all spaces).
    paragraphs: list[list[tuple[str, list[etree._Element], str]]] = []
    for text, children, breaks in runs:
        line = clean_text(text + "".join(_text(c) + (c.tail or "")
                                         for c in children))
        if not line:
            continue
        if not paragraphs or breaks >= 2:
            paragraphs.append([])
        paragraphs[-1].append((text, children, line))
    groups: list[list[tuple[str, list[etree._Element]]]] = []
    for lines in paragraphs:
        ends = [_opens_line(line) and is_sentence(last)
                for (_, _, last), (_, _, line) in zip(lines, lines[1:], strict=False)]
        wrapped = 2 * sum(ends) < len(ends)
        groups.append([lines[0][:2]])
        for end, (text, children, _) in zip(ends, lines[1:], strict=True):
            if end and not wrapped:
                groups.append([])
            groups[-1].append((text, children))
    if len(groups) <= 1:
        return [el]
    out = []
    for group in groups:
        run = etree.Element(el.tag)
        run.text = group[0][0]
        for n, (text, children) in enumerate(group):
            if n:
                lb = etree.SubElement(run, "lb")
                lb.tail = text
            for child in children:
                run.append(child)  # moves it: trafilatura's tree is read once
        out.append(run)
    return out


def _has_words(children: list[etree._Element]) -> bool:
    return any(clean_text(_text(c) + (c.tail or "")) for c in children)


def extract(markup: str | bytes | etree._Element, url: str | None = None, *,
            with_info: bool = True, fragment: bool = False,
            index: PageIndex | None = None) -> Extracted:
    """Extract the content blocks of a page (or of a post's content fragment).

    ``index``: the :class:`~normalizer.pages.dom.PageIndex` of ``markup`` when it is a
    tree the caller indexed already (built here otherwise)."""
    if fragment and isinstance(markup, (str, bytes)):
        # trafilatura drops the headings of a bare fragment; inside an article it keeps them.
        text = markup.decode("utf-8", "replace") if isinstance(markup, bytes) else markup
        markup = f"<html><body><article>{text}</article></body></html>"
    tree = parse_html(markup)
    if tree is None:
        return Extracted([], [], [], PageInfo())
    if index is None:
        index = PageIndex(tree)
    info = page_info(tree, url, index) if with_info else PageInfo()
    removed, hints = preprocess(tree, index)
    removed += _caption_cells(tree)
    if not fragment and _post_is_empty(index):
        return Extracted([], removed, hints, info)
    # Pictures are placed back afterwards: asked to keep them, trafilatura also chooses
    # the content differently (a worse choice on pages with many pictures). No URL:
    # trafilatura would resolve every link's target against it, and tagwire only asks
    # whether text is a link. "xml": the body tree without its rendering as text, which
    # tagwire does not read.
    body = _chosen_body(tree, fragment)
    named = _named_away(tree, fragment, body)
    if named:  # (the article's container named as trafilatura's boilerplate: asked again)
        with _unnamed(named):
            body = _chosen_body(tree, fragment)
    blocks = body_to_blocks(body, page=not fragment) if body is not None else []
    if not fragment and blocks:
        blocks = _with_subheadings(_with_bold_lead(_with_lead(blocks, index), index), index)
        _mark_named_standfirst(blocks, index)
        _mark_link_cards(blocks, index)
        _mark_teaser_lists(blocks, index)
        _mark_notice_boxes(blocks, index)
        _mark_chrome_edges(blocks, index)
        if TRAFILATURA_FAST and not _has_text(blocks):
            # all that the fast pass chose is teaser cards: the article is elsewhere, and
            # the full mode's comparison with the other extractors may find it
            full_body = _trafilatura_body(tree, fragment, fast=False)
            again = body_to_blocks(full_body, page=True) if full_body is not None else []
            if again:
                again = _with_lead(again, index)
                _mark_link_cards(again, index)
                if _has_text(again):
                    blocks = again
    if not fragment and blocks:
        blocks = _with_contribution_line(blocks, index)
    if not fragment and (script_body := _script_rendered_body(blocks, index)):
        blocks = script_body
    # (a standfirst put back may stand in the page before the place the pictures' walk
    # has reached, and a block not found there reads the rest of the page: not looked for)
    unplaced = frozenset(id(b) for b in blocks if b.notes.get(STANDFIRST_NOTE))
    blocks = _with_pictures(blocks, tree, unplaced, index) if blocks else []
    if not any(b.text for b in blocks):
        blocks = fallback_blocks(tree)
    return Extracted(blocks, removed, hints, info)


# --- the article trafilatura would delete for its name ----------------------------------

#: trafilatura deletes, before it chooses the article, every container whose class or id
#: holds one of its words of boilerplate, as a substring ("banner", "bar", "menu",
#: "widget", "meta"...: ``OVERALL_DISCARD_XPATH``): a news site's analytics hook on the
#: article's own ``<div class="txtmain _reachbanner_">`` has its whole text deleted, and
#: what is left of a page of layout tables is its menus and boxes. The element that holds
#: the page's paragraphs (the parent of the most ``<p>``, at least this many of them in
#: prose, :data:`LEAD_MIN_WORDS` words or more ending as a sentence does) is the article,
#: whatever its name: where trafilatura's body holds none of its paragraphs, trafilatura
#: is asked again, handed it, and its ancestors, without the names that had them deleted
#: (put back afterwards: the rest of tagwire reads them).
NAMED_AWAY_MIN_PARAGRAPHS = 3


def _discarded_by_name(el: etree._Element) -> bool:
    """Whether trafilatura's deletion of boilerplate containers by their names selects
    ``el``: its own expression, asked of a bare copy of the element (its tag and
    attributes) alone in a wrapper."""
    return _discarded_name(el.tag, tuple(el.items()))


@functools.lru_cache(maxsize=4096)
def _discarded_name(tag: str, items: tuple[tuple[str, str], ...]) -> bool:
    """:func:`_discarded_by_name` of an element of ``tag`` with the attributes ``items``
    (kept: the answer is the tag's and the attributes' alone, and the pages' containers
    repeat their names)."""
    from trafilatura.main_extractor import OVERALL_DISCARD_XPATH

    bare = etree.Element(tag)
    for name, value in items:
        with contextlib.suppress(ValueError):  # (a name lxml refuses: "xml:lang" on a page)
            bare.set(name, value)
    wrapper = etree.Element("div")
    wrapper.append(bare)
    return any(found is bare for found in OVERALL_DISCARD_XPATH[0](wrapper))


def _prose_paragraphs(parent: etree._Element) -> int:
    """How many of ``parent``'s ``<p>`` children read as prose (see
    :data:`NAMED_AWAY_MIN_PARAGRAPHS`)."""
    n = 0
    for p in parent.iterchildren("p"):
        text = _text(p).strip()
        if _LINE_END.search(text) and word_count(text) >= LEAD_MIN_WORDS:
            n += 1
    return n


def _named_away(tree: etree._Element, fragment: bool,
                body: etree._Element | None) -> list[tuple[etree._Element, dict[str, str]]]:
    """The article's container and those of its ancestors that trafilatura deleted for
    their names, each with the names (see :data:`NAMED_AWAY_MIN_PARAGRAPHS`), where
    trafilatura's ``body`` holds none of its paragraphs; else none (most pages: no
    container of paragraphs is so named, or trafilatura found the article inside one,
    as it does in the one its search for the post's node chose first)."""
    top, count = _most_paragraphs_parent(() if fragment else tree.iter("p"))
    if top is None or count < NAMED_AWAY_MIN_PARAGRAPHS:
        return []
    named = []
    for el in (top, *top.iterancestors()):
        if el.tag in ("html", "body"):
            break
        if (el.get("class") is not None or el.get("id") is not None) \
                and _discarded_by_name(el):
            named.append((el, {k: v for k in ("class", "id") if (v := el.get(k)) is not None}))
    if not named or _prose_paragraphs(top) < NAMED_AWAY_MIN_PARAGRAPHS:
        return []
    keys = {k for p in top.iterchildren("p") if len(k := _element_key(p)) >= _MIN_KEY_CHARS}
    if body is not None and not keys.isdisjoint(_line_keys(body)):
        return []  # (trafilatura has its paragraphs: found inside the named one)
    return named


@contextlib.contextmanager
def _unnamed(named: list[tuple[etree._Element, dict[str, str]]]) -> Iterator[None]:
    """The ``named`` elements with their names emptied for the time of the block, then
    put back (emptied, not taken out: trafilatura reads the attributes' order)."""
    for el, names in named:
        for k in names:
            el.set(k, "")
    try:
        yield
    finally:
        for el, names in named:
            for k, v in names.items():
                el.set(k, v)


# --- the standfirst trafilatura leaves out ------------------------------------------------

#: A news page sets its standfirst (lead, deck, perex, preamble) between the headline and
#: the body, in an element of its own; trafilatura's choice of the article's node often
#: leaves it out (a sibling of the body, or in the article's header beside the ``<h1>``).
#: Such an element is taken back when it reads as prose (at least this many words,
#: ending as a sentence does) and either its class, or an enclosing one's, names it a
#: standfirst (:data:`LEAD_CLASS_WORDS`), or it is the first line after the headline and
#: holds two sentences or more (``clean.is_prose``).
LEAD_MIN_WORDS = 8
#: ... and where a class names it, a sentence of this many words will do (a preamble of
#: several short paragraphs), or a line of :data:`LEAD_MIN_WORDS` words however it ends
#: (a summary closing on a figure: "... 市场份额0.9%"). Words as ``word_count`` counts them
#: where the line has too few spaced ones (Chinese, Japanese, Thai).
NAMED_LEAD_MIN_WORDS = 4
#: Class and id words (split at case changes, ``-``, ``_`` and digits) that name a
#: standfirst, in the CMSs of many languages.
LEAD_CLASS_WORDS = frozenset((
    "lead", "lede", "leadin", "dek", "deck", "standfirst", "summary", "intro", "perex",
    "preamble", "excerpt", "sapo", "chapo", "chapeau", "teaser", "subtitle", "subhead",
    "subheadline",
    "abstract", "anons", "entradilla", "entradinha", "occhiello", "sommario", "ingress",
    "vorspann", "kicker-text",
    # Brazilian and Argentine CMSs: "olho" (the deck under the headline), "bajada", "copete"
    "olho", "bajada", "copete",
))
#: Class and id words of what is never a standfirst, though it may stand there and read
#: as prose: captions, credits, bylines, dates, promos, newsletter and messenger boxes,
#: disclaimers, author bios, quotes, related links, breadcrumbs.
NOT_LEAD_CLASS_WORDS = frozenset((
    "caption", "credit", "credits", "byline", "author", "authors", "contrib", "bio", "date",
    "time", "meta", "dateline", "updated", "published", "related", "signup", "newsletter",
    "subscribe", "subscription", "messenger", "promo", "ad", "ads", "advert", "sponsor",
    "sponsored", "disclaimer", "share", "social", "quote", "pullquote", "breadcrumb",
    "breadcrumbs", "brand", "statement", "paywall", "alert", "banner", "toolbar",
))
#: The note a standfirst put back carries (``Block.notes``).
STANDFIRST_NOTE = "standfirst"
#: Paragraphs of trafilatura's output looked for after the headline: the body starts at
#: the first of them found there.
LEAD_BODY_BLOCKS = 4
#: Endings that a CMS puts after a standfirst's class word ("teasertext", "leadText").
LEAD_CLASS_ENDINGS = ("", "text", "txt", "para", "paragraph", "content", "body")
#: At most this many such elements between the headline and the body; more is a list
#: (teasers, a table of contents), not a standfirst, and none is taken.
LEAD_MAX_BLOCKS = 3
#: Elements read after the headline looking for the body's first paragraph: the lead
#: stands close to the headline (a page whose body starts further away takes nothing).
LEAD_SCAN_ELEMENTS = 400
#: A deck's heading: a sentence in the next element after the headline's ``<h1>``, the
#: first line there, is a standfirst in heading markup, one sentence enough (the
#: unnamed first line otherwise needs two). Deeper headings there are section labels and
#: kickers more often.
_DECK_TAGS = frozenset(("h2",))
#: Elements that may hold a standfirst as their own text.
_LEAD_TAGS = frozenset(("p", "div", "h2", "h3", "h4", "h5", "h6", "span", "section", "li"))
#: The list elements: a line inside one is a standfirst only where an element around the
#: list names one (The Guardian's standfirst of two bullet points, ``<div
#: data-gu-name="standfirst"><ul><li>…``); other lists there are a table of contents, a
#: teaser list, the tags.
_LIST_TAGS = frozenset(("ul", "ol", "li"))
#: Elements inside which a line is never the standfirst: links, controls, pictures'
#: captions, the page's navigation and asides.
_NOT_LEAD_INSIDE = frozenset(("a", "button", "label", "select", "option", "form", "nav",
                              "aside", "footer", "figure", "figcaption", "time", "address",
                              "ul", "ol", "li", "table", "blockquote", "h1", "noscript",
                              "script", "style", "template"))
#: Class words of elements the page hides (a message bar shown to some readers only).
_HIDDEN_CLASSES = frozenset(("hidden", "is-hidden", "d-none", "hide", "visually-hidden",
                             "sr-only", "screen-reader-text"))
#: Elements that make an element hold more than one line of its own (or code, not words).
_BLOCK_LEVEL = frozenset(("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
                          "table", "section", "article", "figure", "blockquote", "header",
                          "footer", "aside", "nav", "form", "pre", "dl", "script", "style",
                          "noscript", "template", "iframe"))
_CLASS_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")


def _class_words(cls: str) -> frozenset[str]:
    """The words of a class-and-id text, split at case changes, dashes, underscores and
    digits, lower-cased ("articleDek" and "article__dek" both give "dek"); the dashed
    pairs of :data:`LEAD_CLASS_WORDS` kept whole as well."""
    words = {w.lower() for w in _CLASS_WORD.findall(cls)}
    words.update(t.lower() for t in cls.split())
    return frozenset(words)


#: A container whose id or class only NAMES it hidden ("post-text-hidden",
#: "prometeo-hideable": a script shows or hides it, the page serves it shown) while it
#: holds the rest of the story (its paragraphs, after the story's first one beside it):
#: trafilatura drops any element whose id holds "hidden" (and classes " hidden", "-hide-"
#: ...) by that name alone. An element the page does hide (the ``hidden`` attribute,
#: ``aria-hidden``, ``display: none``) or a dialog keeps its name.
_HIDDEN_NAME_RE = re.compile(r"hid(?:den|e)", re.IGNORECASE)
#: Its story: at least this many paragraphs of its own (children) with this many words
#: in all, after a paragraph of this many words before it in the same parent.
HIDDEN_NAMED_MIN_PARAGRAPHS = 2
HIDDEN_NAMED_MIN_WORDS = 40
HIDDEN_NAMED_LEAD_WORDS = 8
_DIALOG_ROLES = frozenset(("dialog", "alertdialog", "menu", "navigation", "banner"))


def _shown(el: etree._Element) -> bool:
    """``el`` and its ancestors are not hidden by the page itself (attribute, style,
    ``aria-hidden``) nor a dialog."""
    for a in (el, *el.iterancestors()):
        if a.get("hidden") is not None or a.get("aria-hidden") == "true" \
                or a.get("aria-modal") == "true" or a.get("role") in _DIALOG_ROLES \
                or HIDDEN_STYLE_RE.search(a.get("style") or ""):
            return False
    return True


def _holds_story_rest(el: etree._Element) -> bool:
    """``el`` holds the story's paragraphs (see :data:`HIDDEN_NAMED_MIN_PARAGRAPHS`) and
    the story's text runs into it: a paragraph before it in its parent."""
    words = [word_count(_text(c)) for c in el if c.tag == "p"]
    words = [n for n in words if n]
    if len(words) < HIDDEN_NAMED_MIN_PARAGRAPHS or sum(words) < HIDDEN_NAMED_MIN_WORDS:
        return False
    return any(s.tag == "p" and word_count(_text(s)) >= HIDDEN_NAMED_LEAD_WORDS
               for s in el.itersiblings(preceding=True))


@contextlib.contextmanager
def _hidden_names_lifted(tree: etree._Element) -> Iterator[None]:
    """``tree`` with the hidden-saying words taken out of the id and class of each
    container that is only named hidden and holds the rest of the story
    (:data:`_HIDDEN_NAME_RE`), for the time of the block, then as it was."""
    changed: list[tuple[etree._Element, str | None, str | None]] = []
    for el in tree.iter("div", "section"):
        ident, cls = el.get("id"), el.get("class")
        if not ((ident and _HIDDEN_NAME_RE.search(ident))
                or (cls and _HIDDEN_NAME_RE.search(cls))):
            continue
        if not _holds_story_rest(el) or not _shown(el):
            continue
        changed.append((el, ident, cls))
        if ident and _HIDDEN_NAME_RE.search(ident):
            del el.attrib["id"]
        if cls and _HIDDEN_NAME_RE.search(cls):
            el.set("class", " ".join(t for t in cls.split() if not _HIDDEN_NAME_RE.search(t)))
    try:
        yield
    finally:
        for el, ident, cls in changed:
            for name, value in (("id", ident), ("class", cls)):
                if value is None:
                    el.attrib.pop(name, None)
                else:
                    el.set(name, value)


def _chosen_body(tree: etree._Element, fragment: bool) -> etree._Element | None:
    """trafilatura's body of the page (a container only named hidden read as shown, see
    :func:`_hidden_names_lifted`)."""
    with _hidden_names_lifted(tree):
        return _chosen_body_as_named(tree, fragment)


def _chosen_body_as_named(tree: etree._Element, fragment: bool) -> etree._Element | None:
    """trafilatura's body of the page: its fast pass's, or its full mode's where the fast
    pass chose a menu, the whole page or too thin a body."""
    if TRAFILATURA_FAST and not fragment:
        with _detached_for_trafilatura(tree):  # (what its fast pass deletes unread)
            body = _trafilatura_body(tree, fragment, fast=True)
    else:
        body = _trafilatura_body(tree, fragment, fast=TRAFILATURA_FAST)
    if TRAFILATURA_FAST and body is not None and (
            _menu_words(body) is not None or _whole_page_text(body) or _thin_body(body)):
        # fast mode skips the comparison with the other extractors that rejects a menu
        # and finds an article where the fast pass gave up and returned the whole page
        full_body = _trafilatura_body(tree, fragment, fast=False)
        if full_body is not None and (_is_article_in(full_body, body) or (
                _whole_page_text(body) and len(full_body) and not _whole_page_text(full_body))
                or _article_beside(full_body, body)):
            body = _unwrapped(full_body)
    return body


def _with_lead(blocks: list[Block], index: PageIndex) -> list[Block]:
    """``blocks`` with the page's standfirst put back before the body's first paragraph,
    where trafilatura left it out (see :data:`LEAD_MIN_WORDS`).

    The page's structure says where it is: after the ``<h1>`` and before the element of
    the first paragraph trafilatura kept, in the article those two share, outside any
    link, list, caption or page chrome below that article."""
    # the first paragraphs trafilatura kept (the very first may be a line from above
    # the headline): the body starts at the first of them found after the headline
    firsts: list[tuple[int, str]] = []
    for n, b in enumerate(blocks):
        if b.kind == BlockKind.P and len(key := _key(b.text)) >= _MIN_KEY_CHARS:
            firsts.append((n, key))
            if len(firsts) == LEAD_BODY_BLOCKS:
                break
    if not firsts:
        return blocks
    # (the places in the page's index of its <h1>s and <p>s, the index's own tables: no
    # walk of the page here)
    heads = [i for i in index._places.get("h1", ()) if index.attached(index.elements[i])]
    if not heads:
        return blocks
    elements = index.elements
    start = heads[0]
    body_at = first = None
    starts = tuple(want[:_MIN_KEY_CHARS] for _, want in firsts)
    initials = {want[0] for _, want in firsts}
    # (a paragraph of trafilatura's output is a <p> of the page, or a text it cut from a
    # <div>: only the <p>s are looked at, by their places in the page's index)
    paragraphs = index._places.get("p", [])
    end = start + 1 + LEAD_SCAN_ELEMENTS
    for i in paragraphs[bisect_left(paragraphs, start + 1):bisect_left(paragraphs, end)]:
        el = elements[i]
        own = (el.text or "").lstrip()
        if own and (own[0].isalnum() and own[0].lower()[:1] not in initials
                    or len(own) >= _KEY_ENOUGH
                    and not _NON_WORD.sub("", own[:_KEY_FIRST].lower()).startswith(starts)):
            continue  # (its own words open it, and no first paragraph opens so)
        key = _element_key(el)
        first = next((n for n, want in firsts if key.startswith(want)), None)
        if first is not None and index.attached(el):
            body_at = i
            break
    if body_at is None or first is None:
        return blocks
    head_at = max(h for h in heads if h < body_at)
    head, body_el = elements[head_at], elements[body_at]
    head_line = set(head.iterancestors())
    common = next((a for a in body_el.iterancestors() if a in head_line), None)
    if common is None:
        return blocks
    known: set[str] | None = None
    taken: list[tuple[etree._Element, str]] = []
    first_line = True  # no line with words read yet after the headline
    # (the elements of those tags between the two, by their places in the page's index)
    between = sorted(i for tag in _LEAD_TAGS
                     for i in _places_between(index._places.get(tag, ()), head_at, body_at))
    for i in between:
        el = elements[i]
        raw = _text(el)
        words = len(raw.split(None, LEAD_MIN_WORDS))  # (counted up to what is asked)
        if words < NAMED_LEAD_MIN_WORDS and not raw.isascii():
            words = word_count(raw)  # (Chinese, Japanese, Thai: words without spaces)
        if words < NAMED_LEAD_MIN_WORDS:
            continue  # (a label, a date, a share button: the most of them; no first line)
        if len(el) and next(el.iterdescendants(*_BLOCK_LEVEL), None) is not None:
            continue  # (an element around others: its lines are read one by one)
        if el.tag == "li" and not _lead_place(el, common, head_line):
            continue  # (a list's item not named a standfirst: no line of the lead's)
        if el.tag == "li" and _links_list(el):
            continue  # (items each one link: the intro's related stories, "ul.rel")
        was_first = first_line
        first_line = first_line and words < LEAD_MIN_WORDS
        if not index.attached(el):
            continue
        sentence = is_sentence(text := clean_text(raw))
        if not sentence and words < LEAD_MIN_WORDS:
            continue
        deck = was_first and el.tag in _DECK_TAGS and el.getprevious() is head
        if taken and any(a is t for a in el.iterancestors() for t, _ in taken):
            continue  # (a line inside a paragraph taken already)
        named = _lead_place(el, common, head_line)
        if named is None or not (named or sentence and (
                deck or was_first and words >= LEAD_MIN_WORDS and is_prose(text))):
            continue
        if known is None:
            known = {_key(b.text) for b in blocks if b.text}
        if _key(text) in known:
            continue
        taken.append((el, text))
        if len(taken) > LEAD_MAX_BLOCKS:
            return blocks
    if not taken:
        return blocks
    lead = [Block(text=text, kind=BlockKind.P, notes={STANDFIRST_NOTE: True})
            for _, text in taken]
    return blocks[:first] + lead + blocks[first:]


#: A bold lead opening the story's text box ("<div class=txt><strong>Lead.</strong><br><br>
#: First paragraph..."): at most this many words (more is a bold body, not a lead).
BOLD_LEAD_MAX_WORDS = 80
_BOLD_TAGS = frozenset(("strong", "b"))


def _with_bold_lead(blocks: list[Block], index: PageIndex) -> list[Block]:
    """``blocks`` with the bold lead that opens the element whose text after it, past its
    line breaks, is one of the body's first paragraphs, where trafilatura left the lead
    out: the box's first child, nothing before it, a sentence of
    :data:`LEAD_MIN_WORDS` words or more (a bold label, "Czytaj:", is none)."""
    firsts: dict[str, int] = {}
    for n, b in enumerate(blocks):
        if b.kind == BlockKind.P and len(key := _key(b.text)) >= _MIN_KEY_CHARS:
            firsts.setdefault(key, n)
            if len(firsts) == LEAD_BODY_BLOCKS:
                break
    if not firsts:
        return blocks
    for el in index.with_tags(_BOLD_TAGS):
        parent = el.getparent()
        if parent is None or (parent.text or "").strip() or parent.index(el) != 0 \
                or parent.tag in _NOT_LEAD_INSIDE:
            continue
        text = clean_text("".join(el.itertext()))
        words = len(text.split())
        if not LEAD_MIN_WORDS <= words <= BOLD_LEAD_MAX_WORDS or not is_sentence(text):
            continue
        after = (el.tail or "").strip()
        node: etree._Element | None = el
        while not after and node is not None and (node := node.getnext()) is not None \
                and node.tag == "br":
            after = (node.tail or "").strip()
        at = firsts.get(_key(after)) if after else None
        if at is None:
            continue
        if _key(text) in {_key(b.text) for b in blocks if b.text} \
                or _lead_place(el, parent, set()) is None:
            return blocks
        lead = Block(text=text, kind=BlockKind.P, notes={STANDFIRST_NOTE: True})
        return blocks[:at] + [lead] + blocks[at:]
    return blocks


#: Class words of a heading that names a headline, not a standfirst ("teaser-title").
_HEADING_CLASS_WORDS = frozenset(("title", "headline", "heading", "hed"))


def _mark_named_standfirst(blocks: list[Block], index: PageIndex) -> None:
    """The first heading or long line trafilatura kept, where it is a heading
    (``<h2 class="c-article-summary">`` under a share bar) whose own class names a
    standfirst (:data:`LEAD_CLASS_WORDS`, no headline's word) and that holds
    :data:`LEAD_MIN_WORDS` words: a paragraph of the story (its lead), not a second
    headline under the page's."""
    first = next((b for b in blocks if b.role == TEXT and b.text and (
        b.kind == BlockKind.HEAD or word_count(b.text) >= LEAD_MIN_WORDS)), None)
    if first is None or first.kind != BlockKind.HEAD \
            or word_count(first.text) < LEAD_MIN_WORDS:
        return  # (short lines above it, a share bar's, are passed over)
    want = _key(first.text)
    for el in index.with_tags(_DECK_TAGS):
        cls = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not cls.strip() or _lead_class(cls) is not True \
                or not _class_words(cls).isdisjoint(_HEADING_CLASS_WORDS):
            continue
        if _element_key(el) == want:
            first.kind = BlockKind.P
            first.notes[STANDFIRST_NOTE] = True
            return


def _places_between(places: list[int] | tuple[()], after: int, before: int) -> list[int]:
    """The places in the sorted ``places`` strictly between ``after`` and ``before``."""
    return places[bisect_left(places, after + 1):bisect_left(places, before)] if places else []


def _links_list(item: etree._Element) -> bool:
    """Whether ``item``'s list holds links only, each item's text all its links' (La
    Información's ``ul.rel`` of related stories in its intro): other stories' titles, never
    lines of this one's standfirst. (A standfirst of bullets may open with a linked line,
    The Guardian's "Second Test, day two: ..." over an unlinked one: it stays.)"""
    parent = item.getparent()
    items = [li for li in parent if li.tag == "li"] if parent is not None else [item]
    for li in items:
        links = list(li.iter("a"))
        raw = _text(li).strip()
        if not links or len("".join(_text(a) for a in links).strip()) < len(raw) - 1:
            return False
    return True


def _lead_place(el: etree._Element, common: etree._Element,
                head_line: set[etree._Element]) -> bool | None:
    """Whether ``el`` stands where a standfirst does, and whether its class or an
    enclosing one's names it one: None where it cannot be one (inside a link, list,
    caption or control up to the article, ``common``; in page chrome or an element
    whose class says caption, byline, promo and the like, below the article, except the
    header that holds the headline too, ``head_line``), else whether it is named a
    standfirst."""
    named = listed = False
    for a in (el, *el.iterancestors()):
        if a is common:
            return named if named or not listed else None
        if a.tag in _LIST_TAGS:
            listed = True  # (an item of a list: a standfirst only where one names it)
        elif a is not el and a.tag in _NOT_LEAD_INSIDE:
            return None
        if a.get("hidden") is not None or a.get("aria-hidden") == "true" \
                or HIDDEN_STYLE_RE.search(a.get("style") or ""):
            return None
        if a in head_line:
            continue
        classes, ident = a.get("class"), a.get("id")
        names = " ".join(n for att in NAMING_ATTRIBUTES if (n := a.get(att)))
        if classes is None and ident is None and not names:
            continue
        verdict = _lead_class(f"{classes or ''} {ident or ''} {names}")
        if verdict is None:
            return None
        named = named or verdict
    return None


@functools.lru_cache(maxsize=4096)
def _lead_class(cls: str) -> bool | None:
    """What a class-and-id text says of a standfirst: None that its element is none
    (:data:`NOT_LEAD_CLASS_WORDS`, hidden, page chrome), True that it names one
    (:data:`LEAD_CLASS_WORDS`), False nothing. (Kept: a page repeats its classes.)"""
    if not cls.strip():
        return False
    words = _class_words(cls)
    if not words.isdisjoint(NOT_LEAD_CLASS_WORDS) or not words.isdisjoint(_HIDDEN_CLASSES) \
            or OUTSIDE_POST_RE.search(cls):
        return None
    return any(w.endswith(end) and w[:len(w) - len(end)] in LEAD_CLASS_WORDS
               for w in words for end in LEAD_CLASS_ENDINGS)


def _has_text(blocks: list[Block]) -> bool:
    """Some block is still text with words (not marked a teaser card's)."""
    return any(b.role == TEXT and b.text for b in blocks)


# --- sub-headings trafilatura leaves out --------------------------------------------------

#: trafilatura drops some sub-headings of a body it keeps (an interview's questions set as
#: ``<h3>`` between the answers' paragraphs). A heading is put back where the paragraphs
#: just before and just after it in the page are both in trafilatura's output, the one
#: after it a sibling of the heading (so the heading is the body's, not a box's inside
#: it), and it is no longer than a heading is.
SUBHEADING_MAX_WORDS = 30
_SUBHEADING_TAGS = ("h2", "h3", "h4", "h5", "h6")


#: Elements around a heading that make it a card's or a box's title (a related story's
#: linked ``<h6>`` in an ``<aside>`` among the body's paragraphs), not the body's.
_CARD_TAGS = ("a", "aside", "nav", "footer", "figure")


def _with_subheadings(blocks: list[Block], index: PageIndex) -> list[Block]:
    """``blocks`` with the body's sub-headings that trafilatura left out put back (see
    :data:`SUBHEADING_MAX_WORDS`), each before the paragraph it heads; one it kept as a
    paragraph (its full mode's fallback extractors flatten headings) is a heading again,
    where it stands just before that paragraph: a line repeating the next one's opening
    words is no picture's alt text when the page sets it as a sub-heading."""
    places = index._places
    heads = sorted(i for t in _SUBHEADING_TAGS for i in places.get(t, ()))
    paragraphs = places.get("p")
    if not heads or not paragraphs:
        return blocks
    elements = index.elements
    keys: dict[str, int] | None = None
    inserts: list[tuple[int, Block]] = []
    for h in heads:
        k = bisect_left(paragraphs, h)
        if k == 0 or k == len(paragraphs):
            continue
        after = elements[paragraphs[k]]
        head = elements[h]
        if not index.attached(head):
            continue
        if keys is None:
            keys = {}
            for n, b in enumerate(blocks):
                if b.text:
                    keys.setdefault(_key(b.text), n)
        at = keys.get(_element_key(after))
        if at is None:
            continue
        text = text_of(head)
        if not text or word_count(text) > SUBHEADING_MAX_WORDS:
            continue
        if _key(text) in keys:
            # (the heading's key may be the paragraph's too: it opens with its words)
            n = at if blocks[at].text == text else at - 1
            if n >= 0 and n + 1 < len(blocks) and blocks[n].text == text \
                    and blocks[n].kind == blocks[n + 1].kind == BlockKind.P \
                    and not _inline_flags_html(head)[2] \
                    and next(head.iterancestors(*_CARD_TAGS), None) is None:
                blocks[n].kind = BlockKind.HEAD  # (kept, as a paragraph: see above)
                blocks[n].level = int(head.tag[1])
            continue
        if after.getparent() is not head.getparent():
            continue
        before = keys.get(_element_key(elements[paragraphs[k - 1]]))
        if before is None or not 0 < at - before <= 2:
            continue  # (the paragraph before it, then at most a picture or a caption)
        level = int(head.tag[1])
        _, italic, link = _inline_flags_html(head)
        if link:
            continue
        inserts.append((at, Block(text=text, kind=BlockKind.HEAD, level=level, bold=True,
                                  italic=italic)))
    if not inserts:
        return blocks
    out = list(blocks)
    for at, block in sorted(inserts, key=lambda x: x[0], reverse=True):
        out.insert(at, block)
    return out


def _inline_flags_html(el: etree._Element) -> tuple[bool, bool, bool]:
    """Whether the page element's text is all bold, italic, inside links (its own
    markup, as :func:`_inline_flags` reads trafilatura's)."""
    total = clean_text(_text(el))
    def covered(tags: tuple[str, ...]) -> bool:
        inner = clean_text("".join(_text(x) for x in el.iter(*tags) if x is not el))
        return bool(total) and len(inner) >= len(total) - 1
    return covered(("b", "strong")), covered(("i", "em")), covered(("a",))


# --- a body the page renders by script ---------------------------------------------------

#: A page whose article its scripts render shows the reader's browser a shell (headline,
#: picture, caption, "read full article"); its JSON-LD still states the article's text
#: (``articleBody``). That text is taken when trafilatura found fewer than this many
#: words on the page ...
SCRIPT_SHELL_MAX_WORDS = 50
#: ... and the JSON-LD body has at least this many.
SCRIPT_BODY_MIN_WORDS = 150


def _script_rendered_body(blocks: list[Block], index: PageIndex) -> list[Block] | None:
    """The paragraphs of the JSON-LD ``articleBody`` of a page whose visible text is a
    shell (see :data:`SCRIPT_SHELL_MAX_WORDS`), else None."""
    words = 0
    for b in blocks:
        words += b.words
        if words >= SCRIPT_SHELL_MAX_WORDS:
            return None
    for script in index.with_tags(frozenset(("script",))):
        if script.get("type") != "application/ld+json" or not script.text \
                or "articleBody" not in script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue
        body = _article_body(data)
        if body and word_count(body) >= SCRIPT_BODY_MIN_WORDS:
            return [Block(text=para, kind=BlockKind.P)
                    for line in body.splitlines() if (para := clean_text(line))]
    return None


def _article_body(data: object) -> str | None:
    """The first ``articleBody`` string in a JSON-LD value (objects, lists, ``@graph``)."""
    if isinstance(data, dict):
        body = data.get("articleBody")
        if isinstance(body, str) and body.strip():
            return body
        values: list[object] = list(data.values())
    elif isinstance(data, list):
        values = data
    else:
        return None
    for value in values:
        if isinstance(value, (dict, list)) and (found := _article_body(value)):
            return found
    return None


# --- teaser cards -------------------------------------------------------------------------

#: A teaser card: a link that wraps a whole card (picture, title, date, the teaser's
#: paragraphs), as "most popular" and "more on" boxes set them. trafilatura keeps the
#: card's paragraph as a paragraph of the article; a paragraph that the page sets only
#: inside such a link is another story's teaser. A card holds at most this many
#: paragraphs and words (an unclosed ``<a name>`` of an old page swallows what follows
#: it: that is no card).
CARD_MAX_PARAGRAPHS = 2
CARD_MAX_WORDS = 200
#: A linked line of at most this many words right above a card's teaser is its title.
CARD_TITLE_MAX_WORDS = 15
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _mark_link_cards(blocks: list[Block], index: PageIndex) -> None:
    """Mark as related links the paragraphs of trafilatura's output that the page sets
    only inside teaser cards (see :data:`CARD_MAX_PARAGRAPHS`)."""
    cards: dict[str, etree._Element] = {}
    # (the links that hold a <p>, found from the page's <p>s: far fewer than its links)
    links: dict[etree._Element, None] = {}
    for i in index._places.get("p", ()):
        a = next(index.elements[i].iterancestors("a"), None)
        if a is not None:
            links[a] = None
    for a in links:
        if not a.get("href") or not index.attached(a):
            continue
        paragraphs = list(a.iter("p"))
        if len(paragraphs) > CARD_MAX_PARAGRAPHS or word_count(_text(a)) > CARD_MAX_WORDS:
            continue
        for p in a.iter("p", *_HEADING_TAGS):  # the card's title goes with its teaser
            key = _element_key(p)
            if len(key) >= _MIN_KEY_CHARS:
                cards[key] = p
    if not cards:
        return
    found = [b for b in blocks if b.role == TEXT and b.kind in (BlockKind.P, BlockKind.HEAD)
             and _key(b.text) in cards]
    if not found:
        return
    # a story's own paragraph may also stand in a card (its teaser elsewhere on the page)
    inside = set(cards.values())
    starts = _key_starts(cards)
    elsewhere = {_element_key(p) for p in index.with_tags(
        frozenset(("p", *_HEADING_TAGS)), lambda p: p not in inside and _may_open(p, starts))}
    marked = {id(b) for b in found if _key(b.text) not in elsewhere}
    for n, b in enumerate(blocks):
        if id(b) in marked:
            b.mark(CRUFT, RemovedKind.RELATED_LINK)
            # the card's title linked on its own just above its teaser goes with it
            before = blocks[n - 1] if n else None
            if before is not None and before.role == TEXT and before.link_only \
                    and before.words <= CARD_TITLE_MAX_WORDS:
                before.mark(CRUFT, RemovedKind.RELATED_LINK)


# --- teaser lists: other stories' titles with their teasers --------------------------------

#: A teaser list: a run of sibling items of one shape, each another page's story set as
#: its title (a link, the item's first words), what the page adds to it (the paper and
#: date, "【明報專訊】..." teaser paragraphs) and at most a "read more" link to the same
#: page -- "see also", "most popular" and "other news" boxes of a portal reposting a
#: story. trafilatura keeps the items whose text outweighs their links as more of the
#: story, or as a second story under the box's heading. A run holds at least this many
#: items (one or two such items may be a story's own list).
TEASER_RUN_MIN_ITEMS = 3
#: An item is small: the elements of its subtree read before it is judged too big.
TEASER_ITEM_MAX_ELEMENTS = 40
#: The box around a run: its ancestors (this many at most) whose text beside the run is
#: at most this many characters (its heading, a "more ..." link) go with it.
TEASER_BOX_LEVELS = 6
TEASER_BOX_MAX_CHARS = 40
#: A block of the story taken as an item's line holds at least this many letters and
#: digits (a shorter one may be any line).
TEASER_LINE_MIN_CHARS = 8
_TEASER_ITEM_TAGS = frozenset(("li", "div"))


def _teaser_item(el: etree._Element) -> str | None:
    """The link target of ``el`` when it is one teaser item (see
    :data:`TEASER_RUN_MIN_ITEMS`): its first words are a link's, every link in it goes to
    the same page, and it has words outside its links; None otherwise."""
    if el.text and not el.text.isspace():
        return None  # its first words are its own: no title link
    if all(child.tag == "a" and (not child.tail or child.tail.isspace()) for child in el):
        return None  # links and nothing else: a menu's item, no words outside its links
    # (lxml counts the nodes of a big box, most of a page's items, faster than a walk)
    if next(itertools.islice(el.iter(), TEASER_ITEM_MAX_ELEMENTS, None), None) is not None:
        return None
    # (a walk in document order that carries whether it is inside a link: (element, in a
    # link, whether the entry stands for the element's tail, read after its subtree))
    stack: list[tuple[etree._Element, bool, bool]] = [(el, False, False)]
    href: str | None = None
    first_in_link: bool | None = None  # (None: no words read yet)
    outside = False
    while stack:
        node, in_link, is_tail = stack.pop()
        text = node.tail if is_tail else node.text
        if (is_tail or isinstance(node.tag, str)) and text and not text.isspace():
            inner = in_link or (not is_tail and node.tag == "a")
            if first_in_link is None:
                if not inner:
                    return None  # its first words are its own: no title link
                first_in_link = True
            outside = outside or not inner
        if is_tail:
            continue
        if node is not el:
            stack.append((node, in_link, True))  # its tail is its parent's text
        if not isinstance(node.tag, str):
            continue
        if node.tag == "a" and node.get("href") is not None:
            target = node.get("href", "").strip()
            if not target or target.startswith(("#", "javascript:")) \
                    or (href is not None and target != href):
                return None
            href = target
        inner = in_link or node.tag == "a"
        stack.extend((child, inner, False) for child in reversed(node))
    return href if href and outside else None


def _teaser_runs(index: PageIndex) -> list[list[etree._Element]]:
    """The runs of teaser items of the page: at least :data:`TEASER_RUN_MIN_ITEMS`
    siblings of one tag, each an item to a page of its own, with nothing but textless
    elements between them."""
    # (the parents of three items or more, counted by lxml; a parent is in the tree
    # exactly when its children are)
    counts = Counter(map(etree._Element.getparent, index.tagged(_TEASER_ITEM_TAGS)))
    runs: list[list[etree._Element]] = []
    for parent, count in counts.items():
        if count < TEASER_RUN_MIN_ITEMS or parent is None or not index.attached(parent):
            continue
        run: list[etree._Element] = []
        targets: set[str] = set()
        # (the items still ahead, the parent's children now: when too few are left to
        # make a run, the parent is done)
        left = sum(child.tag in _TEASER_ITEM_TAGS for child in parent)
        for child in parent:
            tag = child.tag
            if tag not in _TEASER_ITEM_TAGS:
                # (a comment, an emptied paragraph between the items; read only inside
                # a run: out of one, it ends nothing)
                if not run or not isinstance(tag, str) \
                        or not "".join(child.itertext()).strip():
                    continue
                target = None
            else:
                left -= 1
                target = _teaser_item(child) if next(child.iter("a"), None) is not None \
                    else None  # (a cheap first test)
            if target is not None and target not in targets \
                    and (not run or tag == run[0].tag):
                run.append(child)
                targets.add(target)
                continue
            if len(run) >= TEASER_RUN_MIN_ITEMS:
                runs.append(run)
            run, targets = [], set()
            if target is not None:
                run, targets = [child], {target}
            if len(run) + left < TEASER_RUN_MIN_ITEMS:
                break
        if len(run) >= TEASER_RUN_MIN_ITEMS:
            runs.append(run)
    return runs


def _visible_chars(el: etree._Element) -> int:
    """The characters of ``el``'s text but its white space (the page's indentation)."""
    return len("".join("".join(el.itertext()).split()))


def _teaser_box_lines(run: list[etree._Element]) -> list[str]:
    """The lines that label a teaser run: the heading right before it, and the headings
    and links of the boxes around it that hold little else (:data:`TEASER_BOX_MAX_CHARS`)."""
    lines: list[str] = []
    before = run[0].getprevious()
    while before is not None and isinstance(before.tag, str) \
            and not "".join(before.itertext()).strip():
        before = before.getprevious()
    if before is not None and before.tag in _HEADING_TAGS:
        lines.append(text_of(before))
    inside = {id(x) for item in run for x in item.iter()}
    run_chars = sum(_visible_chars(item) for item in run)
    box, top = run[0].getparent(), None
    for _ in range(TEASER_BOX_LEVELS):
        if box is None or _visible_chars(box) - run_chars > TEASER_BOX_MAX_CHARS:
            break
        top, box = box, box.getparent()
    if top is not None:
        lines.extend(text_of(x) for x in top.iter(*_HEADING_TAGS, "a") if id(x) not in inside)
    return [line for line in lines if line]


def _mark_teaser_lists(blocks: list[Block], index: PageIndex) -> None:
    """Mark as related links the story's blocks that stand in a teaser list of the page
    (see :data:`TEASER_RUN_MIN_ITEMS`), and the heading of its box."""
    runs = _teaser_runs(index)
    if not runs:
        return
    # (a block may hold one line of an item, or the heading and the whole run joined)
    labels: set[str] = set()
    spans: list[str] = []
    for run in runs:
        lines = [_NON_WORD.sub("", line.lower()) for line in _teaser_box_lines(run)]
        labels.update(lines)
        spans.append("".join(lines[:1]) + "".join(_NON_WORD.sub("", "".join(
            item.itertext()).lower()) for item in run))
    for b in blocks:
        if b.role != TEXT or not b.text:
            continue
        key = _NON_WORD.sub("", b.text.lower())
        # (a heading is no teaser's line: the page's own headline may stand in its
        # "most read" list too)
        if key in labels or (len(key) >= TEASER_LINE_MIN_CHARS and b.kind != BlockKind.HEAD
                             and any(key in span for span in spans)):
            b.mark(CRUFT, RemovedKind.RELATED_LINK)


# --- the contributors' line trafilatura leaves out ----------------------------------------

#: Paragraphs of the page read after the story's last one looking for its contributors'
#: line (a pager, an author box between them).
CONTRIBUTION_REACH = 4


def _with_contribution_line(blocks: list[Block], index: PageIndex) -> list[Block]:
    """``blocks`` with the story's closing line of contributors ("X contributed reporting
    from Bangkok.", :data:`cues.CONTRIBUTED_RE`) put back after its last paragraph, where
    the page sets it in a box of its own below the body, after a pager
    ("authorIdentification"), which trafilatura leaves out: the line is the story's text,
    its last, and it stands among the next few paragraphs of the page
    (:data:`CONTRIBUTION_REACH`)."""
    last = next((i for i in range(len(blocks) - 1, -1, -1) if blocks[i].role == TEXT
                 and blocks[i].kind == BlockKind.P and is_sentence(blocks[i].text)), None)
    paragraphs = index._places.get("p")
    if last is None or not paragraphs:
        return blocks
    key = _key(blocks[last].text)
    if len(key) < _MIN_KEY_CHARS:
        return blocks
    elements = index.elements
    starts = _key_starts((key,))
    at = next((k for k in range(len(paragraphs) - 1, -1, -1)
               if _may_open(el := elements[paragraphs[k]], starts)
               and _element_key(el) == key), None)
    if at is None:
        return blocks
    keys = {_key(b.text) for b in blocks if b.text}
    for k in paragraphs[at + 1:at + 1 + CONTRIBUTION_REACH]:
        el = elements[k]
        text = text_of(el)
        if text and cues.CONTRIBUTED_RE.match(text) and _key(text) not in keys \
                and index.attached(el):
            return [*blocks[:last + 1], Block(text=text, kind=BlockKind.P), *blocks[last + 1:]]
    return blocks


# --- the page's chrome at the body's edges --------------------------------------------------

#: trafilatura's node (or its fallback's) may take in the page's chrome at the story's edges:
#: a navigation crumb above it ("News"), a share bar ("Share with friends", "Print or
#: License", "Recommend | 14 Times") and a related-links box below it. A line at the body's
#: start or end that is short (at most this many words) and ends as no sentence does is
#: looked up in the page; where every element that holds it stands in chrome
#: (:func:`~normalizer.pages.dom.in_side_box`: navigation, a header, a side box, a share or
#: related box, by tag or class), it is the chrome's. At the start, such lines (and the
#: punctuation-only lines beside them, a crumb's "/") are taken out; at the end, the chrome's
#: first line and every short line after it (the rest of the bar, the box's heading and
#: items), up to the body's end.
CHROME_EDGE_MAX_WORDS = 12
#: A box of figures above the story's first line (a weather widget's "18.0° in <city>",
#: "17°/26°", its days' names; a ticker's prices): at least this many list items there,
#: none a sentence or longer than a bar's entry (what stands above the story's first
#: line is so), most of them holding a digit, is the page's, never the story's (a
#: story's own list of points stands among its paragraphs, and reads as words).
FIGURES_BOX_MIN_ITEMS = 4


def _box_label(blocks: list[Block], first: int) -> int | None:
    """The index of a box's label: the short line, no sentence, right above its first
    item (pictures between them aside), where it is a paragraph (a heading above the story
    is the story's headline or kicker, never the box's)."""
    i = first - 1
    while i >= 0 and blocks[i].role == IMAGE:
        i -= 1
    if i < 0 or blocks[i].role != TEXT or blocks[i].kind != BlockKind.P:
        return None
    text = blocks[i].text
    if len(text.split(None, CHROME_EDGE_MAX_WORDS)) > CHROME_EDGE_MAX_WORDS or is_sentence(text):
        return None
    return i


def _edge_candidate(b: Block) -> bool:
    """A line that may be chrome: any but the story's paragraphs (a sentence, or longer
    than a bar's entry), its list items that end as sentences, and its tables."""
    if b.kind in (BlockKind.P, BlockKind.QUOTE):
        return b.words <= CHROME_EDGE_MAX_WORDS and not is_sentence(b.text)
    return b.kind != BlockKind.TABLE and not (
        b.kind == BlockKind.ITEM and b.words > CHROME_EDGE_MAX_WORDS and is_sentence(b.text))


def _mark_chrome_edges(blocks: list[Block], index: PageIndex) -> None:
    """Mark as page chrome the short lines at the body's start and end that the page sets
    only in its chrome (see :data:`CHROME_EDGE_MAX_WORDS`)."""
    text = [i for i, b in enumerate(blocks) if b.role == TEXT and b.text]
    story = [i for i in text if not _edge_candidate(blocks[i])]
    if not story:
        return  # (no line of the story to stand beside: nothing to tell its edges by)
    # (the headings above the story are its headline and kicker, never the chrome's)
    head = [i for i in text if i < story[0] and blocks[i].kind != BlockKind.HEAD]
    tail = [i for i in text if i > story[-1]]
    figures = [i for i in head if blocks[i].kind == BlockKind.ITEM]
    if len(figures) >= FIGURES_BOX_MIN_ITEMS \
            and 2 * sum(has_digit(blocks[i].text) for i in figures) > len(figures):
        label = _box_label(blocks, figures[0])
        if label is not None:  # (the box's own heading goes with it: else it heads the story)
            figures.insert(0, label)
        for i in figures:  # (a box of figures above the story: see FIGURES_BOX_MIN_ITEMS)
            blocks[i].mark(CRUFT, RemovedKind.CHROME)
        head = [i for i in head if i not in figures]
    if not head and not tail:
        return
    located, linked = _chrome_lines(index, [blocks[i].text for i in head + tail],
                                    [blocks[i].text for i in story])
    marked: list[int] = []
    # (above the story, only links are a menu's or a trail's: a line of the page's header
    # in plain text there may be the story's byline or date)
    chrome_head = [i for i in head if _key(blocks[i].text) in located & linked]
    if chrome_head:
        marked += [i for i in head if (i <= chrome_head[-1] and _key(blocks[i].text) in located)
                   or not _key(blocks[i].text)]
    chrome_tail = [i for i in tail if _key(blocks[i].text) in located]
    if chrome_tail:
        marked += [i for i in tail if i >= chrome_tail[0]]
    for i in marked:
        blocks[i].mark(CRUFT, RemovedKind.CHROME)


def _chrome_lines(index: PageIndex, texts: list[str],
                  story: list[str]) -> tuple[set[str], set[str]]:
    """The keys of ``texts`` that every element of the page holding them (its whole text,
    or a link's or a label's at its start) stands in chrome apart from the elements that
    hold the ``story`` lines (:func:`~normalizer.pages.dom.in_chrome_apart`); and those
    whose every holder is a link, inside one or all one's text."""
    wanted = {k for t in texts if (k := _key(t))}
    anchors = {k for t in story if len(k := _key(t)) >= _MIN_KEY_CHARS}
    if not wanted or not anchors:
        return set(), set()
    holders: dict[str, list[etree._Element]] = {}
    around: set[etree._Element] = set()
    # (an element's key counts only where it opens one of these keys: the first letters
    # of its own text, read cheaply, rule out most of the page's elements unread)
    starts = _key_starts(wanted | anchors)
    for el in index.with_tags(_EDGE_TAGS, lambda el: _may_open(el, starts)):
        key = _element_key(el)
        if not key:
            continue
        if key in anchors:
            around.add(el)
            around.update(el.iterancestors())
        if key in wanted:
            holders.setdefault(key, []).append(el)
        if len(key) >= _MIN_KEY_CHARS:
            # (a bar's entry holds its overlay's text after the label: its start is the line)
            for k in wanted:
                if k != key and k.startswith(key):
                    holders.setdefault(k, []).append(el)
    if not around:
        return set(), set()  # (the story's lines not in the page: nothing to stand apart from)
    chrome = {k for k, els in holders.items() if all(in_chrome_apart(el, around) for el in els)}
    linked = {k for k in chrome if all(
        el.tag == "a" or next(el.iterancestors("a"), None) is not None
        or _inline_flags_html(el)[2] for el in holders[k])}
    return chrome, linked


def _key_starts(keys: Iterable[str]) -> set[str]:
    """The prefixes of ``keys`` up to :data:`_MIN_KEY_CHARS` characters: what
    :func:`_may_open` looks an element's opening letters up in."""
    return {k[:n] for k in keys for n in range(1, _MIN_KEY_CHARS + 1)}


#: Characters of an element's own text :func:`_may_open` reads.
_OPEN_CHARS = 32


def _may_open(el: etree._Element, starts: set[str]) -> bool:
    """A cheap first test: :func:`_element_key` of ``el`` may open a key of which
    ``starts`` holds the first :data:`_MIN_KEY_CHARS` prefixes (False only where it
    cannot). The letters and digits of the first pieces of its text that hold any open
    its key (lower-casing goes character by character, but for a capital sigma, whose
    lower case depends on what follows it: such a text is not judged here)."""
    own = el.text
    if own and not own.isspace():
        head = own[:_OPEN_CHARS]
    else:
        pieces = el.itertext()
        head = ""
        for piece in pieces:
            if piece and not piece.isspace():
                head = piece[:_OPEN_CHARS]
                break
        else:
            return True  # (no text: no key either)
    if "\u03a3" in head:
        return True
    # (its first letter first: where it is a letter or a digit, it opens the key, and most
    # elements' first letters open none of the keys looked for; no pattern run for them)
    first = head.lstrip()[:1].lower()[:1]
    if (first.isalnum() or first == "_") and first not in starts:
        return False
    opening = _NON_WORD.sub("", head.lower())
    return not opening or opening[:_MIN_KEY_CHARS] in starts


#: A fast extraction that reads like a menu is redone in full: at least this many words,
#: and under this share of them in lines that end as a sentence or a clause does
#: (a navigation menu kept as the body: one word list, one line an entry).
MENU_MIN_WORDS = 50
MENU_SENTENCE_SHARE = 0.2
_LINE_END = re.compile(r"[.!?\u3002\uff01\uff1f\u2026:;]['\"\u00bb\u201d\u2019)\]]*\s*$")
#: A fast extraction of fewer than :data:`MENU_MIN_WORDS` words is a thin choice, and
#: is redone in full too: trafilatura's fast pass deletes containers by their class
#: words before choosing ("tags", "widget", "share-"...), and a CMS that wraps each
#: paragraph of its article in a box so named ("styled-tags") leaves the fast pass only
#: the article's furniture (a subtitle, a gallery's counters, a feedback link), where
#: the full mode's comparison with readability and jusText finds the paragraphs. The
#: full mode's body is taken where it holds at least this many times the thin body's
#: words in sentence lines, as its sentences are the body's share an article has, and
#: none of the thin body's lines (another part of the page, not the same part read
#: more widely: a short post stays as its fast pass read it).
THIN_BODY_GAIN = 4


def _trafilatura_body(tree: etree._Element, fragment: bool, *,
                      fast: bool) -> etree._Element | None:
    """trafilatura's body of the page as XML (see the comment at the call in extract).
    In fast mode the page is lent to it uncopied (:func:`~normalizer.stories.quick_xpaths.lent`)."""
    # (some of its expressions answered in Python: the same elements)
    with quick_xpaths(), lent(tree) if fast else contextlib.nullcontext():
        doc = trafilatura.bare_extraction(tree, options=_trafilatura_options(fast, fragment))
    return getattr(doc, "body", None) if doc is not None else None


def _trafilatura_options(fast: bool, fragment: bool) -> Extractor:
    """The options of :func:`_trafilatura_body`'s call, made once a day: ``bare_extraction``
    builds them from its keyword arguments on every call otherwise (reading its
    configuration anew each time: a few hundred microseconds a page), and it only reads
    them (its recall retry takes a copy). They hold the latest date a page may bear
    (today, as trafilatura sets it), so a process that runs past midnight makes them
    anew: made once for good, a crawl's pages of its second day would be dated as if
    from the future."""
    return _trafilatura_options_of_day(fast, fragment, datetime.date.today())


@functools.lru_cache(maxsize=8)
def _trafilatura_options_of_day(fast: bool, fragment: bool, day: datetime.date) -> Extractor:
    """:func:`_trafilatura_options` for the day ``day`` (the cache's key; trafilatura
    reads the clock itself)."""
    return Extractor(
        output_format="xml", url=None, formatting=True, images=False, links=True,
        tables=True, comments=False, with_metadata=False, recall=fragment, fast=fast,
    )


#: Elements trafilatura's fast pass on a whole page deletes, with their contents, before
#: any of its steps reads them: its cleaning deletes them (``MANUALLY_CLEANED``) before
#: its extraction reads the tree; its page measure and last-resort baseline delete them
#: first as well (``BASIC_CLEAN_XPATH``), or read only the page's body (the head).
#: Handed a page without them (their tails kept where trafilatura's own deletion puts
#: them), it copies, prunes and measures a smaller tree and returns the same body;
#: tests/test_story_speed_detach.py pins these lists and the bodies.
TRAFILATURA_DELETES = ("head", "script", "style", "svg", "aside", "footer", "fencedframe")
#: The order of trafilatura's cleaning, which deletes each tag's elements while it walks
#: them: after one that holds another of its tag, the walk ends inside the deleted one,
#: and the later ones stay (see :func:`_detached_for_trafilatura`).
_CLEANING_ORDER = tuple(t for t in MANUALLY_CLEANED if t in TRAFILATURA_DELETES)
#: Tags whose elements can hold one of their own (a script's, a style's contents are
#: text; a page has one head).
_NESTING = frozenset(("svg", "aside", "footer", "fencedframe"))
#: What trafilatura does read in them, which keeps them in: JSON-LD scripts (its forum
#: test and baseline), a heading (its prune of infinite-scroll containers keeps those
#: holding an ``h1``), Discourse's preloaded posts (its baseline); in the head, which
#: only the cleaning deletes, anything its baseline reads in the whole tree.
_JSON_LD = "application/ld+json"
_READ_INSIDE_TAGS = ("h1", "script", "div")
_HEAD_READ_TAGS = ("h1", "script", "div", "article", "p", "blockquote", "code", "pre", "q",
                   "quote")
#: trafilatura's recall cleaning restores the page as it was before its deletions when
#: they would leave no paragraph: then what was taken out here would be back in its
#: tree. A paragraph that no deleted element holds and no element that its comment and
#: infinite-scroll prunes can match (elements of :data:`_PRUNED_TAGS` whose class or id,
#: lower-cased, holds one of these) rules that out.
_PRUNED_NAMES = re.compile("comment|comol|disqus|dsq|infinite|scroll|mvp-post-add"
                           "|elementor-share")
_PRUNED_TAGS = ("div", "section", "aside", "details", "ol", "ul")  # (what they can match)
_CLEANED = tuple(sorted(set(MANUALLY_CLEANED) - {"form"}))


def _paragraph_survives(tree: etree._Element) -> bool:
    """Whether some paragraph of ``tree`` survives trafilatura's cleaning and prunes for
    certain (see :data:`_PRUNED_NAMES`)."""
    search = _PRUNED_NAMES.search
    for p in tree.iter("p"):
        if next(p.iterancestors(*_CLEANED), None) is not None:
            continue
        for a in p.iterancestors(*_PRUNED_TAGS):
            names = f"{a.get('class') or ''} {a.get('id') or ''}"
            if names != " " and search(names.lower()):
                break
        else:
            return True
    return False


def _read_inside(el: etree._Element) -> bool:
    """Whether trafilatura reads something inside ``el`` before deleting it."""
    if el.tag == "script":
        return el.get("type") == _JSON_LD
    if el.tag == "head":
        return next(el.iterdescendants(*_HEAD_READ_TAGS), None) is not None
    for d in el.iterdescendants(*_READ_INSIDE_TAGS):
        tag = d.tag
        if tag == "h1" or (tag == "script" and d.get("type") == _JSON_LD) \
                or (tag == "div" and d.get("id") == "data-preloaded"):
            return True
    return False


@contextlib.contextmanager
def _detached_for_trafilatura(tree: etree._Element) -> Iterator[None]:
    """``tree`` without the elements trafilatura's fast pass deletes unread (of
    :data:`TRAFILATURA_DELETES`), for the time of the block, then as it was: the rest of
    tagwire reads the whole page.

    Each is taken out as trafilatura deletes it (its tail joined to the text before it),
    and only where trafilatura's cleaning does delete it: tag by tag in the cleaning's
    order, up to the first element that holds another of its tag (left in the tree, as
    all after it, so that trafilatura's walk ends there as on the whole page)."""
    taken: list[Taken] = []
    if _paragraph_survives(tree):
        found: dict[str, list[etree._Element]] = {tag: [] for tag in _CLEANING_ORDER}
        for el in tree.iter(*_CLEANING_ORDER):
            found[el.tag].append(el)
        held: set[etree._Element] = set()
        order: list[etree._Element] = []
        for tag, elements in found.items():
            nesting = tag in _NESTING
            for el in elements:
                if held and any(a in held for a in el.iterancestors(*_CLEANING_ORDER)):
                    continue  # gone with an element taken out before
                if nesting and next(el.iterdescendants(tag), None) is not None:
                    break  # trafilatura's walk of this tag will end inside it: left to it
                if not _read_inside(el):
                    held.add(el)
                    order.append(el)
        for el in order:
            parent = el.getparent()
            if parent is None:
                continue
            prev = el.getprevious()
            before = parent.text if prev is None else prev.tail
            if el.tail:
                if prev is None:
                    parent.text = (before or "") + el.tail
                else:
                    prev.tail = (before or "") + el.tail
            taken.append((el, parent, prev, before))
            parent.remove(el)
    try:
        yield
    finally:
        put_back(taken)


def _sentence_words(body: etree._Element) -> tuple[int, int]:
    """The words of trafilatura's body, and those of them in lines that end as a
    sentence or a clause does."""
    words = in_sentences = 0
    for el in body:
        for line in _text(el).splitlines():
            n = word_count(line)
            words += n
            if n and _LINE_END.search(line):
                in_sentences += n
    return words, in_sentences


def _menu_words(body: etree._Element) -> int | None:
    """The words of trafilatura's body where it is mostly lines that are no sentences (a
    site menu), else None.

    trafilatura's fast mode keeps its first choice; on a page whose article is not
    where its rules look, that choice can be the navigation, which its full mode rejects
    by comparing with readability and jusText (a few pages in a hundred).

    The words are counted first; the lines are then read only until those in sentences
    reach the share that makes the body no menu (an article: within its first lines),
    which is the answer :func:`_sentence_words` on the whole body gives (the sentence
    test, a pattern search, is what stopping early saves)."""
    # counted line by line, as _sentence_words counts them (words without spaces are
    # rounded a line at a time: the joined text's count can differ by a word or two)
    lines = [(word_count(line), line) for el in body for line in _text(el).splitlines()]
    words = sum(n for n, _line in lines)
    if words < MENU_MIN_WORDS:
        return None
    enough = MENU_SENTENCE_SHARE * words
    in_sentences = 0
    for n, line in lines:
        if n and _LINE_END.search(line):
            in_sentences += n
            if in_sentences >= enough:
                return None
    return words


#: Lines in the one paragraph of trafilatura's baseline, its last resort: the whole page's
#: text (menus, the article, its lists) in one ``<p>``, one line an element.
BASELINE_MIN_LINES = 30


def _whole_page_text(body: etree._Element) -> bool:
    """Whether the fast pass gave up and returned the page's whole text as one paragraph
    (trafilatura's baseline): then its full mode, which compares other extractors, may
    find the article (a portal's page whose menus hold too few lines of sentences for
    :func:`_menu_words` to take the body for a menu, yet read as one paragraph)."""
    return len(body) == 1 and body[0].tag == "p" and len(body[0]) == 0 \
        and (body[0].text or "").count("\n") >= BASELINE_MIN_LINES


def _thin_body(body: etree._Element) -> bool:
    """Whether the fast pass's body is too thin to be the page's article (see
    :data:`THIN_BODY_GAIN`).

    The lines are counted only until they reach :data:`MENU_MIN_WORDS` words (asked after
    :func:`_menu_words`, most bodies have them in their first lines)."""
    words = 0
    for el in body:
        for line in _text(el).splitlines():
            words += word_count(line)
            if words >= MENU_MIN_WORDS:
                return False
    return True


def _article_beside(full: etree._Element, thin: etree._Element) -> bool:
    """Whether the full mode's body is the article the fast pass's thin body stood beside
    (see :data:`THIN_BODY_GAIN`)."""
    words, in_sentences = _sentence_words(full)
    thin_words, _ = _sentence_words(thin)
    return in_sentences >= THIN_BODY_GAIN * max(thin_words, 1) \
        and in_sentences >= MENU_SENTENCE_SHARE * words and _menu_elsewhere(full, thin)


def _is_article_in(full: etree._Element, menu: etree._Element) -> bool:
    """Whether the full mode's body is the article the menu hid: sentences, and no more
    words than the menu (more words is the menu's page read more widely, not an
    article found instead of a menu)."""
    words, in_sentences = _sentence_words(full)
    menu_words, _ = _sentence_words(menu)
    if words > menu_words and not _menu_elsewhere(full, menu):
        return False
    return words > 0 and in_sentences >= MENU_SENTENCE_SHARE * words


#: Containers the full mode's fallback extractors keep around the paragraphs they chose.
_WRAPPERS = frozenset(("div", "section", "article", "main"))


def _unwrapped(body: etree._Element) -> etree._Element:
    """The full mode's body without the wrappers around its paragraphs: where its choice
    came from a fallback extractor (readability, jusText), the body is the page's own
    markup, one ``<div>`` holding the paragraphs, which would be read as one block."""
    while len(body) == 1 and body[0].tag in _WRAPPERS and not (body.text or "").strip() \
            and not (body[0].tail or "").strip():
        body = body[0]
    return body


def _menu_elsewhere(full: etree._Element, menu: etree._Element) -> bool:
    """Whether none of the menu's lines is in the full mode's body: then the full mode
    chose another part of the page (the article beside a block of headline links, as on
    a page carrying another outlet's wire story), not the menu's part read more widely,
    and its having more words than the menu does not tell against it."""
    menu_keys = _line_keys(menu)
    return bool(menu_keys) and menu_keys.isdisjoint(_line_keys(full))


def _line_keys(body: etree._Element) -> set[str]:
    """The keys of a body's lines: a menu's links may stand one a paragraph or many to a
    paragraph, one a line."""
    return {k for el in body.iter(*_TEXT_TAGS) for line in _text(el).split("\n")
            if (k := _key(line.strip()))}


# Elements whose text is one block of trafilatura's output.
_TEXT_TAGS = frozenset(("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre",
                        "td", "th", "dd", "dt"))
#: Tags whose elements are looked up for an edge line (the block elements and the links and
#: spans a menu or a bar sets its entries in).
_EDGE_TAGS = frozenset((*_TEXT_TAGS, "a", "div", "span"))
_KEY_CHARS = 40


_NON_WORD = re.compile(r"\W+")
# A key is read from a bounded prefix of the text once this many letters and digits are
# in it: a few past the key's own, so that lower-casing the prefix (a Greek final sigma
# depends on what follows it) gives the key the whole text would.
_KEY_ENOUGH = _KEY_CHARS + 8
_KEY_PREFIX = 4 * _KEY_CHARS
#: The prefix read first: prose has enough letters in it (a fifth of it spaces and
#: punctuation), and a regular expression's pass over it costs half the longer one's.
_KEY_FIRST = 72


def _prefix_key(text: str) -> str | None:
    """:func:`_key` of any text that starts with ``text``, read from a bounded prefix of
    it, or None when the prefixes hold too few letters and digits to tell."""
    if len(text) > _KEY_FIRST:
        key = _NON_WORD.sub("", text[:_KEY_FIRST].lower())
        if len(key) >= _KEY_ENOUGH:
            return key[:_KEY_CHARS]
        if len(text) > _KEY_PREFIX:
            key = _NON_WORD.sub("", text[:_KEY_PREFIX].lower())
            if len(key) >= _KEY_ENOUGH:
                return key[:_KEY_CHARS]
    return None


@functools.lru_cache(maxsize=8192)
def _key(text: str) -> str:
    """The first letters and digits of ``text``, lower-cased: what places a picture.
    (Asked of each block's text by several stages in turn: the standfirst's, the
    subheadings', the link cards', the chrome edges' and the pictures'; on the AEB pages
    three asks in four are of a text asked before. Answered once.)"""
    if len(text) > _KEY_FIRST and (key := _prefix_key(text)) is not None:
        return key
    return _NON_WORD.sub("", text.lower())[:_KEY_CHARS]


def _element_key(el: etree._Element) -> str:
    """:func:`_key` of the element's text, reading only as much of it as the key needs
    (a layout table's cell holds the whole page)."""
    first = el.text or ""
    if len(first) >= _KEY_ENOUGH:  # most paragraphs: their own text before any child
        head = _NON_WORD.sub("", first[:_KEY_PREFIX].lower())
        if len(head) >= _KEY_ENOUGH:
            return head[:_KEY_CHARS]
    pieces = el.itertext()
    if first:
        next(pieces)  # the element's own text, read above
    read = [first]
    size = len(first)
    seen = -1  # letters and digits so far, counted once the text could hold enough
    for piece in pieces:
        read.append(piece)
        size += len(piece)
        if size >= _KEY_ENOUGH:
            if seen < 0:
                seen = len(_NON_WORD.sub("", "".join(read)))
            else:
                seen += len(_NON_WORD.sub("", piece))
            if seen >= _KEY_ENOUGH:
                break
    return _key("".join(read))


#: A block shorter than this (as a key) is too common to place pictures by.
_MIN_KEY_CHARS = 8
#: Characters of elements' texts a page's picture placement serializes whole (many
#: times a page's text: nested cells each take their contents' text again), after which
#: the keys are read piece by piece.
_SERIALIZE_BUDGET = 2_000_000
#: Events :class:`_PageEvents` reads at a time when a block's element is not among those
#: read so far.
_READ_AHEAD = 16


class _PageEvents:
    """The page's pictures and text elements in document order, as (key of a text
    element, or "" for a picture; alt), read only as far as the blocks need: the pictures
    that stand after the last block's element are never placed, so the page's footer is
    not read when every block found its element (most news pages).

    :meth:`find` looks up the first event at or after a place whose key starts with a
    block's key, through tables of the events' key prefixes, one per key length asked for,
    kept up to date as events are read: a scan from the place for every block would be
    quadratic on pages of many blocks that trafilatura's text does not match.
    """

    def __init__(self, tree: etree._Element, starts: set[str] | None = None) -> None:
        self.events: list[tuple[str, str]] = []
        self.pictures: dict[int, etree._Element] = {}  # place of a picture's event -> <img>
        self._source = tree.iter("img", *_TEXT_TAGS)
        # the prefixes of the keys that will be looked for (see :func:`_may_open`): a
        # text element whose key opens none of them is an event keyed _UNMATCHED, its key
        # not read (its whole text serialized, for an element around others)
        self._starts = starts
        # The two tables every page keeps: the shortest key's prefix (every key has it)
        # and the whole key (most blocks' keys are whole); another length's table only
        # when a prefix's candidates run long (see :meth:`find`).
        self._tables: dict[int, dict[str, list[int]]] = {_MIN_KEY_CHARS: {}, _KEY_CHARS: {}}
        self._budget = _SERIALIZE_BUDGET

    def _read(self, count: int) -> bool:
        """Read up to ``count`` more events (a few at a time: one call an event costs more
        than the few read past the last one needed); False when the page had no more."""
        non_word = _NON_WORD.sub
        events = self.events
        tables = self._tables.items()
        starts = self._starts
        start = len(events)
        for el in self._source:
            if el.tag == "img":
                self.pictures[len(events)] = el
                events.append(("", el.get("alt") or ""))
            elif starts is not None and not _may_open(el, starts):
                events.append((_UNMATCHED, ""))
            else:
                # _element_key's first answer, inline: this loop meets every paragraph
                first = el.text
                if first and len(first) >= _KEY_ENOUGH:
                    if len(first) > _KEY_FIRST:
                        key = _prefix_key(first) or self._key_of(el)
                    else:
                        key = non_word("", first.lower())
                        key = key[:_KEY_CHARS] if len(key) >= _KEY_ENOUGH else self._key_of(el)
                else:
                    key = self._key_of(el)
                if not key:
                    continue
                place = len(events)
                events.append((key, ""))
                for size, table in tables:
                    if len(key) >= size:
                        table.setdefault(key[:size], []).append(place)
            if len(events) - start >= count:
                return True
        return len(events) > start

    def _key_of(self, el: etree._Element) -> str:
        """:func:`_element_key` of ``el``: its whole text serialized in one call while the
        page's budget lasts (an element's text is read again by each text element around
        it: nested layout cells would make the whole page quadratic), then read piece by
        piece only as far as the key needs."""
        if not len(el):
            return _key(el.text or "")
        if self._budget > 0:
            text = _text(el)
            self._budget -= len(text)
            return _key(text)
        return _element_key(el)

    def find(self, key: str, pos: int) -> int | None:
        """The first event at or after ``pos`` whose text key starts with ``key``
        (pictures, keyed "", never match)."""
        size = len(key)
        table = self._tables.get(size)
        if table is None:
            found = self._find_by_prefix(key, pos)
            if found != _LONG_RUN:
                return found
            table = self._tables[size] = {}
            for i, (event_key, _) in enumerate(self.events):
                if len(event_key) >= size:
                    table.setdefault(event_key[:size], []).append(i)
        while True:
            hits = table.get(key)
            if hits:
                k = bisect_left(hits, pos)
                if k < len(hits):
                    return hits[k]
            if not self._read(_READ_AHEAD):  # not among the events read so far: read on
                return None


    def _find_by_prefix(self, key: str, pos: int) -> int | None:
        """:meth:`find` for a key of a length with no table of its own: the events whose
        keys share its first :data:`_MIN_KEY_CHARS` characters, from ``pos`` on, each
        tested whole (most short keys are a page's headings and captions: a few such
        events each). :data:`_LONG_RUN` when more than :data:`_PREFIX_RUN` of them did not
        match: then a table of the key's length is cheaper than testing them for the
        blocks to come."""
        table = self._tables[_MIN_KEY_CHARS]
        events = self.events
        short = key[:_MIN_KEY_CHARS]
        tested = 0
        k = -1  # the place in the prefix's events reached so far
        while True:
            hits = table.get(short)
            if hits:
                if k < 0:
                    k = bisect_left(hits, pos)
                while k < len(hits):
                    place = hits[k]
                    if events[place][0].startswith(key):
                        return place
                    k += 1
                    tested += 1
                    if tested > _PREFIX_RUN:
                        return _LONG_RUN
            if not self._read(_READ_AHEAD):
                return None


#: The key of a text event whose key opens no key looked for (never one itself: keys are
#: letters and digits; not empty: it stands between pictures as any text does).
_UNMATCHED = "\0"
#: Events sharing a key's first characters :meth:`_PageEvents.find` tests one by one
#: before it builds a table of the key's length.
_PREFIX_RUN = 32
_LONG_RUN = -1  # (no event's place)


def _with_pictures(blocks: list[Block], tree: etree._Element,
                   unplaced: frozenset[int] = frozenset(),
                   index: PageIndex | None = None) -> list[Block]:
    """The page's pictures back among the extracted blocks, where they stand in the page:
    an image block before a block when the picture comes between it and the block before
    it in the page (so captions are known by what precedes them). ``unplaced``: the ids
    of blocks not to look for (a standfirst put back: it may stand in the page before the
    place reached, and a block not found reads the rest of the page).
    ``index``: the page's, where a blog post's pictures outside its content element
    (:func:`_post_header_pictures`, asked only where a picture stands before the first
    block) are never placed before the first block."""
    if next(tree.iter("img"), None) is None:
        return blocks
    keys = [_key(b.text) if b.role != IMAGE and id(b) not in unplaced else ""
            for b in blocks]
    page = _PageEvents(tree, _key_starts(k for k in keys if len(k) >= _MIN_KEY_CHARS))
    events = page.events
    out: list[Block] = []
    header: frozenset[int] | None = None  # (the post header's pictures, found when asked)
    pos = 0
    for b, key in zip(blocks, keys, strict=True):
        j = page.find(key, pos) if len(key) >= _MIN_KEY_CHARS else None
        if j is not None:
            start = pos
            if not out:  # the first block: only the pictures right before it
                start = j
                while start > 0 and not events[start - 1][0]:
                    start -= 1
            for i in range(start, j):
                if events[i][0]:
                    continue
                if not out:
                    if header is None:
                        header = _post_header_pictures(index) if index is not None \
                            else frozenset()
                    if id(page.pictures.get(i)) in header:
                        continue
                out.append(Block(text="", kind=BlockKind.IMAGE,
                                 alt=clean_text(events[i][1]), role=IMAGE))
            pos = j + 1
        out.append(b)
    return out


def _class_tokens(el: etree._Element) -> set[str]:
    """The class names of ``el``, split as XPath's normalize-space splits them."""
    return set((el.get("class") or "").translate(_XML_SPACE).split(" ")) - {""}


_XML_SPACE = str.maketrans("\t\n\r", "   ")


def _post_contents(index: PageIndex) -> list[etree._Element]:
    """The post-content elements (:data:`POST_CONTENT_CLASSES` inside an element of
    :data:`POST_CONTAINER_CLASSES`), in document order: the XPath of the two class
    tests is quadratic on nested containers, so lxml only preselects by substring."""
    found = []
    for el in index.select(POST_CONTENT_PRESELECT):
        if _class_tokens(el) & POST_CONTENT_CLASSES and any(
                _class_tokens(a) & POST_CONTAINER_CLASSES for a in el.iterancestors()):
            found.append(el)
    return found


def _post_header_pictures(index: PageIndex) -> frozenset[int]:
    """The ids of the pictures of a blog post that stand outside its content element: the
    theme's thumbnail in the post's header, above the title or between it and the text.
    The post's first paragraph under it is its standfirst, not the picture's caption (on
    the same post's archive page, its content alone, nothing stands above it)."""
    found: set[int] = set()
    for content in _post_contents(index):
        post = next((a for a in content.iterancestors()
                     if _class_tokens(a) & POST_CONTAINER_CLASSES), None)
        if post is None:
            continue
        inside = {id(img) for img in content.iter("img")}
        found.update(id(img) for img in post.iter("img") if id(img) not in inside)
    return frozenset(found)


def _post_is_empty(index: PageIndex) -> bool:
    """The page has one post-content element and it holds no text of its own (share bars
    and related-post lists inside it do not count)."""
    found = _post_contents(index)
    if len(found) != 1:
        return False
    root = found[0]
    # Words as the blocks count them: a Chinese paragraph, written without spaces, is
    # many words, not one (a one-paragraph notice was refused as an empty post).
    words = 0 if OUTSIDE_POST_RE.search(class_and_id(root)) else word_count(root.text or "")
    # Depth first, never entering a share bar or a related-post list (nor counting its tail).
    stack = list(root)
    while stack and words <= EMPTY_CONTENT_MAX_WORDS:
        node = stack.pop()
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        if OUTSIDE_POST_RE.search(class_and_id(node)):
            continue
        words += word_count(node.text or "") + word_count(node.tail or "")
        stack.extend(node)
    if words > EMPTY_CONTENT_MAX_WORDS:
        return False
    return root.find(".//img") is None


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
            blocks.append(Block(text="", kind=BlockKind.IMAGE,
                                alt=clean_text(el.get("alt") or ""), role=IMAGE))
            continue
        if el.tag not in _BLOCK_TAGS or el.tag in ("script", "style"):
            continue
        if any(isinstance(c.tag, str) and c.tag in _BLOCK_TAGS for c in el.iterdescendants()):
            continue  # only leaf blocks
        if outside_post(el):
            continue
        text = text_of(el)
        if not text:
            continue
        if text == SEPARATOR_TEXT:
            blocks.append(Block(text=text, kind=BlockKind.SEP, role=SEP))
            continue
        if el.tag[0] == "h" and el.tag[1:].isdigit():
            kind = BlockKind.HEAD
        else:
            kind = BlockKind.ITEM if el.tag == "li" else BlockKind.P
        strong = [s for s in el.iter("strong", "b") if s is not el]
        strong_text = clean_text("".join(_text(s) for s in strong))
        bold = kind == BlockKind.HEAD or (bool(strong) and len(strong_text) >= len(text) - 1)
        links = list(el.iter("a"))
        link_text = clean_text("".join(_text(a) for a in links))
        link_only = bool(links) and len(link_text) >= len(text) - 1
        level = int(el.tag[1]) if kind == BlockKind.HEAD else 0
        blocks.append(Block(text=text, kind=kind, level=level,
                            bold=bold, link_only=link_only))
    return blocks
