"""How fast do records go into a database, a story table and a report?

Generates the realistic records of ``bench_validate.py`` (1-3 stories of 150-700 words
each) and measures, in the same run and the same process:

- the reference: reading, parsing and validating them (what every sink does first);
- ``DatabaseSink`` into a new SQLite file, then the same records again (all updates);
- the same into a real PostgreSQL (Debian's server, started here on a unix socket;
  skipped where it is missing);
- ``StoryWriter`` to CSV and to Parquet;
- ``ReportData`` over the records plus ``render_html``.

Each as records/s and as the time relative to the reference. Usage::

    .venv/bin/python benchmarks/bench_sinks.py [--records 5000] [--seed 1]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from bench_validate import write_file  # noqa: E402

from normalizer.contract.schema import record_errors  # noqa: E402
from normalizer.io.jsonl import read_records  # noqa: E402


def valid_records(path: Path) -> Iterator[dict]:
    for record in read_records(path):
        if not record_errors(record):
            yield record


def timed(fn: Callable[[], None]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def load(url: str, path: Path) -> Callable[[], None]:
    from normalizer.sinks.database import DatabaseSink

    def run() -> None:
        with DatabaseSink(url) as db:
            for record in read_records(path):
                db.write(record)  # validates, as `tagwire load` does
    return run


def export(target: Path, path: Path) -> Callable[[], None]:
    from normalizer.sinks.exports import StoryWriter

    def run() -> None:
        with StoryWriter(target) as out:
            for record in valid_records(path):
                out.write_record(record)
    return run


def report(target: Path, path: Path) -> Callable[[], None]:
    from normalizer.sinks.report import ReportData, write_report

    def run() -> None:
        data = ReportData()
        for record in valid_records(path):
            data.add(record)
        write_report(target, data)
    return run


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--records", type=int, default=5000)
    p.add_argument("--seed", type=int, default=1)
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-sinks-") as tmp:
        work = Path(tmp)
        data = work / "posts.jsonl.gz"
        n, _ = write_file(data, args.records, args.seed, invalid_every=0)
        results: list[tuple[str, float]] = []
        reference = timed(lambda: sum(1 for _ in valid_records(data)))
        results.append(("read + parse + validate (reference)", reference))
        sqlite = f"sqlite:///{work / 'bench.db'}"
        results.append(("SQLite, first load", timed(load(sqlite, data))))
        results.append(("SQLite, same records again (updates)", timed(load(sqlite, data))))
        try:
            from tests.fixtures_postgres import PostgresUnavailable, postgres_cluster

            with postgres_cluster() as server:
                import psycopg

                with psycopg.connect(server.url("postgres"), autocommit=True) as conn:
                    conn.execute("CREATE DATABASE bench")
                url = server.url("bench")
                results.append(("PostgreSQL, first load", timed(load(url, data))))
                results.append(("PostgreSQL, same records again", timed(load(url, data))))
        except PostgresUnavailable as exc:
            print(f"PostgreSQL skipped: {exc}", file=sys.stderr)
        results.append(("stories to CSV", timed(export(work / "s.csv", data))))
        try:
            results.append(("stories to Parquet", timed(export(work / "s.parquet", data))))
        except ImportError as exc:
            print(f"Parquet skipped: {exc}", file=sys.stderr)
        results.append(("HTML report", timed(report(work / "report.html", data))))
        size = (work / "report.html").stat().st_size
    print(f"{n} records")
    print(f"{'what':40} {'seconds':>8} {'records/s':>10} {'x reference':>12}")
    for name, seconds in results:
        print(f"{name:40} {seconds:8.2f} {n / seconds:10.0f} {seconds / reference:12.2f}")
    print(f"report size: {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
