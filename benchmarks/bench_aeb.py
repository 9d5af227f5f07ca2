#!/usr/bin/env python3
"""General extraction must not get worse than trafilatura's: tagwire vs plain trafilatura on AEB.

    python benchmarks/bench_aeb.py [--check] [--json] [--keep DIR] [--limit N]

On ``../shared/bench/aeb`` (181 real news pages with their true article bodies) this
produces, in one run and on the same pages, the predictions of

(a) ``trafilatura.extract(html)`` with default options (what
    ``aeb_score.py --extractor trafilatura`` runs), and
(b) tagwire: ``normalizer.normalize_page(html, url)``, the texts of all stories of all
    records of the page joined by blank lines,

saves both in the benchmark's format and scores both with ``../shared/bench/aeb_score.py
--pred`` (its own metric: word 4-gram shingles, macro-averaged). Prints both rows and
the difference, then the speed of the two sides on the same pages, timed as
``bench_normalize.py`` times them (:func:`bench_normalize.paired_new_pages`: order
alternating page by page and per repetition, each repetition meeting the pages as new
pages; median page ratio and ratio of totals with their spread and the load average;
``--repeat N``, 1 by default: the same measure as one of ``bench_normalize.py``'s
repetitions), and the same runs' CPU time (:func:`cpu_ratios`: on a loaded machine the
wall clock counts other jobs' time, the CPU time only this process's). ``--check``
exits 1 when tagwire's F1 is below trafilatura's (the issue's requirement); 2 means
``../shared`` is missing.
"""
from __future__ import annotations

import argparse
import json
import logging
import statistics
import subprocess
import sys
import tempfile
import time
from importlib.metadata import version as dist_version
from pathlib import Path

from bench_normalize import paired_new_pages
from corpus import DEFAULT_SHARED, Page, format_paired, load_folder


def tagwire_text(html: str, url: str) -> str | None:
    """All story texts of all records of the page, joined by blank lines."""
    import normalizer

    records = normalizer.normalize_page(html, url or "http://localhost/")
    texts = [story["text"] for record in records for story in record.get("stories", [])
             if story.get("text")]
    return "\n\n".join(texts) if texts else None


def predict(pages: list[Page], repeat: int) -> dict:
    """Both systems on every page, timed by :func:`bench_normalize.paired_new_pages`
    (order alternating page by page and per repetition, caches of pages seen emptied
    before each repetition); the predictions are those of the last run."""
    import trafilatura

    out: dict[str, dict] = {"trafilatura": {}, "tagwire": {}}
    errors: dict[str, list[str]] = {"trafilatura": [], "tagwire": []}
    cpu: dict[str, list[float]] = {"trafilatura": [], "tagwire": []}

    def side(name: str, run):
        def call(page: Page) -> None:
            started = time.process_time()
            try:
                text = run(page.html, page.url)
            except Exception as err:
                text = None
                errors[name].append(f"{page.name[:12]}: {type(err).__name__}: {err}")
                raise
            finally:
                cpu[name].append(time.process_time() - started)
                out[name][page.name] = {"articleBody": text}
        return call

    timing = paired_new_pages(pages, {
        "tagwire": side("tagwire", tagwire_text),
        "trafilatura": side("trafilatura", lambda html, url: trafilatura.extract(html)),
    }, repeat=repeat, reference="trafilatura")
    timing["cpu"] = cpu_ratios(cpu, len(pages), repeat)
    # Errors are the same on every run: keep one line per page.
    errors = {k: sorted(set(v)) for k, v in errors.items()}
    return {"pred": out, "timing": timing, "errors": errors}


#: The pages each repetition of :func:`corpus.paired` runs first as its warm-up (untimed).
WARM_UP_PAGES = 3


def cpu_ratios(cpu: dict[str, list[float]], pages: int, repeat: int) -> dict:
    """The same runs' CPU time (``time.process_time``, this process's own), tagwire over
    trafilatura: the median page ratio and the ratio of the totals, each the median over
    the repetitions. On a machine that other jobs load, the wall clock counts their time
    too (ratios swung by 0.05-0.15 between identical runs); CPU time counts only ours.
    Each repetition's first :data:`WARM_UP_PAGES` calls a side are the warm-up."""
    warm = min(WARM_UP_PAGES, pages)
    per_rep = {name: [times[r * (warm + pages) + warm:(r + 1) * (warm + pages)]
                      for r in range(repeat)] for name, times in cpu.items()}
    ours, theirs = per_rep["tagwire"], per_rep["trafilatura"]
    medians = [statistics.median(a / b for a, b in zip(o, t, strict=True) if b > 0)
               for o, t in zip(ours, theirs, strict=True)]
    totals = [sum(o) / sum(t) for o, t in zip(ours, theirs, strict=True)]
    return {name: round(1000 * statistics.median(sum(r) for r in reps) / pages, 2)
            for name, reps in per_rep.items()} | {
        "median_page_ratio": round(statistics.median(medians), 3),
        "total_ratio": round(statistics.median(totals), 3)}


