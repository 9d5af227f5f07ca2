"""How fast does ``tagwire validate`` check records, and does its memory stay flat?

Generates realistic post records (1-3 stories each, wire-story lengths of 150-700
words, a few invalid ones), writes them to a temporary ``.jsonl.gz`` and measures, in
the same run:

- the reference: reading and ``json.loads``-ing the same lines, nothing else;
- validation in-process (read + parse + :func:`normalizer.contract.schema.record_errors`);
- ``tagwire validate`` as a user runs it (a fresh process, start-up included), with its
  own peak RSS (``os.wait4``), on the full file and on a tenth of it: streaming means
  the two peaks are about equal;
- python-jsonschema alone (no compiled check) on a sample, for comparison.

The reference, the command and the in-process run alternate over ``--repeat`` runs
(medians reported). Target: the whole command at least 0.7x the speed of ``json.loads``
alone on the same file. Usage::

    .venv/bin/python benchmarks/bench_validate.py [--records 100000] [--seed 1] [--json]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET_VS_JSON_LOADS = 0.7

# Word stock for invented wire copy: enough variety that gzip and json see real text.
WORDS = """government minister said on Tuesday the country would talks with officials
president election vote parliament opposition protest police capital city border
troops ceasefire agreement sanctions economy inflation central bank rate percent
billion million dollars oil gas pipeline exports prices market shares investors
analysts expected week month year region province village residents killed wounded
attack drone missile strike military spokesman statement told reporters according
ministry foreign defence energy court ruling judge trial charges prosecutor former
leader party coalition reform law bill approved rejected spending budget deficit""".split()  # noqa: SIM905
PLACES = ["KYIV", "MOSCOW", "ASTANA", "TBILISI", "YEREVAN", "BAKU", "MINSK", "WARSAW",
          "ALMATY", "TASHKENT", "BISHKEK", "CHISINAU", "BELGRADE", "SOFIA", "ANKARA"]
SOURCES = ["Reuters", "AFP", "AP", "Bloomberg", "RFE/RL", "dpa", "TASS", "The Telegraph"]
LANGUAGES = ["en"] * 8 + ["de", "fr", "ru", "und"]


def make_pool(rng: random.Random, n: int = 3000) -> list[str]:
    """Paragraphs of 2-4 sentences, 12-30 words each."""
    pool = []
    for _ in range(n):
        sentences = []
        for _ in range(rng.randint(2, 4)):
            words = rng.choices(WORDS, k=rng.randint(12, 30))
            sentences.append(" ".join(words).capitalize() + ".")
        pool.append(" ".join(sentences))
    return pool


def make_record(rng: random.Random, pool: list[str], i: int) -> dict:
    site = f"blog{i % 400}.wordpress.com"
    day = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
    stories = []
    for index in range(rng.choice([1, 1, 2, 2, 3])):
        paragraphs: list[str] = []
        target = rng.randint(150, 700)
        while sum(len(p.split()) for p in paragraphs) < target:
            paragraphs.append(rng.choice(pool))
        text = "\n\n".join(paragraphs)
        stories.append({
            "index": index, "headline": " ".join(rng.choices(WORDS, k=8)).capitalize(),
            "source": rng.choice(SOURCES), "credits": rng.choice([[], [], ["AP", "AFP"]]),
            "byline": rng.choice([[], ["Olzhas Auyezov"], ["Jane Doe", "John Roe"]]),
            "dateline": rng.choice(PLACES), "published": rng.choice([None, day,
                                                                     day + "T10:15:00Z"]),
            "language": rng.choice(LANGUAGES), "text": text, "word_count": len(text.split()),
            "fingerprint": f"{rng.getrandbits(64):016x}",
        })
    return {
        "schema_version": "1.1", "url": f"https://{site}/{day.replace('-', '/')}/post-{i}/",
        "archive_url": f"https://{site}/tag/ukraine/page/{1 + i % 9}/", "site": site,
        "tag": "ukraine", "title": stories[0]["headline"], "published": day + "T08:00:00+00:00",
        "author": "editor", "categories": ["News"], "tags": ["ukraine", "russia"],
        "language": stories[0]["language"], "fetched_at": "2024-12-01T12:00:00Z",
        "stories": stories,
        "removed": [{"kind": "caption", "text": "A man walks past a building. REUTERS/File"}],
    }


def break_record(rng: random.Random, record: dict) -> None:
    """Make one realistic mistake."""
    choice = rng.randrange(4)
    if choice == 0:
        record["stories"][-1]["text"] = ""
    elif choice == 1:
        record["language"] = "english"
    elif choice == 2:
        record["published"] = "yesterday"
    else:
        del record["stories"][0]["fingerprint"]


def write_file(path: Path, n: int, seed: int, invalid_every: int) -> tuple[int, int]:
    rng = random.Random(seed)
    pool = make_pool(rng)
    invalid = 0
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as out:
        for i in range(n):
            record = make_record(rng, pool, i)
            if invalid_every and i % invalid_every == invalid_every - 1:
                break_record(rng, record)
                invalid += 1
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return n, invalid


def time_parse_only(path: Path) -> tuple[int, float]:
    """The reference: read the file (gunzip) and ``json.loads`` each line, nothing else."""
    start = time.perf_counter()
    n = 0
    with gzip.open(path, "rb") as fh:
        for line in fh:
            json.loads(line)
            n += 1
    return n, time.perf_counter() - start


def time_validate(path: Path) -> tuple[int, int, float]:
    """Read, parse and judge every record in-process, as ``tagwire validate`` does."""
    from normalizer.contract.schema import record_errors
    from normalizer.io.jsonl import iter_lines

    record_errors({})  # compile outside the timing, as a long run amortises it
    start = time.perf_counter()
    n = invalid = 0
    for line in iter_lines(path):
        n += 1
        if record_errors(line.record):
            invalid += 1
    return n, invalid, time.perf_counter() - start


def time_jsonschema_alone(path: Path, sample: int) -> tuple[int, float]:
    """python-jsonschema's ``iter_errors`` on a sample of already parsed records."""
    from normalizer.contract.schema import validator

    v = validator()
    records = []
    with gzip.open(path, "rb") as fh:
        for line in fh:
            records.append(json.loads(line))
            if len(records) >= sample:
                break
    start = time.perf_counter()
    for record in records:
        list(v.iter_errors(record))
    return len(records), time.perf_counter() - start


