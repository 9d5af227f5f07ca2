#!/usr/bin/env python3
"""Normalize time against page size: does any stage grow faster than the page?

    python benchmarks/bench_scaling.py [--sizes 10000,100000,1000000,10000000]
                                       [--shapes short,long] [--json]

Pages are generated (invented text, no fixture needed) in two shapes: ``short``, many
one-line paragraphs (the shape that made the story splitter quadratic: issue 13), and
``long``, few paragraphs of about 3 KB each; and ``dump``, a text dump of many short
lines (``normalizer.normalize_text``: the dump rhythm and splitting). Each page goes
through the normalizer once, in this process, after a warm-up page (imports,
language profiles). Reported per shape: seconds per size, seconds per MB, and the
log-log slope between consecutive sizes (1.0 = linear, 2.0 = quadratic) and over the
whole range. The run fails (exit 1) if the overall slope of a shape is above
``MAX_SLOPE``: timing claims are ratios within one run, never absolute figures.

``--reference`` also times ``trafilatura.extract(html)`` alone on each HTML page, in
the same run: the dependency's own growth. (libxml2 evaluates trafilatura's
``//p//text()`` XPath in time quadratic in the number of ``<p>`` elements, so pages of
tens of thousands of one-line paragraphs grow faster than linearly there, whatever
tagwire does; the per-post time limit, ``NORMALIZE_TIME_LIMIT``, bounds such a page.)
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

#: Above this overall slope the growth is called super-linear. Small pages carry fixed
#: costs (parsing the head, metadata), which pull the slope under 1; 1.25 leaves room
#: for noise on a shared machine while a quadratic stage (slope near 2) fails.
MAX_SLOPE = 1.25
DEFAULT_SIZES = (10_000, 100_000, 1_000_000)
PLACES = ("BERLIN", "PARIS", "KYIV", "TOKYO", "NAIROBI", "LIMA", "OSLO", "DOHA")


def page(n_bytes: int, shape: str) -> str:
    """An HTML permalink page (or, for ``dump``, a text dump) of about ``n_bytes``."""
    paras: list[str] = []
    size = i = 0
    while size < n_bytes:
        if shape == "dump":
            p = f"Short line {i} of the notes, from {PLACES[i % len(PLACES)].title()}."
        elif shape == "short":
            p = f"<p>Short line {i} of the notes, from {PLACES[i % len(PLACES)].title()}.</p>"
        else:
            sentence = (f"Officials in {PLACES[i % len(PLACES)].title()} said on Monday that "
                        f"talks on item {i} would resume next week after a pause. ")
            p = "<p>" + sentence * (3000 // len(sentence)) + "</p>"
        paras.append(p)
        size += len(p) + 1
        i += 1
    body = "\n".join(paras)
    if shape == "dump":
        return "Scaling test page\n\n" + "\n\n".join(paras) + "\n"
    return ("<html><head><title>Scaling test page</title></head><body><article>"
            "<h1>Scaling test page</h1><p class='date'>March 4, 2024</p>"
            f"{body}</article></body></html>")


def slope(a: tuple[int, float], b: tuple[int, float]) -> float:
    """log-log slope between (size, seconds) points: 1 = linear, 2 = quadratic."""
    return math.log(b[1] / a[1]) / math.log(b[0] / a[0])


def run(sizes: list[int], shapes: list[str], reference: bool = False) -> dict[str, object]:
    import normalizer

    normalizer.normalize_page(page(5_000, "short"), "http://127.0.0.1/warm-up/")
    results: dict[str, object] = {}
    for shape in shapes:
        points: list[tuple[int, float]] = []
        ref_points: list[tuple[int, float]] = []
        for size in sizes:
            html = page(size, shape)
            t0 = time.perf_counter()
            url = f"http://127.0.0.1/{shape}/{size}/"
            records = ([normalizer.normalize_text(html, url)] if shape == "dump"
                       else normalizer.normalize_page(html, url))
            elapsed = time.perf_counter() - t0
            words = sum(s["word_count"] for r in records for s in r.get("stories") or [])
            points.append((len(html), elapsed))
            ref = ""
            if reference and shape != "dump":
                import trafilatura

                t0 = time.perf_counter()
                trafilatura.extract(html)
                ref_points.append((len(html), time.perf_counter() - t0))
                ref = f"  (trafilatura.extract alone {ref_points[-1][1]:.2f} s)"
            print(f"{shape:5s} {len(html) / 1e6:8.3f} MB  {elapsed:8.2f} s  "
                  f"{elapsed / (len(html) / 1e6):7.2f} s/MB  {words} words{ref}", flush=True)
        steps = [round(slope(a, b), 2) for a, b in zip(points, points[1:], strict=False)]
        overall = round(slope(points[0], points[-1]), 2) if len(points) > 1 else None
        results[shape] = {"points": [{"bytes": n, "seconds": round(t, 3)} for n, t in points],
                          "step_slopes": steps, "overall_slope": overall,
                          "time_ratio_last_first": round(points[-1][1] / points[0][1], 1),
                          "size_ratio_last_first": round(points[-1][0] / points[0][0], 1)}
        print(f"{shape:5s} slopes between sizes {steps}; overall {overall} "
              f"(1 = linear, 2 = quadratic; fail above {MAX_SLOPE})", flush=True)
        if len(ref_points) > 1:
            ref_steps = [round(slope(a, b), 2)
                         for a, b in zip(ref_points, ref_points[1:], strict=False)]
            results[shape]["trafilatura_step_slopes"] = ref_steps  # type: ignore[index]
            print(f"{shape:5s} trafilatura.extract alone: slopes {ref_steps}", flush=True)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                    help="page sizes in bytes, comma-separated (default %(default)s)")
    ap.add_argument("--shapes", default="short,long,dump",
                    help="comma-separated: short, long, dump (default all)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON too")
    ap.add_argument("--reference", action="store_true",
                    help="also time trafilatura.extract alone on each HTML page")
    args = ap.parse_args(argv)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    shapes = [s for s in args.shapes.split(",") if s]
    if any(s not in ("short", "long", "dump") for s in shapes):
        ap.error(f"--shapes: short, long or dump, not {args.shapes!r}")
    results = run(sizes, shapes, args.reference)
    if args.json:
        print(json.dumps(results, indent=2))
    bad = [s for s, r in results.items()
           if isinstance(r, dict) and (r["overall_slope"] or 0) > MAX_SLOPE]
    if bad:
        print(f"super-linear growth in: {', '.join(bad)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
