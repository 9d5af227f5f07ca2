"""Archive pages parsed in the normalizer's worker processes, not on the reactor.

The crawl process has one core: Scrapy's own work (requests, responses, items, the
feed) and, before this, :func:`~normalizer.pages.archive.parse_archive` on every
archive page -- on a full-content archive half of the crawl process's CPU a post. With
as many normalizer workers as cores, that time came out of the cores the workers
needed, and two workers could not be twice one. :class:`ParseArchiveInWorkers` sends a
fetched archive page to the workers (:meth:`crawler.pool.PoolRecordMaker.parse_archive`)
before the spider sees it, and leaves the result in ``response.meta[PARSED_META]``; the
spider reads it from there, or parses the page itself where it is missing (no workers,
``NORMALIZE_WORKERS=0``, a worker that failed on it, ``ARCHIVE_PARSE_IN_WORKERS`` off):
the same :class:`~normalizer.pages.archive.ArchivePage` either way. On by default from
:data:`AUTO_MIN_WORKERS` workers on, where the crawl process is the crawl's ceiling.

A downloader middleware, placed after every other one on the way back
(``DOWNLOADER_MIDDLEWARES``, order 40: ``SiteGuard`` at 50 has fixed the response's
charset by then), so the page parsed is exactly the one the spider gets.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from scrapy.exceptions import NotConfigured
from scrapy.http import TextResponse

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response
    from scrapy.settings import BaseSettings

    from crawler.pool import PoolRecordMaker

#: ``ARCHIVE_PARSE_IN_WORKERS=auto`` (the default) parses in the workers from this many
#: on. Moving the parse moves CPU, it does not save any: it pays where the crawl process
#: would otherwise be the bottleneck, i.e. where its CPU a post (1.7 ms with the parse,
#: 1.2 without, on a full-content archive of small generated posts) reaches the workers'
#: CPU a post over their number (4.6-5.3 ms / N). With 1 or 2 workers the crawl process
#: has time to spare and the parse there is free (measured: a 1-worker crawl's worker
#: took 15% more CPU a post with the parse); from 3 on it is the crawl's ceiling.
AUTO_MIN_WORKERS = 3
#: ``response.meta`` key of the :class:`~normalizer.pages.archive.ArchivePage` parsed
#: in a worker (read once by the spider, then dropped).
PARSED_META = "tagwire_parsed_archive"


class ParseArchiveInWorkers:
    """Parse archive pages (responses for the spider's ``parse``) in the workers."""

    def __init__(self, crawler: Crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ParseArchiveInWorkers:
        if not parse_in_workers(crawler.settings):
            raise NotConfigured("archive pages are parsed in the crawl process "
                                "(ARCHIVE_PARSE_IN_WORKERS)")
        return cls(crawler)

    async def process_response(self, request: Request, response: Response) -> Response:
        callback = request.callback  # None: Scrapy calls the spider's parse
        if not isinstance(response, TextResponse) or not 200 <= response.status < 300 \
                or (callback is not None and getattr(callback, "__name__", None) != "parse"):
            return response
        pool = normalize_pool(self.crawler)
        if pool is None:
            return response
        page = await pool.parse_archive(response.text, response.url)
        if page is not None:
            request.meta[PARSED_META] = page  # response.meta, once the engine ties them
        return response


def parse_in_workers(settings: BaseSettings) -> bool:
    """``ARCHIVE_PARSE_IN_WORKERS``: ``1``/``0`` force it on or off; ``auto`` (default)
    is on with at least :data:`AUTO_MIN_WORKERS` normalizer workers."""
    value = settings.get("ARCHIVE_PARSE_IN_WORKERS", "auto")
    if value is None or str(value).strip().lower() == "auto":
        from crawler.pool import default_workers

        return settings.getint("NORMALIZE_WORKERS", default_workers()) >= AUTO_MIN_WORKERS
    return settings.getbool("ARCHIVE_PARSE_IN_WORKERS")


def normalize_pool(crawler: Crawler) -> PoolRecordMaker | None:
    """The running worker pool of the crawl's :class:`~crawler.pipelines.NormalizePipeline`,
    if it has one."""
    from crawler.pipelines import NormalizePipeline

    engine: Any = getattr(crawler, "engine", None)
    itemproc = getattr(getattr(engine, "scraper", None), "itemproc", None)
    for pipe in getattr(itemproc, "middlewares", ()):
        if isinstance(pipe, NormalizePipeline):
            return pipe.pool
    return None


def parsed_archive(response: Response) -> Any:
    """The page :class:`ParseArchiveInWorkers` parsed for ``response``, taken out of
    its meta (None if there is none)."""
    return response.meta.pop(PARSED_META, None)
