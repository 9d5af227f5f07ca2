#!/usr/bin/env python3
"""Does ``normalize_text`` stay linear on big dumps? Time per megabyte at growing sizes.

    python benchmarks/bench_dump_scaling.py [--sizes 125,250,500,1000] [--repeat 3] [--json]

Builds dumps of the given sizes (kB) by concatenating the real dumps of
``tests/fixtures/real/dumps`` (a long page of many pages: chrome, portals, articles),
then times ``normalizer.normalize_text`` on each, in-process, best of ``--repeat``. Reports
seconds per MB at each size and the ratio of the largest size's per-MB time to the
smallest's: linear time keeps it near 1.0 (target: at most :data:`TARGET_RATIO`).
Exit 1 when the ratio is above the target.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DUMPS = REPO / "tests" / "fixtures" / "real" / "dumps"
TARGET_RATIO = 1.5


def build(size_kb: int) -> str:
    parts = [p.read_text(encoding="utf-8") for p in sorted(DUMPS.glob("*.txt"))]
    out, total, k = [], 0, 0
    while total < size_kb * 1000:
        part = parts[k % len(parts)]
        out.append(part)
        total += len(part.encode("utf-8"))
        k += 1
    return "\n\n\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="125,250,500,1000", help="dump sizes in kB")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(REPO))
    import normalizer

    normalizer.normalize_text(build(10), "file:///warm-up.txt")  # imports, language profiles
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        text = build(size)
        mb = len(text.encode("utf-8")) / 1e6
        best = min(_timed(normalizer.normalize_text, text) for _ in range(args.repeat))
        rows.append({"kb": size, "mb": round(mb, 3), "seconds": round(best, 3),
                     "s_per_mb": round(best / mb, 3)})
    ratio = rows[-1]["s_per_mb"] / rows[0]["s_per_mb"]
    result = {"rows": rows, "ratio_largest_to_smallest": round(ratio, 2), "target": TARGET_RATIO}
    if args.json:
        print(json.dumps(result))
    else:
        for r in rows:
            print(f"{r['kb']:>6} kB  {r['seconds']:>7.3f} s  {r['s_per_mb']:>7.3f} s/MB")
        print(f"per-MB time, largest / smallest: {ratio:.2f} (target <= {TARGET_RATIO})")
    return 0 if ratio <= TARGET_RATIO else 1


def _timed(fn, text: str) -> float:
    started = time.perf_counter()
    fn(text, "file:///big.txt")
    return time.perf_counter() - started


if __name__ == "__main__":
    sys.exit(main())
