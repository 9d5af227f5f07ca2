"""Understand an archive page: which posts it lists, whether each is shown in full or as an
excerpt, and where the next (older) page is.

Posts are found by structure rather than by one theme's class names. A listing repeats one
container per post, and each container holds a link to that post's permalink (a heading
link, ``rel=bookmark``, or a link whose class says permalink: Tumblr's date link, Ghost's
card link, Hexo's title-only list). A post's container is the largest ancestor of its
permalink links that holds no other post's; containers that repeat (same tag at the same
depth) are the listing, and a lone container elsewhere counts only when it carries a date
(a featured post) — a banner heading linking to a shop page does not. Titles come from the
post's own heading, dates from its date element read with the page's locale, "full or
excerpt" from evidence (a read-more link, a summary element, a truncated ending, a view
mode), and when that evidence is weak the page says so (``display_uncertain``) so that a
crawler may compare one listed post with its permalink. Platform knowledge lives as data in
:mod:`normalizer.cues.platforms`. It never imports Scrapy.
"""
from __future__ import annotations

import logging
import re
import statistics
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from normalizer.cues import platforms as cues
from normalizer.io.input_files import HEAD_BYTES, META_CHARSET, InputFileError, decode_bytes
from normalizer.model import PostMeta
from normalizer.pages.dom import class_tokens, has_class, xpath
from normalizer.pages.urls import canonical_post_url, plain_permalink, same_site
from normalizer.text.dates import numeric_date_order, parse_listing_date

log = logging.getLogger(__name__)

__all__ = ["ArchivePage", "ListedPost", "parse_archive"]


@dataclass
class ListedPost(PostMeta):
    """One post as an archive page lists it: what the listing says of it (its
    :class:`~normalizer.model.PostMeta`), the content it shows, and whether that is all."""

    content_html: str | None = None
    is_excerpt: bool = True


@dataclass
class ArchivePage:
    """What an archive page says: its tag, its posts in order, and its older page.

    ``display_uncertain`` is True when whether the listing shows whole posts rests on weak
    evidence (short bodies without a read-more link or summary markup): a crawler may then
    fetch one listed post's permalink and compare before trusting the listing's text.
    """

    url: str
    tag: str | None
    posts: list[ListedPost]
    next_url: str | None
    is_archive: bool
    display_uncertain: bool = False


_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True)
_WS = re.compile(r"\s+")


def squashed_text(el: etree._Element | None) -> str:
    """The element's text, whitespace (no-break spaces included) folded to single spaces."""
    if el is None:
        return ""
    return _WS.sub(" ", "".join(el.itertext()).replace("\xa0", " ")).strip()


_text = squashed_text


def _text_longer_than(el: etree._Element, limit: int) -> bool:
    """``len(squashed_text(el)) > limit``, reading only as much of the text as it takes
    (a post's whole container is the first element a date line is looked for in, and
    folding whitespace never makes a longer text shorter than its beginning)."""
    pieces: list[str] = []
    raw = 0
    for piece in el.itertext():
        pieces.append(piece)
        raw += len(piece)
        if raw > limit and len(_WS.sub(" ", "".join(pieces).replace("\xa0", " ")).strip()) > limit:
            return True
    return False
_CHROME = frozenset(t.lower() for t in cues.EXCLUDED_CLASSES + cues.HEADER_CLASSES)
_CHROME_TAGS = frozenset(cues.EXCLUDED_TAGS + cues.HEADER_TAGS)
_MAIN = frozenset(cues.MAIN_LISTING_CLASSES)
_PERMALINK_CLASSES = frozenset(cues.PERMALINK_LINK_CLASSES)
_HEADER = frozenset(t.lower() for t in cues.HEADER_CLASSES[:6])  # the blog's own header


# --------------------------------------------------------------------------- links

def _post_path(href: str) -> str:
    """The path a permalink test reads: a mirror's ``.../index.html`` is its directory."""
    path = unquote(urlsplit(href).path or "/")
    if path.endswith(("/index.html", "/index.htm")):
        path = path[: path.rindex("/") + 1]
    return path


def _is_post_url(href: str, page_url: str) -> bool:
    """A link that may be a post's permalink: same site, not this page, not a listing or
    machinery path, not the site's home (``/``, ``/index.html``) nor a directory above
    this page (a blog's home under a sub-path, ``/sh/`` seen from ``/sh/page/2/``)."""
    parts = urlsplit(href)
    if parts.scheme not in ("http", "https", "file") or not same_site(href, page_url):
        return False
    if plain_permalink(href):  # /?p=123: WordPress's default permalinks
        return canonical_post_url(href) != canonical_post_url(page_url)
    path = _post_path(href)
    if cues.NON_POST_PATH.match(path):
        return False
    here = _post_path(page_url)
    if path.endswith("/") and here.startswith(path):
        return False
    return canonical_post_url(href) != canonical_post_url(page_url)


def _in_chrome(el: etree._Element, holds_listing: Callable[[etree._Element], bool]) -> bool:
    """True when ``el`` sits in page chrome (header, sidebar, widgets, comments, pager,
    related posts). The climb stops at the blog's main listing, which some platforms
    (Blogger) wrap in a "widget" of their own; a header region that holds the listing
    itself (an unclosed ``<header>``) is not chrome either."""
    in_article = False
    for anc in el.iterancestors():
        if not isinstance(anc.tag, str) or anc.tag in ("body", "html"):
            break
        tokens = class_tokens(anc)
        if not tokens.isdisjoint(_MAIN):
            return False
        if not tokens.isdisjoint(_CHROME) and not (
                (not tokens.isdisjoint(_HEADER) or _in_main(anc)) and holds_listing(anc)):
            return True
        if anc.tag in _CHROME_TAGS and not in_article:  # a post's own <footer> is no chrome
            in_article = any(a.tag == "article" for a in anc.iterancestors())
            if not in_article:
                return True
        in_article = in_article or anc.tag == "article"
    return False


def _in_main(el: etree._Element) -> bool:
    """Whether ``el`` stands in the page's ``<main>`` (or ``role=main``) region: a
    chrome-classed box there that holds the listing ("recent-posts" on a Hugo home) is
    the listing itself, not a widget beside it."""
    return any(anc.tag == "main" or anc.get("role") == "main" for anc in el.iterancestors())


def _anchor_kind(a: etree._Element) -> int:
    """How surely a link is a post's permalink: 2 a heading link or a link wrapping a
    heading, 1 ``rel=bookmark`` or a permalink class, 0 any other link."""
    for anc in a.iterancestors():
        if anc.tag in _HEADINGS:
            return 2
        if anc.tag in ("article", "div", "section", "li", "body"):
            break
    if any(el.tag in _HEADINGS for el in a.iterdescendants()):
        return 2
    if "bookmark" in (a.get("rel") or "").split() or has_class(a, _PERMALINK_CLASSES):
        return 1
    if _covering_link(a):
        return 2
    return 0


