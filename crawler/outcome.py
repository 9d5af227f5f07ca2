"""A crawl's exit code, from the summary its close left behind.

A script that runs ``tagwire crawl`` or ``scrapy crawl tagarchive`` needs to know whether
to trust the feed. Scrapy exits 0 whenever the crawler started, so a 404 start URL, a
site that lists nothing or a crawl stopped half-way all looked like success. The rules,
read from the stats :class:`crawler.extensions.CrawlSummary` keeps:

==========================  =====  ================================================
case                         code   why
==========================  =====  ================================================
close reason not finished    3      cut short (Ctrl-C, a close-spider limit, an error):
                                    the feed holds only part of the site
every start URL failed       4      no page could be read at all (404, DNS, refused)
no post found                5      pages were read but none listed a post
otherwise                    0      failures (a 404 permalink, a reject) are counted
                                    in the summary, not in the exit code
==========================  =====  ================================================

A distributed worker (``REDIS_URL``) shares its start URLs with other workers, so only
the first rule applies to it: another worker may well have taken every page.
Argument errors exit 2 before the crawl (``crawler/args.py``), as usage errors do.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_CUT_SHORT = 3
EXIT_START_URLS_FAILED = 4
EXIT_NO_POSTS = 5

#: The close reason of a crawl that ran to its end.
FINISHED = "finished"


@dataclass(frozen=True)
class Outcome:
    """The exit code and, when it is not 0, the one line that says why."""

    code: int
    message: str | None = None


def crawl_outcome(summary: dict[str, Any], *, distributed: bool = False) -> Outcome:
    """Judge a crawl by its summary (``CrawlSummary.summary(reason)``)."""
    reason = summary.get("finish_reason")
    if reason != FINISHED:
        return Outcome(EXIT_CUT_SHORT, f"crawl cut short (close reason: {reason or 'unknown'}); "
                                       f"{summary.get('posts', 0)} post(s) written before it "
                                       "stopped")
    if distributed:
        return Outcome(EXIT_OK)
    pages = summary.get("pages") or {}
    # Every kind of page counts: archive pages, permalinks, REST API and feed pages.
    pages_read = sum(int(n or 0) for n in pages.values())
    if pages_read == 0:
        return Outcome(EXIT_START_URLS_FAILED,
                       f"every start URL failed ({_errors(summary)}); no page was read")
    if not summary.get("posts"):
        return Outcome(EXIT_NO_POSTS, f"no post found on {pages_read} page(s) read"
                                      + (f" ({_errors(summary)})" if summary.get("errors")
                                         else ""))
    return Outcome(EXIT_OK)


def _errors(summary: dict[str, Any]) -> str:
    errors = summary.get("errors") or {}
    if not errors:
        return "no response"
    return ", ".join(f"{kind} {n}" for kind, n in errors.items())


def outcome_of(crawler: Any, *, distributed: bool | None = None) -> Outcome:
    """The outcome of a finished Scrapy crawler, from its stats."""
    from crawler.extensions import CrawlSummary

    stats = crawler.stats
    if stats is None:  # the crawler never started
        return Outcome(EXIT_CUT_SHORT, "crawl did not start")
    reason = stats.get_value("finish_reason")
    summary = CrawlSummary(stats).summary(reason)
    if distributed is None:
        distributed = bool(crawler.settings.get("REDIS_URL"))
    return crawl_outcome(summary, distributed=distributed)
