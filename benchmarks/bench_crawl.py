"""Crawl speed and memory, like for like against the offline normalizer.

    python benchmarks/bench_crawl.py               # 2,000 posts, full + excerpts, 1 and 2 workers
    python benchmarks/bench_crawl.py --variants full --workers 2 --repeat 3
    python benchmarks/bench_crawl.py --no-speed --memory-sizes 2000,10000  # memory growth

A generated tag archive (:mod:`sitegen`, Kubrick theme, 10 posts a page; ``full``: posts
shown in full, ``excerpts``: one permalink fetch per post, ``real``: excerpts whose
permalink pages are real saved pages, normalize-bound; :func:`write_bench_site`) is
served on 127.0.0.1
and crawled with ``scrapy crawl tagarchive`` in a subprocess with
``NORMALIZE_WORKERS=N``. The reference is the offline normalizer doing the same work on
the same saved pages with N worker processes, in a subprocess too (``--reference``):
``shares`` (default) has each worker take the next archive page and do all of it --
read it as the spider reads it (:func:`crawler.spiders.tagarchive.read_listing`: the
cheap read of a page of excerpts, else :func:`normalizer.pages.archive.parse_archive`;
until round 12 the reference parsed every page in full: 3.3 against 1.6 ms a page,
0.17 ms a post of 10 a page more than the crawl on an excerpt archive), build each
post's item as the spider does (an excerpt's from its saved permalink page), normalize
and validate it (:func:`crawler.records.make_record`), encode the record -- while its
parent only writes the lines: the best the offline normalizer does on N cores, scaling
as it does (about 2x for 2 workers on 2 idle cores). ``split`` splits the work as the
crawl does: one process parses the archive pages, hands each post to the N workers and
writes the records, so its CPU a post is a serial part, as the crawl process's is. Both sides
start their clocks once their workers are warm. Crawl and reference alternate over
``--repeat`` runs (medians reported, with the load average).

The server (``--server``): Apache httpd from Debian (``apache2``, installed with the
WordPress the tests serve) where it is installed, else the standard library's server
(:mod:`sites`). A real crawl's server is another machine; here it takes its CPU from the
same two cores as the crawl and its workers, and the crawl's speed with it, while the
offline side reads the same pages from disk for free. A Python server costs about
0.2-0.4 ms of CPU a request, a tenth of a post's normalizing on the excerpt archive and
more than the crawl's headroom at 2 workers; a static server written in C costs a
fraction of that, as the servers a crawl meets do. Both figures are worth reporting:
``--server python`` gives the old one.

Reports posts/s of each, ``crawl / offline`` (target >= 0.9) for every worker count,
the CPU time a post costs on each side (the crawl process's own, from the crawl's
summary, plus its workers' time on posts and, from round 20 on, besides them: reading
a post from the pipe, writing its outcome; the offline coordinator's plus its workers'
time on pages), which the machine's load sways less than posts/s, what the crawl's
worker pool costs (:func:`pool_figures`: the workers' CPU besides posts, their share
of the time spent waiting for a post, bytes a post each way),
the speed-up of 2 workers over 1 (target >= 1.6 on 2 cores) for both, and what the
CPU a post of each process says apart from the load (:func:`cpu_bound`: the ratio of
CPU a post, and the posts/s each side's CPU allows on two idle cores), the peak RSS of
each side's largest process (``os.wait4``) and of the crawl with its workers together
(sum of PSS, sampled every 0.25 s; the offline side's tree is sampled the same way, as
the sampler's work shares the cores with whichever side it samples), and with
``--memory-sizes`` the growth of the crawl's memory from the smallest to the largest
archive (target < 1.5).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import multiprocessing.queues
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from sitegen import make_posts, write_site
from sites import Served, serve

REPO = Path(__file__).resolve().parent.parent
#: Real saved pages (committed with the project; origin and licence in its SOURCES.md)
#: served as the permalink pages of the ``real`` archive.
REAL_PAGES = REPO / "tests" / "fixtures" / "real" / "broad" / "html"
TARGET_VS_OFFLINE = 0.9
TARGET_TWO_WORKERS = 1.6
#: Cores of the machine the CPU-bound projection assumes (the targets' two).
CORES = 2


#: Apache httpd of Debian's ``apache2`` (a dependency of the ``wordpress`` package that
#: tests/services/install-debian-packages.sh installs).
APACHE = shutil.which("apache2") or "/usr/sbin/apache2"
#: A static server: one process of threads (mpm_event), keep-alive without a limit on
#: requests a connection (as :mod:`sites`' server keeps connections), no access log.
APACHE_CONF = """\
ServerRoot "{run}"
LoadModule mpm_event_module {modules}/mod_mpm_event.so
LoadModule authz_core_module {modules}/mod_authz_core.so
LoadModule dir_module {modules}/mod_dir.so
LoadModule mime_module {modules}/mod_mime.so
ServerName 127.0.0.1
Listen 127.0.0.1:{port}
PidFile "{run}/httpd.pid"
DefaultRuntimeDir "{run}"
ErrorLog "{run}/error.log"
LogLevel warn
{user}
TypesConfig /etc/mime.types
DocumentRoot "{root}"
<Directory />
    Require all granted
