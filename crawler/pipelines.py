"""Item pipelines: post item -> checked record (feed) or reject; stories export.

``NormalizePipeline`` hands each item to the normalizer -- in worker processes
(:mod:`crawler.pool`, ``NORMALIZE_WORKERS``, default one a core) or, with
``NORMALIZE_WORKERS=0``, in the crawl process itself -- then marks stories that copy an
earlier one (``duplicate_of``, :mod:`normalizer.dedupe.index`) and keeps the bookkeeping
(rejects file, stats).

Settings read here (defaults in brackets):

- ``NORMALIZE_WORKERS`` [cores]: worker processes; 0 normalizes on the reactor (debugging)
- ``NORMALIZE_IN_FLIGHT`` [8 a worker]: posts in the pool at once (bounds memory)
- ``NORMALIZE_WORKER_HOOK`` [none]: ``module.function`` each worker calls once warm
- ``NORMALIZE_TIME_LIMIT`` [300]: seconds a post may take in a worker; over it, a reject
- ``DEDUPE_ENABLED`` [True]: mark later copies of a story with ``duplicate_of``
- ``DEDUPE_REDIS_URL`` [``REDIS_URL``, else ``$TAGWIRE_REDIS_URL``]: keep the fingerprint
  index in Redis, shared by every crawl process and kept between crawls; without
  one, the index lives in memory for this crawl only
- ``DEDUPE_MAX_DISTANCE`` [3]: SimHash bits two copies of a story may differ by
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, cast

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem, NotConfigured
from scrapy.utils.asyncio import is_asyncio_available

from crawler.records import Outcome, RecordMaker
from normalizer.io.redis_url import REDIS_URL_ENV
from normalizer.io.redis_url import redact_url as _redact

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

    from crawler.items import PostItem
    from crawler.pool import PoolRecordMaker
    from normalizer.dedupe.index import FingerprintIndex, RedisFingerprintIndex

    DedupeIndex = FingerprintIndex | RedisFingerprintIndex

log = logging.getLogger(__name__)


class NormalizePipeline:
    """Normalize and validate every post; valid records go on to the feed, invalid ones
    to ``REJECTS_PATH`` with their errors and URL (and are dropped from the feed)."""

    def __init__(self, rejects_path: str, stats: StatsCollector | None = None,
                 make: RecordMaker | None = None, *, workers: int = 0,
                 in_flight: int | None = None, worker_hook: str | None = None,
                 dedupe: DedupeIndex | None = None, append_rejects: bool = False,
                 log_level: int = logging.WARNING, time_limit: float | None = None) -> None:
        from normalizer.io.jsonl import RejectsWriter

        self.rejects = RejectsWriter(rejects_path, append=append_rejects)
        self.stats = stats
        self.make = make or RecordMaker()
        self.workers = workers
        self.in_flight = in_flight
        self.worker_hook = worker_hook
        self.log_level = log_level
        self.time_limit = time_limit
        self.pool: PoolRecordMaker | None = None  # started in open_spider
        self.dedupe = dedupe

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> NormalizePipeline:
        s = crawler.settings
        from crawler.pool import default_workers

        workers = s.getint("NORMALIZE_WORKERS", default_workers())
        if workers < 0:
            raise NotConfigured(f"NORMALIZE_WORKERS must be >= 0, not {workers}")
        return cls(s.get("REJECTS_PATH") or "rejects.jsonl", stats=crawler.stats,
                   workers=workers, in_flight=s.getint("NORMALIZE_IN_FLIGHT", 0) or None,
                   worker_hook=s.get("NORMALIZE_WORKER_HOOK") or None,
                   dedupe=dedupe_index(s), append_rejects=bool(s.get("JOBDIR")),
                   log_level=_level(s.get("LOG_LEVEL")),
                   time_limit=s.getfloat("NORMALIZE_TIME_LIMIT", 0) or None)

    async def open_spider(self) -> None:
        if self.dedupe is not None and hasattr(self.dedupe, "client"):
            try:
                self.dedupe.client.ping()
            except Exception as exc:
                log.error("dedupe: cannot reach Redis at %s: %s", _redact(
                    getattr(self.dedupe, "url", "")), exc)
                raise
        if self.workers and not is_asyncio_available():
            log.warning("NORMALIZE_WORKERS=%d needs Scrapy's asyncio reactor (the default); "
                        "normalizing in the crawl process", self.workers)
            self.workers = 0
        if self.workers:
            from concurrent.futures.process import BrokenProcessPool

            from crawler.pool import PoolRecordMaker

            pool = PoolRecordMaker(self.workers, in_flight=self.in_flight,
                                   hook=self.worker_hook, log_level=self.log_level,
                                   on_crash=lambda: self._inc("tagwire/pool/restarts"),
                                   time_limit=self.time_limit)
            try:
                await pool.start()
            except (BrokenProcessPool, OSError) as exc:
                log.error("could not start %d normalizer worker processes (%s); normalizing "
                          "in the crawl process instead", self.workers, exc)
                await pool.close()
            else:
                self.pool = pool
                self._set("tagwire/pool/workers", self.workers)
        if self.pool is None:
            warm_up = getattr(self.make, "warm_up", None)
            if warm_up is not None:
                warm_up()

    async def close_spider(self) -> None:
        if self.pool is not None:
            await self.pool.close()
            self._set("tagwire/pool/lost", self.pool.lost)
            self._set("tagwire/pool/most_in_flight", self.pool.busiest)
            self._set("tagwire/pool/normalize_cpu_seconds", round(self.pool.normalize_cpu, 3))
            self._set("tagwire/pool/archive_cpu_seconds", round(self.pool.archive_cpu, 3))
            self._set("tagwire/pool/archive_pages", self.pool.archive_pages)
            self._set("tagwire/pool/worker_overhead_cpu_seconds",
                      round(self.pool.worker_overhead_cpu, 3))
            self._set("tagwire/pool/worker_idle_seconds", round(self.pool.worker_idle, 3))
            self._set("tagwire/pool/bytes_to_workers", self.pool.bytes_out)
            self._set("tagwire/pool/bytes_from_workers", self.pool.bytes_in)
            if self.pool.timeouts:
                self._set("tagwire/dropped/normalize_timeout", self.pool.timeouts)
        self.rejects.close()

    async def process_item(self, item: PostItem) -> dict[str, Any]:
        # The spider's items are plain dicts already (crawler.items); ItemAdapter's
        # asdict walks every nested value to copy it, for nothing.
        data: dict[str, Any] = (cast("dict[str, Any]", item) if type(item) is dict
                                else ItemAdapter(item).asdict())
        outcome = await self.pool(data) if self.pool is not None else self.make(data)
        return self.handle(outcome)

    def handle(self, outcome: Outcome) -> dict[str, Any]:
        if outcome.ok:
            assert outcome.record is not None
            if self.dedupe is not None:
                self._mark_duplicates(outcome)
        if outcome.ok:
            assert outcome.record is not None
            self._count(outcome.record)
            return outcome.record
        self.rejects.reject(outcome.record, outcome.errors, source=outcome.url)
        self._inc("tagwire/rejects")
        log.warning("rejected %s: %s", outcome.url, "; ".join(outcome.errors[:3]))
        raise DropItem(f"rejected (see {self.rejects.path}): {outcome.url}", log_level="INFO")

    def _mark_duplicates(self, outcome: Outcome) -> None:
        """``duplicate_of`` on the stories of ``outcome.record`` that copy an earlier
        story; a record so changed is validated again (schema 1.1)."""
        from normalizer.dedupe.index import mark_duplicates

        record = outcome.record
        assert record is not None
        try:
            marked = mark_duplicates(record, self.dedupe)
        except Exception as exc:  # Redis gone: keep the post, say so
            self._inc("tagwire/dedupe/errors")
            log.warning("dedupe failed on %s, written without duplicate marks: %s: %s",
                        outcome.url, type(exc).__name__, exc)
            return
        if not marked:
            return
        self._inc("tagwire/duplicates", marked)
        self._inc("tagwire/duplicate_records")
        from normalizer.contract.schema import format_error, record_errors

        outcome.errors = [format_error(e) for e in record_errors(record)]

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, n)

    def _set(self, key: str, value: object) -> None:
        if self.stats is not None:
            self.stats.set_value(key, value)

    def _count(self, record: dict[str, Any]) -> None:
        stories = record.get("stories") or []
        self._inc("tagwire/records")
        self._inc("tagwire/stories", len(stories))
        self._inc(f"tagwire/by_language/{record.get('language') or 'und'}")
        sources = {s.get("source") for s in stories if s.get("source")} or {"unknown"}
        for source in sorted(sources):
            self._inc(f"tagwire/by_source/{source}")


def dedupe_index(settings: BaseSettings) -> DedupeIndex | None:
    """The near-duplicate index the settings ask for: in Redis, in memory, or None."""
    if not settings.getbool("DEDUPE_ENABLED", True):
        return None
    from normalizer.dedupe.index import (
        DEFAULT_MAX_DISTANCE,
        FingerprintIndex,
        RedisFingerprintIndex,
    )

    distance = settings.getint("DEDUPE_MAX_DISTANCE", DEFAULT_MAX_DISTANCE)
    url = (settings.get("DEDUPE_REDIS_URL") or settings.get("REDIS_URL")
           or os.environ.get(REDIS_URL_ENV))
    if not url:
        return FingerprintIndex(distance)
    index = RedisFingerprintIndex.from_url(url, max_distance=distance)
    index.url = url
    log.info("dedupe: fingerprint index in Redis at %s", _redact(url))
    return index


def _level(name: object) -> int:
    level = logging.getLevelName(str(name or "INFO").upper())
    return level if isinstance(level, int) else logging.INFO


class StoriesExportPipeline:
    """``STORIES_PATH``: one story a line, each with its post's url, title and date."""

    POST_FIELDS = ("url", "title", "published", "site", "tag")

    def __init__(self, path: str | None, append: bool = False) -> None:
        self.path = Path(path) if path else None
        self.append = append
        self._fh: IO[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> StoriesExportPipeline:
        s = crawler.settings
        if not s.get("STORIES_PATH"):  # off: not a step every item goes through
            raise NotConfigured("STORIES_PATH is not set")
        return cls(s.get("STORIES_PATH"), append=bool(s.get("JOBDIR")))

    def open_spider(self) -> None:
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # In a JOBDIR crawl, line-buffered: what is journaled as done is on disk.
            self._fh = self.path.open("a" if self.append else "w", encoding="utf-8",
                                      buffering=1 if self.append else -1)

    def close_spider(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        if self._fh is not None:
            for line in story_lines(ItemAdapter(item).asdict()):
                self._fh.write(json.dumps(line, ensure_ascii=False) + "\n")
        return item


def story_lines(record: dict[str, Any]) -> list[dict[str, Any]]:
    """The flat story rows of a record: post fields first, then the story's own."""
    post = {k: record.get(k) for k in StoriesExportPipeline.POST_FIELDS}
    rows = []
    for story in record.get("stories") or []:
        row = dict(post)
        for key, value in story.items():
            row["story_published" if key == "published" else
                "story_index" if key == "index" else key] = value
        rows.append(row)
    return rows
