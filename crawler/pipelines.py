"""Item pipelines: post item -> checked record (feed) or reject; stories export.

``NormalizePipeline`` hands each item to a :class:`crawler.records.RecordMaker` and keeps
the bookkeeping (rejects file, stats); how records are made can change (a process
pool, issue 5) without touching the spider or this class's callers.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import IO, Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.records import Outcome, RecordMaker

log = logging.getLogger(__name__)


class NormalizePipeline:
    """Normalize and validate every post; valid records go on to the feed, invalid ones
    to ``REJECTS_PATH`` with their errors and URL (and are dropped from the feed)."""

    def __init__(self, rejects_path: str, stats: Any = None,
                 make: RecordMaker | None = None) -> None:
        from normalizer.jsonl import RejectsWriter

        self.rejects = RejectsWriter(rejects_path)
        self.stats = stats
        self.make = make or RecordMaker()

    @classmethod
    def from_crawler(cls, crawler: Any) -> NormalizePipeline:
        return cls(crawler.settings.get("REJECTS_PATH") or "rejects.jsonl", stats=crawler.stats)

    def open_spider(self) -> None:
        warm_up = getattr(self.make, "warm_up", None)
        if warm_up is not None:
            warm_up()

    def close_spider(self) -> None:
        self.rejects.close()

    def process_item(self, item: Any) -> dict[str, Any]:
        outcome = self.make(ItemAdapter(item).asdict())
        return self.handle(outcome)

    def handle(self, outcome: Outcome) -> dict[str, Any]:
        if outcome.ok:
            assert outcome.record is not None
            self._count(outcome.record)
            return outcome.record
        self.rejects.reject(outcome.record, outcome.errors, source=outcome.url)
        self._inc("tagwire/rejects")
        log.warning("rejected %s: %s", outcome.url, "; ".join(outcome.errors[:3]))
        raise DropItem(f"rejected (see {self.rejects.path}): {outcome.url}", log_level="INFO")

    def _inc(self, key: str, n: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(key, n)

    def _count(self, record: dict[str, Any]) -> None:
        stories = record.get("stories") or []
        self._inc("tagwire/records")
        self._inc("tagwire/stories", len(stories))
        self._inc(f"tagwire/by_language/{record.get('language') or 'und'}")
        sources = {s.get("source") for s in stories if s.get("source")} or {"unknown"}
        for source in sorted(sources):
            self._inc(f"tagwire/by_source/{source}")


class StoriesExportPipeline:
    """``STORIES_PATH``: one story a line, each with its post's url, title and date."""

    POST_FIELDS = ("url", "title", "published", "site", "tag")

    def __init__(self, path: str | None, append: bool = False) -> None:
        self.path = Path(path) if path else None
        self.append = append
        self._fh: IO[str] | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> StoriesExportPipeline:
        s = crawler.settings
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

    def process_item(self, item: Any) -> Any:
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
