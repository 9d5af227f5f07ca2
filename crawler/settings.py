"""Scrapy settings of tagwire's crawler: polite defaults for crawling other people's blogs.

Override any of them with ``-s NAME=VALUE``. tagwire's own settings:

- ``REJECTS_PATH``   where invalid records go, with their errors (default rejects.jsonl)
- ``STORIES_PATH``   one story a line with its post's url, title and date (default off)
- ``SUMMARY_PATH``   the close summary as JSON (default off; always logged)
- ``DATABASE_URL``   upsert the records into SQLite or PostgreSQL (crawler/sinks.py)
- ``REPORT_PATH``    an HTML report of the crawl, written at the close (crawler/sinks.py)

Distributed crawl (``crawler/distributed/``): ``-s REDIS_URL=redis://host:6379/0`` or
``$TAGWIRE_REDIS_URL`` switches to scrapy-redis's shared frontier; then

- ``FRONTIER_IDLE_CLOSE``     a worker closes after the frontier was empty this long (s)
- ``FRONTIER_LEASE_SECONDS``  a dead worker's requests go back on the queue after this
- ``FRONTIER_POLL_SECONDS``   how often an idle worker looks at the queue and leases
"""
from __future__ import annotations

BOT_NAME = "tagwire"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
# `scrapy crawl` with tagwire's exit codes and argument checks (crawler/commands/crawl.py).
COMMANDS_MODULE = "crawler.commands"

# Sites see this in their logs: set it to name yourself and how to reach you, e.g.
#   -s USER_AGENT="tagwire (+mailto:you@example.org)"
USER_AGENT = "tagwire/0.1 (+https://github.com/tagwire/tagwire; set USER_AGENT to your contact)"

ROBOTSTXT_OBEY = True

# Politeness: adapt the delay to the server's latency, few parallel requests a site.
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# Items of one response processed at once. Scrapy started this many asyncio tasks for
# every response a callback returns, also for the one item of a permalink page: its
# default (100) cost a crawl of excerpt archives a third of its reactor's time, 16
# another tenth of its function calls (now one task an item: crawler/scraper.py). The
# worker pool bounds what is normalized at once anyway (NORMALIZE_IN_FLIGHT), and the
# items of several archive pages overlap (the spider yields the next page before the
# posts).
CONCURRENT_ITEMS = 4
# Scrapy's check for `return value` in generator callbacks re-reads and parses the
# callback's source on every response (its cache misses bound methods): ~2 ms a page.
WARN_ON_GENERATOR_RETURN_VALUE = False

# One slow or broken page must not hang the crawl: time out, retry a little, move on.
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

# Scrapy's HTTP/1.1 handler, each host name's IDNA encoding remembered (crawler/handlers.py).
DOWNLOAD_HANDLERS = dict.fromkeys(("http", "https"),
                                  "crawler.handlers.RememberingHTTP11DownloadHandler")
# Scrapy's downloader, its middleware chain without a coroutine a step (crawler/downloader.py).
DOWNLOADER = "crawler.downloader.QuickDownloader"

# Re-run the normalizer without re-downloading: -s HTTPCACHE_ENABLED=1
HTTPCACHE_ENABLED = False
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_EXPIRATION_SECS = 0
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]

ITEM_PIPELINES = {
    "crawler.pipelines.NormalizePipeline": 300,
    "crawler.pipelines.StoriesExportPipeline": 800,
    "crawler.sinks.DatabasePipeline": 850,  # only with DATABASE_URL
    "crawler.sinks.ReportPipeline": 900,    # only with REPORT_PATH
}
# -s DATABASE_URL=sqlite:///tagwire.db (or postgresql://...): records upserted there.
# -s REPORT_PATH=report.html: an HTML report of the crawl, written at the close.
DATABASE_URL = None
REPORT_PATH = None
# CSV feeds (-o posts.csv) write nested fields as JSON text, not Python reprs.
FEED_EXPORTERS = {"csv": "crawler.exporters.JsonCsvItemExporter",
                  # The same lines as Scrapy's, without its per-field copy of each record.
                  **dict.fromkeys(("jsonlines", "jsonl", "jl"),
                                  "crawler.exporters.RecordJsonLinesExporter")}
EXTENSIONS = {
    "crawler.extensions.CrawlSummary": 500,
    # The garbage collector off the hot path while the spider runs (GC_TUNING=0: off).
    "crawler.extensions.QuietCollector": 510,
    # A callback's output handed on with one task an item, not a queue and
    # CONCURRENT_ITEMS workers a response (crawler/scraper.py).
    "crawler.scraper.QuickScraperOutput": 520,
}

REJECTS_PATH = "rejects.jsonl"
STORIES_PATH = None
SUMMARY_PATH = None

# Scrapy's stats collector without its per-attribute hook (crawler/stats.py).
STATS_CLASS = "crawler.stats.QuickStatsCollector"

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = "INFO"
# Item bodies (whole pages) are not logged when an item is dropped.
DEFAULT_DROPITEM_LOG_LEVEL = "INFO"
LOG_FORMATTER = "crawler.logformatter.QuietItemsLogFormatter"

