"""The crawl process's cheaper steps do what the steps they replace did.

- :class:`crawler.middlewares.QuickMetaRefresh` lets a page without the word "refresh"
  through at once: on real saved pages and on pages that do hold a refresh (in any
  case, inside a script, past the part Scrapy scans), its answer is Scrapy's own.
- :class:`crawler.pool.PoolRecordMaker` writes the posts that come in one turn of the
  event loop in one write, through pipes widened past 64 KiB: many large posts at once
  each come back as their own record, the same as made in-process.
"""
from __future__ import annotations

import asyncio
import gzip
from pathlib import Path
from typing import Any

import pytest
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import HtmlResponse, Request
from scrapy.utils.test import get_crawler

from crawler.items import page_item
from crawler.middlewares import META_REFRESH_SCAN, QuickMetaRefresh
from crawler.pool import PIPE_BYTES, PoolRecordMaker, widen_pipe
from crawler.records import make_record

REAL = Path(__file__).parent / "fixtures" / "real" / "broad" / "html"
URL = "http://127.0.0.1:8000/2024/05/01/a-post/"

#: Pages that hold a refresh, or the word where it is no refresh; each answered by
#: Scrapy's middleware and the quick one alike.
CRAFTED = {
    "refresh": '<html><head><meta http-equiv="refresh" content="0; url=/moved/">'
               "</head><body>x</body></html>",
    "upper case": "<HTML><HEAD><META HTTP-EQUIV='REFRESH' CONTENT='1;URL=/elsewhere/'>"
                  "</HEAD><BODY>x</BODY></HTML>",
    "mixed case, late in the head": "<html><head>" + "<meta name=x content=y>" * 50
                                    + '<meta http-equiv="Refresh" content="0;url=/late/">'
                                    "</head></html>",
    "in a script only": "<html><head><script>var refresh = 1;</script></head>"
                        "<body>x</body></html>",
    "in a noscript": '<html><head><noscript><meta http-equiv="refresh" '
                     'content="0;url=/js/"></noscript></head></html>',
    "past the scanned part": "<html><head>" + " " * META_REFRESH_SCAN
                             + '<meta http-equiv="refresh" content="0;url=/far/"></head></html>',
    "no refresh": "<html><head><title>t</title></head><body>plain</body></html>",
}


def _answers(body: bytes, meta: dict[str, Any] | None = None) -> tuple[Any, Any]:
    """Scrapy's middleware's answer and the quick one's for one page, as URLs (a
    redirect) or the response itself (let through)."""
    crawler = get_crawler(settings_dict={"METAREFRESH_MAXDELAY": 100})
    scrapy_mw = MetaRefreshMiddleware.from_crawler(crawler)
    quick_mw = QuickMetaRefresh.from_crawler(crawler)
    out = []
    for mw in (scrapy_mw, quick_mw):
        request = Request(URL, meta=dict(meta or {}))
        response = HtmlResponse(URL, body=body, encoding="utf-8", request=request)
        answer = mw.process_response(request, response)
        out.append(answer.url if isinstance(answer, Request) else
                   ("let through" if answer is response else answer))
    return out[0], out[1]


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_quick_meta_refresh_answers_as_scrapy_on_crafted_pages(name: str) -> None:
    scrapy_answer, quick_answer = _answers(CRAFTED[name].encode())
    assert quick_answer == scrapy_answer
    if name in ("refresh", "upper case", "mixed case, late in the head"):
        assert scrapy_answer != "let through"  # the pages a refresh must redirect do


def test_quick_meta_refresh_keeps_dont_redirect() -> None:
    scrapy_answer, quick_answer = _answers(CRAFTED["refresh"].encode(),
                                           {"dont_redirect": True})
    assert quick_answer == scrapy_answer == "let through"


def test_quick_meta_refresh_answers_as_scrapy_on_real_pages() -> None:
    pages = sorted(REAL.glob("*.html.gz"))
    assert len(pages) > 50
    for path in pages:
        scrapy_answer, quick_answer = _answers(gzip.decompress(path.read_bytes()))
        assert quick_answer == scrapy_answer, path.name


def test_widened_pipe_holds_more_than_the_default() -> None:
    import fcntl
    import multiprocessing

    reader, writer = multiprocessing.Pipe(duplex=False)
    try:
        widen_pipe(writer)
        size = fcntl.fcntl(writer.fileno(), fcntl.F_GETPIPE_SZ)  # type: ignore[attr-defined]
        limit = int(Path("/proc/sys/fs/pipe-max-size").read_text())
        assert size == min(PIPE_BYTES, max(limit, 65536)) or size >= 65536 * 2
    finally:
        reader.close()
        writer.close()


def test_posts_written_together_come_back_each_as_its_own_record() -> None:
    """40 permalink pages of 30-100 KB queued in one turn of the loop (one write of
    megabytes, more than a pipe holds): every outcome is its own post's, and the same
    record as made in-process."""
    pages = sorted(REAL.glob("*.html.gz"))[:40]
    items = [page_item(f"http://127.0.0.1:8000/post-{i}/",
                       gzip.decompress(p.read_bytes()).decode("utf-8", "replace"),
                       archive_url="http://127.0.0.1:8000/tag/x/", tag="x")
             for i, p in enumerate(pages)]
    assert sum(len(i["html"]) for i in items) > PIPE_BYTES

    async def through_pool() -> list[Any]:
        pool = PoolRecordMaker(2, in_flight=len(items))
        await pool.start()
        try:
            return await asyncio.gather(*(pool(item) for item in items))
        finally:
            await pool.close()

    outcomes = asyncio.run(through_pool())
    assert [o.url for o in outcomes] == [i["url"] for i in items]
    for item, outcome in zip(items, outcomes, strict=True):
        expected = make_record(item)
        assert outcome.errors == expected.errors
        if expected.record is not None:
            got = dict(outcome.record or {})
            want = dict(expected.record)
            got.pop("fetched_at", None)
            want.pop("fetched_at", None)
            assert got == want, item["url"]
