#!/usr/bin/env python3
"""Speed and memory of tagwire's normalizer against plain trafilatura, on real pages.

    python benchmarks/bench_normalize.py [--sets aeb,real] [--repeat 5] [--limit N]
                                         [--memory-sizes 1000,3000] [--json]

1. Speed, in one process, on the same real pages (the AEB news pages in
   ``../shared/bench/aeb`` and the project's real saved pages in ``tests/fixtures/real``;
   a set that is absent is skipped with a message): ``trafilatura.extract(html)`` with
   its default options against ``normalizer.normalize_page(html, url)``, each page
   given to both as the same string. The order alternates page by page and repetition
   by repetition (:func:`corpus.paired`), and each repetition meets the pages as new
   pages (:func:`paired_new_pages`: the caches both sides keep of what pages hold are
   emptied before it, as in a crawl, which never normalizes a page twice). Reports
   ms/page of each, the median of the per-page ratios and the ratio of the totals
   (target: at most 1.3 for both), with their spread over the repetitions and the load
   average. ``--seen`` times repetitions over pages already seen (caches kept), the
   former measure, for comparison only: it flatters both sides, tagwire more.
2. The CLI end to end (``tagwire normalize DIR -o out.jsonl``: reading, charset, kind,
   normalizing, validating, writing) in a fresh subprocess per size, on the real pages
   repeated up to ``--memory-sizes`` files, with its peak RSS (``ru_maxrss`` of that
   child, from ``os.wait4``): memory should not grow with the number of files.

Timing targets live here, as ratios measured in the same run, never in tests.
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus import DEFAULT_SHARED, REAL_FIXTURES, Page, format_paired, page_sets, paired

TARGET_RATIO = 1.3
#: The packages whose caches :func:`forget_pages` empties: tagwire's and those of the
#: libraries both sides call (trafilatura's, htmldate's, courlan's).
PAGE_CACHE_PACKAGES = ("normalizer", "trafilatura", "htmldate", "courlan")
#: A cache of at least this many entries holds what pages hold (texts, class strings,
#: dates): those are emptied. Smaller and unbounded ones hold tables loaded once (an
#: outlet index, jusText's stoplists, compiled expressions) and are kept, as they stay
#: loaded in a crawl's worker.
PAGE_CACHE_MIN_SIZE = 1024
#: Caches of the same kind kept in module dicts: (module, name).
PAGE_CACHE_DICTS = (("normalizer.stories.language", "_WORD_NGRAMS"),)


def forget_pages() -> int:
    """Empty the caches of what pages hold (see :data:`PAGE_CACHE_MIN_SIZE`) in the
    modules loaded of :data:`PAGE_CACHE_PACKAGES`; return how many.

    A second pass over the same pages finds every text of each page in them: tagwire
    keeps more such caches than trafilatura, and on the AEB pages its median page ratio
    fell from 1.48 on the first pass to 1.37 on the next (1.50 again with its caches
    emptied), which is why ``bench_aeb.py``'s single repetition read 0.1 higher than
    this benchmark's three did. A crawl meets each page once."""
    emptied = 0
    for name, module in list(sys.modules.items()):
        if name.partition(".")[0] not in PAGE_CACHE_PACKAGES:
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or getattr(value, "__module__", None) != name:
                continue  # (a cache imported from elsewhere is emptied in its own module)
            size = info().maxsize
            if size is not None and size >= PAGE_CACHE_MIN_SIZE:
                value.cache_clear()
                emptied += 1
    for module_name, attribute in PAGE_CACHE_DICTS:
        cache = getattr(sys.modules.get(module_name), attribute, None)
        if isinstance(cache, dict):
            cache.clear()
            emptied += 1
    return emptied


def paired_new_pages(pages: list[Page], sides: dict[str, Callable[[Page], object]], *,
                     repeat: int, reference: str) -> dict:
    """:func:`corpus.paired` one repetition at a time, :func:`forget_pages` before each
    (outside the timing), the sides' order reversed every other repetition (so the
    order still alternates page by page and repetition by repetition). The figures are
    :func:`corpus.paired`'s, each the median over the repetitions (the per-page
    quartiles too), with their range."""
    runs = []
    for r in range(repeat):
        forget_pages()
        ordered = sides if r % 2 == 0 else dict(reversed(list(sides.items())))
        runs.append(paired(pages, ordered, repeat=1, reference=reference))
    out = dict(runs[0])
    out.update(repeat=repeat, load_after=runs[-1]["load_after"],
               errors={n: sum(run["errors"][n] for run in runs) for n in sides}, sides={})

    def med(values: list[float]) -> float:
        return round(statistics.median(values), 3)

    for name in sides:
        each = [run["sides"][name] for run in runs]
        ms = [s["ms_per_page"] for s in each]
        side: dict = {"ms_per_page": round(statistics.median(ms), 2),
                      "ms_per_page_range": [min(ms), max(ms)]}
        if name != reference:
            pages_median = [s["median_page_ratio"] for s in each]
            totals = [s["total_ratio"] for s in each]
            side.update({
                "median_page_ratio": med(pages_median),
                "page_ratio_quartiles": [med([s["page_ratio_quartiles"][k] for s in each])
                                         for k in (0, 1)],
                "median_page_ratio_range": [min(pages_median), max(pages_median)],
                "total_ratio": med(totals),
                "total_ratio_range": [min(totals), max(totals)],
            })
        out["sides"][name] = side
    return out
