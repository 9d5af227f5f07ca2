"""``scrapy crawl tagarchive -a url=ARCHIVE_URL -O posts.jsonl``.

Thin on purpose: ``normalizer.pages.archive.parse_archive`` says what a page lists; this spider
only decides what to fetch next. A post shown in full on an archive page is taken from
there (no request); an excerpt is followed to its permalink; the older page is followed
until ``since``/``max_pages`` say stop. De-duplication is the scheduler's dupefilter on
canonical URLs, which also records posts taken from archive pages, so the same post under
two tags, two pages or ``?share=`` links is emitted once, across ``JOBDIR`` resumes too.
Callbacks are methods and arguments plain values, so requests pickle for ``JOBDIR`` and
for Redis.

``-a via=auto|api|feed|html``: a start URL's first page decides, once, whether its posts
come from the platform's REST API, its feed or these HTML pages (``crawler.platforms``);
the API and feed callbacks, and their fallbacks, live in ``crawler.sources``.

With ``-s REDIS_URL=...`` (or ``$TAGWIRE_REDIS_URL``) the crawl is distributed
(:mod:`crawler.distributed`): ``update_settings`` switches to the shared Redis frontier,
``-a url`` becomes optional (seeds come from ``tagarchive:start_urls``). Either way the
spider talks to its scheduler through :class:`crawler.frontier.FrontierScheduler`: which
posts an archive page took, and when a failed request is done.
"""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler.args import CrawlArgs, SpiderArgumentError, check_argument_names
from crawler.distributed import config as distributed
from crawler.frontier import FrontierScheduler, InProcessFrontier, frontier_of
from crawler.items import listed_item, page_item
from crawler.middlewares import note_failed_request
from crawler.offload import parsed_archive
from crawler.pagination import (
    AHEAD_META,
    CHAIN_META,
    DEFAULT_PAGES_AHEAD,
    DEFAULT_PAGES_MAX,
    PagesAhead,
    next_in_sequence,
    numbered,
    pager_last,
)
from crawler.platforms import SourcePlan, ViaError, check_via
from crawler.sources import NativeSources
from normalizer.pages.archive import parse_archive
from normalizer.pages.archive_links import excerpt_links
from normalizer.pages.urls import canonical_post_url

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings

    from crawler.items import PostItem
    from normalizer.pages.archive import ArchivePage

log = logging.getLogger(__name__)

#: Permalink requests go before the next archive page, so the queue stays one page deep.
POST_PRIORITY = 10
#: Archive pages of a host the cheap read (excerpts only) may fail on before the host's
#: pages are all read in full: a featured post shown whole on a first page does not
#: end it; a full-content archive pays the cheap read's half a parse twice, not a page.
CHEAP_READ_MISSES = 2


def read_listing(html: str | bytes, url: str, misses: dict[str, int]) -> ArchivePage:
    """The archive page at ``url`` as a crawl that follows every post reads it: the
    cheap read of a page of excerpts (:func:`~normalizer.pages.archive_links.excerpt_links`)
    while its host has missed fewer than :data:`CHEAP_READ_MISSES` times (``misses``, by
    host, counted here), else :func:`parse_archive`. The spider's reading, and the
    offline reference's of ``benchmarks/bench_crawl.py`` (like for like)."""
    host = urlsplit(url).netloc
    if misses.get(host, 0) < CHEAP_READ_MISSES:
        page = excerpt_links(html, url)
        if page is not None:
            return page
        misses[host] = misses.get(host, 0) + 1
    return parse_archive(html, url)


class _Turn:
    """What :meth:`TagArchiveSpider.read_archive_page` yields last when the next page
    came before its turn: :meth:`TagArchiveSpider.parse` reads it next."""

    __slots__ = ("response",)

    def __init__(self, response: Response) -> None:
        self.response = response