def _covering_link(a: etree._Element) -> bool:
    """An empty link laid over its card (Hugo PaperMod's ``a.entry-link``, CSS-stretched):
    no text and no child of its own, beside a heading that links nowhere. The card's
    heading is its title; the link is its permalink."""
    if len(a) or (a.text and a.text.strip()):
        return False
    parent = a.getparent()
    if parent is None:
        return False
    return any(h.find(".//a") is None and squashed_text(h)
               for h in parent.iterdescendants(*_HEADINGS))


def _anchors(root: etree._Element, page_url: str, base: str) -> dict[str, list[etree._Element]]:
    """Permalink links by canonical post URL, in document order: links in or around
    headings, ``rel=bookmark`` and permalink-class links, outside page chrome."""
    candidates: list[tuple[str, etree._Element]] = []
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        if _anchor_kind(a) == 0:
            continue
        absolute = urljoin(base, href)
        if _is_post_url(absolute, page_url):
            candidates.append((canonical_post_url(absolute), a))
    held: dict[etree._Element, set[str]] = {}

    def holds_listing(el: etree._Element) -> bool:
        if el not in held:
            held[el] = {key for key, a in candidates if el in a.iterancestors()}
        return len(held[el]) >= cues.LISTING_MIN_POSTS

    found: dict[str, list[etree._Element]] = {}
    for key, a in candidates:
        if not _in_chrome(a, holds_listing):
            found.setdefault(key, []).append(a)
    return found





_ITEM_TAGS = frozenset(cues.LIST_ITEM_TAGS)


_BLOCK_TAGS = ("div", "p", "h2", "h3", "h4", "time")


def _list_item(a: etree._Element) -> etree._Element | None:
    """The list item a post's link stands for: the link itself when it is a block holding
    its date and title (Astro's archive rows), else its nearest item-like ancestor."""
    if next(a.iterdescendants(*_BLOCK_TAGS), None) is not None:
        return a
    return next((anc for anc in a.iterancestors() if anc.tag in _ITEM_TAGS), None)


def _definition_term(item: etree._Element) -> etree._Element | None:
    """The ``<dt>`` a ``<dd>`` item stands under (Pelican's archives: the date as the term,
    the post's link as its description), or None."""
    if item.tag != "dd":
        return None
    for sib in item.itersiblings(preceding=True):
        if sib.tag == "dt":
            return sib
        if sib.tag == "dd":
            return None
    return None


def _dated_item(item: etree._Element) -> bool:
    """Whether a list item prints a date: a ``<time>``, a date in its first words or in
    the term it stands under, a month and day of its own (under a year heading), or a
    short piece of its text that is a date in either numeric order (a table's date
    column)."""
    if item.find(".//time") is not None \
            or parse_listing_date(squashed_text(item)[:cues.DATE_TEXT_MAX], "dmy"):
        return True
    term = _definition_term(item)
    if term is not None and parse_listing_date(squashed_text(term)[:cues.DATE_TEXT_MAX], "dmy"):
        return True
    for piece in item.itertext():
        if cues.MONTH_DAY_RE.match(piece) or _word_month_day(piece.strip()):
            return True
        if len(piece) <= cues.DATE_TEXT_MAX and any(c.isdigit() for c in piece) and (
                parse_listing_date(piece.strip(), "dmy")
                or parse_listing_date(piece.strip(), "mdy")):
            return True
    return False


def _list_anchors(root: etree._Element, page_url: str,
                  base: str) -> dict[str, list[etree._Element]]:
    """Links of a title-only list (Jekyll, Hugo, Nikola archives: ``<li><time/><a/></li>``;
    Astro's rows of block links): sibling items that repeat, each holding one post's link
    and a date. Read when a page has no heading or permalink links to posts. Items are
    grouped by their parent, or, when no parent holds enough, by the parent's shape
    among its siblings (one list a year under year headings); a tag or category address
    may list a single post when every item is dated."""
    entries_of: dict[etree._Element, list[tuple[etree._Element, str, etree._Element]]] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        item = _list_item(a)
        if item is None or item.getparent() is None:
            continue
        absolute = urljoin(base, href)
        if _is_post_url(absolute, page_url):
            entries_of.setdefault(item.getparent(), []).append(
                (item, canonical_post_url(absolute), a))
    path = urlsplit(page_url).path
    archive_address = any(p.search(path) for p in cues.TAG_URL_PATTERNS)
    best = _best_list(entries_of.values(), cues.LIST_MIN_ITEMS, False)
    by_shape: dict[tuple, list[tuple[etree._Element, str, etree._Element]]] = {}
    for parent, entries in entries_of.items():
        by_shape.setdefault(_list_shape(parent), []).extend(entries)
    if best and len(by_shape) == len(entries_of):
        return best  # every list stands alone
    merged = _best_list(by_shape.values(), 1 if archive_address else cues.LIST_MIN_ITEMS,
                        archive_address)
    return merged if len(merged) > len(best) else best


def _list_shape(parent: etree._Element) -> tuple:
    """What lists of one listing share when a year heading starts each: the list's tag and
    class, and its box's, under one region (``<ul class=posts-list>`` in ``<div
    class=posts-group>`` a year, in ``<main>``)."""
    grand = parent.getparent()
    if grand is None:
        return (parent,)
    return (parent.tag, parent.get("class"), grand.tag, grand.get("class"), grand.getparent())


def _best_list(groups, least: int, all_dated: bool) -> dict[str, list[etree._Element]]:
    """The group of list entries naming the most posts: at least ``least`` items that
    each hold one post's link, half of them dated (all when ``all_dated``)."""
    best: dict[str, list[etree._Element]] = {}
    for entries in groups:
        items: dict[etree._Element, set[str]] = {}
        for item, key, _ in entries:
            items.setdefault(item, set()).add(key)
        single = [item for item, keys in items.items() if len(keys) == 1]
        if len(single) < least or len(single) <= len(best):
            continue
        dated = [item for item in single if _dated_item(item)]
        if len(dated) * 2 < len(single) or (all_dated and len(dated) < len(single)) \
                or len({key for item, key, _ in entries if item in single}) < least:
            continue  # (items that repeat one link are a post's lines, not a list of posts)
        found: dict[str, list[etree._Element]] = {}
        for item, key, a in entries:
            if item in single and not _in_chrome(a, lambda _el: False):
                found.setdefault(key, []).append(a)
        if len(found) > len(best):
            best = found
    return best


