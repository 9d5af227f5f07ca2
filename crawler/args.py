"""The ``-a`` arguments of ``scrapy crawl tagarchive``, checked before the first request.

Each bad value fails with one line that names it and says what was expected, the way a
command-line tool would, instead of a traceback half-way through a crawl.
"""
from __future__ import annotations

import difflib
import importlib.util
import inspect
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from normalizer.io.redis_url import REDIS_URL_ENV

if TYPE_CHECKING:
    from scrapy.settings import BaseSettings

FOLLOW_VALUES = ("auto", "always", "never")


class SpiderArgumentError(ValueError):
    """A ``-a`` argument that cannot be used; the message is for the user as is."""


@dataclass(frozen=True)
class CrawlArgs:
    urls: tuple[str, ...]
    since: str | None = None          # ISO date; posts listed as older are skipped
    max_pages: int | None = None      # archive pages per start URL
    follow: str = "auto"              # auto | always | never (permalinks)

    @classmethod
    def parse(cls, *, url: str | None = None, urls_file: str | None = None,
              since: str | None = None, max_pages: str | int | None = None,
              follow: str | None = None, require_urls: bool = True) -> CrawlArgs:
        urls: list[str] = []
        for u in (url or "").split(","):
            if u.strip():
                urls.append(check_url(u.strip(), "url"))
        if urls_file:
            urls.extend(read_urls_file(urls_file))
        args = cls(urls=tuple(dict.fromkeys(urls)), since=check_since(since),
                   max_pages=check_max_pages(max_pages), follow=check_follow(follow))
        if require_urls:
            args.require_urls()
        return args

    def require_urls(self) -> None:
        """A crawl of its own needs a start URL (a distributed worker takes seeds
        from Redis instead)."""
        if not self.urls:
            raise SpiderArgumentError(
                "tagarchive: no start URL: give -a url=ARCHIVE_URL[,URL...] or "
                "-a urls_file=PATH (or -s REDIS_URL=redis://... to take seeds from Redis)")


def check_url(value: str, where: str) -> str:
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SpiderArgumentError(
            f"tagarchive: bad {where} {value!r}: expected an absolute http(s) URL "
            "such as https://example.com/tag/news/")
    return value


def read_urls_file(path: str) -> list[str]:
    p = Path(path)
    if not p.is_file():
        raise SpiderArgumentError(f"tagarchive: urls_file {path!r}: no such file")
    urls = []
    for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), start=1):
        line = line.strip()
        if line and not line.startswith("#"):
            urls.append(check_url(line, f"url in {path} line {n}:"))
    return urls


def check_since(value: str | None) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise SpiderArgumentError(
            f"tagarchive: bad since date {value!r}: expected YYYY-MM-DD") from None


def check_max_pages(value: str | int | None) -> int | None:
    if value in (None, ""):
        return None
    try:
        n = int(value)
    except (TypeError, ValueError):
        n = 0
    if n < 1:
        raise SpiderArgumentError(
            f"tagarchive: bad max_pages {value!r}: expected a whole number >= 1")
    return n


def check_follow(value: str | None) -> str:
    value = (value or "auto").strip().lower()
    if value not in FOLLOW_VALUES:
        raise SpiderArgumentError(
            f"tagarchive: bad follow value {value!r}: expected auto, always or never")
    return value


# -- argument names ------------------------------------------------------------

#: Every ``-a`` name the tagarchive spider reads. ``via`` (auto|api|feed|html) is how a
#: platform-native crawl reaches the posts; the spider checks its value.
KNOWN_ARGUMENTS = ("url", "urls_file", "since", "max_pages", "follow", "via")
#: Names set by tools that run spiders for you (scrapyd's job id), not by the user.
TOOL_ARGUMENTS = ("_job",)


def check_argument_names(names: Iterable[str]) -> None:
    """Refuse a ``-a`` name the spider does not read, naming the known ones and the
    closest match: a misspelled ``maxpages=2`` would otherwise crawl every page."""
    for name in names:
        if name in KNOWN_ARGUMENTS or name in TOOL_ARGUMENTS:
            continue
        close = difflib.get_close_matches(name, KNOWN_ARGUMENTS, n=1, cutoff=0.6)
        hint = f"did you mean {close[0]!r}? " if close else ""
        raise SpiderArgumentError(
            f"tagarchive: unknown argument {name!r}: {hint}"
            f"known: {', '.join(KNOWN_ARGUMENTS)}")


def check_spider_arguments(spargs: Mapping[str, str], settings: BaseSettings) -> CrawlArgs:
    """Everything about ``-a`` arguments that can fail, checked before a crawler exists,
    so that a command can print the one line and stop (no traceback, no request)."""
    check_argument_names(spargs)
    parsed = inspect.signature(CrawlArgs.parse).parameters
    known = {k: v for k, v in spargs.items() if k in parsed and k != "require_urls"}
    args = CrawlArgs.parse(**known, require_urls=False)
    distributed = bool(settings.get("REDIS_URL") or os.environ.get(REDIS_URL_ENV))
    if distributed:
        require_redis_extra()
    else:
        args.require_urls()
    return args


def require_redis_extra() -> None:
    """A distributed crawl needs the optional Redis packages; say how to get them."""
    missing = [m for m in ("redis", "scrapy_redis") if importlib.util.find_spec(m) is None]
    if missing:
        raise SpiderArgumentError(
            f"tagarchive: a Redis URL is set but {' and '.join(missing)} is not installed: "
            "install tagwire[redis] (pip install 'tagwire[redis]')")
