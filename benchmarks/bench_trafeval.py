#!/usr/bin/env python3
"""No loss against trafilatura on its own evaluation set: tagwire vs plain trafilatura.

    python benchmarks/bench_trafeval.py [--check] [--json] [--data DIR] [--jobs N] [--diff]

trafilatura's authors evaluate it on real pages of many kinds (news, magazines, blogs,
government, company and shop pages, in many languages), each annotated with a few
snippets that the main text must contain ("with") and a few it must not ("without": menus,
footers, teasers, comments). A page's counts are: a true positive for each "with"
snippet found in the output, a false negative for each not found, a false positive for
each "without" snippet found, a true negative for each not found, whitespace runs
normalized on both sides; counts are summed over all pages (micro-averaged) and give
precision, recall, accuracy and F1 = 2 tp / (2 tp + fp + fn). This is their metric.

The set read by default is ``tests/fixtures/real/trafeval`` (committed with the project;
origin, commit and licence in its ``SOURCES.md``): ``evaldata.json`` (url -> ``file``,
``with``, ``without``) and ``html/<file>.gz``. ``--data`` also takes the ``tests/`` folder
of a trafilatura checkout (``evaldata.json`` with ``cache/`` and ``eval/``): the whole
set of 990 pages. On every page, in the same run, it runs

(a) ``trafilatura.extract(html)`` with default options (as ``bench_aeb.py`` does), and
(b) tagwire: ``normalizer.normalize_page(html, url)``, all story texts joined,

on the same string (the page's bytes decoded once, as trafilatura decodes them).
``--check`` exits 1 when tagwire's F1 is below trafilatura's; 2 means the data is absent.
``--diff`` lists the pages where the two differ, with the snippets each got wrong.
"""
from __future__ import annotations

import argparse
import gzip
import json
import logging
import re
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from importlib.metadata import version as dist_version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "fixtures" / "real" / "trafeval"
SIDES = ("trafilatura", "tagwire")
#: Where a page's file may be, relative to the set's folder (ours, then a trafilatura
#: checkout's ``tests/``), and with which suffix.
_PLACES = ("html", "cache", "eval")
_SUFFIXES = (".gz", "")


def load_set(data: Path) -> dict[str, dict]:
    """The annotations of the set in ``data``; a clear error when it is not one."""
    path = data / "evaldata.json"
    if not path.is_file():
        raise FileNotFoundError(f"{data}: no evaldata.json here")
    with path.open(encoding="utf-8") as fh:
        items = json.load(fh)
    if not isinstance(items, dict) or not items:
        raise ValueError(f"{path}: expected a non-empty object of url -> annotations")
    for url, item in items.items():
        for key in ("with", "without"):
            if not isinstance(item.get(key), list) or not item.get("file"):
                raise ValueError(f"{path}: {url}: needs 'file' and the list {key!r}")
    return items


def page_path(data: Path, name: str) -> Path:
    for place in _PLACES:
        for suffix in _SUFFIXES:
            path = data / place / (name + suffix)
            if path.is_file():
                return path
    raise FileNotFoundError(f"{data}: page file {name!r} not found under "
                            f"{', '.join(_PLACES)}")


def read_page(path: Path) -> str:
    """The page as text, decoded as trafilatura decodes the bytes it is given."""
    from trafilatura.utils import decode_file

    raw = path.read_bytes()
    if path.name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return decode_file(raw)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def count(item: dict, output: str | None) -> dict[str, list[str]]:
    """The page's snippets sorted into tp/fn ("with") and fp/tn ("without")."""
    out = _norm(output or "")
    found = {key: [s for s in item[key] if output and _norm(s) in out]
             for key in ("with", "without")}
    return {"tp": found["with"], "fn": [s for s in item["with"] if s not in found["with"]],
            "fp": found["without"],
            "tn": [s for s in item["without"] if s not in found["without"]]}


def tagwire_text(html: str, url: str) -> str | None:
    """All story texts of all records of the page, joined by blank lines."""
    import normalizer

    records = normalizer.normalize_page(html, url or "http://localhost/")
    texts = [story["text"] for record in records for story in record.get("stories", [])
             if story.get("text")]
    return "\n\n".join(texts) if texts else None


def _run_page(task: tuple[str, str, dict]) -> dict:
    """Both sides on one page (in a worker process): outputs, counts, errors, seconds."""
    import trafilatura

    logging.disable(logging.CRITICAL)  # trafilatura's per-page complaints are noise here
    url, path, item = task
    html = read_page(Path(path))
    row: dict = {"url": url, "file": item["file"]}
    runs = {"trafilatura": lambda: trafilatura.extract(html),
            "tagwire": lambda: tagwire_text(html, url)}
    for name in SIDES:
        started = time.perf_counter()
        try:
            output, error = runs[name](), None
        except Exception as err:  # a crash is a full miss, and named in the report
            output, error = None, f"{type(err).__name__}: {err}"
        row[name] = {"counts": count(item, output), "error": error,
                     "seconds": time.perf_counter() - started}
    return row


