"""When an archive's pagination ends, beyond "there is no next link".

Some set-ups answer ``/page/N/`` for any N with the same posts (WordPress serving its
last page), or invent pages forever; an API may claim ``X-WP-TotalPages: 10000``, a feed
may hand out ``next`` links without end. Two rules end such chains, for archive pages
and for API and feed pages alike (:mod:`crawler.sources`):

- a page that lists no post the chain's recent pages did not already list ends it
  (the chain carries 8-hex-digit digests of the posts of its last
  :data:`WINDOW_PAGES` pages in ``request.meta[CHAIN_META]``, so the rule holds across
  workers and JOBDIR resumes);
- at most ``ARCHIVE_PAGES_MAX`` archive pages (default :data:`DEFAULT_PAGES_MAX`; 0 = no
  cap) per start URL; reaching it is logged with the URL and counted
  (``tagwire/pagination/cap_reached``), so the summary shows it.

"New" is per chain, not per crawl: a tag archive whose page lists only posts already
found under another tag still paginates (its next page may hold posts the other did
not).
"""
from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Iterable
from dataclasses import dataclass
from html import unescape
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, urljoin, urlsplit

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

log = logging.getLogger(__name__)

CHAIN_META = "tagwire_chain"
#: Pages whose posts a chain remembers: an archive that cycles with a longer period is
#: stopped by the cap instead.
WINDOW_PAGES = 5
DEFAULT_PAGES_MAX = 1000


def digest(url: str) -> str:
    from normalizer.pages.urls import canonical_post_url

    return hashlib.sha1(canonical_post_url(url).encode()).hexdigest()[:8]


def next_page_wanted(crawler: Crawler, response: Response, request: Request,
                     post_urls: Iterable[str], page_no: int) -> bool:
    """Whether to follow ``request`` (page ``page_no + 1``) from archive page
    ``response`` (page ``page_no``, listing ``post_urls``); carries the chain's memory
    on ``request`` when it does."""
    stats = crawler.stats
    listed = sorted({digest(u) for u in post_urls})
    window: list[list[str]] = list(response.meta.get(CHAIN_META) or [])
    earlier = {d for page in window for d in page}
    if not set(listed) - earlier:
        log.warning("archive page %d lists no post that the pages before it did not "
                    "(%d listed); end of pagination: %s", page_no, len(listed), response.url)
        if stats is not None:
            stats.inc_value("tagwire/pagination/no_new_posts")
        return False
    cap = crawler.settings.getint("ARCHIVE_PAGES_MAX", DEFAULT_PAGES_MAX)
    if cap and page_no >= cap:
        log.warning("ARCHIVE_PAGES_MAX=%d archive pages reached; not following %s "
                    "(raise ARCHIVE_PAGES_MAX to go further)", cap, request.url)
        if stats is not None:
            stats.inc_value("tagwire/pagination/cap_reached")
        return False
    request.meta[CHAIN_META] = (window + [listed])[-WINDOW_PAGES:]
    return True


# --------------------------------------------------------------------------- pages ahead
#
# An archive read page after page waits for each page before it can ask for the next
# (the older link is on the page): one page in flight, whatever the concurrency. Where the
# pages are numbered, the next few are requested at once and each is read when its turn
# comes (:class:`PagesAhead`): what is read, recorded and where the chain stops stay those
# of the page-by-page crawl; only the fetching overlaps.

#: Archive addresses that number their pages: ``("path", pattern)`` with the number as
#: the pattern's group 1 (WordPress pretty permalinks ``/page/N/``, also Tumblr's
#: ``/tagged/x/page/N``, Ghost, Hugo), ``("query", name)`` a query parameter (WordPress
#: plain permalinks ``?paged=N``; ``?page=N`` elsewhere). Blogger's older-posts links
#: carry a timestamp (``updated-max``), not a number: such archives are read one page
#: after another, as are archives whose next link is not the next number.
PAGE_NUMBER_SHAPES: tuple[tuple[str, str], ...] = (
    ("path", r"/page/(\d+)/?$"),
    ("query", "paged"),
    ("query", "page"),
)
_PATH_SHAPES = [re.compile(p) for kind, p in PAGE_NUMBER_SHAPES if kind == "path"]
_QUERY_SHAPES = [re.compile(rf"(?:^|&){re.escape(name)}=(\d+)(?=&|$)")
                 for kind, name in PAGE_NUMBER_SHAPES if kind == "query"]