def run_cli(path: Path) -> tuple[int, float, float]:
    """``tagwire validate -q PATH`` in a fresh process: exit code, wall seconds (start-up
    included) and that process's own peak RSS in MB (``os.wait4``)."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "normalizer", "validate", "-q", str(path)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    stderr = proc.stderr.read() if proc.stderr else b""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        raise SystemExit(f"tagwire validate failed ({code}): {stderr.decode(errors='replace')}")
    return code, seconds, usage.ru_maxrss / 1024  # Linux: KiB


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--invalid-every", type=int, default=200,
                        help="make every Nth record invalid (0: none)")
    parser.add_argument("--jsonschema-sample", type=int, default=3_000)
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs of the reference and the command, alternating; medians")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
        small = Path(tmp) / "small.jsonl.gz"
        full = Path(tmp) / "posts.jsonl.gz"
        t0 = time.perf_counter()
        write_file(small, max(1, args.records // 10), args.seed, args.invalid_every)
        n, n_invalid = write_file(full, args.records, args.seed, args.invalid_every)
        size_mb = full.stat().st_size / 1e6
        if not args.json:
            print(f"generated {n:,} records ({n_invalid:,} invalid), {size_mb:,.0f} MB "
                  f"gzipped, in {time.perf_counter() - t0:.1f} s")
        load_before = os.getloadavg()
        _, small_s, small_rss = run_cli(small)
        parse_runs, cli_runs, validate_runs = [], [], []
        code = 0
        for r in range(args.repeat):  # alternate, so other load hits both alike
            steps = ["parse", "cli", "validate"]
            for step in steps if r % 2 == 0 else steps[::-1]:
                if step == "parse":
                    parsed, seconds = time_parse_only(full)
                    parse_runs.append(seconds)
                elif step == "cli":
                    code, seconds, cli_rss = run_cli(full)
                    cli_runs.append(seconds)
                else:
                    validated, found_invalid, seconds = time_validate(full)
                    validate_runs.append(seconds)
        sample, js_s = time_jsonschema_alone(full, args.jsonschema_sample)
        load_after = os.getloadavg()

    assert parsed == validated == n
    assert found_invalid == n_invalid, (found_invalid, n_invalid)
    assert code == (1 if n_invalid else 0)
    parse_s, cli_s = statistics.median(parse_runs), statistics.median(cli_runs)
    validate_s = statistics.median(validate_runs)
    result = {
        "records": n, "invalid": n_invalid, "gzipped_mb": round(size_mb, 1),
        "repeat": args.repeat, "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "json_loads_per_s": round(n / parse_s),
        "validate_in_process_per_s": round(n / validate_s),
        "cli_per_s": round(n / cli_s),
        "cli_vs_json_loads": round(parse_s / cli_s, 3),
        "cli_vs_json_loads_range": [round(min(parse_runs) / max(cli_runs), 3),
                                    round(max(parse_runs) / min(cli_runs), 3)],
        "cli_peak_rss_mb": round(cli_rss, 1), "cli_small_peak_rss_mb": round(small_rss, 1),
        "small_records": max(1, n // 10), "small_cli_s": round(small_s, 2),
        "jsonschema_alone_per_s": round(sample / js_s),
    }
    met = result["cli_vs_json_loads"] >= TARGET_VS_JSON_LOADS
    result["target_met"] = met
    if args.json:
        print(json.dumps(result))
        return 0 if met else 1
    rows = [
        ("json.loads only (reference)", n, parse_s, ""),
        ("read + parse + validate", n, validate_s, ""),
        ("tagwire validate (subprocess)", n, cli_s, f"{cli_rss:,.0f} MB"),
        ("tagwire validate, 1/10 of file", max(1, n // 10), small_s, f"{small_rss:,.0f} MB"),
        ("jsonschema iter_errors alone", sample, js_s, ""),
    ]
    print(f"\n{'step (median of ' + str(args.repeat) + ')':<32}{'records':>10}{'seconds':>10}"
          f"{'records/s':>12}{'peak RSS':>11}")
    for name, count, seconds, rss in rows:
        print(f"{name:<32}{count:>10,}{seconds:>10.2f}{count / seconds:>12,.0f}{rss:>11}")
    lo, hi = result["cli_vs_json_loads_range"]
    print(f"\ntagwire validate (whole command, start-up included) runs at "
          f"{result['cli_vs_json_loads']:.2f}x the speed of json.loads alone on the same file "
          f"(range {lo:.2f}-{hi:.2f}; target >= {TARGET_VS_JSON_LOADS}: "
          f"{'met' if met else 'NOT met'}); load average {load_before[0]:.2f} -> "
          f"{load_after[0]:.2f}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
