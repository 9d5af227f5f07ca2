"""Normalization in worker processes, so Scrapy's reactor keeps downloading.

Normalizing a post is CPU-bound (trafilatura, splitting, langdetect, validation: tens of
milliseconds a post); run in the pipeline, it holds the reactor and every download
waits. :class:`PoolRecordMaker` sends :func:`crawler.records.make_record` -- plain,
picklable dict in, :class:`~crawler.records.Outcome` out -- to a pool of worker
processes and awaits the result as an asyncio future, so fetching the next pages and
normalizing the last ones overlap.

- Clean workers: started by ``forkserver`` (``spawn`` where there is none), never by
  forking a process that runs a Twisted reactor, and warmed up once each (imports,
  language profiles, schema) by the pool's initializer, before they take a post.
- Bounded memory: at most ``in_flight`` posts are in the pool at once (default 3 a
  worker); the others wait in the pipeline, and Scrapy stops downloading once its
  scraper holds ``SCRAPER_SLOT_MAX_ACTIVE_SIZE`` bytes of responses waiting for items.
- Nothing lost: a worker that dies (OOM killer, a segfault in a C extension) breaks the
  pool; the posts in flight come back as failed :class:`Outcome` s (rejects, with the
  error) and a new pool takes over. Workers ignore Ctrl-C (SIGINT goes to the whole
  process group): Scrapy's graceful shutdown lets the posts in flight finish, then
  :meth:`PoolRecordMaker.close` stops the workers. A worker whose parent is gone
  (the crawl was SIGKILLed) exits by itself.
- Bounded time: a post may take ``time_limit`` seconds (``NORMALIZE_TIME_LIMIT``,
  default :data:`normalizer.io.deadline.DEFAULT_SECONDS`); over it, the worker stops
  it (:func:`normalizer.io.deadline.time_limit`) and the post becomes a reject with the
  reason. A worker stuck where the alarm cannot reach (C code that never returns) is
  killed once the limit (times the posts that may queue before it in the pool) plus
  :data:`HARD_GRACE_SECONDS` have passed; the posts that
  were in the pool with it become rejects too, and a new pool takes over.
"""
from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import queue
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TYPE_CHECKING, Any

from crawler.records import WARM_UP_ITEM, Outcome, make_record
from normalizer.io.deadline import PostTimeout, time_limit

if TYPE_CHECKING:
    from multiprocessing.queues import Queue

log = logging.getLogger(__name__)

#: Posts in the pool at once, per worker: enough to keep every worker busy while the
#: results of the last batch travel back, few enough to bound memory.
IN_FLIGHT_PER_WORKER = 3
#: Seconds past the time limit after which the crawl process stops waiting for a worker
#: (and kills the pool): the worker's own alarm should have ended the post long before.
HARD_GRACE_SECONDS = 30.0
#: A replacement pool's workers not warm within this long are waited for no more.
WARM_UP_MAX_SECONDS = 120.0
WORKER_LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s (worker %(process)d)"


def default_workers() -> int:
    """One worker a core this process may run on (``os.cpu_count()`` counts the host's
    cores, also those a container or ``taskset`` keeps it off)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def default_start_method() -> str:
    """``forkserver`` where the platform has it (a clean, pre-imported parent to fork
    workers from, cheap to restart), else ``spawn``; never plain ``fork``."""
    methods = multiprocessing.get_all_start_methods()
    return "forkserver" if "forkserver" in methods else "spawn"


# --------------------------------------------------------------------------- worker side

def _init_worker(log_level: int, hook: str | None, ready: Queue[int]) -> None:
    """Runs once in each new worker, before it takes a post; puts the worker's pid on
    ``ready`` once it is warm."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the crawl process decides when to stop
    logging.basicConfig(level=log_level, format=WORKER_LOG_FORMAT)
    _exit_with_crawl()
    make_record(WARM_UP_ITEM)
    if hook:
        import_hook(hook)()
    ready.put(os.getpid())


