"""Log lines without item bodies: a post item carries a whole HTML page, and a dropped
(rejected) item is already written, whole, to the rejects file.

Scrapy's DEBUG lines of every response ("Crawled (200)") and every item ("Scraped
from") are built even when ``LOG_LEVEL`` drops them: Scrapy leaves the root logger at
NOTSET and filters in its handler, so each makes a log record first. Above DEBUG this
formatter makes none (Scrapy skips a message its formatter returns None for); at DEBUG
the lines are as before."""
from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from scrapy import Spider
from scrapy.http import Request, Response
from scrapy.logformatter import LogFormatter
from twisted.python.failure import Failure

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.logformatter import LogFormatterResult


class QuietItemsLogFormatter(LogFormatter):
    def __init__(self, debug: bool = True) -> None:
        #: Whether the crawl's log shows DEBUG lines (LOG_LEVEL); without them, the
        #: per-response and per-item DEBUG lines are not built at all.
        self.debug = debug

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> QuietItemsLogFormatter:
        level = logging.getLevelName(str(crawler.settings.get("LOG_LEVEL") or "DEBUG").upper())
        return cls(debug=not isinstance(level, int) or level <= logging.DEBUG)

    def crawled(self, request: Request, response: Response,
                spider: Spider | None = None) -> LogFormatterResult | None:  # type: ignore[override]
        if not self.debug:
            return None
        return super().crawled(request, response, spider)  # type: ignore[arg-type]

    def dropped(self, item: Any, exception: BaseException, response: Response | Failure | None,
                spider: Spider | None = None) -> LogFormatterResult:
        entry = super().dropped(item, exception, response, spider).copy()
        entry["msg"] = "Dropped: %(exception)s"
        return entry

    def scraped(self, item: Any, response: Response | Failure | None,
                spider: Spider | None = None) -> LogFormatterResult | None:  # type: ignore[override]
        if not self.debug:
            return None
        entry = super().scraped(item, response, spider).copy()
        entry["msg"] = "Scraped from %(src)s: %(url)s"
        entry["args"] = {"src": entry["args"].get("src"),
                         "url": item.get("url") if isinstance(item, Mapping) else None}
        return entry