# --------------------------------------------------------------------------- containers

def _containers(anchors: dict[str, list[etree._Element]]) -> dict[str, etree._Element]:
    """Each post's container: the largest ancestor of its first anchor that holds no
    anchor of another post."""
    owners: dict[etree._Element, set[str]] = {}
    for key, links in anchors.items():
        for a in links:
            for anc in a.iterancestors():
                owners.setdefault(anc, set()).add(key)
    result: dict[str, etree._Element] = {}
    lone = len(anchors) == 1  # no other post bounds the climb: a post's own entry does
    for key, links in anchors.items():
        best = links[0]
        for anc in links[0].iterancestors():
            if anc.tag in ("body", "html") or len(owners.get(anc, ())) > 1:
                break
            best = anc
            if lone and anc.tag == "article":
                break
        result[key] = best
    return result


def _inside_entry(listed: dict[str, list[etree._Element]],
                  anchors: dict[str, list[etree._Element]]) -> bool:
    """Whether every link of a title-only list stands inside the ``<article>`` of the one
    post whose heading links to it: lines of that post's body (a pasted list of dated
    links), not the page's listing; the entry's title link stays its permalink."""
    entries = {anc for links in anchors.values() for a in links
               for anc in a.iterancestors("article")}
    return bool(listed) and bool(entries) and all(
        any(anc in entries for anc in a.iterancestors("article"))
        for links in listed.values() for a in links)


def _depth(el: etree._Element) -> int:
    return sum(1 for _ in el.iterancestors())


def _listing(containers: dict[str, etree._Element],
             dated: dict[str, bool]) -> list[str]:
    """The posts of the listing, in page order: containers that repeat (same tag at the
    same depth), and a lone container only when it carries a date (a featured post);
    with no repeated containers, a lone one with a date or a heading stands alone."""
    groups: dict[tuple[str, int], list[str]] = {}
    for key, el in containers.items():
        groups.setdefault((el.tag, _depth(el)), []).append(key)
    repeated = {k for g in groups.values() if len(g) >= 2 for k in g}
    keep = []
    for key in containers:
        if key in repeated or dated[key] or (not repeated and len(containers) == 1):
            keep.append(key)
    return keep


# --------------------------------------------------------------------------- titles

_HIDDEN = frozenset(cues.VISUALLY_HIDDEN_CLASSES)


def _shown_text(el: etree._Element) -> str:
    """``squashed_text(el)`` without what only a screen reader hears (a hidden date or
    "(opens in a new tab)" inside a heading)."""
    if not any(not class_tokens(d).isdisjoint(_HIDDEN) for d in el.iterdescendants()
               if isinstance(d.tag, str) and d.get("class")):
        return squashed_text(el)
    pieces: list[str] = []

    def walk(node: etree._Element) -> None:
        if isinstance(node.tag, str) and node.get("class") \
                and not class_tokens(node).isdisjoint(_HIDDEN):
            return
        if node.text:
            pieces.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                pieces.append(child.tail)

    walk(el)
    return _WS.sub(" ", "".join(pieces).replace("\xa0", " ")).strip()


def _date_like(text: str) -> bool:
    """A date line: a date, or a month and day (in numbers or words) without a year."""
    return bool(parse_listing_date(text, "dmy") or cues.MONTH_DAY_RE.match(text)
                or _word_month_day(text))


def _undated_text(a: etree._Element) -> str:
    """A link's shown text without the date printed inside it (a Hugo list's ``<a><span>
    Title</span><span>Aug 21</span></a>``)."""
    text = _shown_text(a)
    if not len(a):
        return text
    dates = [c for c in a if isinstance(c.tag, str) and _date_like(squashed_text(c))]
    if not dates or len(dates) == len(a):
        return text
    pieces = [a.text or ""]
    for child in a:
        if child not in dates:
            pieces.append(_shown_text(child))
        pieces.append(child.tail or "")
    return _WS.sub(" ", " ".join(pieces).replace("\xa0", " ")).strip()


def _heading_holds_more(heading: etree._Element, a: etree._Element) -> bool:
    """Whether a heading holds more than its permalink: another link or a ``<time>``
    beside it (a Blogger-style ``<h3>`` "Title | date | tag | tag"). Then the title is
    the permalink's own text, not the heading's."""
    for el in heading.iterdescendants("a", "time"):
        if el is not a and a not in el.iterancestors() and el not in a.iterancestors():
            return True
    return False


def _title(key: str, links: list[etree._Element], container: etree._Element) -> str | None:
    """The post's own heading: a heading holding or held by one of its links, else the
    text of a link that names something (not a date, not "Permalink", not "Read more";
    a link with no text by its ``title`` or ``aria-label``), else the first heading of
    its container outside quoted text. Text hidden for screen readers is left out."""
    for a in links:
        for anc in a.iterancestors():
            if anc.tag in _HEADINGS:
                if _heading_holds_more(anc, a) and (text := _undated_text(a)):
                    return text
                return _shown_text(anc) or None
            if anc is container:
                break
        for el in a.iterdescendants(*_HEADINGS):
            return _shown_text(el) or None
    for a in links:
        if _covering_link(a):
            for el in a.getparent().iterdescendants(*_HEADINGS):
                if el.find(".//a") is None and (text := _shown_text(el)):
                    return text
    for a in links:
        named = (a.get("aria-label") or a.get("title") or "").strip()
        if named and next(a.iterdescendants(*_BLOCK_TAGS), None) is not None:
            text = named  # a row or card link: its name, not its date, title and tags run on
        else:
            text = _undated_text(a) or named
        low = text.lower()
        if len(text) > 2 and low not in cues.GENERIC_LINK_TEXTS \
                and not any(w in low for w in cues.MORE_LINK_PHRASES) \
                and not parse_listing_date(text, "dmy"):
            return text
    for el in container.iterdescendants(*_HEADINGS):
        if any(anc.tag == "blockquote" for anc in el.iterancestors()):
            continue
        if text := squashed_text(el):
            return text
    return None


# --------------------------------------------------------------------------- dates

_URL_DATE = re.compile(r"/(\d{4})/(\d{2})/(\d{2})/")


def _spaced_text(el: etree._Element) -> str:
    """The element's text with its pieces kept apart ("Feb" "18" "2009" in three spans)."""
    return " ".join(" ".join(t.split()) for t in el.itertext() if t.strip())


