"""Put tag archive URLs into Redis for distributed crawl workers to start from.

Workers run ``scrapy crawl tagarchive -s REDIS_URL=URL``; scrapy-redis's spider
reads its seeds from the list ``<spider name>:start_urls`` (``tagarchive:start_urls``).
Every URL is checked first (absolute http/https with a host); if any is bad, none is
pushed. The Redis URL comes from ``--redis-url`` or ``$TAGWIRE_REDIS_URL``.

The same as ``redis-cli -u URL RPUSH tagarchive:start_urls ARCHIVE_URL...``.

The frontier (queue, seen-set, leases) outlives the workers, so pushing a seed that was
crawled before does nothing; ``--fresh`` forgets the previous crawl first (refused while
workers hold leases).

Exit status: 0 pushed; 2 a bad URL, no Redis URL, or Redis unreachable.
"""
from __future__ import annotations

import argparse
import logging
import os
import sys
from urllib.parse import urlsplit

# The crawler's Redis layout and seed logic (no Scrapy imported: the command stays light).
from crawler.distributed.enqueue import CrawlRunning, connect, forget_crawl, push_seeds
from crawler.distributed.keys import DEFAULT_SEEDS as DEFAULT_KEY
from crawler.distributed.keys import REDIS_URL_ENV

HELP = "push tag archive URLs as seeds for scrapy-redis crawl workers"

logger = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="ARCHIVE_URL",
                        help="tag or category archive URL (http or https)")
    parser.add_argument("--redis-url", default=os.environ.get(REDIS_URL_ENV), metavar="URL",
                        help=f"Redis to push to, e.g. redis://127.0.0.1:6379/0 "
                             f"(default: ${REDIS_URL_ENV})")
    parser.add_argument("--key", default=DEFAULT_KEY,
                        help=f"Redis list the spider reads seeds from (default {DEFAULT_KEY})")
    parser.add_argument("--fresh", action="store_true",
                        help="forget the previous crawl's queue, seeds and seen-set first "
                             "(refused while workers are crawling)")


def url_problem(url: str) -> str | None:
    """Why ``url`` cannot be a crawl seed, or None if it can."""
    if not url or url != url.strip() or any(c.isspace() for c in url):
        return "contains whitespace" if url.strip() else "is empty"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 (raises ValueError on a bad port)
    except ValueError as exc:
        return f"is not a valid URL ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f"is not http or https (scheme {parts.scheme or 'missing'!r})"
    if not parts.hostname:
        return "has no host"
    return None


def run(args: argparse.Namespace) -> int:
    bad = [(u, p) for u in args.urls if (p := url_problem(u))]
    for url, problem in bad:
        print(f"tagwire enqueue: error: {url!r} {problem}", file=sys.stderr)
    if bad:
        print(f"tagwire enqueue: nothing pushed ({len(bad)} bad URL(s))", file=sys.stderr)
        return 2
    if not args.redis_url:
        print(f"tagwire enqueue: error: no Redis URL: give --redis-url or set {REDIS_URL_ENV}",
              file=sys.stderr)
        return 2
    try:
        client = connect(args.redis_url)
        if args.fresh:
            spider = forget_crawl(client, args.key)
            print(f"tagwire enqueue: forgot the previous crawl of {spider}", file=sys.stderr)
        length = push_seeds(client, args.key, args.urls)
    except CrawlRunning as exc:
        print(f"tagwire enqueue: error: {exc}; nothing pushed", file=sys.stderr)
        return 2
    except ModuleNotFoundError as exc:
        print(f"tagwire enqueue: error: needs the {exc.name} package: install tagwire[redis]",
              file=sys.stderr)
        return 2
    except Exception as exc:  # bad URL scheme, refused connection, auth, wrong key type...
        print(f"tagwire enqueue: error: cannot push to Redis at {args.redis_url}: {exc}",
              file=sys.stderr)
        return 2
    print(f"tagwire enqueue: pushed {len(args.urls)} URL(s) to {args.key} "
          f"({length} waiting)", file=sys.stderr)
    return 0
