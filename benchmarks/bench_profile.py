#!/usr/bin/env python3
"""Where tagwire's CPU time goes on the AEB pages: its functions by own time, sampled.

    python benchmarks/bench_profile.py [--repeat N] [--top N] [--interval MS] [--limit N]

``cProfile`` charges every call its own bookkeeping: on the AEB pages it made the run
three times as long (108 ms of CPU a page against 33-36), and it weighs a function by
its calls as much as by its work. A sampling of this process's CPU clock (``SIGPROF``
every ``--interval`` milliseconds of its CPU time, as ``time.process_time`` counts it:
other jobs on a loaded machine do not count) adds nothing to each call. Each sample is
charged to the innermost frame of tagwire's code (``normalizer/``): the regular
expressions, string methods and lxml calls it makes in C are its own time. Where a
library's Python code runs below that frame (trafilatura's extraction, htmldate), the
sample is listed apart, as the time of the library called from that frame.

Prints the CPU time per page and the top functions of both lists, in ms a page and in
per cent of the samples. Each repetition runs every page once after a warm-up of three
(imports, compiled patterns); the caches of pages seen are kept (the figures are those
of pages met again: run ``--repeat 1`` for pages met once). POSIX only (``setitimer``).
"""
from __future__ import annotations

import argparse
import collections
import signal
import time
from collections.abc import Callable
from types import CodeType, FrameType

from corpus import DEFAULT_SHARED, load_folder

#: A function's name in the tables: its file below the project or site-packages, its name
#: and its first line (comprehensions and lambdas of one file are told apart by it).
Key = str


def code_key(code: CodeType) -> Key:
    path = code.co_filename
    for marker in ("site-packages/", "/normalizer/"):
        if marker in path:
            path = path[path.index(marker) + len(marker):]
            if marker == "/normalizer/":
                path = "normalizer/" + path
            break
    return f"{path}:{code.co_firstlineno} {code.co_name}"


def is_tagwire(code: CodeType) -> bool:
    """The code is tagwire's normalizer's."""
    return "/normalizer/" in code.co_filename.replace("\\", "/")


def charge(frame: FrameType | None, ours: Callable[[CodeType], bool] = is_tagwire,
           ) -> tuple[CodeType, bool] | None:
    """The code a sample taken in ``frame`` is charged to: the innermost frame whose code
    is ``ours``, and whether other Python code (a library's) ran below it; None when no
    frame is ours (the benchmark's own loop)."""
    below = False
    while frame is not None:
        if ours(frame.f_code):
            return frame.f_code, below
        below = True
        frame = frame.f_back
    return None


class Sampler:
    """Counts of samples by the code they are charged to (:func:`charge`)."""

    def __init__(self) -> None:
        self.samples = 0
        self.own: collections.Counter[CodeType] = collections.Counter()
        self.via_library: collections.Counter[CodeType] = collections.Counter()

    def __call__(self, signum: int, frame: FrameType | None) -> None:
        self.samples += 1
        found = charge(frame)
        if found is not None:
            code, below = found
            (self.via_library if below else self.own)[code] += 1


def table(counts: collections.Counter[CodeType], samples: int, ms_per_sample: float,
          top: int) -> list[str]:
    """The ``top`` codes of ``counts``, each as ms a page and per cent of all samples."""
    return [f"  {100 * n / samples:5.1f} % {n * ms_per_sample:6.2f} ms  {code_key(code)}"
            for code, n in counts.most_common(top)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--interval", type=float, default=1.0, help="ms of CPU time")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()

    import normalizer

    pages = load_folder(DEFAULT_SHARED / "bench" / "aeb", args.limit)
    for page in pages[:3]:
        normalizer.normalize_page(page.html, page.url or "http://localhost/")
    sampler = Sampler()
    previous = signal.signal(signal.SIGPROF, sampler)
    signal.setitimer(signal.ITIMER_PROF, args.interval / 1000, args.interval / 1000)
    started = time.process_time()
    try:
        for _ in range(args.repeat):
            for page in pages:
                normalizer.normalize_page(page.html, page.url or "http://localhost/")
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0, 0)
        signal.signal(signal.SIGPROF, previous)
    ms_per_page = 1000 * (time.process_time() - started) / (len(pages) * args.repeat)
    samples = max(sampler.samples, 1)
    ms_per_sample = ms_per_page / samples
    print(f"{len(pages)} pages x {args.repeat}: {ms_per_page:.1f} ms CPU a page, "
          f"{sampler.samples} samples")
    own, via = sum(sampler.own.values()), sum(sampler.via_library.values())
    print(f"tagwire's own code {own * ms_per_sample:.1f} ms a page ({100 * own / samples:.0f} %), "
          f"library code it calls {via * ms_per_sample:.1f} ms ({100 * via / samples:.0f} %)")
    print("tagwire's functions, own time (with the C calls they make):")
    print("\n".join(table(sampler.own, samples, ms_per_sample, args.top)))
    print("tagwire's functions, the time of the library Python code they call:")
    print("\n".join(table(sampler.via_library, samples, ms_per_sample, min(args.top, 10))))


if __name__ == "__main__":
    main()
