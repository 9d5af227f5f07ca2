#!/usr/bin/env python3
"""Run every benchmark behind the README's quality-and-speed table; write them, dated.

    python benchmarks/results.py [--out benchmarks/RESULTS.md] [--quick] [--only NAME,...]

``make bench`` runs this. Each benchmark runs as its own process (as a user runs it),
with ``--json`` where it has one; the table the README shows is built from those
results and written, with the date, the machine's CPU count and load average and the
exact command of every row, to ``benchmarks/RESULTS.md``, followed by each benchmark's
own report. A benchmark that cannot run here (no ``../shared``, no ``redis-server``)
gets a row saying so instead of a figure. ``--quick`` runs smaller sizes (for a check
of the machinery, not for figures).
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
PY = sys.executable


@dataclass
class Bench:
    """One benchmark run: its command and how its JSON becomes table rows."""

    name: str
    argv: list[str]
    rows: Callable[[dict], list[tuple[str, str]]]
    quick_argv: list[str] | None = None
    needs: Callable[[], str | None] = lambda: None   # a reason it cannot run, or None
    json_lines: bool = False                          # prints one JSON object per line
    result: dict | None = field(default=None, repr=False)
    output: str = ""
    seconds: float = 0.0


def _shared() -> str | None:
    if (REPO.parent / "shared" / "bench" / "aeb" / "ground-truth.json").is_file():
        return None
    return "../shared is absent on this machine"


def _redis() -> str | None:
    return None if shutil.which("redis-server") else "redis-server is not installed"


def _f(x: float, digits: int = 2) -> str:
    return f"{x:.{digits}f}"


def devset_rows(r: dict) -> list[tuple[str, str]]:
    def val(side: str, group: str, metric: str) -> float | None:
        entry = r[side].get(group, {}).get(metric)
        return entry["value"] if isinstance(entry, dict) else None

    rows = []
    for group, label in (("site", "dev set, site"), ("dumps", "dev set, text dumps")):
        if group not in r["tagwire"]:
            continue
        parts = [f"{m} {_f(val('tagwire', group, m), 3)}"
                 for m in ("story_f1", "text_f1", "cruft_leak", "headline_acc", "source_acc",
                           "language_acc", "date_acc")
                 if val("tagwire", group, m) is not None]
        plain = [f"{_f(val('trafilatura', group, m), 3)}" for m in ("story_f1", "text_f1",
                                                                     "cruft_leak")
                 if val("trafilatura", group, m) is not None]
        text = ", ".join(parts)
        if plain and group == "site":
            text += f" (plain trafilatura story_f1 / text_f1 / cruft_leak: {' / '.join(plain)})"
        rows.append((label, text))
    return rows


def aeb_rows(r: dict) -> list[tuple[str, str]]:
    t, w = r["rows"]["trafilatura"], r["rows"]["tagwire"]
    return [(f"AEB, {r['pages']} real news pages: extraction",
             f"F1 {_f(w['f1'], 3)} ± {_f(w['f1_std'], 3)} (P {_f(w['precision'], 3)}, "
             f"R {_f(w['recall'], 3)}) vs plain trafilatura {_f(t['f1'], 3)} ± "
             f"{_f(t['f1_std'], 3)}")]


def trafeval_rows(r: dict) -> list[tuple[str, str]]:
    t, w = r["rows"]["trafilatura"], r["rows"]["tagwire"]
    return [(f"trafilatura's evaluation set, {r['pages']} real pages of many kinds: extraction",
             f"snippet F1 {_f(w['f1'], 3)} (P {_f(w['precision'], 3)}, "
             f"R {_f(w['recall'], 3)}) vs plain trafilatura {_f(t['f1'], 3)}")]


def _trafeval() -> str | None:
    if (REPO / "tests" / "fixtures" / "real" / "trafeval" / "evaldata.json").is_file():
        return None
    return "tests/fixtures/real/trafeval is absent"


def normalize_rows(r: dict) -> list[tuple[str, str]]:
    titles = {"aeb": "AEB real news pages", "real": "real pages of many kinds"}
    rows = []
    for name, s in r["speed"].items():
        w = s["sides"]["tagwire normalize_page"]
        t = s["sides"]["trafilatura.extract"]
        lo, hi = w["total_ratio_range"]
        a, b = w["median_page_ratio_range"]
        load = s["load_before"][0] if s["load_before"] else "?"
        rows.append((f"normalize vs `trafilatura.extract`, {titles.get(name, name)} "
                     f"({s['pages']}, median {s['median_page_kb']} KB)",
                     f"median page {_f(w['median_page_ratio'])}x ({_f(a)}-{_f(b)}), totals "
                     f"{_f(w['total_ratio'])}x ({_f(lo)}-{_f(hi)}); {w['ms_per_page']} vs "
                     f"{t['ms_per_page']} ms/page; {s['repeat']} runs, load {load} on "
                     f"{s['cpus']} CPUs (target <= {r['target_ratio']})"))
    mem = r.get("memory") or []
    if mem:
        text = ", ".join(f"{m['peak_rss_mb']} MB at {m['pages']:,} files" for m in mem)
        if len(mem) > 1:
            text += f" (x{mem[-1]['peak_rss_mb'] / mem[0]['peak_rss_mb']:.2f})"
        text += f"; {mem[-1]['pages_per_s']} pages/s through the CLI"
        rows.append(("normalize CLI memory (real pages repeated)", text))
    return rows


def validate_rows(r: dict) -> list[tuple[str, str]]:
    return [("validate speed",
             f"`tagwire validate` (whole command) {_f(r['cli_vs_json_loads'])}x the speed of "
             f"`json.loads` alone on the same file ({r['cli_per_s']:,} vs "
             f"{r['json_loads_per_s']:,} records/s; target >= 0.7); python-jsonschema alone "
             f"{r['jsonschema_alone_per_s']:,}/s; peak RSS {r['cli_peak_rss_mb']} MB at "
             f"{r['records']:,} records, {r['cli_small_peak_rss_mb']} MB at "
             f"{r['small_records']:,}")]


def crawl_rows(r: dict) -> list[tuple[str, str]]:
    rows = []
    speed = r.get("speed")
    if speed:
        for row in speed["rows"]:
            text = (f"{row['crawl_posts_per_s']} vs {row['offline_posts_per_s']} posts/s: "
                    f"{_f(row['crawl_vs_offline'])}x (target >= 0.9)")
            if "crawl_speedup_vs_1" in row:
                text += (f"; 2 workers {_f(row['crawl_speedup_vs_1'])}x 1 worker (offline "
                         f"{_f(row['offline_speedup_vs_1'])}x; target >= 1.6)")
            if "crawl_cpu_ms_per_post" in row:
                text += (f"; CPU a post: crawl {row['crawl_cpu_ms_per_post']} ms (crawl process "
                         f"{row['crawl_process_cpu_ms_per_post']}), offline "
                         f"{row['offline_cpu_ms_per_post']} ms")
            text += (f"; {row['requests_per_post']} requests/post; "
                     f"{'same records' if row['same_records'] else 'RECORDS DIFFER'}")
            rows.append((f"crawl vs offline normalizer, {row['variant']} archive of "
                         f"{row['posts']:,} posts, {row['workers']} worker(s), like for like",
                         text))
    mem = r.get("memory")
    if mem and mem.get("rows"):
        text = ", ".join(f"{m['peak_rss_mib']} MiB at {m['posts']:,} posts (crawl + workers "
                         f"{m['tree_peak_pss_mib']} MiB)" for m in mem["rows"])
        if "peak_rss_ratio" in mem:
            text += f"; x{mem['peak_rss_ratio']} / x{mem['tree_pss_ratio']} (target < 1.5)"
        rows.append(("crawl memory, largest process", text))
    return rows


def coldstart_rows(r: dict) -> list[tuple[str, str]]:
    text = "; ".join(f"{row['language']} {row['first_page_s']:.2f} s (imports "
                     f"{row['import_s']:.2f} s, same page again {row['warm_page_s']:.3f} s)"
                     for row in r["rows"])
    return [("first page of a fresh process, per language",
             f"{text}; load {r['load'][0]} (target < {r['target_first_page_s']} s)")]


def redis_rows(lines: list[dict]) -> list[tuple[str, str]]:
    text = "; ".join(f"{r['posts']:,} posts: seen-set {r['seen_set_per_post']} B/post, "
                     f"near-duplicate index {r['dedupe_index_per_post']} B/post, used_memory "
                     f"{r['used_memory_per_post']} B/post" for r in lines)
    return [("Redis for a distributed crawl", text)]


def heldout_rows(r: dict) -> list[tuple[str, str]]:
    """One row a held-out set and part: first figures (the honest ones) -> now."""
    first = {(f["set"], f["part"]): f for f in r["first"]}
    names = {"story": "story_f1", "text": "text_f1", "cruft": "cruft_leak",
             "headline": "headline", "source": "source", "language": "language", "date": "date"}
    rows = []
    for now in r["rows"]:
        was = first.get((now["set"], now["part"]), {})
        cells = []
        for m, label in names.items():
            if now.get(m) is None:
                continue
            before = f"{_f(was[m], 3)} -> " if was.get(m) is not None else ""
            cells.append(f"{label} {before}{_f(now[m], 3)}")
        when = f" (first measured on {was['when']})" if was else ""
        rows.append((f"held-out {now['set']}, {now['part']}{when}", ", ".join(cells)))
    return rows


def benches() -> list[Bench]:
    b = str(HERE)
    return [
        Bench("devset", [PY, f"{b}/eval_devset.py", "--json"], devset_rows, needs=_shared),
        Bench("heldout", [PY, f"{b}/heldout_table.py", "--json", "--themes"], heldout_rows,
              quick_argv=[PY, f"{b}/heldout_table.py", "--json", "--only", "heldout13"],
              needs=_shared),
        Bench("aeb", [PY, f"{b}/bench_aeb.py", "--json"], aeb_rows, needs=_shared),
        Bench("trafeval", [PY, f"{b}/bench_trafeval.py", "--json", "--jobs", "2"], trafeval_rows,
              needs=_trafeval),
        Bench("normalize", [PY, f"{b}/bench_normalize.py", "--json"], normalize_rows,
              quick_argv=[PY, f"{b}/bench_normalize.py", "--json", "--repeat", "1",
                          "--limit", "20", "--memory-sizes", "50,100"]),
        Bench("validate", [PY, f"{b}/bench_validate.py", "--json"], validate_rows,
              quick_argv=[PY, f"{b}/bench_validate.py", "--json", "--records", "5000",
                          "--repeat", "1"]),
        Bench("crawl", [PY, f"{b}/bench_crawl.py", "--json", "--repeat", "1",
                        "--memory-sizes", "2000,10000"],
              crawl_rows,
              quick_argv=[PY, f"{b}/bench_crawl.py", "--json", "--posts", "200", "--real-posts",
                          "50", "--repeat", "1", "--memory-sizes", "200,400"]),
        Bench("coldstart", [PY, f"{b}/bench_coldstart.py", "--json"], coldstart_rows),
        Bench("dedupe", [PY, f"{b}/bench_dedupe.py"], lambda r: []),
        Bench("redis", [PY, f"{b}/bench_redis.py"], lambda r: [], needs=_redis,
              quick_argv=[PY, f"{b}/bench_redis.py", "--sizes", "200"], json_lines=True),
    ]


def run(bench: Bench, quick: bool) -> None:
    argv = bench.quick_argv if quick and bench.quick_argv else bench.argv
    bench.argv = argv
    start = time.perf_counter()
    proc = subprocess.run(argv, cwd=REPO, capture_output=True, text=True, check=False)
    bench.seconds = time.perf_counter() - start
    bench.output = (proc.stdout + ("\n" + proc.stderr if proc.returncode not in (0, 1) else ""))
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if bench.json_lines:
        bench.result = {"lines": [json.loads(ln) for ln in lines]}
    elif "--json" in argv and lines:
        bench.result = json.loads(lines[-1])


def command(argv: list[str]) -> str:
    shown = ["python" if a == PY else a.replace(str(REPO) + "/", "") for a in argv]
    return " ".join(shown)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=HERE / "RESULTS.md")
    ap.add_argument("--quick", action="store_true", help="small sizes: a check, not figures")
    ap.add_argument("--only", default="", help="comma-separated benchmark names")
    args = ap.parse_args(argv)
    wanted = {n for n in args.only.split(",") if n}
    table: list[tuple[str, str, str]] = []
    sections = []
    started = dt.datetime.now(dt.UTC)
    load = os.getloadavg()
    for bench in benches():
        if wanted and bench.name not in wanted:
            continue
        reason = bench.needs()
        if reason:
            table.append((bench.name, f"not measured: {reason}", command(bench.argv)))
            continue
        print(f"results: running {bench.name} ...", file=sys.stderr, flush=True)
        run(bench, args.quick)
        rows: list[tuple[str, str]] = []
        if bench.name == "redis" and bench.result:
            rows = redis_rows(bench.result["lines"])
        elif bench.result is not None:
            try:
                rows = bench.rows(bench.result)
            except (KeyError, TypeError, ZeroDivisionError) as exc:
                rows = [(bench.name, f"unreadable result ({type(exc).__name__}: {exc})")]
        elif bench.name != "dedupe":
            rows = [(bench.name, "no result (see its output below)")]
        table.extend((what, figure, command(bench.argv)) for what, figure in rows)
        sections.append(f"## {bench.name} ({bench.seconds:.0f} s)\n\n    {command(bench.argv)}"
                        f"\n\n```\n{bench.output.strip()}\n```\n")
    head = [f"# Benchmark results, {started:%Y-%m-%d %H:%M} UTC",
            "",
            f"{'Quick check (small sizes), not figures. ' if args.quick else ''}"
            f"{os.cpu_count()} CPUs, load average {load[0]:.2f} / {load[1]:.2f} / {load[2]:.2f}"
            " at the start. Regenerate with `make bench` (`python benchmarks/results.py`). "
            "Speed figures are ratios against a reference measured in the same run.",
            "",
            "| what | figure | how |",
            "| --- | --- | --- |"]
    head += [f"| {what} | {figure} | `{how}` |" for what, figure, how in table]
    text = "\n".join(head) + "\n\n" + "\n".join(sections)
    args.out.write_text(text, encoding="utf-8")
    print("\n".join(head))
    print(f"(written to {args.out})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
