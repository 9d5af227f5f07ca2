"""``tagwire crawl``: the tagarchive spider with the project's settings, from any directory.

``scrapy crawl`` finds a project through ``scrapy.cfg`` in the current directory, so an
installed tagwire could not crawl from anywhere else. Here the settings module is
loaded explicitly (``crawler.settings``), the options become spider arguments and
settings, and the exit code comes from the close summary (:mod:`crawler.outcome`), as
``scrapy crawl tagarchive`` does through :mod:`crawler.commands.crawl`.

The option parser lives in ``normalizer.cli.crawl`` (no Scrapy import for ``tagwire
--help``); this module is imported only when a crawl runs.
"""
from __future__ import annotations

import argparse
import logging
import sys
import time
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from crawler.args import SpiderArgumentError, check_spider_arguments
from crawler.outcome import EXIT_USAGE, crawl_outcome

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.settings import Settings

SPIDER = "tagarchive"
#: Seconds between two refreshes of the progress line.
PROGRESS_EVERY = 1.0
#: tagwire's verbosity (-q, default, -v, -vv) as Scrapy's LOG_LEVEL.
LOG_LEVELS = ("ERROR", "WARNING", "INFO", "DEBUG")


class CrawlUsageError(ValueError):
    """An option that cannot be used; the message is one line for the user."""


