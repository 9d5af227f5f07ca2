"""Normalization in worker processes, so Scrapy's reactor keeps downloading.

Normalizing a post is CPU-bound (trafilatura, splitting, langdetect, validation: tens of
milliseconds a post); run in the pipeline, it holds the reactor and every download
waits. :class:`PoolRecordMaker` sends :func:`crawler.records.make_record` -- plain,
picklable dict in, :class:`~crawler.records.Outcome` out -- to worker processes and
awaits the result as an asyncio future, so fetching the next pages and normalizing the
last ones overlap.

- No threads in the crawl process: one pipe of posts, which the workers take turns
  at reading (the first free takes the next post), and a pipe of outcomes a worker,
  all driven by the event loop (``connect_write_pipe`` / ``connect_read_pipe``).
  ``concurrent.futures``' process pool used three threads (its manager, a queue
  feeder, the future's wake-up of the loop) and four thread hand-offs a post; on an
  excerpt archive that was a seventh of the crawl process's CPU time, and with two
  workers on two cores the crawl process's time is the normalizer's.
- Clean workers: started by ``forkserver`` (``spawn`` where there is none), never by
  forking a process that runs a Twisted reactor, and warmed up once each (imports,
  language profiles, schema) before they take a post.
- Bounded memory: at most ``in_flight`` posts are in the pool at once (default 8 a
  worker: those not being normalized wait in the pipe, so a worker finishing a post
  finds the next without waiting for the crawl process, which a loaded machine may
  leave unscheduled for a while); the others wait in the pipeline, and Scrapy
  stops downloading once its scraper holds ``SCRAPER_SLOT_MAX_ACTIVE_SIZE`` bytes of
  responses waiting for items.
- Nothing lost: a worker that dies (OOM killer, a segfault in a C extension) breaks the
  pool; the posts in flight come back as failed :class:`Outcome` s (rejects, with the
  error) and a new pool takes over. Workers ignore Ctrl-C (SIGINT goes to the whole
  process group): Scrapy's graceful shutdown lets the posts in flight finish, then
  :meth:`PoolRecordMaker.close` stops the workers. A worker whose crawl process is gone
  (it was SIGKILLed) exits by itself: its pipe of posts ends.
- Bounded time: a post may take ``time_limit`` seconds (``NORMALIZE_TIME_LIMIT``,
  default :data:`normalizer.io.deadline.DEFAULT_SECONDS`); over it, the worker stops
  it (:func:`normalizer.io.deadline.time_limit`) and the post becomes a reject with the
  reason. A worker stuck where the alarm cannot reach (C code that never returns) is
  killed once the limit (times the posts that may queue before it in the pool) plus
  :data:`HARD_GRACE_SECONDS` have passed since it entered the pipe; the posts that
  were in the pool with it become rejects too, and a new pool takes over.
"""
from __future__ import annotations

import asyncio
import collections
import contextlib
import functools
import importlib
import logging
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import struct
import threading
import time
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from crawler.records import WARM_UP_ITEM, Outcome, make_record
from normalizer.io.deadline import PostTimeout, time_limit
from normalizer.pages.archive import ArchivePage

log = logging.getLogger(__name__)

#: Posts in the pool at once, per worker: enough to keep every worker busy while the
#: results of the last batch travel back and the crawl process waits for its turn on a
#: loaded machine (a post is a few tens of KB: memory stays bounded). With 3, a worker of
#: a crawl of 2,000 full posts on a machine at load 12 waited 5-7 s of a minute for its
#: next post, with 8 about 0.5 s (its start), and the crawl took 18% less time.
IN_FLIGHT_PER_WORKER = 8
#: Seconds past the time limit after which the crawl process stops waiting for a worker
#: (and kills the pool): the worker's own alarm should have ended the post long before.
HARD_GRACE_SECONDS = 30.0
#: A replacement pool's workers not warm within this long are waited for no more.
WARM_UP_MAX_SECONDS = 120.0
WORKER_LOG_FORMAT = "%(asctime)s [%(name)s] %(levelname)s: %(message)s (worker %(process)d)"
#: The first message of a warm worker (then come outcomes: ``(task id, outcome, cpu)``).
READY = "ready"
#: What a task asks of a worker: a post's record (:func:`make_record`), or what an
#: archive page lists (:func:`normalizer.pages.archive.parse_archive`, for the spider).
RECORD, ARCHIVE = "record", "archive"
_PICKLE = pickle.HIGHEST_PROTOCOL
#: Bytes each pipe between the crawl process and its workers may hold (Linux, where the
#: default is 64 KiB; at most ``/proc/sys/fs/pipe-max-size``, 1 MiB by default). The
#: posts in flight (8 a worker, whole permalink pages) outgrow 64 KiB: a write that
#: does not fit leaves the rest to the event loop, which then watches the pipe and
#: writes again (a tenth of the pool's time in the crawl process on an excerpt archive).
PIPE_BYTES = 1 << 20


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

