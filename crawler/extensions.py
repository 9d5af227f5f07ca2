"""``CrawlSummary``: what a crawl did, logged and put in the stats when it closes.

Pages, posts, stories, rejects, requests per post (robots.txt fetches not counted),
stories marked as later copies of an earlier one (``duplicate_of``), the normalizer's
worker processes and their crashes, posts by source and by language; also written as
JSON to ``SUMMARY_PATH`` if set.

``not_recorded``: every request that ended without a record, by reason (counted in
``tagwire/dropped/<reason>`` by :mod:`crawler.middlewares` and the worker pool):
``duplicate`` (a post or page reached again), ``redirect_loop``, ``offsite``,
``private_address``, ``too_large`` (over ``DOWNLOAD_MAXSIZE``; also a reject),
``timeout``, ``robots`` (refused by robots.txt, or robots.txt answering 5xx /
unreachable: see ``robots_unavailable``), ``normalize_timeout`` (a reject), ``dns``,
``connection_refused``, ``download_error``, ``frontier_unreachable``. ``pagination``
says where archive chains were cut: a page adding no post, or ``ARCHIVE_PAGES_MAX``.
"""
from __future__ import annotations

import gc
import json
import logging
import resource
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from scrapy import Spider, signals

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.statscollectors import StatsCollector

log = logging.getLogger(__name__)