#: Links whose address may hold a page number, with what the link says (a numbered
#: pager's link says its number: "2", "Page 2").
_PAGE_LINK = re.compile(
    r"""<a\b[^>]*?\bhref\s*=\s*["']([^"']*page[^"']*)["'][^>]*>(.{0,200}?)</a>""",
    re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
#: Request meta of a page requested ahead of its turn: its key in :class:`PagesAhead`.
AHEAD_META = "tagwire_ahead"
#: Default of ``ARCHIVE_PAGES_AHEAD``: numbered pages requested beyond the next one.
DEFAULT_PAGES_AHEAD = 3
#: Pages a chain reads before it requests any ahead, then one more a page: most tag
#: archives are a page or two long, and a page requested past the last costs the site
#: a 404 (an older link does not say how many pages there are).
AHEAD_AFTER_PAGES = 2


@dataclass(frozen=True)
class Numbered:
    """An archive page address with its page number, and how to write the others."""

    url: str
    number: int
    start: int  # where the number is in ``url``
    end: int

    @property
    def archive(self) -> str:
        """The address with the number left out: the same for every page of an archive."""
        return self.url[:self.start] + "#" + self.url[self.end:]

    def page(self, number: int) -> str:
        return f"{self.url[:self.start]}{number}{self.url[self.end:]}"


def numbered(url: str) -> Numbered | None:
    """``url`` as a numbered archive page (:data:`PAGE_NUMBER_SHAPES`), or None."""
    parts = urlsplit(url)
    for pattern in _PATH_SHAPES:
        if m := pattern.search(parts.path):
            offset = len(url.split("?", 1)[0].split("#", 1)[0]) - len(parts.path)
            return Numbered(url, int(m[1]), offset + m.start(1), offset + m.end(1))
    if parts.query:
        offset = url.index("?") + 1
        for pattern in _QUERY_SHAPES:
            if m := pattern.search(parts.query):
                return Numbered(url, int(m[1]), offset + m.start(1), offset + m.end(1))
    return None


def _first_page(page: Numbered) -> tuple[str, str, str, tuple[tuple[str, str], ...]]:
    """What the archive's unnumbered first page looks like, to compare addresses."""
    parts = urlsplit(page.url)
    path = parts.path
    for pattern in _PATH_SHAPES:
        if m := pattern.search(path):
            path = path[:m.start()]
    query = tuple(sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                         if not any(p.search(f"{k}={v}") for p in _QUERY_SHAPES)))
    return parts.netloc.lower(), parts.scheme, path.rstrip("/"), query


def next_in_sequence(url: str, next_url: str) -> Numbered | None:
    """``next_url`` as a numbered page when it is the page after ``url``: the same
    archive, number + 1 (page 2 after the unnumbered first page); else None."""
    following = numbered(next_url)
    if following is None:
        return None
    here = numbered(url)
    if here is not None:
        ok = here.archive == following.archive and following.number == here.number + 1
    else:
        parts = urlsplit(url)
        query = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
        ok = following.number == 2 and _first_page(following) == (
            parts.netloc.lower(), parts.scheme, parts.path.rstrip("/"), query)
    return following if ok else None


def pager_last(html: str, base: str, following: Numbered) -> int | None:
    """The highest page number a numbered pager on the page shows for this archive
    ("1 2 3 ... 57 Next"), or None when it shows no pager, only an older link, which
    says nothing of how many pages there are. Pagers show the last page; one showing a
    window of numbers only makes the crawl request fewer pages ahead."""
    shown = False
    highest = following.number
    for href, inner in _PAGE_LINK.findall(html):
        page = numbered(urljoin(base, unescape(href.strip())))
        if page is None or page.archive != following.archive:
            continue
        words = _TAG.sub(" ", inner).split()
        if words and words[-1] == str(page.number):
            shown = True
        highest = max(highest, page.number)
    return highest if shown else None


@dataclass
class _Ahead:
    archive: str
    number: int
    result: Any = None              # the Response, or the Failure, once it came
    arrived: bool = False
    dropped: bool = False           # the scheduler had seen it: nothing will come
    released: bool = False          # past where its chain stopped
    turn: tuple[int, list[list[str]]] | None = None  # (page_no, chain window) once wanted


