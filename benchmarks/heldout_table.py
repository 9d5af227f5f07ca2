#!/usr/bin/env python3
"""Every held-out set in one table: its first figures beside today's.

    python benchmarks/heldout_table.py [--themes] [--wordpress] [--only SET,...]
                                       [--jobs N] [--json]

Each held-out set was scored once on main's code before anyone changed anything for it;
those first figures (``heldout_first.tsv``, with the commit or date) are the honest
measure of how tagwire does on content nobody fitted it to, and every later figure on the
set is "seen". This runs each set's own script as a user runs it (``eval_heldoutN.py
--json``, with ``--platforms`` / ``--wordpress`` when asked, and ``eval_real_dumps.py
--groups --json``) and prints one Markdown row per set and part (pages, the same stories
in real themes, in a real WordPress, text dumps), each cell "first -> now", with plain
trafilatura's text F1 beside tagwire's on the pages. The README's held-out table is this
output; ``make bench`` (``results.py``) runs it with the themes.
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
FIRST = HERE / "heldout_first.tsv"
METRICS = ("story", "text", "cruft", "headline", "source", "language", "date")
SCORE_KEYS = {"story": "story_f1", "text": "text_f1", "cruft": "cruft_leak",
              "headline": "headline_acc", "source": "source_acc", "language": "language_acc",
              "date": "date_acc"}
PART_ORDER = ("pages", "dumps", "themes", "wordpress")

Figures = dict[str, float | None]


def first_figures(path: Path = FIRST) -> dict[tuple[str, str], dict[str, Any]]:
    """The first figures, keyed by (set, part); "-" (not reported then) reads as None."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for row in csv.DictReader(lines, delimiter="\t"):
        figs: Figures = {m: None if row[m] == "-" else float(row[m]) for m in METRICS}
        out[(row["set"], row["part"])] = {"when": row["when"], **figs}
    return out


def _natural(name: str) -> tuple[int, str]:
    m = re.search(r"(\d+)(\D*)$", name)
    return (int(m.group(1)), m.group(2)) if m else (0, name)


def page_sets() -> list[str]:
    """The page sets that have a script: heldout2, heldout3, ..., heldout13b."""
    names = [p.stem.removeprefix("eval_") for p in HERE.glob("eval_heldout*.py")]
    return sorted(names, key=_natural)


def _value(entry: Any) -> float | None:
    if isinstance(entry, dict):
        entry = entry.get("value")
    return float(entry) if isinstance(entry, (int, float)) else None


def _scores(block: dict[str, Any]) -> Figures:
    """A scorer's metrics by column; a dump's date is its stories' date (``story_date_acc``:
    a dump has no page date of its own)."""
    figs = {m: _value(block.get(SCORE_KEYS[m])) for m in METRICS}
    if figs["date"] is None:
        figs["date"] = _value(block.get("story_date_acc"))
    return figs


def _run(argv: list[str]) -> dict[str, Any]:
    done = subprocess.run(argv, capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        tail = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"{' '.join(Path(a).name for a in argv)}: exit {done.returncode}: "
                           f"{tail[0]}")
    result: dict[str, Any] = json.loads(done.stdout)
    return result


def measure_page_set(name: str, *, themes: bool, wordpress: bool) -> dict[tuple[str, str], Any]:
    """One page set's figures now, by part; trafilatura's text F1 kept beside the pages."""
    argv = [sys.executable, str(HERE / f"eval_{name}.py"), "--json"]
    argv += ["--platforms"] * themes + ["--wordpress"] * wordpress
    r = _run(argv)
    out: dict[tuple[str, str], Any] = {}
    for group, part in (("site", "pages"), ("dumps", "dumps")):
        if group in r["tagwire"]:
            figs = _scores(r["tagwire"][group])
            plain = r.get("trafilatura", {}).get(group, {})
            out[(name, part)] = {**figs, "trafilatura_text": _value(plain.get("text_f1"))}
    for key, part in (("platforms", "themes"), ("wordpress", "wordpress")):
        totals = (r.get(key) or {}).get("totals")
        if totals:
            out[(name, part)] = _scores(totals.get("crawl", totals))
    return out


def measure_dumps() -> dict[tuple[str, str], Any]:
    """Every dump group's figures now (``eval_real_dumps.py --groups``)."""
    r = _run([sys.executable, str(HERE / "eval_real_dumps.py"), "--groups", "--json"])
    return {(group, "dumps"): _scores(block) for group, block in r["groups"].items()}


def _cell(first: float | None, now: float | None) -> str:
    if now is None and first is None:
        return ""
    if first is None:
        return f"{now:.3f}" if now is not None else ""
    return f"{first:.3f} → {now:.3f}" if now is not None else f"{first:.3f} → ?"


def table(now: dict[tuple[str, str], Any], first: dict[tuple[str, str], dict[str, Any]]) -> str:
    """Markdown rows, first -> now, in set order (page sets, then dump groups)."""
    head = ("| set | part | first measured on | story F1 | text F1 | cruft leak | headline "
            "| source | language | date |\n|---|---|---|---|---|---|---|---|---|---|")
    rows = [head]
    keys = [k for k in now if k in first] + [k for k in now if k not in first]
    keys.sort(key=lambda k: (not k[0].startswith("heldout"), _natural(k[0]),
                             PART_ORDER.index(k[1])))
    for key in keys:
        f, n = first.get(key, {}), now[key]
        cells = [_cell(f.get(m), n.get(m)) for m in METRICS]
        if n.get("trafilatura_text") is not None:
            cells[1] += f" (trafilatura {n['trafilatura_text']:.3f})"
        rows.append(f"| {key[0]} | {key[1]} | {f.get('when', '')} | " + " | ".join(cells) + " |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--themes", action="store_true",
                    help="also run each set's stories in real themes (--platforms)")
    ap.add_argument("--wordpress", action="store_true",
                    help="also paste them into a real WordPress (slow: a server a set)")
    ap.add_argument("--only", default="", help="comma-separated sets (heldout13,dumps)")
    ap.add_argument("--jobs", type=int, default=2, help="sets scored at once (default 2)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    wanted = {s for s in args.only.split(",") if s}
    sets = [s for s in page_sets() if not wanted or s in wanted]
    now: dict[tuple[str, str], Any] = {}
    problems: list[str] = []

    def one(name: str) -> dict[tuple[str, str], Any]:
        if name == "dumps":
            return measure_dumps()
        return measure_page_set(name, themes=args.themes, wordpress=args.wordpress)

    jobs = sets + (["dumps"] if not wanted or "dumps" in wanted else [])
    with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        for name, fut in [(n, pool.submit(one, n)) for n in jobs]:
            try:
                now.update(fut.result())
            except (RuntimeError, json.JSONDecodeError, KeyError) as exc:
                problems.append(f"{name}: {exc}")
    if args.json:
        print(json.dumps({"rows": [{"set": k[0], "part": k[1], **v} for k, v in now.items()],
                          "first": [{"set": k[0], "part": k[1], **v}
                                    for k, v in first_figures().items()],
                          "problems": problems}))
    else:
        print(table(now, first_figures()))
        for p in problems:
            print(f"could not score {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