</Directory>
DirectoryIndex index.html
KeepAlive On
MaxKeepAliveRequests 0
KeepAliveTimeout 60
StartServers 1
ServerLimit 1
ThreadLimit 32
ThreadsPerChild 32
MaxRequestWorkers 32
MinSpareThreads 1
MaxSpareThreads 32
"""


def apache_available() -> bool:
    modules = Path("/usr/lib/apache2/modules")
    return Path(APACHE).exists() and (modules / "mod_mpm_event.so").exists() \
        and Path("/etc/mime.types").exists()


@contextlib.contextmanager
def serve_apache(root: Path) -> Iterator[Served]:
    """Serve the folder ``root`` with Apache httpd in the foreground for the ``with``
    block; ``cpu_seconds`` afterwards: its own and its child's (``os.wait4`` of the
    main process counts the child it reaped on SIGTERM)."""
    with socket.socket() as probe:  # a free port (Apache cannot report one it chose)
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    run = Path(tempfile.mkdtemp(prefix="tagwire-httpd-"))
    # As root, Apache serves from an unprivileged user, which must reach the folder.
    user = ""
    if os.geteuid() == 0:
        user = "User www-data\nGroup www-data"
        for folder in (root, *root.parents):
            if folder.stat().st_mode & 0o005 != 0o005:
                folder.chmod(folder.stat().st_mode | 0o005)
    conf = run / "httpd.conf"
    conf.write_text(APACHE_CONF.format(run=run, port=port, root=root.resolve(), user=user,
                                       modules="/usr/lib/apache2/modules"))
    proc = subprocess.Popen([APACHE, "-f", str(conf), "-DFOREGROUND"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    served = Served(port)
    try:
        deadline = time.monotonic() + 10
        while True:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 1):
                break
            if proc.poll() is not None or time.monotonic() > deadline:
                log = (run / "error.log").read_text() if (run / "error.log").exists() else ""
                if proc.poll() is not None and proc.stderr is not None:
                    log += proc.stderr.read()
                raise RuntimeError(f"apache2 did not start:\n{log[-2000:]}")
            time.sleep(0.05)
        yield served
    finally:
        proc.terminate()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
            proc.returncode = os.waitstatus_to_exitcode(status)
            served.cpu_seconds = usage.ru_utime + usage.ru_stime
        except ChildProcessError:
            pass
        shutil.rmtree(run, ignore_errors=True)


def serve_site(root: Path, server: str) -> contextlib.AbstractContextManager[Served]:
    """The benchmark's server of ``root``: ``apache`` or ``python`` (:mod:`sites`)."""
    return serve_apache(root) if server == "apache" else serve(root)


class TreeRss:
    """Samples the summed memory (PSS) of a process and its descendants (Linux /proc)
    and keeps the peak: the crawl and its normalizer workers together."""

    def __init__(self, pid: int, every: float = 0.25) -> None:
        self.pid, self.every, self.peak_kib = pid, every, 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreeRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            self.peak_kib = max(self.peak_kib, tree_rss_kib(self.pid))


def tree_rss_kib(root: int) -> int:
    children: dict[int, list[int]] = {}
    try:
        pids = [int(d) for d in os.listdir("/proc") if d.isdigit()]
    except OSError:
        return 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as fh:
                ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(pid)
    total, stack = 0, [root]
    while stack:
        pid = stack.pop()
        total += _pss_kib(pid)
        stack.extend(children.get(pid, ()))
    return total


def _pss_kib(pid: int) -> int:
    """Proportional set size: pages shared by the fork server and the workers it forked
    count once in total, not once per process (RSS if the kernel has no smaps_rollup)."""
    for name, key in (("smaps_rollup", "Pss:"), ("status", "VmRSS:")):
        try:
            with open(f"/proc/{pid}/{name}", encoding="ascii", errors="replace") as fh:
                for line in fh:
                    if line.startswith(key):
                        return int(line.split()[1])
        except OSError:
            continue
    return 0


def write_bench_site(site: Path, variant: str, posts: int, per_page: int) -> dict:
    """The generated archive of ``variant``: ``full`` (posts shown in full on the archive
    pages), ``excerpts`` (each post followed to its permalink page) or ``real``: an
    excerpt archive whose permalink pages are real saved pages (:data:`REAL_PAGES`, in
    turn), tens of milliseconds of normalizing a post where the generated posts take a
    few: normalize-bound work, on which the crawl's own work per post is small beside
    the normalizer's."""
    manifest = write_site(site, make_posts(posts, seed=posts), theme="kubrick",
                          per_page=per_page, full=variant == "full")
    if variant == "real":
        import gzip

        # Pages in UTF-8 only: the crawl decodes a page as its <meta charset> says, the
        # offline side reads the saved file as UTF-8 (as its own tests' pages are).
        pages = [data for data in (gzip.decompress(path.read_bytes())
                                   for path in sorted(REAL_PAGES.glob("*.html.gz")))
                 if _utf8(data)]
        for i, post in enumerate(manifest["posts"]):
            (site / post["url"].lstrip("/") / "index.html").write_bytes(pages[i % len(pages)])
    (site / "manifest.json").write_text(json.dumps(manifest))
    return manifest