def scores(tp: int, fp: int, fn: int, tn: int) -> dict[str, float]:
    total = tp + fp + fn + tn
    return {"precision": tp / (tp + fp) if tp + fp else 0.0,
            "recall": tp / (tp + fn) if tp + fn else 0.0,
            "accuracy": (tp + tn) / total if total else 0.0,
            "f1": 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0,
            "tp": tp, "fp": fp, "fn": fn, "tn": tn}


def run_bench(data: Path = DATA, jobs: int = 1) -> dict:
    """Both systems on every page of ``data``, both scored; the dict ``--json`` prints."""
    items = load_set(data)
    tasks = [(url, str(page_path(data, item["file"])), item)
             for url, item in sorted(items.items())]
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            pages = list(pool.map(_run_page, tasks, chunksize=4))
    else:
        pages = [_run_page(task) for task in tasks]
    rows, errors, seconds = {}, {}, {}
    for name in SIDES:
        sums = {key: sum(len(p[name]["counts"][key]) for p in pages)
                for key in ("tp", "fp", "fn", "tn")}
        rows[name] = scores(**sums)
        errors[name] = [f"{p['file']}: {p[name]['error']}" for p in pages if p[name]["error"]]
        seconds[name] = round(sum(p[name]["seconds"] for p in pages), 1)
    diff = []
    for p in pages:
        t, w = p["trafilatura"]["counts"], p["tagwire"]["counts"]
        gain = (len(w["tp"]) - len(w["fp"])) - (len(t["tp"]) - len(t["fp"]))
        if set(t["tp"]) != set(w["tp"]) or set(t["fp"]) != set(w["fp"]):
            diff.append({"url": p["url"], "file": p["file"], "gain": gain,
                         "tagwire_lost": sorted(set(t["tp"]) - set(w["tp"])),
                         "tagwire_found": sorted(set(w["tp"]) - set(t["tp"])),
                         "tagwire_leaked": sorted(set(w["fp"]) - set(t["fp"])),
                         "tagwire_dropped": sorted(set(t["fp"]) - set(w["fp"]))})
    diff.sort(key=lambda d: (d["gain"], d["file"]))
    return {"pages": len(pages), "rows": rows, "seconds": seconds, "errors": errors,
            "diff": diff,
            "versions": {name: dist_version(name) for name in SIDES}}


def report(result: dict, show_diff: bool = False) -> str:
    lines = [f"trafilatura's evaluation set, {result['pages']} pages   F1      precision  "
             "recall  accuracy  (tp fp fn tn)  seconds"]
    for name in SIDES:
        m = result["rows"][name]
        lines.append(f"{name + ' ' + result['versions'][name]:<40}{m['f1']:.4f}  "
                     f"{m['precision']:.4f}     {m['recall']:.4f}  {m['accuracy']:.4f}    "
                     f"({m['tp']} {m['fp']} {m['fn']} {m['tn']})  {result['seconds'][name]}")
    t, w = result["rows"]["trafilatura"], result["rows"]["tagwire"]
    lines.append(f"{'tagwire - trafilatura':<40}{w['f1'] - t['f1']:+.4f} "
                 f"{w['precision'] - t['precision']:+.4f}    {w['recall'] - t['recall']:+.4f} "
                 f"{w['accuracy'] - t['accuracy']:+.4f}")
    for name, errs in result["errors"].items():
        if errs:
            lines.append(f"{name}: {len(errs)} page(s) raised, e.g. {errs[0]}")
    worse = [d for d in result["diff"] if d["gain"] < 0]
    better = [d for d in result["diff"] if d["gain"] > 0]
    lines.append(f"pages where tagwire scores below trafilatura: {len(worse)}, above: "
                 f"{len(better)}")
    for d in result["diff"] if show_diff else worse[:10]:
        parts = [f"{key} {d[key]!r}" for key in ("tagwire_lost", "tagwire_leaked",
                                                "tagwire_found", "tagwire_dropped") if d[key]]
        lines.append(f"  {d['gain']:+d} {d['file']}: " + "; ".join(parts))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if tagwire's F1 is below trafilatura's")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--data", default=str(DATA),
                    help="the set: a folder with evaldata.json and html/ (default: the "
                         "committed sample), or a trafilatura checkout's tests/ folder")
    ap.add_argument("--jobs", type=int, default=1, help="worker processes (default 1)")
    ap.add_argument("--diff", action="store_true",
                    help="list every page where the two differ, not only the worst ten")
    args = ap.parse_args(argv)
    data = Path(args.data)
    if not (data / "evaldata.json").is_file():
        print(f"bench_trafeval: {data}: no evaldata.json here (the evaluation set)",
              file=sys.stderr)
        return 2
    started = time.perf_counter()
    result = run_bench(data, args.jobs)
    result["wall_seconds"] = round(time.perf_counter() - started, 1)
    f1_t, f1_w = result["rows"]["trafilatura"]["f1"], result["rows"]["tagwire"]["f1"]
    result["tagwire_not_worse"] = f1_w >= f1_t
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    else:
        print(report(result, args.diff))
        print(f"(whole run {result['wall_seconds']} s; tagwire F1 "
              f"{'>=' if f1_w >= f1_t else '<'} trafilatura F1)")
    return 1 if args.check and f1_w < f1_t else 0


if __name__ == "__main__":
    sys.exit(main())
