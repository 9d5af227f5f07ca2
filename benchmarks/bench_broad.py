#!/usr/bin/env python3
"""No loss against trafilatura beyond news: tagwire vs plain trafilatura on a broad real set.

    python benchmarks/bench_broad.py [--check] [--json] [--keep DIR]

The set is ``tests/fixtures/real/broad`` (committed with the project; origin and licence
in its ``SOURCES.md``): 94 real pages of many kinds (news in nine languages, blogs,
documentation, recipes, encyclopedia articles, forum and fiction pages), each with its
true main text, stored in the layout of the article extraction benchmark
(``ground-truth.json`` + ``html/<id>.html.gz``). On every page, in the same run, it runs

(a) ``trafilatura.extract(html)`` with default options, and
(b) tagwire: ``normalizer.normalize_page(html, url)``, all story texts joined,

exactly as ``benchmarks/bench_aeb.py`` does (its code is reused, not copied), and scores
both with ``../shared/bench/aeb_score.py --data tests/fixtures/real/broad`` (word 4-gram
shingles, macro-averaged: the AEB metric). ``--check`` exits 1 when tagwire's F1 is below
trafilatura's; 2 means ``../shared`` (the scorer) is missing.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import logging
import sys
import tempfile
import time
from importlib.metadata import version as dist_version
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DATA = REPO / "tests" / "fixtures" / "real" / "broad"


def _bench_aeb():
    """``benchmarks/bench_aeb.py`` as a module: one implementation of running both sides
    (it imports its sibling ``corpus``, so this folder goes on the path)."""
    if str(REPO / "benchmarks") not in sys.path:
        sys.path.insert(0, str(REPO / "benchmarks"))
    spec = importlib.util.spec_from_file_location("bench_aeb", REPO / "benchmarks" / "bench_aeb.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_bench(shared: Path, work: Path, data: Path = DATA) -> dict:
    """Both systems on every page of ``data``, both scored; the dict ``--json`` prints."""
    aeb = _bench_aeb()
    from corpus import load_folder

    pages = load_folder(data)
    result = aeb.predict(pages, repeat=1)
    seconds = {name: side["ms_per_page"] * len(pages) / 1000
               for name, side in result["timing"]["sides"].items()}
    versions = {"trafilatura": dist_version("trafilatura"), "tagwire": dist_version("tagwire")}
    rows = {}
    for name, pred in result["pred"].items():
        path = work / f"{name}.json"
        with path.open("w", encoding="utf-8") as fh:
            json.dump({"version": versions[name], "output": pred}, fh, ensure_ascii=False)
        rows[name] = aeb.score(shared, data, path, name)
    per_page = _per_page(data, result["pred"])
    return {"pages": len(pages), "rows": rows, "seconds": seconds,
            "errors": result["errors"], "worst": per_page}


def _per_page(data: Path, pred: dict) -> list[dict]:
    """The pages where tagwire's shingle F1 is furthest below trafilatura's (for debugging)."""
    import re
    from collections import Counter

    with (data / "ground-truth.json").open(encoding="utf-8") as fh:
        gold = json.load(fh)

    def shingles(text: str | None) -> Counter:
        toks = re.findall(r"\w+", text or "")
        if len(toks) < 4:
            return Counter([tuple(toks)]) if toks else Counter()
        return Counter(tuple(toks[i:i + 4]) for i in range(len(toks) - 3))

    def f1(pred_text: str | None, gold_text: str) -> float:
        p, g = shingles(pred_text), shingles(gold_text)
        tp = sum((p & g).values())
        if not tp:
            return 0.0
        prec, rec = tp / sum(p.values()), tp / sum(g.values())
        return 2 * prec * rec / (prec + rec)

    rows = []
    for item_id, entry in gold.items():
        t = f1(pred["trafilatura"][item_id]["articleBody"], entry["articleBody"])
        w = f1(pred["tagwire"][item_id]["articleBody"], entry["articleBody"])
        rows.append({"id": item_id, "trafilatura": round(t, 3), "tagwire": round(w, 3)})
    rows.sort(key=lambda row: row["tagwire"] - row["trafilatura"])
    return rows[:10]


def report(result: dict) -> str:
    lines = [(f"broad set, {result['pages']} pages   F1              precision       recall"
              f"          accuracy        seconds")]
    for name in ("trafilatura", "tagwire"):
        m = result["rows"][name]
        lines.append(f"{name:<27}" + "".join(
            f"{m[k]:.3f} ± {m[k + '_std']:.3f}   " for k in ("f1", "precision", "recall",
                                                          "accuracy"))
            + f"{result['seconds'][name]:.1f}")
    t, w = result["rows"]["trafilatura"], result["rows"]["tagwire"]
    lines.append(f"{'tagwire - trafilatura':<27}" + "".join(
        f"{w[k] - t[k]:+.3f}           " for k in ("f1", "precision", "recall", "accuracy")))
    for name, errs in result["errors"].items():
        if errs:
            lines.append(f"{name}: {len(errs)} page(s) raised, e.g. {errs[0]}")
    worst = [row for row in result["worst"] if row["tagwire"] < row["trafilatura"]]
    if worst:
        lines.append("pages where tagwire is below trafilatura (page F1): " + ", ".join(
            f"{row['id']} {row['tagwire']:.2f}<{row['trafilatura']:.2f}" for row in worst))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="exit 1 if tagwire's F1 is below trafilatura's")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--keep", metavar="DIR", help="write both prediction files to DIR")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder (default: ../shared beside the repository)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)  # trafilatura's per-page complaints are noise here
    shared = Path(args.shared)
    if not (shared / "bench" / "aeb_score.py").is_file():
        print(f"bench_broad: {shared}: no bench/aeb_score.py (the scorer) here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tagwire-broad-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        result = run_bench(shared, work)
        result["wall_seconds"] = round(time.perf_counter() - started, 1)
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
