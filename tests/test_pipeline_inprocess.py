"""The item pipeline inside a real crawl run in this process: Scrapy's ``CrawlerProcess``
with tagwire's settings, the spider, the pipelines and extensions, against fixture sites
served on 127.0.0.1 by tests/httpserver.py; items collected from the ``item_scraped`` and
``item_dropped`` signals, the way Scrapy's own crawl tests do.

The subprocess tests (test_crawl*.py) check what a user sees (files, exit code); these
check what the pipeline hands to the feed exporter, item by item. A Twisted reactor runs
once per process, so all crawls of this module run together in one module fixture.
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from httpserver import serve
from jsonschema.validators import validator_for
from scrapy import signals
from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings

from crawler.spiders.tagarchive import TagArchiveSpider

SITES = Path(__file__).parent / "fixtures" / "sites"
SCHEMA = Path(__file__).resolve().parent.parent / "schemas" / "post.schema.json"
PROXY_VARS = ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")


@dataclass
class Run:
    """One crawl's signals and stats."""

    site: str
    base: str = ""
    work: Path = Path()
    scraped: list[dict[str, Any]] = field(default_factory=list)
    dropped: list[tuple[dict[str, Any], str]] = field(default_factory=list)
    stats: dict[str, Any] = field(default_factory=dict)
    reason: str | None = None

    # Signal handlers (Scrapy holds them by weak reference: the run keeps them alive).
    def on_scraped(self, item: dict[str, Any]) -> None:
        self.scraped.append(item)

    def on_dropped(self, item: dict[str, Any], exception: BaseException) -> None:
        self.dropped.append((item, str(exception)))

    @property
    def manifest(self) -> dict[str, Any]:
        return json.loads((SITES / self.site / "manifest.json").read_text(encoding="utf-8"))

    def listed(self) -> list[str]:
        return [self.base + p["url"] for p in self.manifest["posts"]]


def settings() -> Settings:
    """tagwire's settings, made fast for a local server. Per-crawl files are set on each
    crawler: ``CrawlerProcess.crawl`` updates a crawler's settings with these."""
    s = Settings()
    s.setmodule("crawler.settings", priority="project")
    s.setdict({
        "AUTOTHROTTLE_ENABLED": False, "DOWNLOAD_DELAY": 0, "DOWNLOAD_TIMEOUT": 20,
        "TELNETCONSOLE_ENABLED": False, "LOG_LEVEL": "WARNING",
        "NORMALIZE_WORKERS": 0,  # normalize on the reactor: this test is about the pipeline
        "LOG_INSTALL_ROOT_HANDLER": False,  # pytest keeps the logging
    }, priority="cmdline")
    return s


class Closed:
    """``spider_closed``: the crawl's stats and finish reason into its run."""

    def __init__(self, crawler: Crawler, run: Run) -> None:
        self.crawler, self.run = crawler, run

    def __call__(self, reason: str) -> None:
        assert self.crawler.stats is not None
        self.run.stats = dict(self.crawler.stats.get_stats())
        self.run.reason = reason


def watch(crawler: Crawler, run: Run) -> Closed:
    closed = Closed(crawler, run)
    crawler.signals.connect(run.on_scraped, signal=signals.item_scraped)
    crawler.signals.connect(run.on_dropped, signal=signals.item_dropped)
    crawler.signals.connect(closed, signal=signals.spider_closed)
    return closed  # the caller keeps it alive until the crawl ends


CRAWLS = {  # site -> spider arguments
    "wp-kubrick-full": {},
    "wp-modern-excerpts": {},
    "wp-empty-post": {"follow": "never"},
}


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Run]]:
    mp = pytest.MonkeyPatch()
    for name in PROXY_VARS:
        mp.delenv(name, raising=False)
    mp.delenv("TAGWIRE_REDIS_URL", raising=False)
    mp.setenv("NO_PROXY", "127.0.0.1,localhost")
    out: dict[str, Run] = {}
    handlers = []
    with ExitStack() as stack:
        process: CrawlerProcess | None = None
        for site, args in CRAWLS.items():
            server = stack.enter_context(serve(SITES / site))
            run = Run(site, base=server.base, work=tmp_path_factory.mktemp(site))
            if process is None:
                process = CrawlerProcess(settings())
            crawler = process.create_crawler(TagArchiveSpider)
            crawler.settings.setdict(
                {"REJECTS_PATH": str(run.work / "rejects.jsonl"),
                 "STORIES_PATH": str(run.work / "stories.jsonl")}, priority="cmdline")
            handlers.append(watch(crawler, run))
            process.crawl(crawler, url=server.url(run.manifest["start"]), **args)
            out[site] = run
        assert process is not None
        process.start(install_signal_handlers=False)
    mp.undo()
    yield out


def schema_errors(record: dict[str, Any]) -> list[str]:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    validator = validator_for(schema)(schema)
    return [f"{e.json_path}: {e.message}" for e in validator.iter_errors(record)]


def test_every_listed_post_reaches_the_feed_once_as_a_valid_record(
        runs: dict[str, Run]) -> None:
    for site in ("wp-kubrick-full", "wp-modern-excerpts"):
        run = runs[site]
        assert run.reason == "finished", site
        assert sorted(r["url"] for r in run.scraped) == sorted(run.listed()), site
        assert run.dropped == [], site
        for record in run.scraped:
            assert schema_errors(record) == [], record["url"]
            assert record["stories"], record["url"]


def test_records_keep_what_the_archive_said_about_the_post(runs: dict[str, Run]) -> None:
    run = runs["wp-kubrick-full"]
    published = {run.base + p["url"]: p["published"] for p in run.manifest["posts"]}
    sources = {run.base + p["url"]: p["sources"] for p in run.manifest["posts"]}
    for record in run.scraped:
        assert record["tag"] == "Sanctions"
        assert record["archive_url"].startswith(run.base + "/tag/sanctions/")
        assert record["published"] == published[record["url"]]
        assert [s.get("source") for s in record["stories"]] == sources[record["url"]]


def test_a_post_with_no_text_is_dropped_to_the_rejects_file(runs: dict[str, Run]) -> None:
    run = runs["wp-empty-post"]
    empty = [run.base + p["url"] for p in run.manifest["posts"] if p["empty"]]
    assert len(empty) == 1
    assert sorted(r["url"] for r in run.scraped) == sorted(set(run.listed()) - set(empty))
    assert [item["url"] for item, _ in run.dropped] == empty
    assert all("rejected" in reason for _, reason in run.dropped)
    rejects = [json.loads(line) for line in
               (run.work / "rejects.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rejects] == empty and rejects[0]["errors"]
    assert run.stats["tagwire/rejects"] == 1


def test_the_stats_count_what_the_signals_saw(runs: dict[str, Run]) -> None:
    for run in runs.values():
        assert run.stats["tagwire/records"] == len(run.scraped)
        assert run.stats["tagwire/posts"] == len(run.scraped) + len(run.dropped)
        stories = sum(len(r["stories"]) for r in run.scraped)
        assert run.stats["tagwire/stories"] == stories
        lines = (run.work / "stories.jsonl").read_text(encoding="utf-8").splitlines()
        assert len(lines) == stories, "the stories export saw every record"
