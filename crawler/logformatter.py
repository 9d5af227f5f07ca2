"""Log lines without item bodies: a post item carries a whole HTML page, and a dropped
(rejected) item is already written, whole, to the rejects file."""
from __future__ import annotations

from typing import Any

from scrapy.logformatter import LogFormatter


class QuietItemsLogFormatter(LogFormatter):
    def dropped(self, item: Any, exception: BaseException, response: Any,
                spider: Any = None) -> dict[str, Any]:
        entry = dict(super().dropped(item, exception, response, spider))
        entry["msg"] = "Dropped: %(exception)s"
        return entry

    def scraped(self, item: Any, response: Any, spider: Any = None) -> dict[str, Any]:
        entry = dict(super().scraped(item, response, spider))
        entry["msg"] = "Scraped from %(src)s: %(url)s"
        entry["args"] = {"src": entry["args"].get("src"),
                         "url": item.get("url") if hasattr(item, "get") else None}
        return entry
