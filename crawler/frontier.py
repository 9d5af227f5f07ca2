"""What the tagarchive spider and its scheduler ask of each other, beyond Scrapy's API.

A post shown in full on an archive page is never requested, so the scheduler's seen-set
would not know it; the spider tells the scheduler (:meth:`FrontierScheduler.claim_post`).
A failed request's errback is its last step; a scheduler that tracks requests until they
are through (the distributed one, :mod:`crawler.distributed`) must hear of it
(:meth:`FrontierScheduler.request_failed`). The other way round, a scheduler that takes
seeds from elsewhere (Redis) asks the spider to make their requests
(:class:`SeedSpider`).

:func:`frontier_of` gives the spider its crawl's frontier: the scheduler itself when it
implements :class:`FrontierScheduler`, else :class:`InProcessFrontier` over Scrapy's own
scheduler and dupefilter (with ``JOBDIR``, :class:`crawler.jobstate.DurableDupeFilter`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

from scrapy.dupefilters import BaseDupeFilter

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response


class FrontierScheduler:
    """The scheduler as the spider sees it.

    A plain base class, not ``abc.ABC`` or ``typing.Protocol``: Scrapy's
    ``BaseScheduler`` has a metaclass of its own, and a class deriving from both would
    not build. Subclasses override every method."""

    def claim_post(self, request: Request, response: Response | None = None) -> bool:
        """Record ``request`` (a post taken from the archive page ``response``) as seen;
        False if it was seen already, so the post must not be emitted again."""
        raise NotImplementedError

    def request_failed(self, request: Request) -> None:
        """``request`` failed and its errback ran: nothing more will come of it."""
        raise NotImplementedError


class InProcessFrontier(FrontierScheduler):
    """The default: Scrapy's in-process scheduler, whose dupefilter records the posts
    (durably across ``JOBDIR`` resumes) and which needs to hear nothing of failures."""

    def __init__(self, dupefilter: BaseDupeFilter | None) -> None:
        self.dupefilter = dupefilter

    def claim_post(self, request: Request, response: Response | None = None) -> bool:
        return self.dupefilter is None or not self.dupefilter.request_seen(request)

    def request_failed(self, request: Request) -> None:
        return None


@runtime_checkable
class SeedSpider(Protocol):
    """A spider that turns a seed URL from outside (Redis) into its first request."""

    def seed_request(self, url: str) -> Request: ...


def frontier_of(crawler: Crawler) -> FrontierScheduler:
    """The frontier of ``crawler``'s running crawl (see the module doc)."""
    engine = crawler.engine
    scheduler = engine.scheduler if engine is not None else None
    if isinstance(scheduler, FrontierScheduler):
        return scheduler
    # Scrapy's Scheduler keeps its dupefilter in ``df``; BaseScheduler promises none, and
    # isinstance(x, Scheduler) is a duck-typed check in Scrapy, so look at the attribute.
    dupefilter = getattr(scheduler, "df", None)
    return InProcessFrontier(dupefilter if isinstance(dupefilter, BaseDupeFilter) else None)
