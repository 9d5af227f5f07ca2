"""The crawl process's per-post savings (issue 14): the collector tuning, the stats
collector without Scrapy's attribute hook, and no DEBUG records when LOG_LEVEL drops
them. Each keeps what the crawl reports; these tests pin that, and that the crawl's
settings use them."""
from __future__ import annotations

import gc
import logging

import pytest
from scrapy.http import HtmlResponse, Request
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler import settings as crawl_settings
from crawler.extensions import QuietCollector
from crawler.logformatter import QuietItemsLogFormatter
from crawler.spiders.tagarchive import TagArchiveSpider
from crawler.stats import QuickStatsCollector


def _settings(**extra: object) -> dict[str, object]:
    names = {k: getattr(crawl_settings, k) for k in dir(crawl_settings) if k.isupper()}
    return {**names, **extra}


def test_crawl_settings_use_the_quick_parts() -> None:
    crawler = get_crawler(TagArchiveSpider, _settings())
    assert crawler.settings["STATS_CLASS"] == "crawler.stats.QuickStatsCollector"
    assert "crawler.extensions.QuietCollector" in crawler.settings.getdict("EXTENSIONS")
    assert crawler.settings["LOG_FORMATTER"] == "crawler.logformatter.QuietItemsLogFormatter"


def test_quick_stats_keep_what_scrapys_collector_keeps() -> None:
    crawler = get_crawler(TagArchiveSpider, _settings())
    quick, plain = QuickStatsCollector(crawler), MemoryStatsCollector(crawler)
    for stats in (quick, plain):
        stats.inc_value("tagwire/posts")
        stats.inc_value("tagwire/posts", 4)
        stats.inc_value("tagwire/stories", 2, start=10)
        stats.set_value("tagwire/pool/workers", 2)
        stats.max_value("tagwire/pool/most_in_flight", 7)
        stats.max_value("tagwire/pool/most_in_flight", 3)
        stats.min_value("tagwire/first", 9)
        stats.min_value("tagwire/first", 5)
    assert quick.get_stats() == plain.get_stats() == {
        "tagwire/posts": 5, "tagwire/stories": 12, "tagwire/pool/workers": 2,
        "tagwire/pool/most_in_flight": 7, "tagwire/first": 5}
    assert quick.get_value("tagwire/missing", 0) == 0
    # Scrapy's hook is gone: a method read is the plain function's bound method.
    assert quick.inc_value.__func__ is MemoryStatsCollector.inc_value


def test_quiet_collector_tunes_while_the_spider_runs_and_restores_after() -> None:
    before, frozen_before = gc.get_threshold(), gc.get_freeze_count()
    ext = QuietCollector(gen0=12_345)
    try:
        ext.spider_opened()
        assert gc.get_threshold()[0] == max(12_345, before[0])
        assert gc.get_threshold()[1:] == before[1:]
        assert gc.get_freeze_count() > frozen_before
        ext.spider_opened()  # a second open changes nothing more
        assert gc.get_threshold()[0] == max(12_345, before[0])
    finally:
        ext.spider_closed()
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_quiet_collector_can_be_switched_off() -> None:
    from scrapy.exceptions import NotConfigured

    with pytest.raises(NotConfigured):
        QuietCollector.from_crawler(get_crawler(TagArchiveSpider, _settings(GC_TUNING=False)))
    ext = QuietCollector.from_crawler(get_crawler(TagArchiveSpider, _settings()))
    assert ext.gen0 == 10_000


@pytest.mark.parametrize(("level", "lines"), [("INFO", False), ("WARNING", False),
                                              ("DEBUG", True)])
def test_log_formatter_builds_debug_lines_only_when_they_are_shown(level: str,
                                                                  lines: bool) -> None:
    crawler = get_crawler(TagArchiveSpider, _settings(LOG_LEVEL=level))
    formatter = QuietItemsLogFormatter.from_crawler(crawler)
    request = Request("http://127.0.0.1/post/")
    response = HtmlResponse(request.url, body=b"<html></html>", request=request)
    item = {"url": request.url, "html": "<html>" + "x" * 10_000 + "</html>"}
    crawled, scraped = formatter.crawled(request, response), formatter.scraped(item, response)
    assert (crawled is not None) is lines and (scraped is not None) is lines
    if lines:
        assert crawled is not None and crawled["level"] == logging.DEBUG
        assert scraped is not None and scraped["args"]["url"] == request.url
        assert "x" * 100 not in str(scraped["args"])  # the page itself is never logged
    spider = TagArchiveSpider.from_crawler(crawler, url="http://127.0.0.1/tag/x/")
    dropped = formatter.dropped(item, ValueError("rejected"), response, spider)
    assert dropped["msg"] == "Dropped: %(exception)s"  # shown at every level, without the page