def _utf8(page: bytes) -> bool:
    """The page is UTF-8 and says so, or says nothing of its charset."""
    declared = re.search(rb"""charset=["']?([\w-]+)""", page[:4096], re.IGNORECASE)
    if declared and declared.group(1).lower() not in (b"utf-8", b"utf8"):
        return False
    try:
        page.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def crawl(site: Path, start: str, work: Path, settings: list[str],
          server_kind: str = "python") -> dict:
    """One ``scrapy crawl`` of the served site: its summary, wall time and memory."""
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env.pop("TAGWIRE_REDIS_URL", None)  # an in-memory dedupe index, as a lone crawl has
    for name in ("posts.jsonl", "rejects.jsonl", "summary.json"):
        (work / name).unlink(missing_ok=True)
    with serve_site(site, server_kind) as server:
        cmd = [sys.executable, "-m", "scrapy", "crawl", "tagarchive",
               "-a", f"url={server.url(start)}", "-O", str(work / "posts.jsonl"),
               # A local server of our own: no politeness delay, and as many requests
               # at once as the crawl allows in all (settings.py's 4 a site is for
               # other people's blogs; against a server slowed by the machine's load it
               # made the excerpt crawl wait on latency, not on the normalizer).
               "-s", "AUTOTHROTTLE_ENABLED=0", "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=16",
               "-s", "LOG_LEVEL=WARNING",
               "-s", "TELNETCONSOLE_ENABLED=0", "-s", f"REJECTS_PATH={work / 'rejects.jsonl'}",
               "-s", f"SUMMARY_PATH={work / 'summary.json'}", *settings]
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True)
        with TreeRss(proc.pid) as tree:
            stderr = proc.stderr.read() if proc.stderr else ""
            _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"crawl failed ({code}):\n{stderr[-3000:]}")
    summary = json.loads((work / "summary.json").read_text())
    summary["wall_seconds"] = wall
    summary["server_cpu_seconds"] = server.cpu_seconds or 0.0
    # ru_maxrss from wait4: the largest of the crawl process and the descendants it
    # waited for (its normalizer workers), in KiB on Linux.
    summary["peak_rss_mib"] = usage.ru_maxrss / 1024
    summary["tree_peak_rss_mib"] = tree.peak_kib / 1024
    return summary


#: Hosts' misses of the cheap read of archive pages in this process (the spider keeps
#: its own, :func:`crawler.spiders.tagarchive.read_listing`).
_CHEAP_MISSES: dict[str, int] = {}


def _post_jobs(site: Path, base: str, path: str) -> list[dict]:
    """What the spider yields for one archive page, from the saved pages, the page read
    as the spider reads it (:func:`~crawler.spiders.tagarchive.read_listing`: the cheap
    read of a page of excerpts, else the full parse): the item of each post shown in
    full; for an excerpt, where its saved permalink page is (the worker reads it: the
    reference does not pay the crawl's shipping of fetched pages)."""
    from crawler.items import listed_item
    from crawler.spiders.tagarchive import read_listing

    page = read_listing((site / path.lstrip("/") / "index.html").read_bytes(), base + path,
                        _CHEAP_MISSES)
    jobs: list[dict] = []
    for post in page.posts:
        if post.is_excerpt:
            jobs.append({"permalink_file": str(site / post.url.removeprefix(base).lstrip("/")
                                               / "index.html"),
                         "url": post.url, "archive_url": base + path, "tag": page.tag})
        else:
            jobs.append(listed_item(post, archive_url=base + path, tag=page.tag))
    return jobs


def _offline_items(site: Path, base: str, pages: list[str]) -> Iterator[dict]:
    for path in pages:
        yield from _post_jobs(site, base, path)


def _offline_post(job: dict) -> tuple[dict | None, float]:
    """One post's record (None if invalid) and the CPU seconds this worker spent on it."""
    from crawler.items import page_item
    from crawler.records import make_record

    cpu = time.process_time()
    if "permalink_file" in job:
        html = Path(job["permalink_file"]).read_text(encoding="utf-8")
        job = page_item(job["url"], html, archive_url=job["archive_url"], tag=job["tag"])
    outcome = make_record(job)
    return (outcome.record if outcome.ok else None), time.process_time() - cpu


def _offline_worker_ready(ready: multiprocessing.queues.Queue) -> None:
    """Warm a worker up as the crawl's pool does (crawler.pool), then say so."""
    from crawler.records import WARM_UP_ITEM, make_record

    make_record(WARM_UP_ITEM)
    ready.put(os.getpid())