# Distributed crawl (only with REDIS_URL; the spider's update_settings switches the
# scheduler, dupefilter and queue to scrapy-redis classes: crawler/distributed/config.py).
FRONTIER_IDLE_CLOSE = 30
FRONTIER_LEASE_SECONDS = 90
FRONTIER_POLL_SECONDS = 1.0

# JOBDIR that survives a hard kill: a journal of finished posts, and feeds written
# without a buffer (crawler/jobstate.py). scrapy-redis replaces the dupefilter.
DUPEFILTER_CLASS = "crawler.jobstate.DurableDupeFilter"
FEED_STORAGES = {
    "": "crawler.jobstate.UnbufferedFileFeedStorage",
    "file": "crawler.jobstate.UnbufferedFileFeedStorage",
}

# Normalization runs in worker processes so downloads never wait for it.
# Default (unset): one worker per core this process may use; 0 = in the crawl process
# (debugging). Several crawl processes on one machine: give each cores / processes.
# NORMALIZE_WORKERS = 2
# Posts in the worker pool at once (default 8 per worker): bounds memory.
# NORMALIZE_IN_FLIGHT = 6
# "module.function" each worker calls once warmed up (instrumentation; the tests use it).
NORMALIZE_WORKER_HOOK = None

# Later copies of a wire story get duplicate_of (schema 1.1). The fingerprint index lives
# in Redis when DEDUPE_REDIS_URL, else REDIS_URL, else $TAGWIRE_REDIS_URL is set (shared
# by all crawl processes, kept between crawls); otherwise in memory, for this crawl.
DEDUPE_ENABLED = True
DEDUPE_REDIS_URL = None
DEDUPE_MAX_DISTANCE = 3   # SimHash bits two copies of a story may differ by

# Faults and limits (issue 13; crawler/middlewares.py, crawler/pagination.py).
# The crawl stays on the scheme, host and port of its start URLs (and their www. twins),
# redirects and meta refreshes included; hosts listed here may be reached from any of
# them. Private and loopback addresses are refused unless a start URL is one.
ALLOWED_HOSTS: list[str] = []
ALLOW_PRIVATE_ADDRESSES = False
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.SiteGuard": 50,
    # SiteGuard keeps the crawl on its sites; Scrapy's offsite check reads the spider's
    # allowed_domains, which tagarchive has none of: work on every request, for nothing.
    "scrapy.downloadermiddlewares.offsite.OffsiteMiddleware": None,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.Rfc9309RobotsTxt": 100,
    # Archive pages parsed in the normalizer workers, off the reactor, from 3 workers on
    # (crawler/offload.py; -s ARCHIVE_PARSE_IN_WORKERS=1 or 0 forces it on or off).
    "crawler.offload.ParseArchiveInWorkers": 40,
    # Scrapy's meta-refresh redirects, without the scan of pages that hold no refresh.
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.middlewares.QuickMetaRefresh": 580,
    # Scrapy's cookies, without the cookie jar's read of responses that set none.
    "scrapy.downloadermiddlewares.cookies.CookiesMiddleware": None,
    "crawler.middlewares.QuickCookies": 700,
    # Scrapy's downloader/* stats, the byte counts added up without building raw requests.
    "scrapy.downloadermiddlewares.stats.DownloaderStats": None,
    "crawler.middlewares.QuickDownloaderStats": 850,
}
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.SiteStamp": 500,
    # A warning for spiders that copy response.meta into new requests; tagarchive
    # builds each request's meta itself.
    "scrapy.spidermiddlewares.metacopy.MetaCopyDetectionMiddleware": None,
    # Scrapy's Referer headers, a response's policy and referrer worked out once for
    # all the requests it leads to (crawler/middlewares.py).
    "scrapy.spidermiddlewares.referer.RefererMiddleware": None,
    "crawler.middlewares.QuickReferer": 700,
}
# A page over DOWNLOAD_MAXSIZE is not downloaded and becomes a reject (the offline cap
# of tagwire normalize --max-bytes is the same 10 MB); over DOWNLOAD_WARNSIZE, a warning.
DOWNLOAD_MAXSIZE = 10_000_000
DOWNLOAD_WARNSIZE = 2_000_000
# Archive pages per start URL, at most (0 = no cap); reaching it is logged and counted.
ARCHIVE_PAGES_MAX = 1000
# Numbered archive pages requested ahead of the next one (0 = one page after another;
# crawler/pagination.py): each is read in its turn. Not used with JOBDIR or REDIS_URL.
ARCHIVE_PAGES_AHEAD = 3
# Seconds one post may take in the normalizer; over it the post is a reject.
NORMALIZE_TIME_LIMIT = 300
# Distributed crawl: how long a worker keeps retrying an unreachable Redis before it
# stops (close reason redis_unreachable); a frontier found gone stops it at once
# (close reason frontier_lost).
FRONTIER_REDIS_TIMEOUT = 60
