"""Understand a post's permalink page: its title, date, author, categories and tags.

trafilatura's metadata is the starting guess; the page's own post markup (the cues of
:mod:`normalizer.cues.markup`) wins where it speaks, because on blog themes
trafilatura takes the blog's name for the title and comment authors for the author.
The post's content is :mod:`normalizer.stories.extract`'s business.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree
from trafilatura.utils import load_html

from normalizer.cues.markup import (
    COMMENTS_RE,
    HEADING_XPATH,
    PAGE_AUTHOR_META_XPATH,
    PAGE_AUTHOR_XPATH,
    PAGE_DATE_XPATHS,
    TITLE_AFFIX_END_RE,
    TITLE_AFFIX_START_RE,
    TITLE_SEPARATORS,
    TITLE_XPATHS,
)
from normalizer.pages.dom import class_and_id, outside_post, text_of
from normalizer.stories.blocks import clean_text


@dataclass
class PageInfo:
    """What the page says about the post besides its content."""

    title: str | None = None
    published: str | None = None
    author: str | None = None
    categories: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    sitename: str | None = None


def parse_html(markup: str | bytes) -> etree._Element | None:
    """Parse a page or a fragment into an lxml tree (charset detection by trafilatura)."""
    if isinstance(markup, (etree._Element,)):
        return markup
    return load_html(markup)


def page_info(tree: etree._Element, url: str | None) -> PageInfo:
    """Title, date, author, categories and tags, from trafilatura's metadata and the page."""
    from trafilatura.metadata import extract_metadata

    meta = extract_metadata(tree, default_url=url)
    info = PageInfo()
    if meta is not None:
        info.title = meta.title
        info.published = meta.date
        info.categories = [c for c in (meta.categories or []) if c]
        info.tags = [t for t in (meta.tags or []) if t]
        info.sitename = meta.sitename
    info.title = _post_title(tree, info.title, info.sitename)
    info.published = _post_date(tree) or info.published
    info.author = _post_author(tree)
    return info


def _post_date(tree: etree._Element) -> str | None:
    """The post's date from its own markup (htmldate's guess is the fallback)."""
    from normalizer.text.dates import parse_date

    for xp in PAGE_DATE_XPATHS:
        for hit in tree.xpath(xp):
            if not isinstance(hit, str) and outside_post(hit) \
                    and "postmetadata" not in class_and_id(hit):
                continue
            # str(): an lxml "smart string" keeps its whole document alive, and
            # parse_date's cache would keep thousands of them.
            text = str(hit) if isinstance(hit, str) else text_of(hit)
            found = parse_date(text) if text else None
            if found:
                return found
    return None


def _post_title(tree: etree._Element, guess: str | None, sitename: str | None) -> str | None:
    """The post's title, never the blog's name.

    trafilatura takes a page's only ``<h1>`` as its title, which on classic blog themes
    is the blog's name; tagwire looks for the post's own title markup first.
    """
    site = (sitename or "").strip().lower()
    for xp in TITLE_XPATHS:
        for hit in tree.xpath(xp):
            text = clean_text(str(hit) if isinstance(hit, str) else "".join(hit.itertext()))
            if text and text.lower() != site and (isinstance(hit, str) or not outside_post(hit)):
                return _own_heading(text, tree)
    titles = tree.xpath("//title/text()")
    if titles:
        whole = clean_text(str(titles[0]))
        own = _own_heading(whole, tree)
        if own != whole:
            return own
        parts = [p for p in TITLE_SEPARATORS.split(whole) if p and p.lower() != site]
        if parts:
            return max(parts, key=len)
    return guess


def _own_heading(title: str, tree: etree._Element) -> str:
    """The heading the page shows for the post where ``title`` is that heading with the
    site's name around it ("Post title - tennis MAGAZIN", "Blog Name: Post title"); the
    site's name has no more words than the heading."""
    low = title.lower()
    for el in tree.xpath(HEADING_XPATH):
        head = clean_text("".join(el.itertext()))
        if not head or head == title:
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
            if TITLE_AFFIX_START_RE.match(rest) and _words(rest) <= _words(head):
                return head
        elif low.endswith(head.lower()):
            rest = title[:-len(head)]
            if TITLE_AFFIX_END_RE.search(rest) and _words(rest) <= _words(head):
                return head
    return title


def _words(text: str) -> int:
    """Its length in letters and digits (words have no spaces between them in Chinese)."""
    return sum(1 for c in text if c.isalnum())


def _post_author(tree: etree._Element) -> str | None:
    """The blog author: meta name=author, rel=author or a vcard outside the comments.

    trafilatura's author guess takes comment authors on blogs, so tagwire looks itself.
    """
    for content in tree.xpath(PAGE_AUTHOR_META_XPATH):
        if content.strip():
            return content.strip()
    for el in tree.xpath(PAGE_AUTHOR_XPATH):
        if not _in_comments(el):
            text = text_of(el)
            if text and len(text) < 80:
                return text
    return None


def _in_comments(el: etree._Element) -> bool:
    return any(COMMENTS_RE.search(class_and_id(a)) for a in el.iterancestors())