def _year_heading_date(container: etree._Element, text: str,
                       start: etree._Element | None = None) -> str | None:
    """A "MM-DD" under a year heading (Hexo and Astro archives): the year from the
    nearest heading before the date, at the level of the date's element (``start``), of
    the container, or of one of their ancestors up to two above the container. A year
    row may say more after its year ("2024 | 3 posts"): its first text is the year."""
    m = cues.MONTH_DAY_RE.match(text)
    if not m and not _word_month_day(text):
        return None
    el: etree._Element | None = start if start is not None else container
    above = 0
    while el is not None and above < 3:
        for n, sib in enumerate(el.itersiblings(preceding=True)):
            if n >= cues.YEAR_HEADING_REACH:
                break
            if isinstance(sib.tag, str) and (y := _year_of(sib)):
                if not m:
                    return parse_listing_date(f"{text} {y}", "dmy")
                try:
                    return date(int(y), int(m[1]), int(m[2])).isoformat()
                except ValueError:
                    return None
        if el is container or above:
            above += 1
        el = el.getparent()
    return None


def _word_month_day(text: str) -> bool:
    """A month in words and a day, with no year ("Aug 21", "21 août"): what a list under
    year headings prints (read with a stand-in year; a leap one, for February 29th)."""
    return len(text) <= cues.WORD_MONTH_DAY_MAX and bool(cues.WORD_MONTH_DAY_RE.match(text)) \
        and parse_listing_date(f"{text} 2000", "dmy") is not None


def _year_of(el: etree._Element) -> str | None:
    """The year a year heading or year row names: its whole text, or the first text of
    a row that links nowhere."""
    if y := cues.YEAR_HEADING_RE.match(squashed_text(el)):
        return y[1]
    first = next((t for t in el.itertext() if t.strip()), "")
    if (y := cues.YEAR_HEADING_RE.match(first)) and el.find(".//a") is None:
        return y[1]
    return None


def _date_header(container: etree._Element) -> str | None:
    """Blogger's day header above the posts of a day: the nearest ``date-header`` before
    the container, at its level or one of its two parents'."""
    el: etree._Element | None = container
    for _ in range(3):
        if el is None:
            break
        for n, sib in enumerate(el.itersiblings(preceding=True)):
            if n >= cues.DAY_HEADER_REACH or not isinstance(sib.tag, str):
                break
            if has_class(sib, ("date-header",)):
                return _spaced_text(sib)
        el = el.getparent()
    return None


_DATE_ATTRS_XPATH = " | ".join(cues.LISTED_DATE_XPATHS)


def _date_attrs(container: etree._Element) -> list[str]:
    """Machine dates in the container (``datetime``, ``title`` of ``abbr.published``,
    ``datePublished``), published before updated as the page orders them."""
    return [str(v) for v in xpath(container, _DATE_ATTRS_XPATH)]


_DATE_LINE_TAGS = frozenset(("p", "span", "small", "a", "div"))


def _outside(container: etree._Element, body: etree._Element | None,
             tags: frozenset[str] | None = None) -> Iterator[etree._Element]:
    """``container.iter(*tags)`` without the post's body (when the body is a part of the
    container), in document order. The body is left out by not walking into it: a post
    shown in full has most of its container's elements there, and the date readers
    look only at what is outside it."""
    if body is None or body is container:
        yield from container.iter(*tags) if tags else container.iter()
        return
    stack = [container]
    while stack:
        el = stack.pop()
        if tags is None or el.tag in tags:
            yield el
        if len(el):
            stack.extend(child for child in reversed(el) if child is not body)


def _date_class_texts(container: etree._Element, body: etree._Element | None) -> Iterator[str]:
    """Printed dates: texts of ``<time>`` and of elements whose class says date, time,
    meta or byline, outside the post's body."""
    for el in _outside(container, body):
        if not isinstance(el.tag, str):
            continue
        cls = el.get("class")
        if el.tag == "time" or (cls and cues.DATE_CLASS_RE.search(cls)):
            text = _spaced_text(el)
            if 0 < len(text) <= cues.DATE_TEXT_MAX * 3:
                yield text


def _date_other_texts(container: etree._Element, links: list[etree._Element],
                      body: etree._Element | None
                      ) -> Iterator[tuple[str, etree._Element | None]]:
    """Less sure places, each with the element it was read from: the permalink's own
    text (Tumblr's date link), Blogger's day header, any short line of the container
    outside its body."""
    for a in links:
        yield squashed_text(a), a
    for a in links:  # the byline right under the title ("Posted by X on October 31st, 2009")
        if (line := _byline(a, container)) is not None:
            yield squashed_text(line), line
    if (header := _date_header(container)) is not None:
        yield header, None
    if (term := _definition_term(container)) is not None:
        yield _spaced_text(term), term
    for el in _outside(container, body, _DATE_LINE_TAGS):
        text = el.text or ""
        if (len(text) > 40 and len(_WS.sub(" ", text).strip()) > 40) \
                or (len(el) and _text_longer_than(el, 40)):
            if lead := _links_line_lead(el):
                yield lead, el
            continue  # (a date indented in the markup is still a short line)
        if text := squashed_text(el):
            yield text, el


def _links_line_lead(el: etree._Element) -> str:
    """The short text a links line opens with, where the rest of the line is links and
    their separators ("By rfay at 2015-01-01 20:18 | <a>Gallery</a>", old Drupal's
    ``div.links`` after the content): the line is long only for its links."""
    lead = _WS.sub(" ", el.text or "").strip()
    if not lead or len(lead) > 40:
        return ""
    for child in el:
        if child.tag != "a" or len(_WS.sub("", child.tail or "")) > 3:
            return ""
    return lead


def _byline(a: etree._Element, container: etree._Element) -> etree._Element | None:
    """The short line that follows the heading a permalink stands in, when the post's
    body holds its heading too (old WordPress themes): read before the body's own lines,
    whose first short one is often a date of the post's subject (an event's)."""
    for anc in a.iterancestors():
        if anc is container:
            return None
        if anc.tag in _HEADINGS:
            line = anc.getnext()
            if line is not None and isinstance(line.tag, str) \
                    and not _text_longer_than(line, cues.DATE_TEXT_MAX):
                return line
            return None
    return None


def _read_date(container: etree._Element, links: list[etree._Element],
               body: etree._Element | None, permalink: str, order: str) -> str | None:
    for value in _date_attrs(container):
        if found := parse_listing_date(value, order):
            return found
    for text in _date_class_texts(container, body):
        if found := parse_listing_date(text, order) or _year_heading_date(container, text):
            return found
    for text, el in _date_other_texts(container, links, body):
        if found := parse_listing_date(text, order) or _year_heading_date(container, text, el):
            return found
    if m := _URL_DATE.search(urlsplit(permalink).path):
        try:
            return date(int(m[1]), int(m[2]), int(m[3])).isoformat()
        except ValueError:
            return None
    return None


