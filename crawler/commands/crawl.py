"""``scrapy crawl`` with exit codes a script can trust.

Scrapy's own ``crawl`` exits 0 whenever the spider started. This subclass checks the
spider's ``-a`` arguments before the crawler exists (one line, exit 2, no traceback and
no request), and after the crawl sets the exit code from the close summary
(:mod:`crawler.outcome`), printing the one line that says why when it is not 0. Other
spiders than tagarchive run as under Scrapy's command, with only the outcome check.
"""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from crawler.args import SpiderArgumentError, check_spider_arguments
from crawler.outcome import EXIT_USAGE, outcome_of

if TYPE_CHECKING:
    import argparse

#: The spider whose arguments and outcome this command knows.
SPIDER = "tagarchive"


class Command(ScrapyCrawlCommand):
    def short_desc(self) -> str:
        return "Run a spider of the current project, by name (exit code from the outcome)"

    def process_options(self, args: list[str], opts: argparse.Namespace) -> None:
        """Scrapy's options, then the spider's arguments: before the crawler process
        exists, so a bad one prints its line and nothing else."""
        super().process_options(args, opts)
        if args[:1] == [SPIDER] and len(args) == 1:
            assert self.settings is not None
            try:
                check_spider_arguments(opts.spargs, self.settings)
            except SpiderArgumentError as exc:
                print(str(exc), file=sys.stderr)
                sys.exit(EXIT_USAGE)

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if len(args) != 1:
            super().run(args, opts)  # Scrapy's usage errors, as they are
            return
        spname = args[0]
        assert self.crawler_process is not None
        crawler = make_crawler(self, spname)
        self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        if self.crawler_process.bootstrap_failed:
            self.exitcode = 1
            return
        outcome = outcome_of(crawler)
        if outcome.code:
            print(f"{spname}: {outcome.message}", file=sys.stderr)
        self.exitcode = outcome.code


def make_crawler(command: Any, spname: str) -> Any:
    """The crawler as Scrapy's own command makes it (``_create_crawler`` also warns about
    feeds nobody asked for), or through the public API on a Scrapy without it."""
    create = getattr(command, "_create_crawler", None)
    if create is not None:
        return create(spname)
    if command.crawler_process is None:  # pragma: no cover
        raise UsageError("no crawler process")
    return command.crawler_process.create_crawler(spname)
