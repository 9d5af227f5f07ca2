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
from collections.abc import Iterable
from typing import TYPE_CHECKING

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