def _order_samples(containers: dict[str, etree._Element],
                   bodies: dict[str, etree._Element | None]) -> list[str]:
    """Printed dates of the page's posts, to tell day-first from month-first: each one's
    first date-classed text, or, on a page that has none, each one's first short line with
    a numeric date ("Skrevet av admin fre, 10/26/2016 - 10:20" in a plain ``<span>``)."""
    out: list[str] = []
    for key, el in containers.items():
        for text in _date_class_texts(el, bodies[key]):
            out.append(text)
            break
    if out:
        return out
    for key, el in containers.items():
        for text, _ in _date_other_texts(el, [], bodies[key]):
            if cues.NUMERIC_DATE_RE.search(text):
                out.append(text)
                break
    return out


def _drop_unlikely_dates(dates: list[str | None], today: date) -> list[str | None]:
    """A date in the future, or years away from the page's other dates, is a misreading
    (a relative phrase, a day-month swap): unknown, never a reason to stop a crawl."""
    limit = today + timedelta(days=cues.FUTURE_TOLERANCE_DAYS)
    parsed = [date.fromisoformat(d) if d else None for d in dates]
    known = [d for d in parsed if d is not None and d <= limit]
    middle = statistics.median_low([d.toordinal() for d in known]) if len(known) >= 3 else None
    out: list[str | None] = []
    for d in parsed:
        if d is None or d > limit or (
                middle is not None and abs(d.toordinal() - middle) > cues.OUTLIER_YEARS * 366):
            out.append(None)
        else:
            out.append(d.isoformat())
    return out


def _page_locale(root: etree._Element) -> str:
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    if not lang:
        for meta in root.iter("meta"):
            if meta.get("property") == "og:locale":
                lang = meta.get("content") or ""
                break
    return lang.strip().lower()


# --------------------------------------------------------------------------- bodies

_CONTENT_RANK = {token: rank for rank, token in enumerate(cues.CONTENT_CLASSES)}
_SNIPPETS = frozenset(cues.SNIPPET_CLASSES)


def _body(container: etree._Element, links: list[etree._Element]) -> etree._Element | None:
    """The element holding the post's text: a summary element, else by content class,
    else the largest block that does not hold the post's own links (its title)."""
    best, best_rank = None, len(_CONTENT_RANK) + 1
    for el in container.iterdescendants():
        if not isinstance(el.tag, str) or not (el.get("class") or el.get("id")):
            continue
        tokens = class_tokens(el)
        if not tokens.isdisjoint(_SNIPPETS):
            return el
        for token in tokens:
            rank = _CONTENT_RANK.get(token)
            if rank is not None and rank < best_rank:
                best, best_rank = el, rank
    if best is not None:
        return best
    holders = {anc for a in links for anc in a.iterancestors()}
    best_len = 0
    for el in container.iter("div", "section", "figure", "blockquote"):
        cls = el.get("class") or ""
        if el in holders or cues.DATE_CLASS_RE.search(cls) or cues.THUMBNAIL_CLASS_RE.search(cls):
            continue
        n = sum(len(squashed_text(p)) for p in el.iter(*_TEXT_BLOCKS))
        if n > best_len or (best is None and el.find(".//img") is not None):
            best, best_len = el, n
    direct = sum(len(squashed_text(p)) for p in container.iterchildren(*_TEXT_BLOCKS))
    if best is None and not direct:
        return _bare_text_block(container, links)
    return container if direct > best_len else best


def _bare_text_block(container: etree._Element,
                     links: list[etree._Element]) -> etree._Element | None:
    """The block of a post whose text stands bare in a ``<div>``, in no paragraph (a
    Tumblr theme's quote post: ``<div class="quote">`` text, then its attribution): the
    block with the most text of its own, outside the post's links and what holds them.
    A shorter bare line than a teaser's is a card's description or caption, not a post's
    text: the post stays read as a title alone, as before."""
    holders = {anc for a in links for anc in a.iterancestors()}
    best, best_len = None, _TEASER_LENGTH
    for el in container.iter("div", "section", "blockquote"):
        if el in holders or any(a in el.iterancestors() for a in links):
            continue
        own = len(_WS.sub("", "".join(el.xpath("text()"))))
        if own > best_len:
            best, best_len = el, own
    return best


_TEXT_BLOCKS = ("p", "blockquote", "figcaption", "pre", "ul", "ol")
#: Any of the read-more phrases anywhere in a link's text, in one search.
_MORE_PHRASES = re.compile("|".join(re.escape(w) for w in cues.MORE_LINK_PHRASES))


@dataclass
class _Shown:
    """What a listing shows of one post, for the full-or-excerpt decision."""

    marker: bool        # a read-more link, a summary element or a teaser view mode
    link_marker: bool   # of those, a read-more link (a summary element alone may hold it all)
    full_mode: bool     # a view mode that says "full"
    truncated: bool     # the text ends in an ellipsis
    empty: bool         # no text and no media: a title-only list
    blocks: int         # paragraphs, images and other blocks shown
    length: int
    whole_platform: bool  # a platform that lists whole posts (Tumblr)
    words: int = 0
    sentence_cut: bool = False  # the text before its trailing ellipsis ends a sentence
    script_cut: bool = False  # the page's script shortens the body for display
    lines: int = 0  # blocks, plus the lines line breaks start behind a bare ellipsis


def _script_cut(container: etree._Element, body: etree._Element | None) -> bool:
    """Whether a script of the post's container names the body by its id: Blogger
    templates print the whole post into a "summary" element and shorten it in the
    browser (``createSummary("summary123")``), so the bytes hold the post, not a cut."""
    ident = body.get("id") if body is not None else None
    if not ident or len(ident) < 4:
        return False
    return any(ident in (script.text or "") for script in container.iter("script"))


def _between(el: etree._Element, container: etree._Element) -> list[etree._Element]:
    """The ancestors of ``el`` below ``container``."""
    out = []
    for anc in el.iterancestors():
        if anc is container:
            break
        out.append(anc)
    return out


_LINE_TAGS = frozenset(("p", "h2", "h3", "h4"))


def _sentence_before_ellipsis(text: str) -> bool:
    """Whether a text ending in an ellipsis ends a sentence before it ("... goes!…")."""
    ending = text.rstrip()
    for mark in cues.TRUNCATION_ENDINGS:
        if ending.endswith(mark):
            return ending[: -len(mark)].rstrip().endswith(cues.SENTENCE_ENDINGS)
    return False


