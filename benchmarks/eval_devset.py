#!/usr/bin/env python3
"""Score ``tagwire normalize`` on the dev set, beside plain trafilatura, in one command.

    python benchmarks/eval_devset.py [--json] [--keep DIR] [--shared DIR]

What it does, so the figures in the README can be reproduced:

1. every permalink page listed in ``../shared/devset/gold.jsonl`` goes through
   ``tagwire normalize PAGE --url http://127.0.0.1:8000<path>`` (the CLI's own ``main``,
   called in-process: same code path, one interpreter start instead of ten), the
   records are concatenated into ``site.jsonl``;
2. every dump ``../shared/devset/dumps/<name>.txt`` goes through
   ``tagwire normalize DUMP -o dumps/<name>.jsonl``;
3. the reference "plain trafilatura, one story a page": ``trafilatura.bare_extraction``
   of the same pages (default options), its text as the page's only story, its title as
   headline, its date as ``published``, the page's ``lang`` as language; for the dump,
   the whole dump as one story (trafilatura does not read text);
4. ``../shared/eval/score.py --gold ../shared/devset --pred ... --dumps-pred ...`` on
   both, and a table side by side with the issue's targets (``--json``: one object).

Exit status 0 whatever the scores (the gate is ``tests/test_gate_devset.py``); 1 if a
``tagwire normalize`` call failed (its stderr is shown); 2 if ``../shared`` is missing.
"""
from __future__ import annotations

import argparse
import contextlib
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DEFAULT_SHARED = REPO.parent / "shared"
BASE_URL = "http://127.0.0.1:8000"

#: The issue's targets: (metric, comparison, value, groups it applies to).
TARGETS = [
    ("story_f1", ">=", 0.95, ("site", "dumps")),
    ("text_f1", ">=", 0.99, ("site", "dumps")),
    ("cruft_leak", "<=", 0.02, ("site", "dumps")),
    ("headline_acc", ">=", 0.90, ("site", "dumps")),
    ("source_acc", ">=", 0.90, ("site", "dumps")),
    ("language_acc", ">=", 1.0, ("site", "dumps")),
    ("date_acc", ">=", 0.95, ("site",)),
]
SHOWN = ["posts_recall", "duplicate_posts", "story_p", "story_r", "story_f1", "text_p",
         "text_r", "text_f1", "cruft_leak", "headline_acc", "source_acc", "language_acc",
         "date_acc"]