class CrawlSummary:
    def __init__(self, stats: StatsCollector, path: str | None = None) -> None:
        self.stats = stats
        self.path = Path(path) if path else None
        self.cpu_at_open = (0.0, 0.0)  # (process, reactor thread) at spider_opened

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlSummary:
        assert crawler.stats is not None, "Scrapy sets the stats before the extensions"
        ext = cls(crawler.stats, crawler.settings.get("SUMMARY_PATH"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        from crawler.middlewares import connect_dropped

        connect_dropped(crawler)  # requests the scheduler refuses: duplicates, loops
        return ext

    def summary(self, reason: str | None = None) -> dict[str, Any]:
        stats = self.stats.get_stats()
        get = lambda key: int(stats.get(key, 0) or 0)  # noqa: E731
        requests = get("downloader/request_count") - get("robotstxt/request_count")
        posts = get("tagwire/posts")

        def group(prefix: str) -> dict[str, int]:
            return dict(sorted(((k[len(prefix):], int(v)) for k, v in stats.items()
                                if k.startswith(prefix)), key=lambda kv: (-kv[1], kv[0])))

        started = stats.get("start_time")
        elapsed = ((datetime.now(UTC) - started).total_seconds()
                   if isinstance(started, datetime) else None)
        return {
            "finish_reason": reason,
            "elapsed_seconds": round(elapsed, 3) if elapsed is not None else None,
            "pages": {"archive": get("tagwire/pages/archive"),
                      "permalink": get("tagwire/pages/permalink"),
                      "api": get("tagwire/pages/api"), "feed": get("tagwire/pages/feed")},
            "posts": posts,
            "posts_from_archive": get("tagwire/posts/from_archive"),
            "posts_from_permalink": get("tagwire/posts/from_permalink"),
            "posts_from_api": get("tagwire/posts/from_api"),
            "posts_from_feed": get("tagwire/posts/from_feed"),
            # Sources per start URL (crawler.platforms): chosen, failed, and why.
            "via": group("tagwire/via/"),
            "fallbacks": group("tagwire/fallback/"),
            "via_notes": list(stats.get("tagwire/via_notes") or []),
            "records": get("tagwire/records"),
            "stories": get("tagwire/stories"),
            "rejects": get("tagwire/rejects"),
            "duplicate_stories": get("tagwire/duplicates"),
            "records_with_duplicates": get("tagwire/duplicate_records"),
            "normalize_workers": get("tagwire/pool/workers"),
            "worker_crashes": get("tagwire/pool/restarts"),
            "posts_lost_to_crashes": get("tagwire/pool/lost"),
            "requests": requests,
            "requests_per_post": round(requests / posts, 3) if posts else None,
            "errors": group("tagwire/errors/"),
            "retries": get("retry/count"),
            "not_recorded": group("tagwire/dropped/"),
            "pagination": {"no_new_posts": get("tagwire/pagination/no_new_posts"),
                           "cap_reached": get("tagwire/pagination/cap_reached")},
            # Numbered archive pages requested ahead of their turn, and of those the
            # ones never read (past the archive's last page, or where its chain stopped).
            "pages_ahead": {"requested": get("tagwire/pages_ahead/requested"),
                            "unused": get("tagwire/pages_ahead/unused")},
            "robots_unavailable": get("tagwire/robots/unavailable"),
            "posts_by_source": group("tagwire/by_source/"),
            "posts_by_language": group("tagwire/by_language/"),
            # CPU seconds of the crawl process itself since the spider opened (reactor
            # and its threads; not the normalizer workers): what the crawl costs
            # besides normalizing; and of that, the reactor's thread (signals run there).
            "crawl_process_cpu_seconds": round(_own_cpu_seconds() - self.cpu_at_open[0], 3),
            "reactor_cpu_seconds": round(time.thread_time() - self.cpu_at_open[1], 3),
            # CPU seconds the normalizer workers spent on posts (0 without workers: then
            # normalizing is part of the crawl process's own).
            "normalize_cpu_seconds": float(stats.get("tagwire/pool/normalize_cpu_seconds")
                                           or 0),
            # ... and on archive pages they parsed for the spider (crawler.offload).
            "archive_cpu_seconds": float(stats.get("tagwire/pool/archive_cpu_seconds") or 0),
            # What the pool itself cost: the workers' CPU besides their tasks (reading a
            # post, writing its outcome), their seconds waiting for a post (after their
            # first), and the bytes of posts sent to them and of outcomes read back.
            "pool": {"worker_overhead_cpu_seconds": float(
                         stats.get("tagwire/pool/worker_overhead_cpu_seconds") or 0),
                     "worker_idle_seconds": float(
                         stats.get("tagwire/pool/worker_idle_seconds") or 0),
                     "bytes_to_workers": get("tagwire/pool/bytes_to_workers"),
                     "bytes_from_workers": get("tagwire/pool/bytes_from_workers")},
        }

    def spider_opened(self) -> None:
        self.cpu_at_open = (_own_cpu_seconds(), time.thread_time())

    def spider_closed(self, spider: Spider, reason: str) -> None:
        summary = self.summary(reason)
        if summary["requests_per_post"] is not None:
            self.stats.set_value("tagwire/requests_per_post", summary["requests_per_post"])
        log.info("tagwire summary (%s): %s", reason, format_summary(summary))
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps(summary, indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")


def _own_cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _workers(s: dict[str, Any]) -> str:
    n = s.get("normalize_workers") or 0
    if not n:
        return "in the crawl process"
    crashes = s.get("worker_crashes") or 0
    return f"{n} worker processes" + (
        f"; {crashes} crashed, {s.get('posts_lost_to_crashes', 0)} post(s) in flight rejected"
        if crashes else "")


def _pagination(s: dict[str, Any]) -> str:
    p = s.get("pagination") or {}
    robots = s.get("robots_unavailable") or 0
    return (f"{p.get('no_new_posts', 0)} time(s) at a page adding no post, "
            f"{p.get('cap_reached', 0)} time(s) at ARCHIVE_PAGES_MAX"
            + (f"; robots.txt unavailable on {robots} host(s): assumed disallow-all"
               if robots else ""))


def format_summary(s: dict[str, Any]) -> str:
    """A few human lines from a summary dict (also used by ``crawler.demo``)."""
    by = lambda d: ", ".join(f"{k} {v}" for k, v in d.items()) or "-"  # noqa: E731
    return "\n".join([
        f"  pages      {s['pages']['archive']} archive, {s['pages']['permalink']} permalink, "
        f"{s['pages'].get('api', 0)} REST API, {s['pages'].get('feed', 0)} feed",
        f"  posts      {s['posts']} ({s['posts_from_archive']} from archive pages, "
        f"{s['posts_from_permalink']} from permalinks, {s.get('posts_from_api', 0)} from the "
        f"REST API, {s.get('posts_from_feed', 0)} from feeds)",
        f"  via        {by(s.get('via', {}))}; fallbacks: {by(s.get('fallbacks', {}))}",
        *(f"             {note}" for note in s.get("via_notes", [])),
        (f"  records    {s['records']} valid, {s['rejects']} rejected; {s['stories']} stories, "
         f"{s.get('duplicate_stories', 0)} of them copies of an earlier story"),
        f"  normalizer {_workers(s)}",
        f"  requests   {s['requests']} ({s['requests_per_post']} per post), "
        f"{s['retries']} retries; errors: {by(s['errors'])}",
        f"  not recorded {by(s.get('not_recorded') or {})}",
        f"  pagination ended {_pagination(s)}",
        f"  sources    {by(s['posts_by_source'])}",
        f"  languages  {by(s['posts_by_language'])}",
    ])


class QuietCollector:
    """The cyclic garbage collector kept off the crawl's hot path (``GC_TUNING``, on by
    default): from ``spider_opened`` to ``spider_closed`` the objects made before the
    crawl (modules, settings, the crawler's parts: some 100,000) are frozen out of its
    collections (:func:`gc.freeze`), and the youngest generation is collected every
    ``GC_GEN0_THRESHOLD`` allocations (default 10,000; Python's is 700).

    Why: Scrapy and Twisted allocate a few hundred container objects for every request
    and item, so Python's default collected the young generation every few posts and
    the whole heap now and then. Measured on a 1,000-post excerpt archive (py-spy and
    ``gc.callbacks``), that was 0.2-0.3 ms a post, 7-10 % of the crawl process's CPU;
    with this, under 0.1 ms. Memory stays bounded: cycles (Twisted's failures, Scrapy's
    deferreds) are still collected, a little later. The previous state comes back at
    the close, so a crawl run inside another program leaves its collector as it was."""

    def __init__(self, gen0: int = 10_000) -> None:
        self.gen0 = gen0
        self._saved: tuple[int, int, int] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietCollector:
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.getbool("GC_TUNING", True):
            raise NotConfigured("GC_TUNING is off")
        ext = cls(crawler.settings.getint("GC_GEN0_THRESHOLD", 10_000))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self) -> None:
        if self._saved is not None:
            return
        self._saved = gc.get_threshold()
        gc.freeze()
        gc.set_threshold(max(self.gen0, self._saved[0]), *self._saved[1:])

    def spider_closed(self) -> None:
        if self._saved is None:
            return
        gc.set_threshold(*self._saved)
        gc.unfreeze()
        self._saved = None