def _offline_page(task: tuple[str, str, str]) -> tuple[str, int, int, float]:
    """One archive page, start to end, in a worker of the ``shares`` reference: parse
    it, make each post's record (an excerpt's from its saved permalink page), encode
    the valid ones as JSON lines; returns them with the post count, the valid count and
    the CPU seconds this worker spent."""
    site, base, path = task
    cpu = time.process_time()
    lines, posts, valid = [], 0, 0
    for job in _post_jobs(Path(site), base, path):
        record, _ = _offline_post(job)
        posts += 1
        if record is not None:
            valid += 1
            lines.append(json.dumps(record, ensure_ascii=False) + "\n")
    return "".join(lines), posts, valid, time.process_time() - cpu


def offline_child(site: Path, base: str, workers: int, out: Path,
                  reference: str = "shares") -> dict:
    """The reference run (in its own process): every post of the site normalized by
    ``workers`` processes, records written to ``out``.

    ``shares`` (the default): the offline normalizer as it would use ``workers`` cores
    at its best: each worker takes the next archive page, parses it, makes its posts'
    records (reading an excerpt's permalink page from disk) and encodes them as JSON
    lines; this process only writes the lines it gets back (one message an archive
    page). Nothing serial is left but the writing, so 2 workers scale as the
    normalizer does (about 2x on 2 idle cores), and a crawl must match that with its
    own serial work (Scrapy, the feed) on the same cores.

    ``split``: the work split as the crawl splits it: this process parses the archive
    pages, hands each post to the workers and writes the records it gets back (as the
    crawl process fetches, parses and writes); this process's own CPU a post is then
    the serial part that caps the speed-up of 2 workers, as the crawl process's does."""
    # Imports before the clock, as the crawl's are (the spider's module imports the
    # archive parser; the pipeline, the record maker).
    import crawler.items  # noqa: F401
    import crawler.records  # noqa: F401
    import crawler.spiders.tagarchive  # noqa: F401
    import normalizer  # noqa: F401
    import normalizer.pages.archive  # noqa: F401

    manifest = json.loads((site / "manifest.json").read_text())
    posts = valid = 0
    # The crawl's clock starts once its workers are warm (Scrapy's start_time is set
    # after the pipelines open), so this one does too.
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Queue()
    with out.open("w", encoding="utf-8") as fh, \
            ctx.Pool(workers, initializer=_offline_worker_ready, initargs=(ready,)) as pool:
        for _ in range(workers):
            ready.get(timeout=120)
        t0, own_cpu, work_cpu = time.perf_counter(), time.process_time(), 0.0
        if reference == "shares":
            tasks = [(str(site), base, path) for path in manifest["pages"]]
            for lines, n, ok, cpu in pool.imap_unordered(_offline_page, tasks):
                posts, valid, work_cpu = posts + n, valid + ok, work_cpu + cpu
                fh.write(lines)
        else:
            items = _offline_items(site, base, manifest["pages"])
            for record, cpu in pool.imap_unordered(_offline_post, items):
                posts += 1
                work_cpu += cpu
                if record is not None:
                    valid += 1
                    fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        fh.flush()
        seconds = time.perf_counter() - t0
    own_cpu = time.process_time() - own_cpu
    return {"posts": posts, "valid": valid, "seconds": seconds,
            "cpu_seconds": own_cpu + work_cpu, "coordinator_cpu_seconds": own_cpu,
            "worker_cpu_seconds": work_cpu, "reference": reference}


def offline(site: Path, workers: int, work: Path, reference: str = "shares") -> dict:
    """:func:`offline_child` in a fresh process: its result and peak RSS. Its process
    tree is sampled as the crawl's is (:class:`TreeRss`): the sampler's reads of
    ``/proc`` take CPU from the same two cores and lock each process's memory map while
    it is read, and a side sampled alone would pay that alone."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--offline-child", str(site),
           "--workers", str(workers), "--out", str(work / "offline.jsonl"),
           "--reference", reference]
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    with TreeRss(proc.pid) as tree:
        stdout, stderr = proc.communicate()
    if proc.returncode:
        raise SystemExit(f"offline run failed ({proc.returncode}):\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["peak_rss_mib"] = result.pop("own_peak_rss_kib", 0) / 1024
    result["tree_peak_rss_mib"] = tree.peak_kib / 1024
    return result


LOCAL_BASE = re.compile(r"http://127\.0\.0\.1:\d+")


def canonical_records(path: Path) -> dict[str, str]:
    """url -> the record as JSON, without what differs between two crawls of the same
    pages: ``fetched_at``, and ``duplicate_of`` marks (which copy of a story counts as
    first depends on the order posts finish; they are counted separately). Each crawl
    has its own server port, so URLs are compared without it."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(LOCAL_BASE.sub("http://127.0.0.1", line))
        record.pop("fetched_at", None)
        for story in record.get("stories") or ():
            story.pop("duplicate_of", None)
        record.pop("schema_version", None)
        out[record["url"]] = json.dumps(record, sort_keys=True, ensure_ascii=False)
    return out