def _exit_with_crawl() -> None:
    """A daemon thread that ends this worker once the crawl process is gone (it was
    killed hard and could not shut the pool down). The worker's parent may be the fork
    server, which itself lives as long as a worker does, so watch the crawl process:
    multiprocessing's parent sentinel is the process that asked for the worker."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="tagwire-crawl-watch", daemon=True).start()


def _work(item: dict[str, Any], seconds: float | None = None) -> tuple[Outcome, float]:
    """The post's outcome and the CPU seconds this worker spent making it (the crawl
    reports them: what normalizing cost, apart from what crawling cost)."""
    t0 = time.process_time()
    outcome = make_record_within(item, seconds)
    return outcome, time.process_time() - t0


def make_record_within(item: dict[str, Any], seconds: float | None) -> Outcome:
    """:func:`make_record`, stopped after ``seconds`` (None or 0: no limit); a post over
    the limit comes back as a failed :class:`Outcome` naming the limit."""
    try:
        with time_limit(seconds):
            return make_record(item)
    except PostTimeout as exc:
        url = str(item.get("url"))
        log.warning("normalizer: %s took longer than %g s; rejected", url, exc.seconds)
        return Outcome(url, None, [f"normalizer: {exc} (NORMALIZE_TIME_LIMIT)"])


def _nothing() -> None:
    return None


def import_hook(path: str) -> Callable[[], object]:
    """``package.module.function`` (or ``package.module:function``) -> the function."""
    module, _, name = path.replace(":", ".").rpartition(".")
    if not module:
        raise ValueError(f"worker hook {path!r}: expected module.function")
    return getattr(importlib.import_module(module), name)


# --------------------------------------------------------------------------- crawl side

class PoolRecordMaker:
    """``await maker(item) -> Outcome`` with :func:`make_record` run in worker processes.

    Call :meth:`start` (in the running event loop) before the first item and
    :meth:`close` after the last. ``hook`` is the dotted path of a function each worker
    calls after its warm-up (instrumentation; the tests use it to make a worker crash).
    ``on_crash`` is called each time a broken pool is replaced.
    """

    def __init__(self, workers: int, *, in_flight: int | None = None,
                 hook: str | None = None, log_level: int = logging.WARNING,
                 start_method: str | None = None,
                 on_crash: Callable[[], None] | None = None,
                 time_limit: float | None = None) -> None:
        if workers < 1:
            raise ValueError(f"a pool needs at least one worker, not {workers}")
        self.workers = workers
        self.in_flight = max(1, in_flight or IN_FLIGHT_PER_WORKER * workers)
        self.hook = hook
        self.log_level = log_level
        self.start_method = start_method or default_start_method()
        self.on_crash = on_crash
        self.time_limit = time_limit if time_limit and time_limit > 0 else None
        self.timeouts = 0           # posts stopped at the time limit (rejects)
        self.crashes = 0            # pools that broke
        self.lost = 0               # posts that were in a pool when it broke
        self.busy = 0               # posts in the pool now
        self.busiest = 0            # the most posts ever in the pool at once
        self.normalize_cpu = 0.0    # CPU seconds the workers spent on posts
        self._executor: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None
        self._ready: Queue[int] | None = None  # where warm workers put their pid
        self._warming: asyncio.Future[list[int]] | None = None  # a replacement warming up

    # -- lifecycle

    def _new_executor(self) -> ProcessPoolExecutor:
        ctx = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            # Imported once in the fork server, shared by every worker forked from it.
            ctx.set_forkserver_preload(["crawler.records", "normalizer.pipeline"])
        self._ready = ctx.Queue()
        return ProcessPoolExecutor(self.workers, mp_context=ctx, initializer=_init_worker,
                                   initargs=(self.log_level, self.hook, self._ready))

    async def start(self) -> list[int]:
        """Start every worker and wait until each is warmed up; returns their pids."""
        self._slots = asyncio.Semaphore(self.in_flight)
        self._executor = self._new_executor()
        t0 = time.perf_counter()
        # One task a worker: with no idle worker, each submit starts a new process.
        started = [asyncio.wrap_future(self._executor.submit(_nothing))
                   for _ in range(self.workers)]
        await asyncio.gather(*started)  # raises BrokenProcessPool if a worker cannot start
        assert self._ready is not None  # made with the executor
        pids = await asyncio.get_running_loop().run_in_executor(
            None, self._wait_ready, self._executor, self._ready)
        log.info("normalizing in %d worker processes (%s, %d posts in flight at most); "
                 "ready in %.1f s", self.workers, self.start_method, self.in_flight,
                 time.perf_counter() - t0)
        return sorted(pids)

    def _wait_ready(self, executor: ProcessPoolExecutor, ready: Queue[int],
                    within: float | None = None) -> list[int]:
        pids: list[int] = []
        deadline = None if within is None else time.monotonic() + within
        while len(pids) < self.workers:
            if deadline is not None and time.monotonic() > deadline:
                break
            if getattr(executor, "_broken", False):
                raise BrokenProcessPool(f"a normalizer worker could not start: "
                                        f"{executor._broken}")  # type: ignore[attr-defined]
            try:
                pids.append(ready.get(timeout=0.2))
            except queue.Empty:
                continue
        return pids

    async def close(self) -> None:
        """Stop the workers once the posts in flight are done (Scrapy closes the
        pipeline only when no item is left, so this is quick)."""
        executor, self._executor = self._executor, None
        if executor is not None:
            await asyncio.get_running_loop().run_in_executor(None, executor.shutdown, True)

    def worker_pids(self) -> list[int]:
        """The current workers' process ids (for tests and diagnostics)."""
        procs = getattr(self._executor, "_processes", None) or {}
        return sorted(procs)

    # -- work

    async def __call__(self, item: dict[str, Any]) -> Outcome:
        if self._executor is None or self._slots is None:
            raise RuntimeError("PoolRecordMaker.start() was not called (or close() was)")
        async with self._slots:
            self.busy += 1
            self.busiest = max(self.busiest, self.busy)
            try:
                return await self._run(item)
            finally:
                self.busy -= 1

    async def _run(self, item: dict[str, Any]) -> Outcome:
        url = str(item.get("url"))
        executor = self._executor
        assert executor is not None
        try:
            future: Future[tuple[Outcome, float]] = executor.submit(_work, item,
                                                                   self.time_limit)
        except BrokenProcessPool:
            # It broke before this post got in: nothing of this post is lost.
            executor = self._replace(executor)
            future = executor.submit(_work, item, self.time_limit)
        # Posts queue in the pool behind others (in_flight per workers), each up to the limit.
        queued_behind = -(-self.in_flight // self.workers)
        hard = (self.time_limit * queued_behind + HARD_GRACE_SECONDS
                if self.time_limit else None)
        warming = self._warming
        if hard is not None and warming is not None and not warming.done():
            # A new pool's start-up is no post's time: its clock starts once it is warm
            # (else a pool slower to start than the grace would be killed, again and again).
            with contextlib.suppress(Exception):
                await asyncio.shield(warming)
        try:
            outcome, cpu = await asyncio.wait_for(asyncio.wrap_future(future), hard)
            self.normalize_cpu += cpu
            if outcome.errors and any("NORMALIZE_TIME_LIMIT" in e for e in outcome.errors):
                self.timeouts += 1
            return outcome
        except TimeoutError:
            # The worker's alarm did not end it: stop the pool (the others in flight
            # come back as BrokenProcessPool rejects) and start a new one.
            self.timeouts += 1
            log.error("normalizer worker did not return within %g s on %s; killing the pool",
                      hard, url)
            for process in list((getattr(executor, "_processes", None) or {}).values()):
                process.kill()
            self._replace(executor)
            return Outcome(url, None, [f"normalizer: no result within {hard:g} s "
                                       "(NORMALIZE_TIME_LIMIT, for every post queued before "
                                       "it, plus a grace period); its worker was killed"])
        except BrokenProcessPool as exc:
            self._replace(executor)
            self.lost += 1
            return Outcome(url, None, [(
                f"normalizer worker process died while this post was in the pool "
                f"(BrokenProcessPool: {exc}); the pool was restarted")])
        except Exception as exc:  # e.g. a value that does not pickle
            log.error("normalizer worker failed on %s: %s: %s", url, type(exc).__name__, exc)
            return Outcome(url, None, [f"normalizer worker failed: {type(exc).__name__}: {exc}"])

    def _replace(self, broken: ProcessPoolExecutor) -> ProcessPoolExecutor:
        """A new pool in place of ``broken``, once, whoever notices first."""
        if broken is self._executor:
            self.crashes += 1
            log.error("a normalizer worker process died; the posts that were in the pool go "
                      "to the rejects file; starting a new pool of %d", self.workers)
            broken.shutdown(wait=False, cancel_futures=True)
            self._executor = self._new_executor()
            self._warming = self._warm_up(self._executor)
            if self.on_crash is not None:
                self.on_crash()
        assert self._executor is not None
        return self._executor

    def _warm_up(self, executor: ProcessPoolExecutor) -> asyncio.Future[list[int]] | None:
        """Start every worker of a replacement pool; done once each is warm (or after
        :data:`WARM_UP_MAX_SECONDS`)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return None
        for _ in range(self.workers):
            executor.submit(_nothing)
        assert self._ready is not None  # made with the executor
        return loop.run_in_executor(None, self._wait_ready, executor, self._ready,
                                    WARM_UP_MAX_SECONDS)