class PagesAhead:
    """Archive pages requested before their turn, until their chain reaches them.

    Keyed by the dupefilter's fingerprint (the same notion of "the same page"). A page
    that comes before its turn is held; when the page before it asks for it, it is read
    (:meth:`want`), or, if it is still on its way, read when it comes (:meth:`arrived`).
    A chain that stops (no next page, ``since``, ``max_pages``, the pagination rules, a
    next link that is not the next number) lets go of its pages beyond
    (:meth:`release`): held ones are dropped, later ones dropped when they come. At
    most ``ahead`` pages per chain are in flight beyond the next, so memory is bounded.
    """

    def __init__(self, ahead: int, fingerprint: Any, stats: Any = None) -> None:
        self.ahead = max(0, ahead)
        self.fingerprint = fingerprint  # Request -> bytes, the dupefilter's
        self.stats = stats
        self.pages: dict[bytes, _Ahead] = {}
        self.requested = 0
        self.unused = 0

    def _count(self, what: str, n: int = 1) -> None:
        setattr(self, what, getattr(self, what) + n)
        if self.stats is not None and n:
            self.stats.inc_value(f"tagwire/pages_ahead/{what}", n)

    def key(self, request: Request) -> bytes:
        return bytes(self.fingerprint(request))

    def plan(self, following: Numbered, page_no: int, last: int | None,
             limit: int | None) -> list[tuple[str, int]]:
        """Pages to request ahead of ``following`` (page ``page_no + 1`` of its chain):
        ``(url, page_no)`` of each, none before the chain has read
        :data:`AHEAD_AFTER_PAGES` pages, then one more each page up to ``ahead``; never
        past the pager's ``last`` page nor past chain position ``limit``
        (``ARCHIVE_PAGES_MAX``, ``max_pages``)."""
        out = []
        for j in range(1, min(self.ahead, page_no - AHEAD_AFTER_PAGES) + 1):
            number, position = following.number + j, page_no + 1 + j
            if (last is not None and number > last) or (limit and position > limit):
                break
            out.append((following.page(number), position))
        return out

    def register(self, key: bytes, archive: str, number: int) -> bool:
        """Note a page about to be requested ahead; False if it is already known."""
        if key in self.pages:
            return False
        self.pages[key] = _Ahead(archive, number)
        self._count("requested")
        return True

    def want(self, key: bytes, page_no: int, window: list[list[str]]) -> _Ahead | None:
        """The chain asks for the page ``key`` as its page ``page_no``: its entry if it
        was requested ahead (taken out when it came, failed or was dropped; marked as
        wanted while still on its way), else None (request it the usual way)."""
        entry = self.pages.get(key)
        if entry is None:
            return None
        if entry.turn is not None:  # another chain reached it first: as if seen before
            return None
        if entry.arrived or entry.dropped:
            del self.pages[key]
            return entry
        entry.released = False
        entry.turn = (page_no, window)
        return entry

    def arrived(self, key: bytes, result: Any) -> tuple[int, list[list[str]]] | None:
        """A page requested ahead came (a Response, or a Failure): its turn if its
        chain is waiting for it (then read it now), else None (held, or dropped when
        its chain has stopped before it)."""
        entry = self.pages.get(key)
        if entry is None:
            return None
        if entry.turn is not None:
            del self.pages[key]
            return entry.turn
        if entry.released:
            del self.pages[key]
            self._count("unused")
            return None
        entry.result, entry.arrived = result, True
        return None

    def dropped(self, key: bytes) -> None:
        """The scheduler refused a page requested ahead (seen before)."""
        entry = self.pages.get(key)
        if entry is not None:
            entry.dropped = True

    def release(self, archive: str, after: int) -> None:
        """The chain of ``archive`` stopped at page number ``after``: let go of the
        pages beyond."""
        for key, entry in list(self.pages.items()):
            if entry.archive == archive and entry.number > after and entry.turn is None:
                if entry.arrived or entry.dropped:
                    del self.pages[key]
                    self._count("unused")
                else:
                    entry.released = True

    def close(self) -> int:
        """At the crawl's end: the pages requested ahead never read, all told."""
        self._count("unused", len(self.pages))
        self.pages.clear()
        return self.unused
