"""``JOBDIR`` that survives a hard kill (SIGKILL, a second Ctrl-C, a crash).

Scrapy's job state is written at a clean shutdown: its seen-set is buffered and its disk
queue's header is written on close, so after a kill the resumed crawl either loses the
pending requests or fails reading the queue. tagwire adds:

- a journal of *finished* posts, ``JOBDIR/tagwire.done`` (one request fingerprint a
  line, flushed once the post's item has been exported or rejected), and a marker
  ``JOBDIR/tagwire.clean`` written when the job state was saved cleanly;
- on start, if state exists without the marker, the run is a recovery: Scrapy's queue
  and seen-set are set aside (``*.crashed``), only finished posts count as seen, and the
  crawl walks the archive again from its start URLs -- cheap, archive pages are few --
  fetching and emitting only the posts that were not finished;
- feeds written without a buffer (``FEED_STORAGES``), so an exported line is on disk
  before its post is journaled.

Two crawls on one JOBDIR would interleave their queues and journals: the first holds an
exclusive lock on ``JOBDIR/tagwire.lock`` (``flock``, released by the kernel when the
process ends, even by ``kill -9``), and a second refuses to start with one line naming
the JOBDIR.

With scrapy-redis (issue 5) the scheduler and dupefilter are replaced and none of this
is used.
"""
from __future__ import annotations

import logging
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from scrapy import Spider, signals
from scrapy.dupefilters import RFPDupeFilter
from scrapy.extensions.feedexport import FileFeedStorage
from scrapy.http import Request
from scrapy.utils.job import job_dir

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

log = logging.getLogger(__name__)

DONE_FILE = "tagwire.done"
LOCK_FILE = "tagwire.lock"
CLEAN_MARKER = "tagwire.clean"
SCRAPY_STATE = ("requests.seen", "requests.queue", "spider.state")


class JobdirInUse(RuntimeError):
    """Another crawl holds this JOBDIR."""


def lock_jobdir(jobdir: Path) -> IO[bytes]:
    """Take the JOBDIR's lock for this process; :class:`JobdirInUse` if another holds it.
    Keep the returned file open as long as the crawl runs."""
    import fcntl

    handle = (jobdir / LOCK_FILE).open("a+b")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().decode(errors="replace").strip() or "another process"
        handle.close()
        raise JobdirInUse(f"JOBDIR {jobdir} is in use by another crawl ({holder}); "
                          "wait for it to finish or use another JOBDIR") from None
    import os

    handle.truncate(0)
    handle.write(f"pid {os.getpid()}".encode())
    handle.flush()
    return handle


def recover_if_crashed(jobdir: Path) -> bool:
    """Set aside Scrapy's state of a run that did not stop cleanly; True if it did so."""
    marker = jobdir / CLEAN_MARKER
    if marker.exists():
        marker.unlink()  # this run must write its own
        return False
    stale = [jobdir / name for name in SCRAPY_STATE if (jobdir / name).exists()]
    if not stale:
        return False  # a new job
    for path in stale:
        target = path.with_name(path.name + ".crashed")
        if target.exists():
            shutil.rmtree(target) if target.is_dir() else target.unlink()
        path.rename(target)
    log.warning("JOBDIR %s: the previous run did not stop cleanly; walking the archives "
                "again and skipping the %d posts it finished", jobdir, _count_lines(jobdir))
    return True


def _count_lines(jobdir: Path) -> int:
    done = jobdir / DONE_FILE
    return sum(1 for _ in done.open("rb")) if done.exists() else 0


class DurableDupeFilter(RFPDupeFilter):
    """Scrapy's dupefilter plus the journal of finished posts (see the module doc)."""

    def __init__(self, path: str | None = None, debug: bool = False, **kwargs: Any) -> None:
        self.jobdir = Path(path) if path else None
        self.lock: IO[bytes] | None = None
        if self.jobdir is not None:
            self.jobdir.mkdir(parents=True, exist_ok=True)
            try:
                self.lock = lock_jobdir(self.jobdir)
            except JobdirInUse as exc:
                log.error("%s", exc)  # one clear line before Scrapy's traceback
                raise
            self.recovered = recover_if_crashed(self.jobdir)
        super().__init__(path, debug, **kwargs)
        self.done: IO[bytes] | None = None
        if self.jobdir is not None:
            done = self.jobdir / DONE_FILE
            if done.exists():
                self._fingerprints.update(bytes.fromhex(line.strip().decode())
                                          for line in done.open("rb") if line.strip())
            self.done = done.open("ab", buffering=0)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> DurableDupeFilter:
        df = cls(job_dir(crawler.settings), crawler.settings.getbool("DUPEFILTER_DEBUG"),
                 fingerprinter=crawler.request_fingerprinter)
        if df.done is not None:  # a journal to keep (JOBDIR): without one, the signal
            # would run a receiver that does nothing, a task and a few dozen calls an item
            crawler.signals.connect(df.item_finished, signal=signals.item_scraped)
            crawler.signals.connect(df.item_finished, signal=signals.item_dropped)
        return df

    def item_finished(self, item: object, **kwargs: object) -> None:
        """Journal the post of an item that the feed (or the rejects file) now holds."""
        url = item.get("url") if isinstance(item, Mapping) else None
        if self.done is not None and isinstance(url, str):
            from normalizer.pages.urls import canonical_post_url

            fp = self._fingerprint(Request(canonical_post_url(url)))
            self.done.write(fp.hex().encode() + b"\n")

    def close(self, reason: str) -> None:
        super().close(reason)  # Scrapy's seen-set; the scheduler saved its queue before
        if self.done is not None:
            self.done.close()
        if self.jobdir is not None:
            (self.jobdir / CLEAN_MARKER).write_text(reason + "\n", encoding="utf-8")
        if self.lock is not None:
            self.lock.close()  # releases the flock
            self.lock = None


class UnbufferedFileFeedStorage(FileFeedStorage):
    """Local feeds written line by line straight to the file (no buffer to lose)."""

    def open(self, spider: Spider) -> IO[bytes]:
        dirname = Path(self.path).parent
        if dirname and not dirname.exists():
            dirname.mkdir(parents=True)
        return Path(self.path).open(self.write_mode, buffering=0)