def _ms_per_post(runs: list[dict], key: str = "cpu_seconds") -> float:
    return round(1000 * statistics.median(x[key] / x["posts"] for x in runs), 2)


def pool_figures(runs: list[dict], workers: int) -> dict:
    """Medians over the crawl's runs of what its worker pool costs besides normalizing
    (the crawl summary's ``pool``): the workers' CPU a post besides their tasks, the
    share of the crawl's time they waited for a post, bytes a post each way."""
    def median(key: str, per: str = "posts", scale: float = 1.0) -> float:
        return statistics.median((x.get("pool") or {}).get(key, 0.0) / (scale * x[per])
                                 for x in runs)

    return {
        "crawl_workers_overhead_ms_per_post": round(
            1000 * median("worker_overhead_cpu_seconds"), 3),
        "crawl_workers_idle_share": round(
            median("worker_idle_seconds", "elapsed_seconds", workers), 4),
        "pool_bytes_per_post": [round(median("bytes_to_workers")),
                                round(median("bytes_from_workers"))],
    }


def cpu_bound(runs: dict[tuple[str, int], list[dict]], workers: int) -> dict:
    """What the CPU a post costs (medians of the runs) says, apart from the load the
    machine's other users put on it.

    ``crawl_vs_offline_cpu``: the offline CPU a post over the crawl's (the test server's
    not counted: a real crawl's server is elsewhere). ``*_projected_posts_per_s``: the
    rate each side's CPU allows on :data:`CORES` cores of its own, ``workers`` workers
    busy: the slowest of its coordinator (the crawl process; one core at most), its
    workers (``workers`` cores at most) and all its processes together on the cores --
    the crawl's test server counted in, as it takes its share of the same cores. A model
    of an idle machine, not a measurement: the measured posts/s beside it are the
    measurement, swayed by whatever else runs."""
    def side(name: str, server: float = 0.0) -> tuple[float, float]:
        own = _ms_per_post(runs[(name, workers)], "coordinator_cpu_seconds")
        work = _ms_per_post(runs[(name, workers)], "worker_cpu_seconds")
        bound = max(own, work / workers, (own + work + server) / CORES)
        return own + work, 1000 / bound if bound else float("nan")

    server = 1000 * statistics.median(x["server_cpu_seconds"] / x["posts"]
                                      for x in runs[("crawl", workers)])
    crawl_cpu, crawl_rate = side("crawl", server)
    offline_cpu, offline_rate = side("offline")
    return {"crawl_vs_offline_cpu": round(offline_cpu / crawl_cpu, 3),
            "crawl_projected_posts_per_s": round(crawl_rate, 1),
            "offline_projected_posts_per_s": round(offline_rate, 1),
            "crawl_vs_offline_projected": round(crawl_rate / offline_rate, 3)}


def _spread(values: list[float]) -> float:
    """(max - min) / median of a side's runs: 0 for one run."""
    return round((max(values) - min(values)) / statistics.median(values), 3)


