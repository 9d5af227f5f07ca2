"""Check JSON Lines files of post records against the schema, offline.

Every error of every bad record is listed as ``FILE:LINE: $.path: message``, lines
that are not JSON as ``FILE:LINE:COLUMN: not JSON: ...``, then a summary. Files are
streamed (``.jsonl``, ``.jsonl.gz``, ``-`` for stdin), so memory stays flat on
multi-GB input.

A JSON array or a pretty-printed document gets one error ("expects JSON Lines"), a line
longer than --max-line-bytes one error, not a memory blow-up. On a terminal a large
input shows a progress counter (not with -q, which also prints only the summary).

Exit status: 0 every record valid (an empty file is valid, with a warning);
1 some record invalid; 2 some input unreadable (missing file, not gzip, a line that
is not JSON).
"""
from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

HELP = "check JSON Lines files of post records against the schema (exit 0/1/2)"

logger = logging.getLogger(__name__)

EXIT_VALID, EXIT_INVALID, EXIT_UNREADABLE = 0, 1, 2
DEFAULT_JSON_MAX_ERRORS = 10_000
TOP_KINDS = 10


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="JSON Lines file: .jsonl, .jsonl.gz, or - for stdin")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text (default): one line per error, then a summary; "
                             "json: one machine-readable report on stdout")
    parser.add_argument("--max-errors", type=int, default=None, metavar="N",
                        help="list at most N errors (counting goes on); default: all for "
                             f"text, {DEFAULT_JSON_MAX_ERRORS:,} for json")
    parser.add_argument("--max-line-bytes", type=int, default=None, metavar="N",
                        help="longest line read as one record (default 64 MiB); a longer "
                             "line is reported and skipped, so memory stays bounded")


@dataclass
class FileReport:
    file: str
    records: int = 0
    valid: int = 0
    invalid: int = 0
    unreadable_lines: int = 0
    error: str | None = None  # the file itself could not be read (to the end)


@dataclass
class Report:
    files: list[FileReport] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)
    errors_listed: int = 0
    errors_total: int = 0
    kinds: Counter = field(default_factory=Counter)

    def total(self, attr: str) -> int:
        return sum(getattr(f, attr) for f in self.files)

    @property
    def exit_code(self) -> int:
        if any(f.error or f.unreadable_lines for f in self.files):
            return EXIT_UNREADABLE
        return EXIT_INVALID if self.total("invalid") else EXIT_VALID


def run(args: argparse.Namespace) -> int:
    from normalizer.contract.schema import record_errors
    from normalizer.io.jsonl import MAX_LINE_BYTES, InputError, display_name, iter_lines

    as_json = args.format == "json"
    max_errors = args.max_errors
    if max_errors is None:
        max_errors = DEFAULT_JSON_MAX_ERRORS if as_json else -1
    listing = not as_json and not getattr(args, "quiet", False)
    report = Report()

    def note(entry: dict[str, Any], text: str) -> None:
        report.errors_total += 1
        if max_errors >= 0 and report.errors_listed >= max_errors:
            return
        report.errors_listed += 1
        if as_json:
            report.errors.append(entry)
        elif listing:
            print(text)

    max_line = args.max_line_bytes or MAX_LINE_BYTES
    bar = record_progress(args.files, getattr(args, "quiet", False))
    for path in args.files:
        fr = FileReport(display_name(path))
        report.files.append(fr)
        try:
            for line in iter_lines(path, strict=False, max_line_bytes=max_line):
                if bar is not None:
                    bar.update(1)
                if line.error is not None:
                    fr.unreadable_lines += 1
                    report.kinds[("not_json", "-")] += 1
                    err = line.error
                    note({"file": fr.file, "line": err.line, "column": err.column,
                          "path": None, "kind": "not_json", "message": err.message}, str(err))
                    continue
                fr.records += 1
                errors = record_errors(line.record)
                if not errors:
                    fr.valid += 1
                    continue
                fr.invalid += 1
                for e in errors:
                    report.kinds[(e.kind, e.generic_path)] += 1
                    note({"file": fr.file, "line": line.number, "column": None,
                          "path": e.path, "kind": e.kind, "message": e.message},
                         f"{fr.file}:{line.number}: {e.path}: {e.message}")
        except InputError as exc:
            fr.error = str(exc)
            if bar is not None:
                bar.clear()
            if not as_json:
                sys.stdout.flush()
                print(f"tagwire: error: {exc}", file=sys.stderr)
            continue
        if fr.records == 0 and fr.unreadable_lines == 0:
            sys.stdout.flush()
            print(f"tagwire: warning: {fr.file}: empty, no records (counted as valid)",
                  file=sys.stderr)

    if bar is not None:
        bar.close()
    if as_json:
        json.dump(_json_report(report), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        _print_summary(report)
    return report.exit_code


#: A progress bar (on a terminal) from this many bytes of input on, or for stdin.
PROGRESS_MIN_BYTES = 20_000_000


def record_progress(paths: list[str], quiet: bool = False) -> Any:
    """A records-read counter on stderr for large inputs, only on a terminal and not with
    -q (shared with ``tagwire dedupe``)."""
    if quiet or not sys.stderr.isatty():
        return None
    import os

    size = 0
    for path in paths:
        if path == "-":
            size = PROGRESS_MIN_BYTES
            break
        with contextlib.suppress(OSError):
            size += os.path.getsize(path)
    if size < PROGRESS_MIN_BYTES:
        return None
    from tqdm import tqdm

    return tqdm(unit=" records", unit_scale=True, file=sys.stderr, dynamic_ncols=True,
                mininterval=0.5)


def _top_kinds(report: Report) -> list[tuple[str, str, int]]:
    return [(kind, path, n) for (kind, path), n in report.kinds.most_common(TOP_KINDS)]


def _json_report(report: Report) -> dict[str, Any]:
    return {
        "exit_code": report.exit_code,
        "records": report.total("records"),
        "valid": report.total("valid"),
        "invalid": report.total("invalid"),
        "unreadable_lines": report.total("unreadable_lines"),
        "errors_total": report.errors_total,
        "errors_truncated": report.errors_listed < report.errors_total,
        "top_errors": [{"kind": k, "path": p, "count": n} for k, p, n in _top_kinds(report)],
        "files": [vars(f) for f in report.files],
        "errors": report.errors,
    }


def _print_summary(report: Report) -> None:
    out = sys.stdout
    if report.errors_listed < report.errors_total:
        print(f"... {report.errors_total - report.errors_listed:,} more errors not listed "
              "(--max-errors)", file=out)
    parts = [_count(report.total("records"), "record"), f"{report.total('valid'):,} valid",
             f"{report.total('invalid'):,} invalid"]
    if report.total("unreadable_lines"):
        parts.append(_count(report.total("unreadable_lines"), "line") + " not JSON")
    unreadable_files = sum(1 for f in report.files if f.error)
    if unreadable_files:
        parts.append(_count(unreadable_files, "file") + " unreadable")
    print(f"{_count(len(report.files), 'file')}: " + ", ".join(parts), file=out)
    top = _top_kinds(report)
    if top:
        print("top error kinds:", file=out)
        for kind, path, n in top:
            print(f"  {n:>8,}  {kind:<15} {path}", file=out)


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