def _worker_main(posts: multiprocessing.connection.Connection, reading: Any,
                 outcomes: multiprocessing.connection.Connection, log_level: int,
                 hook: str | None, seconds: float | None) -> None:
    """A worker: warm up, say so, then make one outcome a post until the pipe of posts
    ends (the pool closed it, or the crawl process is gone). The workers share that
    pipe and take turns at reading one post from it (``reading``, a lock): whichever is
    free takes the next post."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the crawl process decides when to stop
    logging.basicConfig(level=log_level, format=WORKER_LOG_FORMAT)
    _exit_with_crawl()
    make_record(WARM_UP_ITEM)
    if hook:
        import_hook(hook)()
    outcomes.send_bytes(pickle.dumps((READY, os.getpid()), _PICKLE))
    first, overhead = True, 0.0
    while True:
        idle = time.perf_counter()
        try:
            with reading:
                message = posts.recv_bytes()
        except (EOFError, OSError):
            return
        # Seconds this worker waited for a post (none counted before its first: the
        # crawl's start, robots.txt and the first archive page, is no one's lag).
        idle = 0.0 if first else time.perf_counter() - idle
        first = False
        t_in = time.process_time()
        task_id, kind, item = pickle.loads(message)
        t0 = time.process_time()
        result: Any = (parse_archive_within(*item, seconds) if kind == ARCHIVE
                       else make_record_within(item, seconds))
        cpu = time.process_time() - t0
        # Besides the task's CPU: this worker's wait before it, and the CPU its last
        # task cost besides its own work (reading the post, writing the outcome).
        try:
            message = pickle.dumps((task_id, result, cpu, overhead, idle), _PICKLE)
        except Exception as exc:  # a record that does not pickle: its post's reject
            result = None if kind == ARCHIVE else Outcome(result.url, None, [
                f"normalizer worker failed: {type(exc).__name__}: {exc}"])
            message = pickle.dumps((task_id, result, cpu, overhead, idle), _PICKLE)
        overhead = time.process_time() - t_in - cpu
        try:
            outcomes.send_bytes(message)
        except (BrokenPipeError, OSError):
            return


def _exit_with_crawl() -> None:
    """A daemon thread that ends this worker once the crawl process is gone (it was
    killed hard and could not shut the pool down), even while a post runs (the pipe of
    posts tells only between posts). The worker's parent may be the fork server, which
    itself lives as long as a worker does, so watch the crawl process: multiprocessing's
    parent sentinel is the process that asked for the worker."""
    parent = multiprocessing.parent_process()
    if parent is None or parent.sentinel is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="tagwire-crawl-watch", daemon=True).start()


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


def parse_archive_within(html: str, url: str, seconds: float | None) -> Any:
    """:func:`~normalizer.pages.archive.parse_archive` of a page, or None where it
    failed or took over ``seconds``: the spider then parses the page itself, and meets
    the error where it always did."""
    from normalizer.pages.archive import parse_archive

    try:
        with time_limit(seconds):
            return parse_archive(html, url)
    except Exception as exc:  # PostTimeout too
        log.info("archive page %s not parsed in a worker: %s: %s", url,
                 type(exc).__name__, exc)
        return None


def import_hook(path: str) -> Callable[[], object]:
    """``package.module.function`` (or ``package.module:function``) -> the function."""
    module, _, name = path.replace(":", ".").rpartition(".")
    if not module:
        raise ValueError(f"worker hook {path!r}: expected module.function")
    return getattr(importlib.import_module(module), name)


# --------------------------------------------------------------------------- crawl side

def widen_pipe(conn: multiprocessing.connection.Connection) -> None:
    """Let the pipe of ``conn`` hold :data:`PIPE_BYTES` (best effort: where the system
    refuses or has no such call, the pipe keeps its size and works as before)."""
    try:
        import fcntl

        fcntl.fcntl(conn.fileno(), fcntl.F_SETPIPE_SZ, PIPE_BYTES)  # type: ignore[attr-defined]
    except (ImportError, AttributeError, OSError, ValueError):
        pass


def frame(payload: bytes) -> bytes:
    """``payload`` as :meth:`multiprocessing.connection.Connection.recv_bytes` reads it
    (a signed 32-bit length, or -1 and a 64-bit one)."""
    n = len(payload)
    header = struct.pack("!i", n) if n <= 0x7FFFFFFF else struct.pack("!iQ", -1, n)
    return header + payload


class _Frames(asyncio.Protocol):
    """Reads a worker's outcomes pipe: each message framed as
    :meth:`~multiprocessing.connection.Connection.send_bytes` writes it."""

    def __init__(self, on_message: Callable[[bytes], None],
                 on_end: Callable[[], None]) -> None:
        self.buffer = bytearray()
        self.on_message, self.on_end = on_message, on_end

    def data_received(self, data: bytes) -> None:
        buf = self.buffer
        buf += data
        while len(buf) >= 4:
            (n,), start = struct.unpack_from("!i", buf), 4
            if n == -1:
                if len(buf) < 12:
                    return
                (n,), start = struct.unpack_from("!Q", buf, 4), 12
            if len(buf) < start + n:
                return
            message = bytes(buf[start:start + n])
            del buf[:start + n]
            self.on_message(message)

    def eof_received(self) -> bool:
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.on_end()


class _Task:
    __slots__ = ("id", "url", "payload", "future", "timer", "kind")

    def __init__(self, task_id: int, url: str, payload: bytes,
                 future: asyncio.Future[Any], kind: str = RECORD) -> None:
        self.id, self.url, self.payload, self.future = task_id, url, payload, future
        self.kind = kind
        self.timer: asyncio.TimerHandle | None = None


class _Worker:
    """One worker process of a pool generation, with its two pipe ends in this process."""

    def __init__(self, process: Any, generation: int) -> None:
        self.process = process
        self.pid: int = process.pid
        self.generation = generation
        self.outcomes: asyncio.ReadTransport | None = None
        self.ready = False
        self.ended = False


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
        self.archive_cpu = 0.0      # ... and on archive pages (parse_archive)
        self.archive_pages = 0      # archive pages parsed in the workers
        # What the pool itself costs (bench_crawl.py reports them a post): the workers'
        # CPU besides their tasks (reading posts, writing outcomes), their time waiting
        # for a post after their first, and the bytes of posts sent and outcomes read.
        self.worker_overhead_cpu = 0.0
        self.worker_idle = 0.0
        self.bytes_out = 0
        self.bytes_in = 0
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pool: list[_Worker] = []      # the current generation's workers
        self._posts: asyncio.WriteTransport | None = None  # their pipe of posts
        self._tasks: dict[int, _Task] = {}  # in that pipe or with a worker, unanswered
        self._reading: Any = None  # the lock the workers take turns at reading under
        self._generation = 0
        self._waiting: collections.deque[_Task] = collections.deque()  # no worker yet
        self._dispatch_due = False  # a _dispatch is scheduled (_dispatch_soon)
        self._ids = 0
        self._open = False
        self._started = False  # the first pool is warm
        self._warming: asyncio.Future[list[int]] | None = None
        self._warm_timer: asyncio.TimerHandle | None = None
        self._starting: asyncio.Task[None] | None = None  # a replacement starting up

    # -- lifecycle

    async def start(self) -> list[int]:
        """Start every worker and wait until each is warmed up; returns their pids."""
        self._loop = asyncio.get_running_loop()
        self._slots = asyncio.Semaphore(self.in_flight)
        self._open = True
        t0 = time.perf_counter()
        await self._new_pool()
        assert self._warming is not None
        try:
            pids = await self._warming
        except BrokenProcessPool:
            await self.close()
            raise
        self._started = True
        log.info("normalizing in %d worker processes (%s, %d posts in flight at most); "
                 "ready in %.1f s", self.workers, self.start_method, self.in_flight,
                 time.perf_counter() - t0)
        return sorted(pids)

    async def _new_pool(self) -> None:
        """Start a generation of workers (processes start in a thread: the first start
        of a fork server waits for its imports) and connect their pipes to the loop."""
        loop = self._loop
        assert loop is not None
        self._generation += 1
        generation = self._generation
        self._warming = loop.create_future()
        ctx: Any = multiprocessing.get_context(self.start_method)
        if self.start_method == "forkserver":
            # Imported once in the fork server, shared by every worker forked from it.
            ctx.set_forkserver_preload(["crawler.records", "normalizer.pipeline",
                                        "normalizer.pages.archive"])

        # Kept while the pool lives: a lock dropped by this process is unlinked, and a
        # worker still starting could not open it.
        self._reading = reading = ctx.Lock()

        def spawn() -> tuple[Any, list[tuple[Any, Any]]]:
            posts_r, posts_w = ctx.Pipe(duplex=False)
            widen_pipe(posts_w)
            started = []
            for _ in range(self.workers):
                outcomes_r, outcomes_w = ctx.Pipe(duplex=False)
                widen_pipe(outcomes_r)
                process = ctx.Process(
                    target=_worker_main, name="tagwire-normalizer", daemon=True,
                    args=(posts_r, reading, outcomes_w, self.log_level, self.hook,
                          self.time_limit))
                process.start()
                outcomes_w.close()
                started.append((process, outcomes_r))
            posts_r.close()
            return posts_w, started

        try:
            posts_w, started = await loop.run_in_executor(None, spawn)
        except OSError as exc:
            if not self._warming.done():
                self._warming.set_exception(BrokenProcessPool(
                    f"could not start the normalizer workers: {exc}"))
            raise
        pool = [_Worker(process, generation) for process, _ in started]
        if generation != self._generation:  # broke or closed while starting: stop these
            posts_w.close()
            for worker, (_, outcomes_r) in zip(pool, started, strict=True):
                self._stop(worker)
                outcomes_r.close()
            return
        self._pool = pool  # before the pipes connect: a warm worker's word counts
        posts, _ = await loop.connect_write_pipe(asyncio.Protocol, posts_w)
        for worker, (_, outcomes_r) in zip(pool, started, strict=True):
            worker.outcomes, _ = await loop.connect_read_pipe(
                functools.partial(self._frames, worker), outcomes_r)
        if generation != self._generation:  # broke while connecting: let go of these
            posts.close()
            for worker in pool:
                self._stop(worker)
            return
        self._posts = posts
        if self._started:  # a replacement: not waited for forever (the first pool is)
            self._warm_timer = loop.call_later(WARM_UP_MAX_SECONDS, self._warm_enough)

    def _frames(self, worker: _Worker) -> _Frames:
        return _Frames(functools.partial(self._message, worker),
                       functools.partial(self._ended, worker))

    def _warm_enough(self) -> None:
        """A replacement pool's workers that are not warm by now are waited for no
        more: the posts go to those that are (the original behaviour of the pool)."""
        if self._warming is not None and not self._warming.done():
            log.warning("normalizer workers not warm after %g s; going on without waiting",
                        WARM_UP_MAX_SECONDS)
            for worker in self._pool:
                worker.ready = True
            self._warming.set_result([w.pid for w in self._pool])
            self._dispatch()

    async def close(self) -> None:
        """Stop the workers once the posts in flight are done (Scrapy closes the
        pipeline only when no item is left, so this is quick): their pipes of posts
        end, they exit, and are waited for."""
        self._open = False
        if self._starting is not None:
            with contextlib.suppress(Exception):
                await self._starting
        pool, self._pool = self._pool, []
        self._generation += 1  # whatever ends now is no crash
        if self._warm_timer is not None:
            self._warm_timer.cancel()
        if self._posts is not None:  # the workers read to its end, and exit
            self._posts.close()
            self._posts = None
        loop = asyncio.get_running_loop()

        def join() -> None:
            for worker in pool:
                worker.process.join(30)
                if worker.process.is_alive():
                    worker.process.kill()
                    worker.process.join(5)

        await loop.run_in_executor(None, join)
        for worker in pool:
            if worker.outcomes is not None:
                worker.outcomes.close()
        for task in self._waiting:
            if not task.future.done():
                task.future.set_result(Outcome(task.url, None, [
                    "normalizer pool closed before this post was normalized"]))
        self._waiting.clear()

    def worker_pids(self) -> list[int]:
        """The current workers' process ids (for tests and diagnostics)."""
        return sorted(w.pid for w in self._pool)

    # -- work

    async def __call__(self, item: dict[str, Any]) -> Outcome:
        if not self._open or self._slots is None or self._loop is None:
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
        self._ids += 1
        try:
            payload = frame(pickle.dumps((self._ids, RECORD, item), _PICKLE))
        except Exception as exc:  # e.g. a value that does not pickle
            log.error("normalizer worker failed on %s: %s: %s", url, type(exc).__name__, exc)
            return Outcome(url, None, [f"normalizer worker failed: {type(exc).__name__}: {exc}"])
        assert self._loop is not None
        task = _Task(self._ids, url, payload, self._loop.create_future())
        self._waiting.append(task)
        self._dispatch_soon()
        outcome = await task.future
        if outcome.errors and any("NORMALIZE_TIME_LIMIT" in e for e in outcome.errors):
            self.timeouts += 1
        return outcome

    async def parse_archive(self, html: str, url: str) -> ArchivePage | None:
        """What the archive page ``html`` at ``url`` lists, parsed in a worker, so that
        the crawl process's one core is left to Scrapy (on a full-content archive
        parsing was half the crawl process's CPU a post; with as many workers as
        cores it took a share of the cores the workers needed). None if the pool is
        not running or the worker could not parse it: the caller parses it itself.
        Not bounded by ``in_flight``: archive pages are few (the pages requested
        ahead), and the posts they list wait for their slots."""
        if not self._open or self._loop is None or not self._started:
            return None
        self._ids += 1
        payload = frame(pickle.dumps((self._ids, ARCHIVE, (html, url)), _PICKLE))
        task = _Task(self._ids, url, payload, self._loop.create_future(), ARCHIVE)
        self._waiting.append(task)
        self._dispatch_soon()
        result = await task.future
        return result if isinstance(result, ArchivePage) else None

    def _dispatch_soon(self) -> None:
        """:meth:`_dispatch` once the event loop has run what is ready now: the posts
        that several responses yield in one turn of the loop go in one write."""
        if not self._dispatch_due and self._loop is not None:
            self._dispatch_due = True
            self._loop.call_soon(self._dispatch)

    def _dispatch(self) -> None:
        """Put the waiting posts in the pipe of a warm pool (the semaphore of
        ``__call__`` bounds them), in one write: the first worker free takes the next
        one."""
        self._dispatch_due = False
        if self._posts is None or self._warming is None or not self._warming.done() \
                or not self._waiting:
            return
        payloads = []
        while self._waiting:
            task = self._waiting.popleft()
            self._tasks[task.id] = task
            payloads.append(task.payload)
            task.payload = b""
            if self.time_limit:
                task.timer = self._loop.call_later(  # type: ignore[union-attr]
                    self._hard_seconds(), self._hard_limit, task)
        data = payloads[0] if len(payloads) == 1 else b"".join(payloads)
        self.bytes_out += len(data)
        self._posts.write(data)

    def _hard_seconds(self) -> float:
        """How long a post may be with a worker: the time limit for each post that may
        queue before it in the pool (``in_flight`` over the workers), plus the grace."""
        assert self.time_limit is not None
        queued_behind = -(-self.in_flight // self.workers)
        return self.time_limit * queued_behind + HARD_GRACE_SECONDS

    def _message(self, worker: _Worker, message: bytes) -> None:
        if worker.generation != self._generation:
            return
        first, second, *rest = pickle.loads(message)
        if first == READY:
            worker.ready = True
            if self._warming is not None and not self._warming.done() \
                    and all(w.ready for w in self._pool):
                if self._warm_timer is not None:
                    self._warm_timer.cancel()
                self._warming.set_result([w.pid for w in self._pool])
            self._dispatch()
            return
        task = self._tasks.pop(first, None)
        if task is None:
            return
        if task.timer is not None:
            task.timer.cancel()
        self.bytes_in += len(message)
        if task.kind == ARCHIVE:
            self.archive_cpu += rest[0]
            self.archive_pages += second is not None
        else:
            self.normalize_cpu += rest[0]
        if len(rest) == 3:
            self.worker_overhead_cpu += rest[1]
            self.worker_idle += rest[2]
        if not task.future.done():
            task.future.set_result(second)
        self._dispatch()

    def _ended(self, worker: _Worker) -> None:
        """A worker's outcomes pipe ended: it died (or was stopped by :meth:`close`)."""
        worker.ended = True
        if worker.generation == self._generation and not self._started:
            # The first pool: a worker that cannot warm up fails the start (the
            # pipeline then normalizes in the crawl process).
            if self._warming is not None and not self._warming.done():
                self._warming.set_exception(BrokenProcessPool(
                    f"a normalizer worker could not start: worker {worker.pid} ended "
                    f"with exit code {worker.process.exitcode}"))
            return
        if worker.generation == self._generation and self._open:
            code = worker.process.exitcode
            self._break(f"worker {worker.pid} ended"
                        + (f" with exit code {code}" if code is not None else ""))

    def _hard_limit(self, task: _Task) -> None:
        """The worker's alarm did not end the post: stop the pool (the others in flight
        become rejects) and start a new one."""
        if task.future.done() or task.id not in self._tasks:
            return
        hard = self._hard_seconds()  # counted in timeouts by _run, as the alarm's are
        log.error("normalizer worker did not return within %g s on %s; killing the pool",
                  hard, task.url)
        self._tasks.pop(task.id, None)
        task.future.set_result(Outcome(task.url, None, [
            f"normalizer: no result within {hard:g} s (NORMALIZE_TIME_LIMIT, for every "
            "post queued before it, plus a grace period); its worker was killed"]))
        self._break("a worker killed at the hard time limit")

    def _break(self, why: str) -> None:
        """Replace the whole pool: the posts its workers held become rejects, the posts
        waiting for a worker go to the new one."""
        old, self._pool = self._pool, []
        self._generation += 1
        self.crashes += 1
        log.error("a normalizer worker process died; the posts that were in the pool go "
                  "to the rejects file; starting a new pool of %d (%s)", self.workers, why)
        if self._warm_timer is not None:
            self._warm_timer.cancel()
        if self._warming is not None and not self._warming.done():
            self._warming.set_result([w.pid for w in old])
        tasks, self._tasks = self._tasks, {}
        for task in tasks.values():
            if task.timer is not None:
                task.timer.cancel()
            if not task.future.done():
                self.lost += task.kind == RECORD  # an archive page is parsed again
                task.future.set_result(Outcome(task.url, None, [(
                    f"normalizer worker process died while this post was in the pool "
                    f"(BrokenProcessPool: {why}); the pool was restarted")]))
        if self._posts is not None:
            self._posts.close()
            self._posts = None
        for worker in old:
            self._stop(worker)
        if self.on_crash is not None:
            self.on_crash()
        if self._open:
            self._starting = asyncio.ensure_future(self._restart())

    async def _restart(self) -> None:
        try:
            await self._new_pool()
        except Exception as exc:
            log.error("could not start a new pool of normalizer workers: %s", exc)
            for task in self._waiting:
                if not task.future.done():
                    task.future.set_result(Outcome(task.url, None, [
                        f"normalizer worker failed: could not start workers: {exc}"]))
            self._waiting.clear()

    def _stop(self, worker: _Worker) -> None:
        """Kill a worker of a broken pool and let go of its pipes (reaped when it ends:
        multiprocessing joins finished children on its next start)."""
        with contextlib.suppress(Exception):
            worker.process.kill()
        if worker.outcomes is not None:
            worker.outcomes.close()
