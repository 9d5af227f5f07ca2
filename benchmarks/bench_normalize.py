#!/usr/bin/env python3
"""Speed and memory of tagwire's normalizer against plain trafilatura, on real pages.

    python benchmarks/bench_normalize.py [--sets aeb,real] [--repeat 5] [--limit N]
                                         [--memory-sizes 1000,3000] [--json]

1. Speed, in one process, on the same real pages (the AEB news pages in
   ``../shared/bench/aeb`` and the project's real saved pages in ``tests/fixtures/real``;
   a set that is absent is skipped with a message): ``trafilatura.extract(html)`` with
   its default options against ``normalizer.normalize_page(html, url)``, each page
   given to both as the same string. The order alternates page by page and repetition
   by repetition (:func:`corpus.paired`). Reports ms/page of each, the median of the
   per-page ratios and the ratio of the totals (target: at most 1.3 for both), with
   their spread over the repetitions and the load average.
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
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from corpus import DEFAULT_SHARED, REAL_FIXTURES, Page, format_paired, page_sets, paired

TARGET_RATIO = 1.3
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
        row = paired(pages, runners, repeat=args.repeat, reference="trafilatura.extract")
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