def _whole_among_cuts(shown: list[_Shown]) -> set[int]:
    """Posts shown whole among generated excerpts: see ``cues.CUT_PEERS``."""
    cut = [i for i, s in enumerate(shown) if s.truncated and not s.link_marker and s.words]
    if len(cut) < cues.CUT_PEERS + 1:
        return set()
    whole = set()
    for i in cut:
        peers = [shown[j] for j in cut if j != i]
        words = statistics.median(p.words for p in peers)
        chars = statistics.median(p.length for p in peers)
        s = shown[i]
        if s.sentence_cut and s.words < words * cues.CUT_SHORT_SHARE \
                and s.length < chars * cues.CUT_SHORT_SHARE:
            whole.add(i)
    return whole


def _links_only(el: etree._Element) -> bool:
    """A line that is nothing but links ("No Comments »", a linked heading): machinery
    around a post, not a block of its text."""
    if (el.text and not el.text.isspace()) or el.find(".//a") is None:
        return False  # (text before any link: most paragraphs end here)
    linked = sum(len(squashed_text(a)) for a in el.iter("a"))
    return len(squashed_text(el)) <= linked + 2


#: Microdata properties (schema.org) that name a summary of the post, not its text. An
#: element that is also the post's ``articleBody`` or ``text`` (Blogger prints
#: ``itemprop="description articleBody"``) holds the post.
_SUMMARY_PROPS = frozenset(("description", "abstract"))
_BODY_PROPS = frozenset(("articlebody", "text"))


def _description(container: etree._Element) -> bool:
    """Whether the post's listed text is marked up as its summary: a shown element whose
    ``itemprop`` is ``description`` (and not also its body), as Jekyll, Blogger-style and
    Frozen-Flask listings print the one-line description of a longer post."""
    for el in container.iterfind(".//*[@itemprop]"):
        props = set(el.get("itemprop", "").lower().split())
        if props & _SUMMARY_PROPS and not props & _BODY_PROPS and el.tag != "meta" \
                and squashed_text(el):
            return True
    return False


def _card_link(body: etree._Element | None, links: list[etree._Element]) -> bool:
    """Whether the post's text stands inside one of its permalink links that also holds
    its heading: the whole card is one link (Ghost's Casper and Source cards). A link
    holds no links of its own, so what it wraps is a teaser of the post, never the post."""
    if body is None:
        return False
    return any(a in body.iterancestors() and next(a.iterdescendants(*_HEADINGS), None)
               is not None for a in links)


def _shown(container: etree._Element, body: etree._Element | None, links: list[etree._Element],
           permalink: str, base: str) -> _Shown:
    target = canonical_post_url(permalink)
    path = [container, *_between(links[0], container)] if links else [container]
    marker = any(has_class(el, cues.EXCERPT_CONTAINER_CLASSES) for el in path)
    link_marker = False
    full_mode = any(has_class(el, cues.FULL_CONTAINER_CLASSES) for el in path)
    for el in container.iter():
        if not isinstance(el.tag, str):
            continue
        if el is not body and el.get("class") and has_class(el, cues.READ_MORE_CLASSES):
            marker = link_marker = True
            break
        if el.tag == "a" and el.get("href"):
            words = squashed_text(el).lower()
            if not ((words and len(words) < 120 and _MORE_PHRASES.search(words))
                    or (el.get("class") and has_class(el, cues.MORE_LINK_CLASSES))):
                continue
            href = urljoin(base, el.get("href"))
            if "#more" in href or canonical_post_url(href) == target:
                marker = link_marker = True
                break
    script_cut = False
    if body is not None and not class_tokens(body).isdisjoint(_SNIPPETS):
        marker = True
        script_cut = _script_cut(container, body)
    marker = marker or _card_link(body, links) or _description(container)
    text = squashed_text(body)
    blocks = 0
    media = False
    last_p = None
    breaks = 0  # line breaks inside paragraphs followed by more text
    lines_after = False  # link-only lines after the last paragraph ("No Comments »")
    if body is not None:
        for el in body.iter("p", "img", "figure", "blockquote", "ul", "ol", "pre", "iframe",
                            "video", "table", "h2", "h3", "h4"):
            if el.tag in _LINE_TAGS and _links_only(el):
                lines_after = last_p is not None
                continue  # the post's heading or its comments line, inside an old theme's body
            blocks += 1
            media = media or el.tag in ("img", "iframe", "video", "figure")
            if el.tag == "p":
                last_p, lines_after = el, False
                breaks += sum(1 for br in el.iter(*cues.LINE_BREAK_TAGS)
                              if (br.tail or "").strip())
    ending = text[-12:].rstrip()
    if not ending.endswith(cues.TRUNCATION_ENDINGS) and lines_after and last_p is not None:
        ending = squashed_text(last_p)[-12:].rstrip()
    truncated = ending.endswith(cues.TRUNCATION_ENDINGS)
    if not truncated or ending.endswith(cues.GENERATED_CUT_ENDINGS):
        breaks = 0
    return _Shown(
        marker=marker,
        link_marker=link_marker,
        full_mode=full_mode,
        truncated=truncated,
        empty=not text and not media,
        blocks=blocks,
        length=len(text),
        whole_platform=bool(cues.WHOLE_POST_PERMALINK_RE.search(urlsplit(permalink).path)),
        words=len(text.split()) if truncated else 0,
        sentence_cut=truncated and _sentence_before_ellipsis(text),
        script_cut=script_cut,
        lines=blocks + breaks,
    )


_TEASER_LENGTH = cues.TEASER_MAX_CHARS
_EXCERPT_BLOCKS = cues.EXCERPT_MAX_BLOCKS


def _decide_excerpts(shown: list[_Shown]) -> tuple[list[bool], bool]:
    """Excerpt or full for each post, and whether the page's display is uncertain.

    Evidence first: a teaser view mode, a read-more link or summary markup, an ellipsis
    at the end, or nothing shown at all means excerpt; a full view mode, or a platform
    that lists whole posts, means full; a summary element a script shortens in the
    browser holds the whole post (full, the display uncertain: a crawler checks one).
    Without evidence, a page whose bodies are all a single short paragraph shows
    summaries; otherwise the body is the post."""
    unmarked = [s for s in shown if not (s.marker or s.full_mode or s.truncated or s.empty)
                and not s.whole_platform]
    teaser_page = len(unmarked) >= 2 and all(
        s.blocks <= 1 and s.length <= _TEASER_LENGTH for s in unmarked)
    decisions: list[bool] = []
    uncertain = False
    whole_cuts = _whole_among_cuts(shown)
    for i, s in enumerate(shown):
        if s.full_mode:
            decisions.append(False)
        elif i in whole_cuts:
            decisions.append(False)  # a short post the excerpt took whole
            uncertain = True
        elif s.script_cut and not s.empty and not s.truncated:
            decisions.append(False)
            uncertain = True
        elif s.marker or s.empty:
            decisions.append(True)
            # a teaser or summary element with no read-more link shows a short post whole
            uncertain = uncertain or (s.marker and not s.link_marker
                                      and 0 < s.length < _TEASER_LENGTH * 2)
        elif s.whole_platform:
            decisions.append(False)
        elif s.truncated and s.lines <= _EXCERPT_BLOCKS:
            decisions.append(True)  # an excerpt is a paragraph or two cut short
            uncertain = uncertain or s.length < _TEASER_LENGTH
        elif s.truncated:
            decisions.append(False)  # a whole post whose last line trails off
            uncertain = True
        elif teaser_page:
            decisions.append(True)
            uncertain = True
        else:
            decisions.append(False)
            uncertain = uncertain or (s.blocks <= 1 and s.length <= _TEASER_LENGTH)
    return decisions, uncertain