SET_TITLES = {"aeb": "AEB (real news pages)", "real": "real pages of many kinds"}


def sides() -> dict:
    import trafilatura

    import normalizer

    def tagwire(page: Page) -> object:
        return normalizer.normalize_page(page.html, page.url)

    def plain(page: Page) -> object:
        return trafilatura.extract(page.html)

    return {"tagwire normalize_page": tagwire, "trafilatura.extract": plain}


def run_cli_measured(folder: Path, out: Path) -> dict:
    """``tagwire normalize FOLDER`` in a fresh interpreter: wall time and its peak RSS."""
    argv = [sys.executable, "-m", "normalizer", "normalize", str(folder), "-o", str(out)]
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stderr_text = proc.stderr.read() if proc.stderr else ""
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    written = 0
    if out.exists():
        with out.open(encoding="utf-8") as fh:
            written = sum(1 for line in fh if line.strip())
    return {"wall_s": round(wall, 2), "records_written": written,
            "exit_code": os.waitstatus_to_exitcode(status),
            "error_lines": sum(1 for line in stderr_text.splitlines()
                               if line.startswith("tagwire: ")),
            "peak_rss_mb": round(usage.ru_maxrss / 1024, 1)}   # Linux: KiB


def memory_runs(pages: list[Page], sizes: list[int], tmp: Path) -> list[dict]:
    """The CLI on ``size`` files each, the real pages repeated in turn."""
    originals = tmp / "originals"
    originals.mkdir()
    files = []
    for k, page in enumerate(pages):
        f = originals / f"{k:04d}.html"
        f.write_text(page.html, encoding="utf-8")
        files.append(f)
    rows = []
    for size in sizes:
        folder = tmp / f"cli-{size}"
        folder.mkdir()
        for k in range(size):
            os.link(files[k % len(files)], folder / f"{k:05d}.html")
        row = run_cli_measured(folder, tmp / f"out-{size}.jsonl")
        row["pages"] = size
        row["pages_per_s"] = round(size / row["wall_s"], 1)
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="aeb,real",
                    help="comma-separated page sets: aeb, real, or folders (default aeb,real)")
    ap.add_argument("--repeat", type=int, default=5, help="repetitions (default 5)")
    ap.add_argument("--seen", action="store_true",
                    help="repeat over pages already seen, caches kept (flatters: comparison only)")
    ap.add_argument("--limit", type=int, default=None, help="at most N pages per set")
    ap.add_argument("--memory-sizes", default="1000,3000",
                    help="comma-separated file counts for the CLI memory runs ('' for none)")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the shared folder (default: ../shared beside the repository)")
    ap.add_argument("--real", type=Path, default=REAL_FIXTURES,
                    help="folder of the real set (default tests/fixtures/real)")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)  # per-page complaints are noise here
    say = (lambda msg: print(msg, file=sys.stderr)) if args.json else print
    sets = page_sets([s for s in args.sets.split(",") if s], shared=args.shared,
                     real=args.real, limit=args.limit, say=say)
    if not sets:
        say("bench_normalize: no page set found")
        return 2
    result: dict = {"target_ratio": TARGET_RATIO, "speed": {}, "memory": []}
    runners = sides()
    met = True
    for name, pages in sets.items():
        timer = paired if args.seen else paired_new_pages
        row = timer(pages, runners, repeat=args.repeat, reference="trafilatura.extract")
        row["pages_new_each_repetition"] = not args.seen
        result["speed"][name] = row
        side = row["sides"]["tagwire normalize_page"]
        met &= max(side["median_page_ratio"], side["total_ratio"]) <= TARGET_RATIO
        if not args.json:
            print(format_paired(SET_TITLES.get(name, name), row, TARGET_RATIO), flush=True)
    sizes = [int(s) for s in args.memory_sizes.split(",") if s.strip()]
    if sizes:
        pool = [p for pages in sets.values() for p in pages]
        with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
            result["memory"] = memory_runs(pool, sizes, Path(tmp))
        result["memory_pages_distinct"] = len(pool)
    result["target_met"] = met
    if args.json:
        print(json.dumps(result))
    elif result["memory"]:
        print(f"CLI end to end (tagwire normalize DIR -o out.jsonl, a fresh process per size; "
              f"the {result['memory_pages_distinct']} real pages repeated):")
        for row in result["memory"]:
            print(f"  {row['pages']:>6} files  {row['wall_s']:>7.1f} s  "
                  f"{row['pages_per_s']:>6.1f} pages/s  peak RSS {row['peak_rss_mb']:>6.1f} MB  "
                  f"records {row['records_written']}  exit {row['exit_code']}")
        if len(result["memory"]) >= 2:
            a, b = result["memory"][0], result["memory"][-1]
            print(f"  peak RSS at {b['pages']} vs {a['pages']} files: "
                  f"x{b['peak_rss_mb'] / a['peak_rss_mb']:.2f}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
