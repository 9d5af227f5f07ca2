"""How fast does ``tagwire validate`` check records, and does its memory stay flat?

Generates realistic post records (1-3 stories each, wire-story lengths of 150-700
words, a few invalid ones), writes them to a temporary ``.jsonl.gz`` and measures, in
the same run:

- the reference: reading and ``json.loads``-ing the same lines, nothing else;
- validation in-process (read + parse + :func:`normalizer.contract.schema.record_errors`);
- ``tagwire validate`` as a user runs it (a subprocess), with its peak RSS, on the
  full file and on a tenth of it: streaming means the two peaks are about equal;
- jsonschema alone (no compiled fast check) on a sample, for comparison.

Goal (issue 2): at least 2,000 records/s on one core. Usage::

    .venv/bin/python benchmarks/bench_validate.py [--records 100000] [--seed 1]
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL_RECORDS_PER_S = 2_000

# Word stock for invented wire copy: enough variety that gzip and json see real text.
WORDS = """government minister said on Tuesday the country would talks with officials
president election vote parliament opposition protest police capital city border
troops ceasefire agreement sanctions economy inflation central bank rate percent
billion million dollars oil gas pipeline exports prices market shares investors
analysts expected week month year region province village residents killed wounded
attack drone missile strike military spokesman statement told reporters according
ministry foreign defence energy court ruling judge trial charges prosecutor former
leader party coalition reform law bill approved rejected spending budget deficit""".split()
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
    start = time.perf_counter()
    n = 0
    with gzip.open(path, "rb") as fh:
        for line in fh:
            json.loads(line)
            n += 1
    return n, time.perf_counter() - start


def time_validate(path: Path) -> tuple[int, int, float]:
    from normalizer.io.jsonl import iter_lines
    from normalizer.contract.schema import record_errors

    record_errors({})  # compile outside the timing, as a long run amortises it
    start = time.perf_counter()
    n = invalid = 0
    for line in iter_lines(path):
        n += 1
        if record_errors(line.record):
            invalid += 1
    return n, invalid, time.perf_counter() - start


def time_jsonschema_alone(path: Path, sample: int) -> tuple[int, float]:
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
    """``tagwire validate PATH`` in a subprocess: exit code, seconds, peak RSS in MB."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "normalizer", "validate", "-q", str(path)],
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if peak <= before:
        peak_note = float("nan")  # an earlier child was bigger; ru_maxrss is a max over all
    else:
        peak_note = peak / 1024
    if proc.returncode not in (0, 1):
        raise SystemExit(f"tagwire validate failed ({proc.returncode}): {proc.stderr}")
    return proc.returncode, seconds, peak_note


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--invalid-every", type=int, default=200,
                        help="make every Nth record invalid (0: none)")
    parser.add_argument("--jsonschema-sample", type=int, default=3_000)
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="tagwire-bench-") as tmp:
        small = Path(tmp) / "small.jsonl.gz"
        full = Path(tmp) / "posts.jsonl.gz"
        t0 = time.perf_counter()
        write_file(small, max(1, args.records // 10), args.seed, args.invalid_every)
        n, n_invalid = write_file(full, args.records, args.seed, args.invalid_every)
        size_mb = full.stat().st_size / 1e6
        print(f"generated {n:,} records ({n_invalid:,} invalid), {size_mb:,.0f} MB gzipped, "
              f"in {time.perf_counter() - t0:.1f} s")

        # The small file first, so its peak RSS is not hidden by the big one's.
        _, small_s, small_rss = run_cli(small)
        code, cli_s, cli_rss = run_cli(full)
        parsed, parse_s = time_parse_only(full)
        validated, found_invalid, validate_s = time_validate(full)
        sample, js_s = time_jsonschema_alone(full, args.jsonschema_sample)

    assert parsed == validated == n
    assert found_invalid == n_invalid, (found_invalid, n_invalid)
    assert code == (1 if n_invalid else 0)
    rows = [
        ("json.loads only (reference)", parsed, parse_s, ""),
        ("read + parse + validate", validated, validate_s, ""),
        ("tagwire validate (subprocess)", n, cli_s, f"{cli_rss:,.0f} MB"),
        ("tagwire validate, 1/10 of file", max(1, n // 10), small_s, f"{small_rss:,.0f} MB"),
        ("jsonschema iter_errors alone", sample, js_s, ""),
    ]
    print(f"\n{'step':<32}{'records':>10}{'seconds':>10}{'records/s':>12}{'peak RSS':>11}")
    for name, count, seconds, rss in rows:
        print(f"{name:<32}{count:>10,}{seconds:>10.2f}{count / seconds:>12,.0f}{rss:>11}")
    rate = validated / validate_s
    check_rate = validated / max(validate_s - parse_s, 1e-9)  # validation minus reading
    print(f"\nread + parse + validate takes {validate_s / parse_s:.2f}x the time of reading and "
          f"json-parsing alone;\nthe checks alone run at ~{check_rate:,.0f} records/s, "
          f"~{check_rate / (sample / js_s):.0f}x jsonschema's iter_errors")
    verdict = "met" if rate >= GOAL_RECORDS_PER_S else "NOT met"
    print(f"goal >= {GOAL_RECORDS_PER_S:,} records/s on one core: {verdict} ({rate:,.0f}/s)")
    return 0 if rate >= GOAL_RECORDS_PER_S else 1


if __name__ == "__main__":
    sys.exit(main())