def like_for_like(a: argparse.Namespace, settings: list[str]) -> dict:
    """Crawl and offline reference per archive kind and worker count; see the doc."""
    workers = [int(w) for w in a.workers.split(",") if w.strip()]
    rows = []
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
        for variant in [v for v in a.variants.split(",") if v]:
            site = Path(tmp) / f"site-{variant}"
            posts = a.real_posts if variant == "real" else a.posts
            manifest = write_bench_site(site, variant, posts, a.per_page)
            runs: dict[tuple[str, int], list[dict]] = {}
            for r in range(a.repeat):
                order = [(side, w) for w in workers for side in ("crawl", "offline")]
                for side, w in order if r % 2 == 0 else order[::-1]:
                    work = Path(tmp) / f"work-{variant}-{side}-{w}"
                    work.mkdir(exist_ok=True)
                    # The load each run starts at (1-minute average): the figures of a
                    # run at load 12 and one at load 3 are not the same measurement.
                    load = os.getloadavg()[0]
                    if side == "crawl":
                        run = crawl(site, manifest["start"], work,
                                    settings + ["-s", f"NORMALIZE_WORKERS={w}"], a.server)
                        run["rate"] = run["posts"] / run["elapsed_seconds"]
                        # The workers' CPU: on posts, on the archive pages they parse
                        # for the spider (crawler.offload), and besides (reading each
                        # post from its pipe, writing its outcome: counted from round
                        # 20 on; the offline workers' reading of files and encoding of
                        # lines was always in theirs).
                        pool = run.get("pool") or {}
                        run["worker_cpu_seconds"] = (
                            run["normalize_cpu_seconds"] + run.get("archive_cpu_seconds", 0.0)
                            + pool.get("worker_overhead_cpu_seconds", 0.0))
                        run["cpu_seconds"] = (run["crawl_process_cpu_seconds"]
                                              + run["worker_cpu_seconds"])
                        run["coordinator_cpu_seconds"] = run["crawl_process_cpu_seconds"]
                    else:
                        run = offline(site, w, work, a.reference)
                        run["rate"] = run["posts"] / run["seconds"]
                    run["load"] = load
                    runs.setdefault((side, w), []).append(run)
                    print(json.dumps({"variant": variant, "side": side, "workers": w,
                                      "posts_per_s": round(run["rate"], 1),
                                      "cpu_ms_per_post": round(1000 * run["cpu_seconds"]
                                                               / run["posts"], 2)}),
                          file=sys.stderr, flush=True)
            same = {w: canonical_records(Path(tmp) / f"work-{variant}-crawl-{w}" / "posts.jsonl")
                    == canonical_records(Path(tmp) / f"work-{variant}-offline-{w}"
                                         / "offline.jsonl") for w in workers}
            for w in workers:
                crawl_rates = [x["rate"] for x in runs[("crawl", w)]]
                offline_rates = [x["rate"] for x in runs[("offline", w)]]
                last = runs[("crawl", w)][-1]
                rows.append({
                    "variant": variant, "posts": posts, "workers": w,
                    "crawl_posts_per_s": round(statistics.median(crawl_rates), 1),
                    "offline_posts_per_s": round(statistics.median(offline_rates), 1),
                    "crawl_vs_offline": round(statistics.median(crawl_rates)
                                              / statistics.median(offline_rates), 3),
                    # Each side's runs: slowest and fastest, and their spread (max - min
                    # over the median); the loads the runs started at.
                    "crawl_posts_per_s_range": [round(min(crawl_rates), 1),
                                                round(max(crawl_rates), 1)],
                    "offline_posts_per_s_range": [round(min(offline_rates), 1),
                                                  round(max(offline_rates), 1)],
                    "crawl_spread": _spread(crawl_rates),
                    "offline_spread": _spread(offline_rates),
                    "load_range": [round(min(x["load"] for side in ("crawl", "offline")
                                             for x in runs[(side, w)]), 2),
                                   round(max(x["load"] for side in ("crawl", "offline")
                                             for x in runs[(side, w)]), 2)],
                    "crawl_vs_offline_range": [round(min(crawl_rates) / max(offline_rates), 3),
                                               round(max(crawl_rates) / min(offline_rates), 3)],
                    "records": last["records"], "rejects": last["rejects"],
                    "offline_valid": runs[("offline", w)][-1]["valid"],
                    "same_records": same[w],
                    "requests_per_post": last["requests_per_post"],
                    # CPU a post, medians: the crawl process (reactor and its threads)
                    # plus its workers' time on posts; the offline coordinator plus its
                    # workers' time on pages. Less at the mercy of the machine's load
                    # than posts/s.
                    "crawl_cpu_ms_per_post": _ms_per_post(runs[("crawl", w)]),
                    "crawl_process_cpu_ms_per_post": round(1000 * statistics.median(
                        x["crawl_process_cpu_seconds"] / x["posts"]
                        for x in runs[("crawl", w)]), 2),
                    "offline_cpu_ms_per_post": _ms_per_post(runs[("offline", w)]),
                    "offline_coordinator_cpu_ms_per_post": _ms_per_post(
                        runs[("offline", w)], "coordinator_cpu_seconds"),
                    "crawl_workers_cpu_ms_per_post": _ms_per_post(
                        runs[("crawl", w)], "worker_cpu_seconds"),
                    "offline_workers_cpu_ms_per_post": _ms_per_post(
                        runs[("offline", w)], "worker_cpu_seconds"),
                    # The test server's own (a real crawl's server is elsewhere; here
                    # it shares the cores, and the crawl's speed, with both sides).
                    "server_cpu_ms_per_post": round(1000 * statistics.median(
                        x["server_cpu_seconds"] / x["posts"] for x in runs[("crawl", w)]), 2),
                    # The pool's own price (crawler.pool): the workers' CPU besides
                    # their tasks, their share of the crawl's time spent waiting for a
                    # post (the crawl process not keeping up), and the bytes a post
                    # sent to them and read back.
                    **pool_figures(runs[("crawl", w)], w),
                    **cpu_bound(runs, w),
                    "crawl_peak_rss_mib": round(max(x["peak_rss_mib"]
                                                    for x in runs[("crawl", w)]), 1),
                    "crawl_tree_pss_mib": round(max(x["tree_peak_rss_mib"]
                                                    for x in runs[("crawl", w)]), 1),
                    "offline_peak_rss_mib": round(max(x["peak_rss_mib"]
                                                      for x in runs[("offline", w)]), 1),
                    "offline_tree_pss_mib": round(max(x["tree_peak_rss_mib"]
                                                      for x in runs[("offline", w)]), 1),
                })
    load_after = os.getloadavg()
    by = {(r["variant"], r["workers"]): r for r in rows}
    for r in rows:
        one = by.get((r["variant"], 1))
        if one is not None and r["workers"] > 1:
            r["crawl_speedup_vs_1"] = round(r["crawl_posts_per_s"] / one["crawl_posts_per_s"], 3)
            r["offline_speedup_vs_1"] = round(r["offline_posts_per_s"]
                                              / one["offline_posts_per_s"], 3)
            r["crawl_projected_speedup_vs_1"] = round(
                r["crawl_projected_posts_per_s"] / one["crawl_projected_posts_per_s"], 3)
            r["offline_projected_speedup_vs_1"] = round(
                r["offline_projected_posts_per_s"] / one["offline_projected_posts_per_s"], 3)
    return {"rows": rows, "repeat": a.repeat, "reference": a.reference, "server": a.server,
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in load_after], "cpus": os.cpu_count()}


