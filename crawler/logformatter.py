"""Log lines without item bodies: a post item carries a whole HTML page, and a dropped
(rejected) item is already written, whole, to the rejects file."""
from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from scrapy import Spider
from scrapy.http import Response
from scrapy.logformatter import LogFormatter
from twisted.python.failure import Failure

if TYPE_CHECKING:
    from scrapy.logformatter import LogFormatterResult


class QuietItemsLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Response | Failure | None,
                spider: Spider | None = None) -> LogFormatterResult:
        entry = super().dropped(item, exception, response, spider).copy()
        entry["msg"] = "Dropped: %(exception)s"
        return entry

    def scraped(self, item: Any, response: Response | Failure | None,
                spider: Spider | None = None) -> LogFormatterResult:
        entry = super().scraped(item, response, spider).copy()
        entry["msg"] = "Scraped from %(src)s: %(url)s"
        entry["args"] = {"src": entry["args"].get("src"),
                         "url": item.get("url") if isinstance(item, Mapping) else None}
        return entry
