"""The item the spider hands to the pipeline: a plain dict, one per post.

Plain dicts pickle (``JOBDIR``), travel to worker processes, and need no Scrapy to read.
Either ``html`` (the permalink page) or ``content_html`` plus the listing's metadata is set.
"""
from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from normalizer.pages.archive import ListedPost


class PostItem(TypedDict, total=False):
    url: str                  # canonical permalink
    archive_url: str | None   # the archive page that listed it
    tag: str | None           # the archive's tag / label / category name
    fetched_at: str           # ISO 8601, UTC
    html: str                 # the full permalink page, when it was fetched
    content_html: str | None  # the post's content as the archive showed it in full
    title: str | None
    published: str | None
    author: str | None
    categories: list[str]
    tags: list[str]


#: The second :func:`utc_now` last stamped, and its stamp: a crawl stamps tens of posts
#: a second, and formatted each anew (a datetime, its ISO form, a replace: 8 us a post).
_LAST_STAMP: tuple[int, str] = (-1, "")


def utc_now() -> str:
    """Now, to the second, in ISO 8601 and UTC (``2024-03-04T05:06:07Z``)."""
    global _LAST_STAMP
    second = int(time.time())  # the clock datetime.now reads
    if second != _LAST_STAMP[0]:
        _LAST_STAMP = (second, datetime.fromtimestamp(second, UTC).isoformat()
                       .replace("+00:00", "Z"))
    return _LAST_STAMP[1]


def page_item(url: str, html: str, *, archive_url: str | None, tag: str | None) -> PostItem:
    """A post whose permalink page was fetched."""
    return {"url": url, "archive_url": archive_url, "tag": tag, "fetched_at": utc_now(),
            "html": html}


def listed_item(post: ListedPost, *, archive_url: str, tag: str | None) -> PostItem:
    """A post taken from an archive page that shows it in full."""
    return {"url": post.url, "archive_url": archive_url, "tag": tag, "fetched_at": utc_now(),
            "content_html": post.content_html, "title": post.title,
            "published": post.published, "author": post.author,
            "categories": list(post.categories), "tags": list(post.tags)}