def memory_growth(a: argparse.Namespace, settings: list[str]) -> dict:
    """The crawl's peak memory on archives of growing size (one run each)."""
    sizes = [int(s) for s in a.memory_sizes.split(",") if s.strip()]
    rows = []
    with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
        for n in sizes:
            site, work = Path(tmp) / f"site-{n}", Path(tmp) / f"work-{n}"
            work.mkdir()
            manifest = write_site(site, make_posts(n, seed=n), theme="kubrick",
                                  per_page=a.per_page, full=True)
            s = crawl(site, manifest["start"], work, settings, a.server)
            rows.append({"posts": n, "crawled_posts": s["posts"], "records": s["records"],
                         "crawl_posts_per_s": round(s["posts"] / s["elapsed_seconds"], 1),
                         "normalize_workers": s.get("normalize_workers"),
                         "peak_rss_mib": round(s["peak_rss_mib"], 1),
                         "tree_peak_pss_mib": round(s["tree_peak_rss_mib"], 1)})
            print(json.dumps(rows[-1]), file=sys.stderr, flush=True)
    out: dict = {"rows": rows}
    if len(rows) > 1:
        out["peak_rss_ratio"] = round(rows[-1]["peak_rss_mib"] / rows[0]["peak_rss_mib"], 3)
        out["tree_pss_ratio"] = round(rows[-1]["tree_peak_pss_mib"]
                                      / rows[0]["tree_peak_pss_mib"], 3)
    return out


