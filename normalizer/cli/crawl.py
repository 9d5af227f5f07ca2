"""Crawl tag archives into validated post records (JSON Lines).

Runs the tagarchive spider with tagwire's own settings from any directory (no
scrapy.cfg needed): robots.txt obeyed, AutoThrottle, retries, normalization in worker
processes, every record validated; invalid ones go to the rejects file. On a terminal
a progress line shows posts, pages and rate; a summary follows at the close.

Exit status: 0 the crawl finished and found posts (failed pages are counted in the
summary); 2 usage error; 3 cut short (close reason not "finished"); 4 every start URL
failed; 5 no post found. Each non-zero status comes with one line saying why.
"""
from __future__ import annotations

import argparse

HELP = "crawl tag archives with Scrapy into validated post records (exit 0/2/3/4/5)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="*", metavar="URL",
                        help="tag or category archive URL (or a post's permalink)")
    parser.add_argument("-o", "--output", metavar="OUT.jsonl", default="-",
                        help="where records go ('-' = stdout, the default; .gz compresses); "
                             "replaced, or added to when resuming with --jobdir")
    parser.add_argument("--urls-file", metavar="PATH", help="start URLs, one a line ('-' = stdin)")
    parser.add_argument("--since", metavar="YYYY-MM-DD",
                        help="stop paginating once the listed posts are older")
    parser.add_argument("--max-pages", type=int, metavar="N",
                        help="archive pages per start URL")
    parser.add_argument("--follow", choices=("auto", "always", "never"),
                        help="permalinks: auto (default) follows only excerpts")
    parser.add_argument("--via", choices=("auto", "api", "feed", "html"),
                        help="how posts are reached: the platform's API, its feed, or the "
                             "HTML archive pages (default auto)")
    parser.add_argument("--jobdir", metavar="DIR",
                        help="make the crawl resumable (stop it, run the same command again)")
    parser.add_argument("--redis-url", metavar="URL",
                        help="share the frontier in Redis with other workers "
                             "(needs tagwire[redis])")
    parser.add_argument("--rejects", metavar="PATH",
                        help="invalid records with their errors (default rejects.jsonl)")
    parser.add_argument("--stories", metavar="PATH",
                        help="also write one story a line with its post's url, title, date")
    parser.add_argument("--summary", metavar="PATH", help="write the close summary as JSON")
    parser.add_argument("--user-agent", metavar="UA",
                        help='tell sites who you are, e.g. "yourbot (+mailto:you@example.org)"')
    parser.add_argument("--db", metavar="URL", help="also store records in this database")
    parser.add_argument("-s", "--set", action="append", metavar="KEY=VALUE",
                        help="any Scrapy or tagwire setting (repeatable; applied last)")


def run(args: argparse.Namespace) -> int:
    # Scrapy is imported only here: `import normalizer` and `tagwire validate` never load it.
    from crawler.cli import run as run_crawl

    return run_crawl(args)
