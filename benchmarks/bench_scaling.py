#!/usr/bin/env python3
"""Normalize time against page size: does any stage grow faster than the page?

    python benchmarks/bench_scaling.py [--sizes 10000,100000,1000000,10000000]
                                       [--shapes short,long] [--ordinary-max 3000000]
                                       [--json]
    python benchmarks/bench_scaling.py --compare DIR [--cut 500] [--limit 80]

Pages are generated (invented text, no fixture needed) in two shapes: ``short``, many
one-line paragraphs (the shape that made the story splitter quadratic, and on which
trafilatura's own XPath lookups are quadratic: issue 13), and ``long``, few paragraphs
of about 3 KB each; and ``dump``, a text dump of many short lines
(``normalizer.normalize_text``: the dump rhythm and splitting). Each page goes through
the normalizer once, in this process, after a warm-up page (imports, language
profiles). Time is this process's CPU time (``time.process_time``): on a shared machine
the wall time also counts other processes' load, and the slopes would measure that.
Reported per shape: seconds per size, seconds per MB, and the log-log slope between
consecutive sizes (1.0 = linear, 2.0 = quadratic) and over the whole range. The run
fails (exit 1) if the overall slope of a shape is above ``MAX_SLOPE``: timing claims
are ratios within one run, never absolute figures.

Pages over the oversize thresholds (:mod:`normalizer.pages.oversize`) are extracted in
chunks. ``--ordinary-max N`` also times, in the same run, the ordinary path (the
thresholds switched off) on the pages up to N bytes: the growth that the chunks remove.
``--reference`` also times ``trafilatura.extract(html)`` alone on each HTML page, in
the same run: the dependency's own growth.

``--compare DIR`` measures what the chunked path costs in quality, and what the other
linear path considered (the page flattened to text, :mod:`normalizer.pages.flatten`, and
read as a dump) would: on the saved pages of DIR (``*.html``, ``*.html.gz``; e.g. the
AEB benchmark's pages) both are forced, cutting at ``--cut`` elements a chunk (far
below the real chunk size, so that ordinary pages are cut at all), and their stories'
words are scored (bag-of-words F1) against the ordinary path's.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

#: Above this overall slope the growth is called super-linear. Small pages carry fixed
#: costs (parsing the head, metadata), which pull the slope under 1; 1.25 leaves room
#: for noise on a shared machine while a quadratic stage (slope near 2) fails.
MAX_SLOPE = 1.25
DEFAULT_SIZES = (10_000, 100_000, 1_000_000, 3_000_000, 10_000_000)
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


def _ordinary(on: bool) -> None:
    """Switch the oversize path off (``on``) or back to its thresholds."""
    from normalizer.pages import oversize

    if not hasattr(oversize, "_saved_min_bytes"):
        oversize._saved_min_bytes = oversize.OVERSIZE_MIN_BYTES  # type: ignore[attr-defined]
    oversize.OVERSIZE_MIN_BYTES = (float("inf") if on  # type: ignore[assignment]
                                   else oversize._saved_min_bytes)  # type: ignore[attr-defined]


def _time_page(html: str, shape: str, url: str) -> tuple[float, int]:
    import normalizer

    t0 = time.process_time()
    records = ([normalizer.normalize_text(html, url)] if shape == "dump"
               else normalizer.normalize_page(html, url))
    elapsed = time.process_time() - t0
    return elapsed, sum(s["word_count"] for r in records for s in r.get("stories") or [])


def run(sizes: list[int], shapes: list[str], reference: bool = False,
        ordinary_max: int = 0) -> dict[str, object]:
    import normalizer

    normalizer.normalize_page(page(5_000, "short"), "http://127.0.0.1/warm-up/")
    results: dict[str, object] = {}
    for shape in shapes:
        points: list[tuple[int, float]] = []
        ref_points: list[tuple[int, float]] = []
        ord_points: list[tuple[int, float]] = []
        for size in sizes:
            html = page(size, shape)
            url = f"http://127.0.0.1/{shape}/{size}/"
            elapsed, words = _time_page(html, shape, url)
            points.append((len(html), elapsed))
            ref = ""
            if shape != "dump" and size <= ordinary_max:
                _ordinary(True)
                try:
                    ord_elapsed, ord_words = _time_page(html, shape, url)
                finally:
                    _ordinary(False)
                ord_points.append((len(html), ord_elapsed))
                ref += f"  (ordinary path {ord_elapsed:.2f} s, {ord_words} words)"
            if reference and shape != "dump":
                import trafilatura

                t0 = time.process_time()
                trafilatura.extract(html)
                ref_points.append((len(html), time.process_time() - t0))
                ref += f"  (trafilatura.extract alone {ref_points[-1][1]:.2f} s)"
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
        if len(ord_points) > 1:
            ord_steps = [round(slope(a, b), 2)
                         for a, b in zip(ord_points, ord_points[1:], strict=False)]
            results[shape]["ordinary_step_slopes"] = ord_steps  # type: ignore[index]
            results[shape]["ordinary_points"] = [  # type: ignore[index]
                {"bytes": n, "seconds": round(t, 3)} for n, t in ord_points]
            print(f"{shape:5s} ordinary path (no chunks): slopes {ord_steps}", flush=True)
        if len(ref_points) > 1:
            ref_steps = [round(slope(a, b), 2)
                         for a, b in zip(ref_points, ref_points[1:], strict=False)]
            results[shape]["trafilatura_step_slopes"] = ref_steps  # type: ignore[index]
            print(f"{shape:5s} trafilatura.extract alone: slopes {ref_steps}", flush=True)
    return results


def _words(record: dict) -> Counter[str]:
    return Counter(w for s in record.get("stories") or [] for w in s["text"].split())


def _f1(got: Counter[str], want: Counter[str]) -> float:
    if not got and not want:
        return 1.0
    common = sum((got & want).values())
    if not common:
        return 0.0
    p, r = common / sum(got.values()), common / sum(want.values())
    return 2 * p * r / (p + r)


def compare(folder: Path, cut: int, limit: int) -> dict[str, object]:
    """Chunked and flattened extraction, forced on every page of ``folder``, scored
    against the ordinary path (see the module doc)."""
    import gzip
    import statistics

    from normalizer.model import PostMeta
    from normalizer.pages import oversize
    from normalizer.pages.flatten import flatten_tree
    from normalizer.pages.permalink import parse_html
    from normalizer.pipeline import NormalizeError, build_record
    from normalizer.stories.dumps import dump_blocks
    from normalizer.stories.extract import extract

    def record(blocks: list, url: str, dump: bool = False) -> dict:
        try:
            return build_record(blocks, PostMeta(url=url), dump=dump)
        except NormalizeError:
            return {"stories": []}

    paths = sorted(p for p in folder.iterdir() if p.name.endswith((".html", ".html.gz")))
    scores: dict[str, list[float]] = {"chunks": [], "flatten": []}
    for path in paths[:limit]:
        raw = gzip.decompress(path.read_bytes()) if path.suffix == ".gz" else path.read_bytes()
        url = "http://127.0.0.1/page/"
        want = _words(record(extract(parse_html(raw), url).blocks, url))
        chunked = oversize.extract_oversize(parse_html(raw), url, limit=cut)
        scores["chunks"].append(_f1(_words(record(chunked.blocks, url)), want))
        text = flatten_tree(parse_html(raw))
        flat = record(dump_blocks(text), url, dump=True) if text.strip() else {"stories": []}
        scores["flatten"].append(_f1(_words(flat), want))
    out: dict[str, object] = {"pages": len(scores["chunks"]), "cut": cut}
    for name, values in scores.items():
        out[name] = {"mean_f1": round(statistics.mean(values), 3),
                     "median_f1": round(statistics.median(values), 3),
                     "identical": sum(v == 1.0 for v in values)}
        print(f"{name:8s} word F1 against the ordinary path on {len(values)} pages, cut at "
              f"{cut} elements: mean {out[name]['mean_f1']}, "  # type: ignore[index]
              f"median {out[name]['median_f1']}, "  # type: ignore[index]
              f"identical {out[name]['identical']}", flush=True)  # type: ignore[index]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(map(str, DEFAULT_SIZES)),
                    help="page sizes in bytes, comma-separated (default %(default)s)")
    ap.add_argument("--shapes", default="short,long,dump",
                    help="comma-separated: short, long, dump (default all)")
    ap.add_argument("--json", action="store_true", help="print the results as JSON too")
    ap.add_argument("--reference", action="store_true",
                    help="also time trafilatura.extract alone on each HTML page")
    ap.add_argument("--ordinary-max", type=int, default=3_000_000,
                    help="also time the ordinary path (no chunks) up to this many bytes "
                         "(0: never; default %(default)s)")
    ap.add_argument("--compare", type=Path, metavar="DIR",
                    help="score chunked and flattened extraction on the pages of DIR")
    ap.add_argument("--cut", type=int, default=500, help="--compare: elements a chunk")
    ap.add_argument("--limit", type=int, default=80, help="--compare: pages at most")
    args = ap.parse_args(argv)
    if args.compare:
        result = compare(args.compare, args.cut, args.limit)
        if args.json:
            print(json.dumps(result, indent=2))
        return 0
    sizes = sorted(int(s) for s in args.sizes.split(","))
    shapes = [s for s in args.shapes.split(",") if s]
    if any(s not in ("short", "long", "dump") for s in shapes):
        ap.error(f"--shapes: short, long or dump, not {args.shapes!r}")
    results = run(sizes, shapes, args.reference, args.ordinary_max)
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