def report(speed: dict | None, memory: dict | None) -> str:
    lines = []
    if speed:
        lines.append(f"crawl vs offline normalizer, like for like ({speed['repeat']} runs each, "
                     f"alternating; load average {speed['load_before'][0]} -> "
                     f"{speed['load_after'][0]} on {speed['cpus']} CPUs; test server "
                     f"{speed['server']}):")
        lines.append(f"  {'archive':9} {'workers':>7} {'crawl':>9} {'offline':>9} "
                     f"{'crawl/offline':>14} {'2 vs 1 (crawl/offline)':>24}  "
                     "peak RSS crawl/offline")
        for r in speed["rows"]:
            lo, hi = r["crawl_vs_offline_range"]
            up = (f"{r['crawl_speedup_vs_1']:.2f}x / {r['offline_speedup_vs_1']:.2f}x"
                  if "crawl_speedup_vs_1" in r else "")
            lines.append(f"  {r['variant']:9} {r['workers']:>7} {r['crawl_posts_per_s']:>7.1f}/s "
                         f"{r['offline_posts_per_s']:>7.1f}/s {r['crawl_vs_offline']:>6.2f} "
                         f"({lo:.2f}-{hi:.2f}) {up:>24}  {r['crawl_peak_rss_mib']:.0f} / "
                         f"{r['offline_peak_rss_mib']:.0f} MiB"
                         + ("" if r["same_records"] else "  RECORDS DIFFER"))
            lines.append(f"  {'':9} {'':>7} CPU a post: crawl {r['crawl_cpu_ms_per_post']:.1f} ms "
                         f"(crawl process {r['crawl_process_cpu_ms_per_post']:.1f}, workers "
                         f"{r['crawl_workers_cpu_ms_per_post']:.1f}), offline "
                         f"{r['offline_cpu_ms_per_post']:.1f} ms (coordinator "
                         f"{r['offline_coordinator_cpu_ms_per_post']:.1f}, workers "
                         f"{r['offline_workers_cpu_ms_per_post']:.1f}): "
                         f"crawl/offline {r['crawl_vs_offline_cpu']:.2f}; test server "
                         f"{r['server_cpu_ms_per_post']:.1f} ms; "
                         f"{r['requests_per_post']} requests a post")
            clo, chi = r["crawl_posts_per_s_range"]
            olo, ohi = r["offline_posts_per_s_range"]
            lines.append(f"  {'':9} {'':>7} pool: workers' CPU besides posts "
                         f"{r['crawl_workers_overhead_ms_per_post']:.3f} ms a post (in the "
                         f"workers' figure), waiting for a post "
                         f"{100 * r['crawl_workers_idle_share']:.1f}% of their time; "
                         f"{r['pool_bytes_per_post'][0]} B a post to them, "
                         f"{r['pool_bytes_per_post'][1]} B back")
            lines.append(f"  {'':9} {'':>7} runs: crawl {clo:.1f}-{chi:.1f}/s (spread "
                         f"{100 * r['crawl_spread']:.0f}%), offline {olo:.1f}-{ohi:.1f}/s "
                         f"(spread {100 * r['offline_spread']:.0f}%), load "
                         f"{r['load_range'][0]}-{r['load_range'][1]} at their starts")
            lines.append(f"  {'':9} {'':>7} memory: crawl's largest process "
                         f"{r['crawl_peak_rss_mib']:.0f} MiB, crawl + workers "
                         f"{r['crawl_tree_pss_mib']:.0f} MiB PSS; offline largest process "
                         f"{r['offline_peak_rss_mib']:.0f} MiB, with its workers "
                         f"{r['offline_tree_pss_mib']:.0f} MiB PSS")
            up = (f"; 2 vs 1 {r['crawl_projected_speedup_vs_1']:.2f}x / "
                  f"{r['offline_projected_speedup_vs_1']:.2f}x"
                  if "crawl_projected_speedup_vs_1" in r else "")
            lines.append(f"  {'':9} {'':>7} projected from that CPU on {CORES} idle cores: "
                         f"crawl {r['crawl_projected_posts_per_s']:.0f}/s, offline "
                         f"{r['offline_projected_posts_per_s']:.0f}/s: "
                         f"{r['crawl_vs_offline_projected']:.2f}{up}")
        lines.append(f"targets: crawl/offline >= {TARGET_VS_OFFLINE}, "
                     f"2 workers >= {TARGET_TWO_WORKERS}x 1 worker")
    if memory:
        lines.append("crawl memory by archive size (largest process; crawl + workers as PSS):")
        for r in memory["rows"]:
            lines.append(f"  {r['posts']:>6} posts  {r['crawl_posts_per_s']:>6.1f} posts/s  "
                         f"{r['peak_rss_mib']:>6.1f} MiB  {r['tree_peak_pss_mib']:>6.1f} MiB")
        if "peak_rss_ratio" in memory:
            lines.append(f"  growth: x{memory['peak_rss_ratio']} largest process, "
                         f"x{memory['tree_pss_ratio']} crawl + workers (target < 1.5)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--posts", type=int, default=2000, help="posts per archive (default 2000)")
    p.add_argument("--variants", default="full,excerpts,real",
                   help="archive kinds: full, excerpts, real (default all three)")
    p.add_argument("--real-posts", type=int, default=500,
                   help="posts of the real archive (default 500: its posts are heavier)")
    p.add_argument("--workers", default="1,2",
                   help="NORMALIZE_WORKERS values, and as many offline processes (default 1,2)")
    p.add_argument("--repeat", type=int, default=2, help="runs of each side (default 2)")
    p.add_argument("--per-page", type=int, default=10)
    p.add_argument("--reference", choices=("shares", "split"), default="shares",
                   help="the offline side: each worker an archive page start to end "
                        "(shares, default), or one process parsing the archive pages for "
                        "N workers, as the crawl splits it (split)")
    p.add_argument("--server", choices=("apache", "python"), default=None,
                   help="the test server: Apache httpd (default where installed) or the "
                        "standard library's (python)")
    p.add_argument("--memory-sizes", default="",
                   help="comma-separated archive sizes for the memory-growth runs")
    p.add_argument("--no-speed", action="store_true", help="only the memory-growth runs")
    p.add_argument("-s", "--set", action="append", default=[], metavar="NAME=VALUE",
                   help="extra Scrapy setting for the crawl")
    p.add_argument("--json", action="store_true", help="print the results as JSON")
    p.add_argument("--offline-child", type=Path, help=argparse.SUPPRESS)
    p.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.offline_child:
        import logging
        import resource

        logging.basicConfig(level=logging.WARNING)
        result = offline_child(a.offline_child, "http://127.0.0.1", int(a.workers), a.out,
                               a.reference)
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        result["own_peak_rss_kib"] = max(own, kids)
        print(json.dumps(result))
        return 0
    if a.server is None:
        a.server = "apache" if apache_available() else "python"
    elif a.server == "apache" and not apache_available():
        p.error("--server apache: apache2 is not installed (Debian package apache2)")
    settings = [x for kv in a.set for x in ("-s", kv)]
    speed = None if a.no_speed else like_for_like(a, settings)
    memory = memory_growth(a, settings) if a.memory_sizes else None
    if a.json:
        print(json.dumps({"speed": speed, "memory": memory}))
    else:
        print(report(speed, memory))
    ok = speed is None or all(r["crawl_vs_offline"] >= TARGET_VS_OFFLINE and r["same_records"]
                              for r in speed["rows"])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