def format_cpu(cpu: dict) -> str:
    """The CPU-time line of the speed report."""
    return (f"  CPU time (process_time, same runs): tagwire {cpu['tagwire']:.1f} ms/page, "
            f"trafilatura {cpu['trafilatura']:.1f} ms/page; median page "
            f"{cpu['median_page_ratio']:.2f}, totals {cpu['total_ratio']:.2f}")


def score(shared: Path, data: Path, pred_path: Path, name: str) -> dict:
    proc = subprocess.run(
        [sys.executable, str(shared / "bench" / "aeb_score.py"), "--data", str(data),
         "--pred", str(pred_path), "--name", name, "--json"],
        capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"bench_aeb: aeb_score.py failed on {name}: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def run_bench(shared: Path, work: Path, limit: int | None = None, repeat: int = 1) -> dict:
    data = shared / "bench" / "aeb"
    pages = load_folder(data, limit)
    result = predict(pages, repeat)
    versions = {"trafilatura": dist_version("trafilatura"), "tagwire": dist_version("tagwire")}
    rows = {}
    for name, pred in result["pred"].items():
        path = work / f"{name}.json"
        with path.open("w", encoding="utf-8") as fh:
            json.dump({"version": versions[name], "output": pred}, fh, ensure_ascii=False)
        rows[name] = score(shared, data, path, name) if limit is None else None
    return {"pages": len(pages), "rows": rows, "timing": result["timing"],
            "errors": result["errors"]}


def report(result: dict) -> str:
    lines = [f"AEB, {result['pages']} pages   F1              precision       recall"
             f"          accuracy"]
    for name in ("trafilatura", "tagwire"):
        m = result["rows"][name]
        lines.append(f"{name:<22}" + "".join(
            f"{m[k]:.3f} ± {m[k + '_std']:.3f}   " for k in ("f1", "precision", "recall",
                                                          "accuracy")))
    t, w = result["rows"]["trafilatura"], result["rows"]["tagwire"]
    lines.append(f"{'tagwire - trafilatura':<22}" + "".join(
        f"{w[k] - t[k]:+.3f}           " for k in ("f1", "precision", "recall", "accuracy")))
    for name, errs in result["errors"].items():
        if errs:
            lines.append(f"{name}: {len(errs)} page(s) raised, e.g. {errs[0]}")
    lines.append(format_paired("speed", result["timing"]))
    lines.append(format_cpu(result["timing"]["cpu"]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if tagwire's F1 is below trafilatura's")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--keep", metavar="DIR", help="write both prediction files to DIR")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder (default: ../shared beside the repository)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="timed repetitions over all pages (default 1)")
    ap.add_argument("--limit", type=int, default=None,
                    help="first N pages only (speed only: F1 needs every page)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)  # trafilatura's per-page complaints are noise here
    shared = Path(args.shared)
    if not (shared / "bench" / "aeb" / "ground-truth.json").is_file():
        print(f"bench_aeb: {shared}: no bench/aeb/ground-truth.json here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tagwire-aeb-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        result = run_bench(shared, work, args.limit, args.repeat)
        result["wall_seconds"] = round(time.perf_counter() - started, 1)
    if args.limit:
        timing = result["timing"]
        print(json.dumps(timing) if args.json
              else format_paired("speed", timing) + "\n" + format_cpu(timing["cpu"]))
        return 0
    f1_t, f1_w = result["rows"]["trafilatura"]["f1"], result["rows"]["tagwire"]["f1"]
    result["tagwire_not_worse"] = f1_w >= f1_t
    if args.json:
        print(json.dumps(result))
    else:
        print(report(result))
        print(f"(whole run {result['wall_seconds']} s; tagwire F1 "
              f"{'>=' if f1_w >= f1_t else '<'} trafilatura F1)")
    return 1 if args.check and f1_w < f1_t else 0


if __name__ == "__main__":
    sys.exit(main())