def pages_ahead(crawler: Crawler) -> int:
    """``ARCHIVE_PAGES_AHEAD``: numbered archive pages requested beyond the next one.
    None with ``JOBDIR`` or a distributed crawl: a page requested ahead waits in this
    process's memory for its turn, which a resumed or another process would not know."""
    s = crawler.settings
    n = s.getint("ARCHIVE_PAGES_AHEAD", DEFAULT_PAGES_AHEAD)
    if n and (s.get("JOBDIR") or s.get("REDIS_URL")):
        log.info("ARCHIVE_PAGES_AHEAD=%d is not used with JOBDIR or REDIS_URL: archive "
                 "pages are fetched one after another", n)
        return 0
    return max(0, n)


class TagArchiveSpider(NativeSources, scrapy.Spider):
    name = "tagarchive"

    def __init__(self, *args: Any, url: str | None = None, urls_file: str | None = None,
                 since: str | None = None, max_pages: str | None = None,
                 follow: str | None = None, via: str | None = None, **kwargs: Any) -> None:
        check_argument_names(kwargs)  # a misspelled -a name fails here, before any request
        super().__init__(*args, **kwargs)
        # Whether a start URL is required depends on the settings: see from_crawler.
        self.args = CrawlArgs.parse(url=url, urls_file=urls_file, since=since,
                                    max_pages=max_pages, follow=follow, require_urls=False)
        try:  # REST API, feed or HTML archive pages: see crawler.platforms
            self.via = check_via(via)
        except ViaError as exc:
            raise SpiderArgumentError(str(exc)) from None
        #: The scheduler as this spider sees it; the crawl's own from ``spider_opened`` on
        #: (the scheduler is open by then). Tests may set one.
        self.frontier: FrontierScheduler = InProcessFrontier(None)
        #: Archive pages requested ahead of their turn (none until from_crawler says).
        self.ahead = PagesAhead(0, lambda request: b"")
        #: Archive pages of each host the cheap read left to the full one (read_archive).
        self.cheap_misses: dict[str, int] = {}

    @classmethod
    def update_settings(cls, settings: BaseSettings) -> None:
        super().update_settings(settings)
        # Names scrapy-redis's classes only if a Redis URL is given; Scrapy imports them.
        distributed.configure(settings)

    @classmethod
    def from_crawler(cls, crawler: Crawler, *args: Any, **kwargs: Any) -> TagArchiveSpider:
        try:
            spider = super().from_crawler(crawler, *args, **kwargs)
            spider.api_per_page = crawler.settings.getint("WP_API_PER_PAGE", spider.api_per_page)
            crawler.signals.connect(spider.use_crawl_frontier, signal=signals.spider_opened)
            # The crawler's fingerprinter is made after the spider: looked up when used.
            spider.ahead = PagesAhead(
                pages_ahead(crawler),
                lambda request: crawler.request_fingerprinter.fingerprint(request))
            if spider.ahead.ahead:
                crawler.signals.connect(spider.ahead_dropped, signal=signals.request_dropped)
                crawler.signals.connect(spider.ahead.close, signal=signals.spider_closed)
            if not crawler.settings.get("REDIS_URL"):
                spider.args.require_urls()
            return spider
        except SpiderArgumentError as exc:
            log.error("%s", exc)  # one clear line before Scrapy's traceback
            raise

    async def start(self) -> AsyncIterator[scrapy.Request]:
        """Scrapy >= 2.13's entry point."""
        for request in self.start_requests():
            yield request

    def start_requests(self) -> Iterator[scrapy.Request]:
        for url in self.args.urls:
            yield self.seed_request(url)

    def seed_request(self, url: str) -> scrapy.Request:
        """A start URL's request; also how a distributed scheduler turns a seed from
        Redis into a request."""
        return self.archive_request(url, page_no=1)

    # ------------------------------------------------------------------ requests

    def archive_request(self, url: str, page_no: int) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse, errback=self.on_error,
                              cb_kwargs={"page_no": page_no})

    def post_request(self, url: str, archive_url: str, tag: str | None) -> scrapy.Request:
        return scrapy.Request(url, callback=self.parse_post, errback=self.on_error,
                              priority=POST_PRIORITY,
                              cb_kwargs={"archive_url": archive_url, "tag": tag})

    def first_time(self, url: str, response: Response | None = None) -> bool:
        """Record ``url`` as seen in the scheduler's dupefilter; False if it was already.

        A post taken from an archive page is never requested, so without this the
        dupefilter would not know it; with it, a later permalink request or listing of
        the same post is dropped, and the record survives a ``JOBDIR`` resume. In a
        distributed crawl the post is claimed for ``response``'s lease, so that a page
        re-processed after its worker died emits the posts that were not yet written."""
        return self.frontier.claim_post(scrapy.Request(url), response)

    def use_crawl_frontier(self) -> None:
        """``spider_opened``: talk to the running crawl's scheduler from now on."""
        self.frontier = frontier_of(self.crawler)
        self.ahead.stats = self.crawler.stats

    # ------------------------------------------------------------------ callbacks

    def parse(self, response: Response, page_no: int = 1, plan: SourcePlan | None = None
              ) -> Iterator[scrapy.Request | PostItem]:
        key = response.meta.get(AHEAD_META)
        if key is not None:  # requested ahead of its turn (crawler.pagination.PagesAhead)
            turn = self.ahead.arrived(key, response)
            if turn is None:
                return  # held until the page before it asks for it
            page_no, response.meta[CHAIN_META] = turn
        # This page, then each following page that came before its turn: the requests
        # of all of them before their posts, which wait in Scrapy's item queue for the
        # normalizer (a request behind them would wait too).
        posts: list[PostItem] = []
        page: Response | None = response
        while page is not None:
            ready, page = page, None
            for out in self.read_archive_page(ready, page_no, plan):
                if isinstance(out, _Turn):
                    page, page_no, plan = out.response, page_no + 1, None
                elif isinstance(out, scrapy.Request):
                    yield out
                else:
                    posts.append(out)
        yield from posts

    def read_archive_page(self, response: Response, page_no: int,
                          plan: SourcePlan | None = None
                          ) -> Iterator[scrapy.Request | PostItem | _Turn]:
        stats = self.crawler.stats
        page = parsed_archive(response)  # parsed in a worker (crawler.offload), or here
        if page is None:
            page = self.read_archive(response)
        if page_no == 1 and plan is None:  # a start URL: choose its source once
            plan = self.plan_archive(response)
            if plan.source != "html":
                yield from self.start_source(plan, tag=page.tag)
                return
            stats.inc_value("tagwire/via/html")
        if not page.is_archive and page_no > 1:
            log.warning("next page is not an archive page, stopping here: %s", response.url)
            stats.inc_value("tagwire/pages/not_archive")
            self.release_pages_ahead(response.url)
            return
        if not page.is_archive:
            # A start URL that is a post: the request itself passed the dupefilter.
            stats.inc_value("tagwire/pages/permalink")
            stats.inc_value("tagwire/posts/from_permalink")
            yield self.emit(page_item(canonical_post_url(response.url), response.text,
                                      archive_url=None, tag=None))
            return
        stats.inc_value("tagwire/pages/archive")
        if not page.posts:
            log.warning("archive page lists no posts: %s", response.url)
        if (check := self.unmarked_post_to_check(page)) is not None:  # once per site
            yield self.archive_check_request(check, page, page_no)
            return
        excerpts = self.shows_excerpts(response.url)  # even where unmarked (checked once)
        older = 0
        posts: list[scrapy.Request | PostItem] = []
        for post in page.posts:
            if self.args.since and post.published and post.published < self.args.since:
                older += 1
                continue
            wants_permalink = self.args.follow == "always" or (
                self.args.follow == "auto"
                and (post.is_excerpt or not post.content_html or excerpts))
            if wants_permalink:
                posts.append(self.post_request(post.url, response.url, page.tag))
            elif self.first_time(post.url, response):
                stats.inc_value("tagwire/posts/from_archive")
                posts.append(self.emit(listed_item(post, archive_url=response.url,
                                                   tag=page.tag)))
        # The next page first: Scrapy hands a callback's output to CONCURRENT_ITEMS
        # tasks through a short queue, and items wait there for the normalizer; the
        # request behind them would wait too, and the download of the next page with it.
        request = self.next_archive_request(response, page, page_no, older)
        ready = None
        if request is None:
            self.release_pages_ahead(response.url)
        else:
            ask, ready = self.next_page_ahead(request, page_no)
            if ask:
                yield request
            yield from self.requests_ahead(response, request, page_no)
        yield from posts
        if ready is not None:  # the next page came before its turn: its turn is now
            yield _Turn(ready)

    def read_archive(self, response: Response) -> ArchivePage:
        """The archive page, read as cheaply as this crawl allows. Where every listed
        post will be followed to its permalink whatever the listing says of it (no
        ``since``, ``follow`` not ``never``), a page of excerpts only needs its post URLs
        and next link (:func:`~normalizer.pages.archive_links.excerpt_links`, half the
        work of :func:`parse_archive`). A page it does not answer for is read in full;
        after :data:`CHEAP_READ_MISSES` such pages a host's pages are all read in full
        (a full-content archive does not pay for both reads on every page)."""
        if self.args.since is None and self.args.follow != "never":
            return read_listing(response.text, response.url, self.cheap_misses)
        return parse_archive(response.text, response.url)

    def next_archive_request(self, response: Response, page: ArchivePage, page_no: int,
                             older: int) -> scrapy.Request | None:
        """Page ``page_no + 1`` of the archive, unless ``since``, ``max_pages`` or the
        pagination guards (:mod:`crawler.pagination`) end the chain here."""
        stats = self.crawler.stats
        if older:
            stats.inc_value("tagwire/posts/before_since", older)
            log.info("since %s: %d post(s) older on %s; not paginating further",
                     self.args.since, older, response.url)
            return None
        if not page.next_url:
            return None
        if self.args.max_pages and page_no >= self.args.max_pages:
            log.info("max_pages=%d reached at %s", self.args.max_pages, response.url)
            stats.inc_value("tagwire/max_pages_reached")
            return None
        from crawler.pagination import next_page_wanted

        request = self.archive_request(page.next_url, page_no + 1)
        if next_page_wanted(self.crawler, response, request, [p.url for p in page.posts],
                            page_no):  # ends endless pagination (crawler.pagination)
            return request
        return None

    # ------------------------------------------------------------------ pages ahead

    def next_page_ahead(self, request: scrapy.Request, page_no: int
                        ) -> tuple[bool, Response | None]:
        """Whether to ask for the next page (``request``) now, and its response if it
        was requested ahead and has come. Requested ahead and still on its way: it is
        read when it comes (:meth:`parse`). Requested ahead and failed: the failure is
        reported now, as it would have been had the page been asked for now."""
        if not self.ahead.ahead:
            return True, None
        entry = self.ahead.want(self.ahead.key(request), page_no + 1,
                                request.meta.get(CHAIN_META) or [])
        if entry is None or (entry.dropped and not entry.arrived):
            # Not requested ahead; or seen before, and then the scheduler drops (and
            # counts) this request as it would have without the pages ahead.
            return True, None
        if not entry.arrived:
            return False, None
        if isinstance(entry.result, Failure):
            self.ahead_failed(entry.result)
            return False, None
        entry.result.meta[CHAIN_META] = request.meta.get(CHAIN_META)
        return False, entry.result

    def requests_ahead(self, response: Response, request: scrapy.Request, page_no: int
                       ) -> Iterator[scrapy.Request]:
        """The numbered pages after ``request`` (the next page), requested now so that
        several pages of the archive are on their way at once (``ARCHIVE_PAGES_AHEAD``):
        never past the last page a numbered pager shows, ``ARCHIVE_PAGES_MAX`` or
        ``max_pages``. Each is read only when the page before it asks for it."""
        if not self.ahead.ahead:
            return
        following = next_in_sequence(response.url, request.url)
        if following is None:  # not the next number: the chain goes on page by page
            self.release_pages_ahead(response.url)
            return
        last = pager_last(response.text, response.url, following)
        limits = [n for n in (self.crawler.settings.getint("ARCHIVE_PAGES_MAX",
                                                           DEFAULT_PAGES_MAX),
                              self.args.max_pages) if n]
        for j, (url, position) in enumerate(
                self.ahead.plan(following, page_no, last, min(limits, default=None)), 1):
            ahead = scrapy.Request(url, callback=self.parse, errback=self.on_ahead_error,
                                   priority=-j, cb_kwargs={"page_no": position})
            key = self.ahead.key(ahead)
            if self.ahead.register(key, following.archive, following.number + j):
                ahead.meta[AHEAD_META] = key
                yield ahead

    def release_pages_ahead(self, url: str) -> None:
        """The chain stopped at ``url``: the pages requested ahead beyond it are not
        read."""
        if self.ahead.ahead and (here := numbered(url)) is not None:
            self.ahead.release(here.archive, here.number)

    def on_ahead_error(self, failure: Failure) -> None:
        """A page requested ahead failed: reported when its turn comes (if it comes:
        past the archive's last page, a 404 is what was expected)."""
        request = failure.request  # type: ignore[attr-defined]
        if self.ahead.arrived(request.meta[AHEAD_META], failure) is not None:
            self.ahead_failed(failure)

    def ahead_failed(self, failure: Failure) -> None:
        request = failure.request  # type: ignore[attr-defined]
        if not failure.check(HttpError):  # the downloader's failures, counted by SiteGuard
            note_failed_request(self.crawler, request, failure.value)
        self.on_error(failure)
        self.release_pages_ahead(request.url)

    def ahead_dropped(self, request: scrapy.Request, **kwargs: Any) -> None:
        """``request_dropped``: a page requested ahead was seen before."""
        if (key := request.meta.get(AHEAD_META)) is not None:
            self.ahead.dropped(key)

    def parse_post(self, response: Response, archive_url: str | None = None,
                   tag: str | None = None) -> Iterator[PostItem]:
        self.crawler.stats.inc_value("tagwire/pages/permalink")
        self.crawler.stats.inc_value("tagwire/posts/from_permalink")
        yield self.emit(page_item(canonical_post_url(response.url), response.text,
                                  archive_url=archive_url, tag=tag))

    def emit(self, item: PostItem) -> PostItem:
        self.crawler.stats.inc_value("tagwire/posts")
        return item

    # ------------------------------------------------------------------ failures

    def on_error(self, failure: Failure) -> None:
        """Log a failed request with its URL and count it; the crawl goes on."""
        request = failure.request  # type: ignore[attr-defined]  # Scrapy sets it on failures
        stats = self.crawler.stats
        if failure.check(HttpError):
            status = failure.value.response.status
            stats.inc_value(f"tagwire/errors/http_{status}")
            log.warning("HTTP %d, skipped: %s", status, request.url)
        elif failure.check(IgnoreRequest):
            stats.inc_value("tagwire/errors/ignored")
            log.info("not fetched (%s): %s", failure.value or "ignored", request.url)
        else:
            kind = failure.type.__name__ if failure.type else "error"
            stats.inc_value(f"tagwire/errors/{kind}")
            log.warning("%s after retries, skipped: %s (%s)", kind, request.url, failure.value)
        self.frontier.request_failed(request)  # a distributed crawl acks the request's lease
