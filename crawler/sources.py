"""The tag-archive spider's platform-native sources: the WordPress REST API and feeds
(WordPress, Blogger label feeds), with fallback to the next source when one fails.

A mixin of :class:`crawler.spiders.tagarchive.TagArchiveSpider`, so that its callbacks are
spider methods (requests must name them to pickle for ``JOBDIR`` and Redis) while the
spider module stays about archive pages. Every request carries its
:class:`crawler.platforms.SourcePlan` (plain, picklable values) in ``cb_kwargs``; nothing
about a start URL lives only in memory, except which sources already failed on a host
(so a second tag of the same site does not try them again, and each fallback is logged
once per site).

What a site owner sees with the API: ``GET /wp-json/wp/v2/posts?tags=ID&per_page=100&...``
(or ``/?rest_route=/wp/v2/posts&...``), one request per 100 posts, after the first archive
page and robots.txt.
"""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from crawler import platforms
from crawler.items import page_item, utc_now
from crawler.platforms import SourcePlan
from crawler.records import make_record
from normalizer.pages import feeds, wp_rest

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

    from crawler.args import CrawlArgs
    from crawler.frontier import FrontierScheduler

log = logging.getLogger(__name__)

#: API and feed pages go after permalinks (like archive pages), before nothing else.
SOURCE_PRIORITY = 0
#: Stats key holding the human notes on every plan and fallback (one per site and reason).
NOTES_KEY = "tagwire/via_notes"
#: A post listed without an excerpt marker is an excerpt when its permalink holds more than
#: this many times its words, plus a slack for bylines and credits the listing drops.
EXCERPT_CHECK_RATIO = 1.2
EXCERPT_CHECK_SLACK = 15


def _canonical(url: str) -> str:
    from normalizer.pages.urls import canonical_post_url

    return canonical_post_url(url)


def native_item(post: Any, *, archive_url: str, tag: str | None) -> dict[str, Any]:
    """A post read from the REST API or a full-text feed (same keys as a listed post)."""
    return {"url": _canonical(post.url), "archive_url": archive_url, "tag": tag,
            "fetched_at": utc_now(), "content_html": post.content_html, "title": post.title,
            "published": post.published, "author": post.author,
            "categories": list(getattr(post, "categories", ()) or ()), "tags": list(post.tags)}