# --------------------------------------------------------------------------- metadata

def _dedupe(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


_TAXONOMY_XPATH = " | ".join((cues.CATEGORY_XPATH, *cues.TAG_XPATHS))
_AUTHOR_ANY_XPATH = ".//*[@rel='author' or @itemprop='author' or contains(@class, 'author')]"


def _meta(container: etree._Element) -> tuple[str | None, list[str], list[str]]:
    """Author, categories and tags the listing shows for a post (one pass for the
    taxonomy links; the author tables only when something names an author)."""
    categories: list[str] = []
    tags: list[str] = []
    for a in xpath(container, _TAXONOMY_XPATH):
        rel = a.get("rel") or ""
        (categories if "category" in rel.split() else tags).append(squashed_text(a))
    author = None
    if xpath(container, _AUTHOR_ANY_XPATH):
        for xp in cues.AUTHOR_XPATHS:
            hits = [t for t in (squashed_text(el) for el in xpath(container, xp)) if t]
            if hits:
                author = cues.AUTHOR_PREFIX_RE.sub("", hits[0]) or None
                break
    return author, _dedupe(categories), _dedupe(tags)


# --------------------------------------------------------------------------- page level

def _archive_tag(root: etree._Element, url: str) -> str | None:
    for xp in cues.TAG_HEADING_XPATHS:
        for el in xpath(root, xp):
            text = squashed_text(el)
            for pattern in cues.TAG_HEADING_PATTERNS:
                if m := pattern.match(text):
                    return m["name"].strip(" ‘’'\"“”«»")
    path = urlsplit(url).path
    for pattern in cues.TAG_URL_PATTERNS:
        if m := pattern.search(path):
            slug = unquote(m["slug"]).replace("+", " ")
            return slug if "search/label" in path else slug.replace("-", " ").title()
    return None


def _next_url(root: etree._Element, url: str, base: str) -> str | None:
    here = canonical_post_url(url)

    def ok(href: str | None) -> str | None:
        if not href or href.startswith(("#", "javascript:")):
            return None
        absolute = canonical_post_url(urljoin(base, href.strip()))
        return absolute if absolute != here and same_site(absolute, url) else None

    for xp in cues.NEXT_LINK_XPATHS:
        for href in xpath(root, xp):
            if found := ok(str(href)):
                return found
    for a in root.iter("a"):
        # an icon link says where it goes in its name (Joomla's ``a.pagenav title=Next``)
        raw = _text(a) or (a.get("aria-label") or a.get("title") or "").strip()
        if not raw or len(raw) > 60:
            continue
        words = " ".join(re.sub(r"[^\w\s]", " ", raw.lower()).split())
        if not words or any(w in words for w in cues.NEWER_LINK_WORDS):
            continue
        if (words in cues.NEXT_LINK_WORDS or words.startswith(cues.NEXT_LINK_WORDS[:5])) \
                and (found := ok(a.get("href"))):
            return found
    # /page/N/ -> /page/N+1/ when the page links to it.
    m = cues.PAGE_N.search(urlsplit(url).path)
    n = int(m[1]) if m else 1
    stem = urlsplit(url).path[: m.start()] if m else urlsplit(url).path.rstrip("/")
    want, hint = f"{stem}/page/{n + 1}", f"page/{n + 1}"
    for a in root.iter("a"):
        href = a.get("href") or ""
        if hint in href and urlsplit(urljoin(base, href)).path.rstrip("/") == want \
                and (found := ok(href)):
            return found
    return None


def _absolute_links(body: etree._Element, base: str) -> None:
    """Make the links and image sources of a listed body absolute (what lxml's
    ``make_links_absolute`` does, for the two attributes a post's content needs)."""
    for el in body.iter("a", "img"):
        attr = "href" if el.tag == "a" else "src"
        value = el.get(attr)
        if value and not value.startswith(("http://", "https://", "data:", "#", "mailto:")):
            try:
                el.set(attr, urljoin(base, value.strip()))
            except ValueError:
                continue


def _single_post_page(root: etree._Element, url: str, classes: set[str]) -> bool:
    """A post's own page, whatever lists of other posts it carries (related stories,
    "more from"): its body class says so, or it declares itself an article
    (``og:type``) at an address shaped like a post rather than a listing."""
    if classes & set(cues.SINGLE_BODY_CLASSES) and not classes & set(cues.ARCHIVE_BODY_CLASSES):
        return True
    og_type = next((m.get("content") or "" for m in root.iter("meta")
                    if m.get("property") == "og:type"), "")
    if og_type.strip().lower() not in cues.ARTICLE_OG_TYPES:
        return False
    path = _post_path(url)
    return not (cues.NON_POST_PATH.match(path) or cues.ARCHIVE_PATH_RE.search(path)
                or any(p.search(path) for p in cues.TAG_URL_PATTERNS))


def _article_beside_cards(root: etree._Element, bodies: list[etree._Element | None]) -> bool:
    """Whether the page holds an article of its own outside the listed posts' bodies and
    its chrome: enough long paragraphs (see ``cues.ARTICLE_MIN_PARAGRAPHS``)."""
    held = {b for b in bodies if b is not None}
    found = 0
    for p in root.iter("p"):
        if not _text_longer_than(p, cues.ARTICLE_PARAGRAPH_CHARS - 1):
            continue
        if any(anc in held for anc in p.iterancestors()) or _in_chrome(p, lambda _el: False):
            continue
        found += 1
        if found >= cues.ARTICLE_MIN_PARAGRAPHS:
            return True
    return False


def _body_classes(root: etree._Element) -> set[str]:
    body = root.find(".//body")
    return set((body.get("class") or "").lower().split()) if body is not None else set()


def may_be_listing(root: etree._Element, url: str) -> bool:
    """Whether the page at ``url`` can be a listing that names itself one: the page-level
    half of :func:`parse_archive`'s decision, with none of its work per post.

    False for a post's own page (:func:`_single_post_page`) and for a page with neither an
    archive address, nor a tag or category heading, nor an older-posts link: such a page
    is no listing to read posts from, whatever repeats on it (a news page's cards of other
    stories). ``root`` may come from any lxml parser (the normalizer passes the tree it
    already parsed), so a permalink page is never parsed a second time to learn this.
    """
    if _single_post_page(root, url, _body_classes(root)):
        return False
    if cues.ARCHIVE_PATH_RE.search(urlsplit(url).path or "/"):
        return True
    if _archive_tag(root, url):
        return True
    base_el = root.find(".//base[@href]")
    base = urljoin(url, base_el.get("href").strip()) if base_el is not None else url
    return bool(_next_url(root, url, base))


_PARSERS: dict[str, etree.HTMLParser | None] = {}
_STR_INPUT = re.compile(r"^\s*<\?xml[^>]*>")


def _root_of_bytes(data: bytes, url: str) -> etree._Element:
    """The page parsed in the encoding the normalizer reads an input file in (BOM,
    declared charset, UTF-8, then a detector): libxml2 alone settles on Latin-1 when
    UTF-8 text comes before a ``<meta charset>`` that stands late in the head (JSON-LD
    first, Hugo). The bytes go to lxml with that encoding named, which costs no more than
    letting libxml2 guess; an encoding libxml2 does not know goes as decoded text."""
    if data.isascii() or data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return etree.fromstring(data, _PARSER)  # (libxml2 reads byte-order marks itself)
    declared = META_CHARSET.search(data, 0, HEAD_BYTES)
    if declared is not None and declared[1].lower() in (b"utf-8", b"utf8") \
            and data[:declared.start()].isascii():
        return etree.fromstring(data, _PARSER)  # libxml2 meets the declaration in time
    try:
        text, encoding = decode_bytes(data)
    except InputFileError as err:
        raise ValueError(f"{url}: {err}") from None
    if encoding not in _PARSERS:
        try:
            _PARSERS[encoding] = etree.HTMLParser(remove_comments=True, remove_pis=True,
                                                  encoding=encoding)
        except LookupError:
            _PARSERS[encoding] = None
    parser = _PARSERS[encoding]
    if parser is None:
        return etree.fromstring(_STR_INPUT.sub("", text), _PARSER)
    return etree.fromstring(data, parser)


def parse_archive(html: str | bytes, url: str, today: date | None = None) -> ArchivePage:
    """Read an archive page (or a single post's page) fetched from ``url``.

    ``today`` (default: the current date) bounds the dates a listing may carry."""
    root, base = page_root(html, url)
    if root is None:
        raise ValueError(f"no HTML document at {url}")

    anchors = _anchors(root, url, base)
    title_list = False
    if len(anchors) < 2:
        listed = _list_anchors(root, url, base)
        if listed and not _inside_entry(listed, anchors):  # an entry's own lines: no list
            anchors, title_list = listed, True
    containers = _containers(anchors)
    if title_list and len(containers) == 1:  # a list of one: its item, not the whole page
        for key, links in anchors.items():
            if (item := _list_item(links[0])) is not None:
                containers[key] = item
    bodies = {key: _body(el, anchors[key]) for key, el in containers.items()}
    order = numeric_date_order(_order_samples(containers, bodies), _page_locale(root))
    raw_dates = {key: _read_date(el, anchors[key], bodies[key], key, order)
                 for key, el in containers.items()}
    keys = _listing(containers, {k: v is not None for k, v in raw_dates.items()})

    dates = _drop_unlikely_dates([raw_dates[k] for k in keys], today or date.today())
    shown = [_shown(containers[k], bodies[k], anchors[k], k, base) for k in keys]
    excerpts, uncertain = _decide_excerpts(shown)
    posts: list[ListedPost] = []
    for key, published, is_excerpt in zip(keys, dates, excerpts, strict=True):
        container, body = containers[key], bodies[key]
        author, categories, tags = _meta(container)
        if body is not None:  # the content travels on its own: its links must not need the page
            _absolute_links(body, base)
        posts.append(ListedPost(
            url=key,
            title=_title(key, anchors[key], container) or None,
            published=published,
            author=author,
            categories=categories,
            tags=tags,
            content_html=(lxml.html.tostring(body, encoding="unicode", with_tail=False)
                          if body is not None else None),
            is_excerpt=is_excerpt,
        ))

    tag, next_url, is_archive = page_verdict(root, url, base, shown,
                                             [bodies[k] for k in keys])
    return ArchivePage(url=url, tag=tag if is_archive else None, posts=posts,
                       next_url=next_url, is_archive=is_archive,
                       display_uncertain=is_archive and bool(posts) and uncertain)


def page_root(html: str | bytes, url: str) -> tuple[etree._Element | None, str]:
    """The page's tree (None where the bytes hold no document) and the base its links
    resolve against (its ``<base href>``, else ``url``)."""
    # Plain lxml elements: the lxml.html element classes cost a Python lookup per node.
    if isinstance(html, bytes):
        root = _root_of_bytes(html, url)
    else:  # lxml refuses str input that declares an encoding
        root = etree.fromstring(_STR_INPUT.sub("", html), _PARSER)
    if root is None:
        return None, url
    base_el = root.find(".//base[@href]")
    return root, (urljoin(url, base_el.get("href").strip()) if base_el is not None else url)


def page_verdict(root: etree._Element, url: str, base: str, shown: list[_Shown],
                 bodies: list[etree._Element | None]) -> tuple[str | None, str | None, bool]:
    """The page's tag, its older page and whether it is an archive, given what its
    listing shows (``shown`` and ``bodies``, one a listed post, in order). Read once here
    for :func:`parse_archive` and the crawler's cheap read
    (:mod:`normalizer.pages.archive_links`), which must answer alike."""
    classes = _body_classes(root)
    single = _single_post_page(root, url, classes)
    tag = _archive_tag(root, url)
    next_url = None if single else _next_url(root, url, base)
    path = urlsplit(url).path
    archive_path = any(p.search(path) for p in cues.TAG_URL_PATTERNS) or bool(
        cues.ARCHIVE_PATH_RE.search(path))
    if shown:
        says_listing = (tag is not None or next_url is not None or archive_path
                        or bool(classes & set(cues.ARCHIVE_BODY_CLASSES)))
        is_archive = not single and (len(shown) >= 2 or says_listing)
        if is_archive and not says_listing \
                and all(s.length <= _TEASER_LENGTH for s in shown) \
                and _article_beside_cards(root, bodies):
            is_archive = False  # a news article beside teaser cards of other articles
    else:  # an empty archive says so in its URL; a post page with prev/next links does not
        is_archive = not single and any(p.search(path) for p in cues.TAG_URL_PATTERNS)
    return tag, next_url, is_archive