def read_stdin_urls(args: argparse.Namespace, stream: Any = None) -> None:
    """``--urls-file -``: the start URLs come from standard input (one a line, ``#``
    comments), read once and added to the URLs given."""
    if getattr(args, "urls_file", None) != "-":
        return
    from crawler.args import check_url

    stream = stream or sys.stdin
    urls = list(args.urls or [])
    for n, line in enumerate(stream, start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(check_url(line, f"url in <stdin> line {n}:"))
    args.urls, args.urls_file = urls, None


def spider_arguments(args: argparse.Namespace) -> dict[str, str]:
    """The ``-a`` arguments the options stand for (only those given)."""
    spargs: dict[str, str] = {}
    if args.urls:
        spargs["url"] = ",".join(args.urls)
    for option, name in (("urls_file", "urls_file"), ("since", "since"),
                         ("max_pages", "max_pages"), ("follow", "follow"), ("via", "via")):
        value = getattr(args, option, None)
        if value is not None:
            spargs[name] = str(value)
    return spargs


def parse_set_options(pairs: list[str]) -> dict[str, str]:
    """``-s KEY=VALUE`` pairs, as Scrapy reads them."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise CrawlUsageError(f"-s {pair!r}: expected KEY=VALUE")
        out[key.strip()] = value
    return out


def crawl_settings(args: argparse.Namespace) -> Settings:
    """The project's settings, then the options, then ``-s`` pairs (the last word)."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    options: dict[str, Any] = {}
    for option, name in (("jobdir", "JOBDIR"), ("redis_url", "REDIS_URL"),
                         ("rejects", "REJECTS_PATH"), ("stories", "STORIES_PATH"),
                         ("summary", "SUMMARY_PATH"), ("user_agent", "USER_AGENT"),
                         ("db", "DATABASE_URL")):
        value = getattr(args, option, None)
        if value is not None:
            options[name] = value
    if args.output:
        # A resumed crawl (--jobdir) adds to the first run's feed; a fresh one replaces it.
        uri = "stdout:" if args.output == "-" else args.output
        feed: dict[str, Any] = {"format": "jsonlines", "encoding": "utf-8",
                                "overwrite": not args.jobdir and uri != "stdout:"}
        if uri.endswith(".gz"):
            feed["postprocessing"] = ["scrapy.extensions.postprocessing.GzipPlugin"]
        options["FEEDS"] = {uri: feed}
    verbosity = -1 if getattr(args, "quiet", False) else min(getattr(args, "verbose", 0), 2)
    options["LOG_LEVEL"] = LOG_LEVELS[verbosity + 1]
    settings.setdict(options, priority="cmdline")
    settings.setdict(parse_set_options(args.set or []), priority="cmdline")
    return settings


class Progress:
    """Posts, pages and rate on one line of a terminal, refreshed every second."""

    def __init__(self, crawler: Crawler, stream: Any = None) -> None:
        self.crawler = crawler
        self.stream = stream or sys.stderr
        self.started = time.monotonic()
        self._loop: Any = None

    def attach(self) -> None:
        from scrapy import signals

        self.crawler.signals.connect(self.start, signal=signals.spider_opened)
        self.crawler.signals.connect(self.stop, signal=signals.spider_closed)

    def start(self) -> None:
        from twisted.internet.task import LoopingCall

        self.started = time.monotonic()
        self._loop = LoopingCall(self.show)
        self._loop.start(PROGRESS_EVERY, now=False)

    def line(self) -> str:
        stats = self.crawler.stats
        get = (lambda key: int(stats.get_value(key, 0) or 0)) if stats else (lambda key: 0)
        posts = get("tagwire/posts")
        pages = get("tagwire/pages/archive") + get("tagwire/pages/permalink")
        elapsed = max(time.monotonic() - self.started, 1e-9)
        return (f"tagwire crawl: {posts:,} posts, {pages:,} pages, "
                f"{get('tagwire/rejects'):,} rejected, {posts / elapsed:.1f} posts/s")

    def show(self) -> None:
        self.stream.write("\r\x1b[K" + self.line())
        self.stream.flush()

    def stop(self) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
            self.show()
            self.stream.write("\n")
            self.stream.flush()


def make_process(settings: Settings) -> Any:
    """The crawler process ``scrapy crawl`` would use with these settings."""
    import scrapy.crawler

    asyncio_reactor = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
    async_process = getattr(scrapy.crawler, "AsyncCrawlerProcess", None)
    if async_process is not None and (
            (settings.get("TWISTED_REACTOR") == asyncio_reactor
             and not settings.getbool("FORCE_CRAWLER_PROCESS"))
            or not settings.getbool("TWISTED_REACTOR_ENABLED", True)):
        return async_process(settings)
    return scrapy.crawler.CrawlerProcess(settings)


def run(args: argparse.Namespace) -> int:
    """``tagwire crawl``: check, crawl, judge. Returns the exit code."""
    quiet = getattr(args, "quiet", False)
    try:
        read_stdin_urls(args)
        settings = crawl_settings(args)
        check_spider_arguments(spider_arguments(args), settings)
    except (CrawlUsageError, SpiderArgumentError) as exc:
        print(f"tagwire crawl: error: {str(exc).removeprefix('tagarchive: ')}",
              file=sys.stderr)
        return EXIT_USAGE
    from normalizer.io.jsonl import OutputLocked, lock_output

    # Logging is Scrapy's from here on (its LOG_LEVEL), not the tagwire command's.
    for handler in list(logging.root.handlers):
        logging.root.removeHandler(handler)
    with ExitStack() as stack:
        if args.output and args.output != "-":
            try:
                stack.enter_context(lock_output(args.output))
            except OutputLocked as exc:
                print(f"tagwire crawl: error: {exc}", file=sys.stderr)
                return EXIT_USAGE
        process = make_process(settings)
        crawler = process.create_crawler(SPIDER)
        # Held here: Scrapy's signals keep only weak references to their receivers.
        show = not quiet and sys.stderr.isatty()
        progress = Progress(crawler) if show else None
        if progress is not None:
            progress.attach()
        process.crawl(crawler, **spider_arguments(args))
        process.start()
        if getattr(process, "bootstrap_failed", False) or crawler.stats is None:
            print("tagwire crawl: error: the crawl did not start (see the log above)",
                  file=sys.stderr)
            return 1
    from crawler.extensions import CrawlSummary, format_summary

    summary = CrawlSummary(crawler.stats).summary(crawler.stats.get_value("finish_reason"))
    if not quiet:
        print("tagwire crawl: summary\n" + format_summary(summary), file=sys.stderr)
    outcome = crawl_outcome(summary, distributed=bool(crawler.settings.get("REDIS_URL")))
    if outcome.code:
        print(f"tagwire crawl: {outcome.message}", file=sys.stderr)
    return outcome.code
