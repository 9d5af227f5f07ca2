"""Item pipelines that send a crawl's records beyond the feed: a database and a report.

Both sit after ``NormalizePipeline``, so they see only records that passed the schema
(rejects were dropped there and went to ``REJECTS_PATH``). Each is off unless its
setting is given:

- ``DATABASE_URL``  ``sqlite:///tagwire.db`` or ``postgresql://user@host/db``: every
  record is upserted by its canonical URL (:mod:`normalizer.sinks.database`), in
  batches of ``DATABASE_BATCH_SIZE`` (default 200) and at the close; a crawl run again
  updates the rows instead of duplicating them. An unusable database stops the crawl
  before its first request, with the reason.
- ``REPORT_PATH``   ``report.html``: at the close, one self-contained HTML report
  (:mod:`normalizer.sinks.report`) of the records, the rejects file and the crawl's
  close summary (fetch errors, requests per post).
"""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

log = logging.getLogger(__name__)


class DatabasePipeline:
    """``DATABASE_URL``: upsert every valid record into SQLite or PostgreSQL."""

    def __init__(self, url: str, *, batch_size: int = 200, stats: Any = None) -> None:
        from normalizer.sinks.database import DatabaseSink

        self.sink = DatabaseSink(url, batch_size=batch_size)
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler: Any) -> DatabasePipeline:
        s = crawler.settings
        url = s.get("DATABASE_URL")
        if not url:
            raise NotConfigured("DATABASE_URL is not set")
        return cls(url, batch_size=s.getint("DATABASE_BATCH_SIZE", 200), stats=crawler.stats)

    def open_spider(self) -> None:
        from normalizer.sinks.database import redact

        self.sink.open()  # DatabaseError / MissingExtra: the crawl stops, saying why
        log.info("records go to the database at %s", redact(self.sink.url))

    def close_spider(self) -> None:
        self.sink.close()
        if self.stats is not None:
            self.stats.set_value("tagwire/db/records", self.sink.counts.posts)
            self.stats.set_value("tagwire/db/stories", self.sink.counts.stories)

    def process_item(self, item: Any) -> Any:
        from normalizer.sinks.database import RecordRejected

        try:
            self.sink.write(ItemAdapter(item).asdict())
        except RecordRejected as exc:  # NormalizePipeline lets none through; say so if one is
            log.error("not written to the database, fails the schema: %s", exc)
            if self.stats is not None:
                self.stats.inc_value("tagwire/db/refused")
        return item


class ReportPipeline:
    """``REPORT_PATH``: an HTML report of the crawl, written when the spider closes."""

    def __init__(self, path: str, *, rejects_path: str | None = None,
                 crawler: Any = None) -> None:
        from normalizer.sinks.report import ReportData, check_available

        check_available()  # a missing extra stops the crawl now, not after it
        self.path = Path(path)
        self.rejects_path = Path(rejects_path) if rejects_path else None
        self.crawler = crawler
        self.data = ReportData()

    @classmethod
    def from_crawler(cls, crawler: Any) -> ReportPipeline:
        s = crawler.settings
        if not s.get("REPORT_PATH"):
            raise NotConfigured("REPORT_PATH is not set")
        pipeline = cls(s.get("REPORT_PATH"), rejects_path=s.get("REJECTS_PATH"),
                       crawler=crawler)
        # After the pipelines closed (rejects file complete) and the stats are final.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def process_item(self, item: Any) -> Any:
        self.data.add(ItemAdapter(item).asdict())
        return item

    def spider_closed(self, spider: Any, reason: str) -> None:
        from crawler.extensions import CrawlSummary
        from normalizer.sinks.report import write_report

        if self.crawler is not None:
            self.data.summary = CrawlSummary(self.crawler.stats).summary(reason)
        self._read_rejects()
        try:
            write_report(self.path, self.data)
        except Exception:  # the feed is written; a report failure says so
            log.exception("could not write the report to %s", self.path)
            return
        log.info("report written to %s", self.path)

    def _read_rejects(self) -> None:
        """This crawl's rejects (a resumed crawl's file also holds earlier runs'); a file
        left by an earlier crawl, untouched by this one, is not counted."""
        if self.rejects_path is None or not self.rejects_path.exists():
            return
        started = self.crawler.stats.get_value("start_time") if self.crawler else None
        if isinstance(started, datetime) and \
                self.rejects_path.stat().st_mtime < started.timestamp():
            return
        from normalizer.io.jsonl import InputError, iter_lines

        try:
            for line in iter_lines(self.rejects_path, strict=False):
                if isinstance(line.record, dict):
                    self.data.add_reject(line.record)
        except InputError as exc:
            log.warning("report: rejects file unreadable: %s", exc)
