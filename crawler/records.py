"""Turn one crawled post item into one checked post record.

This is the one place where the crawler calls the normalizer and the schema. It takes
and returns plain, picklable values (a dict in; a record or its errors out) so that it
runs in a worker process (:mod:`crawler.pool`) as well as in the Scrapy process
(:class:`RecordMaker`); nothing else knows how records are made.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)


@dataclass
class Outcome:
    """The result of normalizing one item: a valid ``record``, or ``errors`` (one line each)."""

    url: str
    record: dict[str, Any] | None = None
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.record is not None and not self.errors


def make_record(item: dict[str, Any]) -> Outcome:
    """Normalize a post item (see ``crawler.items``) and validate the record.

    Never raises: a page the normalizer cannot read becomes an Outcome with the error,
    so one bad page costs one reject, not the crawl."""
    import normalizer
    from normalizer.contract.schema import format_error, record_errors

    url = item["url"]
    try:
        if item.get("html") is not None:
            records = normalizer.normalize_page(
                item["html"], url, archive_url=item.get("archive_url"),
                tag=item.get("tag"), fetched_at=item.get("fetched_at"))
            record = _pick(records, url)
        else:
            meta = normalizer.PostMeta(
                url=url, title=item.get("title"), published=item.get("published"),
                author=item.get("author"), categories=list(item.get("categories") or []),
                tags=list(item.get("tags") or []), archive_url=item.get("archive_url"),
                tag=item.get("tag"), fetched_at=item.get("fetched_at"))
            record = normalizer.normalize_content(item.get("content_html") or "", meta)
    except normalizer.NormalizeError as exc:  # the page holds no story to read
        log.info("normalizer could not read %s: %s", url, exc)
        return Outcome(url, None, [f"normalizer: {exc}"])
    except Exception as exc:  # a normalizer bug costs one page, not the crawl
        log.exception("normalizer failed on %s", url)
        return Outcome(url, None, [f"normalizer failed: {type(exc).__name__}: {exc}"])
    if record is None:
        return Outcome(url, None, ["normalizer found no post on the page"])
    errors = [format_error(e) for e in record_errors(record)]
    return Outcome(url, record, errors)


def _pick(records: list[dict[str, Any]], url: str) -> dict[str, Any] | None:
    """One record for a permalink page: the one whose url is the page's, else the first."""
    if not records:
        return None
    from normalizer.pages.urls import canonical_post_url

    want = canonical_post_url(url)
    for record in records:
        if isinstance(record.get("url"), str) and canonical_post_url(record["url"]) == want:
            return record
    if len(records) > 1:
        log.warning("%s: the normalizer read %d posts on a permalink page; keeping the first",
                    url, len(records))
    return records[0]


class RecordMaker:
    """Callable that makes records in this process (``NORMALIZE_WORKERS=0``).

    The default is :class:`crawler.pool.PoolRecordMaker`, which runs the same
    :func:`make_record` in worker processes."""

    def __call__(self, item: dict[str, Any]) -> Outcome:
        return make_record(item)

    def warm_up(self) -> None:
        """Pay the one-off costs (imports, language profiles, schema) before the crawl
        starts, not on the first post."""
        make_record(WARM_UP_ITEM)


WARM_UP_ITEM: dict[str, Any] = {
    "url": "http://127.0.0.1/warm-up/", "archive_url": None, "tag": None, "fetched_at": None,
    "content_html": "<div>" + "".join(f"<p>{p}</p>" for p in (
        "BERLIN (Reuters) - Finance ministers from the euro zone met on Monday to discuss "
        "next year's budget rules and agreed to meet again in two weeks to settle the "
        "remaining questions on debt and investment.",
        "The talks were described by officials as constructive, although several countries "
        "said they still had reservations about the proposed timetable for the changes.",
        "(Reporting by Jan Schmidt; Editing by Anna Weber)")) + "</div>",
    "title": "Euro zone ministers to meet again on budget rules", "published": "2024-03-04",
    "author": None, "categories": [], "tags": []}
