"""``QuickStatsCollector`` (``STATS_CLASS``): Scrapy's in-memory stats collector without
its per-attribute hook.

Scrapy 2.13+'s ``StatsCollector.__getattribute__`` runs on every attribute read of the
collector, its own methods' reads of ``self._stats`` included: it formats a name and
catches an ``AttributeError`` before the plain lookup, to wrap the public methods in a
warning about their deprecated ``spider`` argument. Scrapy and tagwire update the stats
some 15 times a post; measured with py-spy on a 1,000-post full-content archive, the
hook was 3 % of the crawl process's CPU. Here attribute reads are Python's own, the
methods and the stats kept are the same (the deprecated argument is accepted without
the warning: tagwire passes none).
"""
from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class QuickStatsCollector(MemoryStatsCollector):
    """:class:`~scrapy.statscollectors.MemoryStatsCollector`, plain attribute reads."""

    __getattribute__ = object.__getattribute__