class NativeSources:
    """REST API and feed callbacks; expects the spider's ``args``, ``via``, ``crawler``,
    ``first_time``, ``emit``, ``post_request``, ``parse``, ``on_error`` and ``frontier``."""

    if TYPE_CHECKING:  # provided by the spider this class is mixed into
        args: CrawlArgs
        via: str
        crawler: Crawler
        frontier: FrontierScheduler

        def first_time(self, url: str, response: Response | None = None) -> bool: ...
        def emit(self, item: Any) -> Any: ...
        def post_request(self, url: str, archive_url: str,
                         tag: str | None) -> scrapy.Request: ...
        def parse(self, response: Response, page_no: int = 1,
                  plan: SourcePlan | None = None) -> Iterator[Any]: ...
        def on_error(self, failure: Failure) -> None: ...

    #: posts per REST request (the API allows 1..100); settings: WP_API_PER_PAGE.
    api_per_page: int = wp_rest.MAX_PER_PAGE

    # ------------------------------------------------------------------ planning

    def _failed_sources(self) -> dict[str, dict[str, str]]:
        failed: dict[str, dict[str, str]] | None = getattr(self, "_site_failures", None)
        if failed is None:
            failed = {}
            self._site_failures: dict[str, dict[str, str]] = failed
        return failed

    def plan_archive(self, response: Response) -> SourcePlan:
        """Choose the sources for the start URL whose first page is ``response``."""
        found = wp_rest.discover(response.body, response.url, response.headers.getlist("Link"))
        plan = platforms.plan_sources(self.via, response.url, found)
        host = urlsplit(response.url).netloc
        for source, why in self._failed_sources().get(host, {}).items():
            if source in plan.order[:-1]:
                plan = replace(plan, order=tuple(s for s in plan.order if s != source),
                               skipped=(*plan.skipped,
                                        (source, f"failed earlier on this site ({why})")))
        self._note(host, plan.describe())
        return plan

    def _note(self, host: str, text: str) -> None:
        stats = self.crawler.stats
        notes = stats.get_value(NOTES_KEY) or []
        line = f"{host}: {text}"
        if line not in notes:
            notes = [*notes, line]
            stats.set_value(NOTES_KEY, notes)
            log.info("%s", line)

    def start_source(self, plan: SourcePlan, response: Response | None = None,
                     tag: str | None = None) -> Iterator[Any]:
        """The first request(s) of ``plan.source`` (HTML: the archive's first page again)."""
        self.crawler.stats.inc_value(f"tagwire/via/{plan.source}")
        if plan.source == "api":
            if plan.term_id is None:
                yield self._source_request(platforms.term_lookup_url(plan), self.parse_api_term,
                                           plan, tag, page_no=0)
            else:
                yield self.api_request(plan, tag, 1)
        elif plan.source == "feed":
            yield self.feed_request(plan, tag, 1, expected=0)
        else:
            yield scrapy.Request(plan.archive_url, callback=self.parse, errback=self.on_error,
                                 cb_kwargs={"page_no": 1, "plan": plan}, dont_filter=True)

    def _source_request(self, url: str, callback: Any, plan: SourcePlan, tag: str | None,
                        page_no: int, **extra: Any) -> scrapy.Request:
        return scrapy.Request(url, callback=callback, errback=self.on_source_error,
                              priority=SOURCE_PRIORITY,
                              cb_kwargs={"plan": plan, "tag": tag, "page_no": page_no, **extra})

    def api_request(self, plan: SourcePlan, tag: str | None, page_no: int) -> scrapy.Request:
        url = platforms.api_page_url(plan, page_no, per_page=self.api_per_page,
                                     since=self.args.since)
        return self._source_request(url, self.parse_api, plan, tag, page_no)

    def feed_request(self, plan: SourcePlan, tag: str | None, page_no: int, expected: int,
                     url: str | None = None, first: str | None = None) -> scrapy.Request:
        return self._source_request(url or platforms.feed_page_url(plan, page_no),
                                    self.parse_feed, plan, tag, page_no, expected=expected,
                                    first=first)

    # ------------------------------------------------------------------ fallback

    def fall_back(self, plan: SourcePlan, why: str, tag: str | None) -> Iterator[Any]:
        """``plan.source`` failed: log it once per site, count it, go on with the next."""
        stats = self.crawler.stats
        stats.inc_value(f"tagwire/fallback/{plan.source}")
        host = urlsplit(plan.archive_url).netloc
        failed = self._failed_sources().setdefault(host, {})
        first = plan.source not in failed
        failed.setdefault(plan.source, why)
        nxt = plan.fall_back(why)
        target = nxt.source if nxt else "nothing"
        if first:
            log.warning("%s: %s failed (%s); falling back to %s", host, plan.source, why, target)
            self._note(host, f"{plan.source} failed ({why}); fell back to {target}")
        if nxt is not None:
            yield from self.start_source(nxt, tag=tag)

    def on_source_error(self, failure: Failure) -> Iterator[Any]:
        """An API or feed request failed (HTTP error after retries, network error)."""
        request: scrapy.Request = failure.request  # type: ignore[attr-defined]
        kw = request.cb_kwargs
        plan: SourcePlan = kw["plan"]
        if failure.check(HttpError):
            status = failure.value.response.status
            why = f"HTTP {status}"
            self.crawler.stats.inc_value(f"tagwire/errors/{plan.source}_http_{status}")
            if plan.source == "feed" and kw.get("page_no", 1) > 1 and status in (404, 410):
                # WordPress answers a feed page past the last one with 404: the end.
                self.crawler.stats.inc_value("tagwire/feed/ended")
                self._request_done(request)
                return
        else:
            why = f"{failure.type.__name__ if failure.type else 'error'}: {failure.value}"
            self.crawler.stats.inc_value(f"tagwire/errors/{plan.source}_failed")
        yield from self.fall_back(plan, why, kw.get("tag"))
        self._request_done(request)

    def _request_done(self, request: scrapy.Request) -> None:
        """A failed request is finished: a distributed crawl acks its lease."""
        self.frontier.request_failed(request)

    # ------------------------------------------------------------------ callbacks

    def parse_api_term(self, response: Response, plan: SourcePlan, tag: str | None = None,
                       page_no: int = 0) -> Iterator[Any]:
        """The id of the archive's term, from a ``?slug=`` lookup."""
        try:
            terms = wp_rest.parse_terms(response.body, response.url)
        except wp_rest.RestError as exc:
            yield from self.fall_back(plan, str(exc), tag)
            return
        if not terms:
            yield from self.fall_back(plan, f"no {plan.term_kind} {plan.term_slug!r} in the API",
                                      tag)
            return
        self.crawler.stats.inc_value("tagwire/pages/api_lookup")
        yield self.api_request(plan.with_term(int(str(terms[0]["id"]))), tag, 1)

    def parse_api(self, response: Response, plan: SourcePlan, tag: str | None = None,
                  page_no: int = 1) -> Iterator[Any]:
        stats = self.crawler.stats
        try:
            page = wp_rest.parse_posts(response.body, response.url, response.headers,
                                       response.status)
        except wp_rest.RestError as exc:
            yield from self.fall_back(plan, str(exc), tag)
            return
        stats.inc_value("tagwire/pages/api")
        tag = tag or self._term_name(page, plan)
        for post in page.posts:
            if post.protected:
                stats.inc_value("tagwire/posts/protected")
                continue
            yield from self._take(post, plan, tag, response, "api")
        more = (page_no < page.total_pages if page.total_pages is not None
                else len(page.posts) >= self.api_per_page)
        if more and not self._max_pages_reached(page_no, response.url):
            request = self.api_request(plan, tag, page_no + 1)
            if self._next_page_wanted(response, request, page.posts, page_no):
                yield request

    def parse_feed(self, response: Response, plan: SourcePlan, tag: str | None = None,
                   page_no: int = 1, expected: int = 0,
                   first: str | None = None) -> Iterator[Any]:
        stats = self.crawler.stats
        content_type = (response.headers.get("Content-Type") or b"").decode("latin-1")
        try:
            page = feeds.parse_feed(response.body, response.url, content_type)
        except feeds.FeedError as exc:
            yield from self.fall_back(plan, str(exc), tag)
            return
        stats.inc_value("tagwire/pages/feed")
        older = 0
        for post in page.posts:
            if self.args.since and post.published and post.published[:10] < self.args.since:
                older += 1
                continue
            if post.summary_only:
                stats.inc_value("tagwire/feed/summaries")
                if self.args.follow != "never":
                    yield self.post_request(post.url, plan.archive_url, tag)
                    continue
            yield from self._take(post, plan, tag, response, "feed")
        if older:
            stats.inc_value("tagwire/posts/before_since", older)
            return
        expected = expected or len(page.posts)
        head = page.posts[0].url if page.posts else None
        nxt: str | None = None
        if head is not None and head == first:
            # The same first post as the page before: the site ignores the paging asked for.
            self.crawler.stats.inc_value("tagwire/feed/paging_ignored")
        elif page.next_url:
            nxt = page.next_url
        elif plan.feed_kind == "blogger":
            nxt = None if len(page.posts) < feeds.BLOGGER_MAX_RESULTS else platforms.feed_page_url(
                plan, page_no + 1)
        elif plan.feed_kind in platforms.NUMBERED_FEED_KINDS and page.posts \
                and len(page.posts) >= expected:
            # Full pages mean there may be more (WordPress and Ghost answer 404 past the last).
            nxt = platforms.feed_page_url(plan, page_no + 1)
        if nxt and not self._max_pages_reached(page_no, response.url):
            request = self.feed_request(plan, tag, page_no + 1, expected, url=nxt, first=head)
            if self._next_page_wanted(response, request, page.posts, page_no):
                yield request

    # ------------------------------------------------------------------ excerpts, unmarked

    def _displays(self) -> dict[str, str]:
        found: dict[str, str] | None = getattr(self, "_archive_display", None)
        if found is None:
            found = {}
            self._archive_display: dict[str, str] = found
        return found

    def shows_excerpts(self, url: str) -> bool:
        """True once the check below found that this site's archive pages cut posts short
        even where they show no "Continue reading" or "…"."""
        return self._displays().get(urlsplit(url).netloc) == "excerpt"

    def unmarked_post_to_check(self, page: Any) -> Any | None:
        """A post to compare with its permalink when ``page`` leaves it uncertain whether
        posts shown without an excerpt marker are whole: the page reader says its display
        is uncertain, or it marks some posts as excerpts and shows others unmarked
        (WordPress cuts a short teaser before ``<!--more-->`` with no marker at all), and
        this site was not checked yet. A page whose posts are all excerpts needs no check:
        every permalink is fetched anyway."""
        if self.args.follow != "auto" or urlsplit(page.url).netloc in self._displays():
            return None
        unmarked = [p for p in page.posts if p.content_html and not p.is_excerpt]
        uncertain = getattr(page, "display_uncertain", False)  # the page reader's own doubt
        if unmarked and (uncertain or any(p.is_excerpt for p in page.posts)):
            return unmarked[0]
        return None

    def archive_check_request(self, post: Any, page: Any, page_no: int) -> scrapy.Request:
        """Fetch ``post``'s permalink; :meth:`parse_archive_check` decides for the site and
        then reads the archive page again (the one extra request of the check)."""
        self.crawler.stats.inc_value("tagwire/excerpt_check/requests")
        return scrapy.Request(post.url, callback=self.parse_archive_check, errback=self.on_error,
                              priority=SOURCE_PRIORITY + 20,
                              cb_kwargs={"archive_url": page.url, "page_no": page_no,
                                         "listed_html": post.content_html, "tag": page.tag,
                                         "title": post.title})

    def parse_archive_check(self, response: Response, archive_url: str, page_no: int,
                            listed_html: str, tag: str | None = None,
                            title: str | None = None) -> Iterator[Any]:
        from normalizer import PostMeta, normalize_content  # heavy: only when checking

        host = urlsplit(archive_url).netloc
        item = page_item(_canonical(response.url), response.text, archive_url=archive_url,
                         tag=tag)
        whole = make_record(dict(item)).record
        try:
            listed = normalize_content(listed_html, PostMeta(url=response.url, title=title))
        except ValueError:
            listed = None
        words = lambda rec: sum(s["word_count"] for s in rec["stories"]) if rec else 0  # noqa: E731
        shown, full = words(listed), words(whole)
        display = "excerpt" if full > shown * EXCERPT_CHECK_RATIO + EXCERPT_CHECK_SLACK else "full"
        self._displays()[host] = display
        self.crawler.stats.inc_value(f"tagwire/excerpt_check/{display}")
        shows = "excerpts" if display == "excerpt" else "whole posts"
        self._note(host, f"archive pages show {shows} where unmarked "
                         f"({shown} words listed, {full} on the permalink)")
        self.crawler.stats.inc_value("tagwire/pages/permalink")
        self.crawler.stats.inc_value("tagwire/posts/from_permalink")
        yield self.emit(item)
        yield scrapy.Request(archive_url, callback=self.parse, errback=self.on_error,
                             cb_kwargs={"page_no": page_no,
                                        "plan": SourcePlan(archive_url, self.via, ("html",))},
                             dont_filter=True)

    # ------------------------------------------------------------------ helpers

    def _take(self, post: Any, plan: SourcePlan, tag: str | None, response: Response,
              source: str) -> Iterator[Any]:
        if self.args.follow == "always":
            yield self.post_request(post.url, plan.archive_url, tag)
        elif self.first_time(post.url, response):
            self.crawler.stats.inc_value(f"tagwire/posts/from_{source}")
            yield self.emit(native_item(post, archive_url=plan.archive_url, tag=tag))

    def _next_page_wanted(self, response: Response, request: scrapy.Request,
                          posts: Iterable[Any], page_no: int) -> bool:
        """API and feed pages end as archive pages do (:mod:`crawler.pagination`): at a
        page adding no post, and at ``ARCHIVE_PAGES_MAX`` pages (an API answering
        ``X-WP-TotalPages: 10000``, a feed whose ``next`` links never end)."""
        from crawler.pagination import next_page_wanted

        return next_page_wanted(self.crawler, response, request,
                                [p.url for p in posts], page_no)

    def _max_pages_reached(self, page_no: int, url: str) -> bool:
        if self.args.max_pages and page_no >= self.args.max_pages:
            log.info("max_pages=%d reached at %s", self.args.max_pages, url)
            self.crawler.stats.inc_value("tagwire/max_pages_reached")
            return True
        return False

    @staticmethod
    def _term_name(page: wp_rest.RestPage, plan: SourcePlan) -> str | None:
        """The archive's term name when its first page did not say it: from the posts'
        embedded terms (or author) with the plan's id."""
        for post in page.posts:
            if plan.term_kind == "author":
                return post.author
            for _taxonomy, term_id, name in post.terms:
                if term_id == plan.term_id:
                    return name
        return None