def gold_paths(devset: Path) -> list[str]:
    with (devset / "gold.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line)["url"] for line in fh if line.strip()]


def page_file(devset: Path, path: str) -> Path:
    return devset / "site" / path.strip("/") / "index.html"


def run_cli(argv: list[str]) -> tuple[int, str]:
    """``tagwire ARGV`` in-process; returns the exit code and what it wrote to stderr."""
    from normalizer.cli import main

    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(argv)
    return code, err.getvalue()


def tagwire_predictions(devset: Path, work: Path) -> tuple[Path, Path, list[str]]:
    """Run the CLI on every gold permalink page and every dump; returns paths and problems."""
    problems: list[str] = []
    pages_dir, dumps_dir = work / "tagwire-pages", work / "tagwire-dumps"
    pages_dir.mkdir(parents=True, exist_ok=True)
    dumps_dir.mkdir(parents=True, exist_ok=True)
    site = work / "tagwire-site.jsonl"
    with site.open("w", encoding="utf-8") as out:
        for number, path in enumerate(gold_paths(devset)):
            one = pages_dir / f"{number:03d}.jsonl"
            code, err = run_cli(["normalize", str(page_file(devset, path)),
                                 "--url", BASE_URL + path, "-o", str(one)])
            if code:
                problems.append(f"{path}: exit {code}: {err.strip()}")
            if one.exists():
                out.write(one.read_text(encoding="utf-8"))
    for dump in sorted((devset / "dumps").glob("*.txt")):
        code, err = run_cli(["normalize", str(dump), "-o", str(dumps_dir / f"{dump.stem}.jsonl")])
        if code:
            problems.append(f"{dump.name}: exit {code}: {err.strip()}")
    return site, dumps_dir, problems


def trafilatura_predictions(devset: Path, work: Path) -> tuple[Path, Path]:
    """The reference: plain trafilatura, one story a page; a dump as one story."""
    import trafilatura

    site = work / "trafilatura-site.jsonl"
    with site.open("w", encoding="utf-8") as out:
        for path in gold_paths(devset):
            html = page_file(devset, path).read_text(encoding="utf-8")
            doc = trafilatura.bare_extraction(html, url=BASE_URL + path, with_metadata=True)
            text = paragraphs(doc.text if doc else "")
            record = {"url": BASE_URL + path, "title": doc.title if doc else None,
                      "published": doc.date if doc else None,
                      "stories": [{"headline": doc.title if doc else None, "source": None,
                                   "language": (doc.language if doc else None), "text": text}]}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    dumps_dir = work / "trafilatura-dumps"
    dumps_dir.mkdir(exist_ok=True)
    for dump in sorted((devset / "dumps").glob("*.txt")):
        text = paragraphs(dump.read_text(encoding="utf-8"))
        record = {"url": dump.name, "title": None, "published": None,
                  "stories": [{"headline": None, "source": None, "language": None,
                               "text": text}]}
        (dumps_dir / f"{dump.stem}.jsonl").write_text(json.dumps(record, ensure_ascii=False) + "\n",
                                                      encoding="utf-8")
    return site, dumps_dir


def paragraphs(text: str) -> str:
    """trafilatura's lines as the contract's paragraphs: non-blank lines joined by a blank line."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def score(shared: Path, site: Path, dumps: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(shared / "devset"),
         "--pred", str(site), "--dumps-pred", str(dumps), "--json"],
        capture_output=True, text=True, check=False)
    if proc.returncode:
        raise SystemExit(f"eval_devset: score.py failed: {proc.stderr.strip()}")
    return json.loads(proc.stdout)


def evaluate(shared: Path, work: Path) -> dict:
    """Both rows' predictions and scores; the dict ``--json`` prints."""
    devset = shared / "devset"
    started = time.perf_counter()
    site, dumps, problems = tagwire_predictions(devset, work)
    tagwire_seconds = time.perf_counter() - started
    ref_site, ref_dumps = trafilatura_predictions(devset, work)
    return {
        "tagwire": score(shared, site, dumps)["groups"],
        "trafilatura": score(shared, ref_site, ref_dumps)["groups"],
        "targets": [{"metric": m, "op": op, "value": v, "groups": list(g)}
                    for m, op, v, g in TARGETS],
        "problems": problems,
        "tagwire_seconds": round(tagwire_seconds, 2),
        "predictions": {"tagwire_site": str(site), "tagwire_dumps": str(dumps),
                        "trafilatura_site": str(ref_site), "trafilatura_dumps": str(ref_dumps)},
    }


def meets(value: float | None, op: str, target: float) -> bool:
    if value is None:
        return False
    return value >= target if op == ">=" else value <= target


def table(result: dict) -> str:
    targets = {m: (op, v, g) for m, op, v, g in TARGETS}
    head = (f"{'metric':<16}{'target':<9}{'tagwire site':<15}{'trafilatura site':<19}"
            f"{'tagwire dump':<15}{'dump as 1 story':<15}")
    lines = [head, "-" * len(head)]
    for metric in SHOWN:
        op, value, groups = targets.get(metric, ("", None, ()))
        cells = []
        for system, group in (("tagwire", "site"), ("trafilatura", "site"),
                              ("tagwire", "dumps"), ("trafilatura", "dumps")):
            m = result[system][group][metric]
            v = m["value"]
            text = "n/a" if v is None else (f"{v:.3f}" if "den" in m else str(v))
            if system == "tagwire" and value is not None and group in groups:
                text += "" if meets(v, op, value) else " !"
            cells.append(text)
        target = f"{op}{value:g}" if value is not None else ""
        lines.append(f"{metric:<16}{target:<9}{cells[0]:<15}{cells[1]:<19}{cells[2]:<15}"
                     f"{cells[3]:<15}")
    lines.append("(! = tagwire misses the target)")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--keep", metavar="DIR", help="write predictions to DIR and keep them")
    ap.add_argument("--shared", default=str(DEFAULT_SHARED),
                    help="the shared folder (default: ../shared beside the repository)")
    args = ap.parse_args(argv)
    shared = Path(args.shared)
    needed = (shared / "devset" / "gold.jsonl", shared / "eval" / "score.py")
    if not all(path.is_file() for path in needed):
        print(f"eval_devset: {shared}: no devset/gold.jsonl or eval/score.py here", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="tagwire-devset-") as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        result = evaluate(shared, work)
        if not args.keep:
            result.pop("predictions")
    if args.json:
        print(json.dumps(result))
    else:
        print(table(result))
        print(f"tagwire normalize: {len(gold_paths(shared / 'devset'))} pages + dumps "
              f"in {result['tagwire_seconds']:.1f} s")
    for problem in result["problems"]:
        print(f"eval_devset: {problem}", file=sys.stderr)
    return 1 if result["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
