"""Understand an archive page: which posts it lists, whether each is shown in full or as an
excerpt, and where the next (older) page is.

Posts are recognised by structure rather than by one theme's class names: a post is a
heading (or ``rel=bookmark``) link to a permalink on the same site, and its container is
the largest ancestor that holds no other such link; the body is the container's content
element by class cue, else its largest block of paragraphs. The cues live in
``normalizer.cues.platforms``. The crawler uses this to decide what to fetch next, and
``tagwire normalize`` can use it on saved archive pages; it never imports Scrapy.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import unquote, urljoin, urlsplit

import lxml.html
from lxml import etree

from normalizer.cues import platforms as cues
from normalizer.model import PostMeta
from normalizer.pages.dom import class_tokens, has_class, squashed_text, xpath
from normalizer.pages.urls import canonical_post_url, looks_like_permalink, same_site
from normalizer.text.dates import parse_any_date

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
    """What an archive page says: its tag, its posts in order, and its older page."""

    url: str
    tag: str | None
    posts: list[ListedPost]
    next_url: str | None
    is_archive: bool


# --------------------------------------------------------------------------- text helpers

def _excluded(el: etree._Element) -> bool:
    """True when ``el`` sits in page chrome (sidebar, widgets, comments, related posts)."""
    for anc in el.iterancestors():
        if not isinstance(anc.tag, str):
            continue
        if anc.tag in cues.EXCLUDED_TAGS or has_class(anc, cues.EXCLUDED_CLASSES):
            return True
    return False


# --------------------------------------------------------------------------- dates

_URL_DATE = re.compile(r"/(\d{4})/(\d{2})/(\d{2})/")


def _ymd(y: int, m: int, d: int) -> str | None:
    try:
        return date(y, m, d).isoformat()
    except ValueError:
        return None


def _post_date(container: etree._Element, body: etree._Element | None, permalink: str,
               languages: list[str] | None) -> str | None:
    for xp in cues.LISTED_DATE_XPATHS:
        for value in xpath(container, xp):
            if found := parse_any_date(str(value), languages):
                return found
    for xp in cues.LISTED_DATE_TEXT_XPATHS:
        for el in xpath(container, xp):
            if body is not None and (el is body or body in el.iterancestors()
                                     or el in body.iterancestors()):
                continue
            if found := parse_any_date(squashed_text(el), languages):
                return found
    for el in xpath(container, cues.DATE_HEADER_XPATH):
        if found := parse_any_date(squashed_text(el), languages):
            return found
    if m := _URL_DATE.search(urlsplit(permalink).path):
        return _ymd(int(m[1]), int(m[2]), int(m[3]))
    return None


# --------------------------------------------------------------------------- posts

def _title_links(root: etree._Element, page_url: str, base: str) -> list[etree._Element]:
    """Links that title a post: inside a heading, or marked rel=bookmark; not in chrome.
    Their ``href`` is made absolute in place."""
    found: list[etree._Element] = []
    seen: set[str] = set()
    for a in xpath(root, cues.TITLE_LINKS_XPATH):
        href = urljoin(base, a.get("href").strip())
        if not looks_like_permalink(href, page_url) or _excluded(a):
            continue
        key = canonical_post_url(href)
        if key in seen:  # e.g. a thumbnail link and a title link to the same post
            continue
        seen.add(key)
        a.set("href", href)
        found.append(a)
    return found


def _container(link: etree._Element, counts: dict[etree._Element, int]) -> etree._Element:
    """The post's container: the nearest ancestor with a post cue, else the largest
    ancestor that holds no other title link (``counts``: title links under each element)."""
    best = link
    for anc in link.iterancestors():
        if anc.tag in ("body", "html") or counts.get(anc, 0) > 1:
            break
        best = anc
        if anc.tag in cues.POST_CONTAINER_TAGS or has_class(anc, cues.POST_CONTAINER_CLASSES):
            return anc
    return best


def _link_counts(links: list[etree._Element]) -> dict[etree._Element, int]:
    counts: dict[etree._Element, int] = {}
    for a in links:
        for anc in a.iterancestors():
            counts[anc] = counts.get(anc, 0) + 1
    return counts


_CONTENT_RANK = {token: rank for rank, token in enumerate(cues.CONTENT_CLASSES)}


def _body(container: etree._Element, heading: etree._Element) -> etree._Element | None:
    best, best_rank = None, len(_CONTENT_RANK)
    for el in container.iterdescendants():
        if not isinstance(el.tag, str) or not (el.get("class") or el.get("id")):
            continue
        for token in class_tokens(el):
            rank = _CONTENT_RANK.get(token)
            if rank is not None and rank < best_rank:
                best, best_rank = el, rank
        if best_rank == 0:
            break
    if best is not None:
        return best
    # No cue: the descendant with the most paragraph text that is not the heading.
    best_len = 0
    for el in container.iter("div", "section"):
        if heading in el.iterdescendants():
            continue
        n = sum(len(squashed_text(p)) for p in el.iter("p"))
        if n > best_len:
            best, best_len = el, n
    return best


def _is_excerpt(body: etree._Element | None, permalink: str, base: str) -> bool:
    text = squashed_text(body)
    if body is None or not text:
        return True
    if has_class(body, cues.EXCERPT_CONTENT_CLASSES):
        return True
    target = canonical_post_url(permalink)
    for a in body.iter("a"):
        href = urljoin(base, a.get("href") or "")
        words = squashed_text(a).lower()
        to_post = href and canonical_post_url(href) == target
        if has_class(a, cues.MORE_LINK_CLASSES) and (to_post or "#more" in href):
            return True
        if to_post and words.startswith(cues.MORE_LINK_WORDS):
            return True
    for el in body.iter():
        if isinstance(el.tag, str) and has_class(el, cues.READ_MORE_CLASSES):
            return True
    tail = text[-12:]
    return tail.endswith(cues.TRUNCATION_ENDINGS)


def _dedupe(values: list[str]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and v not in out:
            out.append(v)
    return out


def _listed_post(link: etree._Element, container: etree._Element,
                 languages: list[str] | None, base: str) -> ListedPost:
    url = canonical_post_url(link.get("href"))
    heading = next((a for a in link.iterancestors() if a.tag in ("h1", "h2", "h3", "h4")), link)
    body = _body(container, heading)
    is_excerpt = _is_excerpt(body, url, base)
    if body is not None:  # the content travels on its own: its links must not need the page
        body.make_links_absolute(base, resolve_base_href=False, handle_failures="ignore")
    categories = _dedupe([squashed_text(a) for a in xpath(container, cues.CATEGORY_XPATH)])
    tags: list[str] = []
    for xp in cues.TAG_XPATHS:
        tags.extend(squashed_text(a) for a in xpath(container, xp)
                    if "category" not in (a.get("rel") or ""))
    author = None
    for xp in cues.AUTHOR_XPATHS:
        hits = [t for t in (squashed_text(el) for el in xpath(container, xp)) if t]
        if hits:
            author = cues.AUTHOR_PREFIX_RE.sub("", hits[0]) or None
            break
    return ListedPost(
        url=url,
        title=squashed_text(link) or link.get("title") or None,
        published=_post_date(container, body, url, languages),
        author=author,
        categories=categories,
        tags=_dedupe(tags),
        content_html=(lxml.html.tostring(body, encoding="unicode", with_tail=False)
                      if body is not None else None),
        is_excerpt=is_excerpt,
    )


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
        words = re.sub(r"[^\w\s]", " ", squashed_text(a).lower())
        words = " ".join(words.split())
        if not words or any(w in words for w in cues.NEWER_LINK_WORDS):
            continue
        if (words in cues.NEXT_LINK_WORDS or words.startswith(cues.NEXT_LINK_WORDS[:5])) \
                and (found := ok(a.get("href"))):
            return found
    # /page/N/ -> /page/N+1/ when the page links to it.
    m = cues.PAGE_N.search(urlsplit(url).path)
    n = int(m[1]) if m else 1
    stem = urlsplit(url).path[: m.start()] if m else urlsplit(url).path.rstrip("/")
    want = f"{stem}/page/{n + 1}"
    for a in root.iter("a"):
        href = a.get("href") or ""
        if urlsplit(urljoin(base, href)).path.rstrip("/") == want and (found := ok(href)):
            return found
    return None


def _body_classes(root: etree._Element) -> set[str]:
    body = root.find(".//body")
    return set((body.get("class") or "").lower().split()) if body is not None else set()


def _languages(root: etree._Element) -> list[str] | None:
    lang = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "")
    code = lang.split("-")[0].lower()
    return [code] if len(code) == 2 else None


def parse_archive(html: str | bytes | etree._Element, url: str) -> ArchivePage:
    """Read an archive page (or a single post's page) fetched from ``url``.

    ``html`` may be a page already parsed (the normalizer's tree: one parse per page);
    its links are made absolute in place."""
    if isinstance(html, etree._Element):
        root = html
    elif isinstance(html, bytes):
        root = lxml.html.document_fromstring(html)
    else:
        # lxml refuses str input that declares an encoding.
        root = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html))
    base_el = root.find(".//base[@href]")
    base = urljoin(url, base_el.get("href").strip()) if base_el is not None else url
    languages = _languages(root)

    links = _title_links(root, url, base)
    counts = _link_counts(links)
    posts = [_listed_post(a, _container(a, counts), languages, base) for a in links]

    classes = _body_classes(root)
    single = bool(classes & set(cues.SINGLE_BODY_CLASSES)) and not (
        classes & set(cues.ARCHIVE_BODY_CLASSES))
    tag = _archive_tag(root, url)
    next_url = None if single else _next_url(root, url, base)
    if posts:
        is_archive = not single and (len(posts) >= 2 or tag is not None or next_url is not None
                                     or bool(classes & set(cues.ARCHIVE_BODY_CLASSES)))
    else:  # an empty archive says so in its URL; a post page with prev/next links does not
        path = urlsplit(url).path
        is_archive = not single and any(p.search(path) for p in cues.TAG_URL_PATTERNS)
    return ArchivePage(url=url, tag=tag if is_archive else None, posts=posts,
                       next_url=next_url, is_archive=is_archive)
