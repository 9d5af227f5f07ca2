#!/usr/bin/env python3
"""Score ``tagwire normalize`` on the real-page gold set, beside plain trafilatura.

    python benchmarks/eval_real_stories.py [--gold DIR] [--json] [--keep DIR] [--shared DIR]

The gold set (default ``tests/fixtures/real/stories``, see its ``SOURCES.md``) is real
news and aggregator pages from many sites and languages, labelled by hand in the format
of ``../shared/eval/FORMAT.md``. Each permalink page goes through ``tagwire normalize
PAGE --url ...`` and plain trafilatura (one story a page), exactly as
``benchmarks/eval_devset.py`` runs them on the dev set (its functions are reused), and
``../shared/eval/score.py`` scores both. Exit 0 whatever the scores (the gate is
``tests/test_gate_real_stories.py``); 1 if a ``tagwire normalize`` call failed; 2 if
``../shared`` is missing.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
DEFAULT_GOLD = REPO / "tests" / "fixtures" / "real" / "stories"
SHOWN = ["posts_recall", "duplicate_posts", "story_p", "story_r", "story_f1", "text_p",
         "text_r", "text_f1", "cruft_leak", "headline_acc", "source_acc", "language_acc",
         "date_acc"]


def _eval_devset():
    spec = importlib.util.spec_from_file_location("eval_devset",
                                                  REPO / "benchmarks" / "eval_devset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score(shared: Path, gold: Path, site: Path, dumps: Path) -> dict:
    argv = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
            "--pred", str(site), "--json"]
    if any((gold / "dumps").glob("*.gold.json")):
        argv[-1:-1] = ["--dumps-pred", str(dumps)]
    proc = subprocess.run(argv,
        capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"eval_real_stories: score.py failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def evaluate(shared: Path, work: Path, gold: Path = DEFAULT_GOLD) -> dict:
    """Both systems' predictions on ``gold`` and their scores (the dict ``--json`` prints)."""
    devset = _eval_devset()
    site, dumps, problems = devset.tagwire_predictions(gold, work)
    ref_site, ref_dumps = devset.trafilatura_predictions(gold, work)
    return {"tagwire": score(shared, gold, site, dumps)["groups"],
            "trafilatura": score(shared, gold, ref_site, ref_dumps)["groups"],
            "problems": problems,
            "predictions": {"tagwire_site": str(site), "trafilatura_site": str(ref_site)}}


def table(result: dict) -> str:
    lines = [f"{'metric':<16}{'tagwire':<12}{'trafilatura':<12}", "-" * 40]
    for metric in SHOWN:
        cells = []
        for system in ("tagwire", "trafilatura"):
            m = result[system]["site"][metric]
            v = m["value"]
            cells.append("n/a" if v is None else (f"{v:.3f}" if "den" in m else str(v)))
        lines.append(f"{metric:<16}{cells[0]:<12}{cells[1]:<12}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--gold", default=str(DEFAULT_GOLD), help="the gold set folder")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--keep", metavar="DIR", help="write predictions to DIR and keep them")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder (default: ../shared beside the repository)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    if not (shared / "eval" / "score.py").is_file():
        print(f"eval_real_stories: {shared}: no eval/score.py here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tagwire-real-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = evaluate(shared, work, Path(args.gold))
        if not args.keep:
            result.pop("predictions")
    print(json.dumps(result) if args.json else table(result))
    for problem in result["problems"]:
        print(f"eval_real_stories: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
