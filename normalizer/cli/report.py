"""Write an HTML report of post records: one self-contained file that opens offline.

Charts with a table of their numbers under each: posts and stories over time, stories
by source and by language, cruft removed by kind, the most reposted wire stories
(near-duplicates), rejects and fetch errors, requests per post. Rejects come from
--rejects files; fetch errors and requests from a crawl's --summary (SUMMARY_PATH).
A crawl writes the same report with -s REPORT_PATH=report.html.
Needs the report extra: pip install 'tagwire[report]'.

Exit status: 0 written; 2 unreadable input (named with its line) or a missing extra.
"""
from __future__ import annotations

import argparse
import json
import sys

from normalizer.cli import add_record_files

HELP = "an HTML report (charts and tables, self-contained) of post records"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_record_files(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT.html",
                        help="where the report goes")
    parser.add_argument("--rejects", action="append", default=[], metavar="PATH",
                        help="a rejects file to count (repeatable)")
    parser.add_argument("--summary", metavar="PATH",
                        help="a crawl's close summary (SUMMARY_PATH), for fetch errors and "
                             "requests per post")
    parser.add_argument("--title", default="tagwire crawl report", help="the page's title")


def _error(message: str) -> int:
    print(f"tagwire report: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from normalizer.io.jsonl import InputError, iter_lines
    from normalizer.sinks import MissingExtra
    from normalizer.sinks.report import ReportData, check_available, write_report

    try:
        check_available()
    except MissingExtra as exc:
        return _error(str(exc))
    data = ReportData()
    try:
        for path in args.files:
            for line in iter_lines(path, strict=True):
                if not isinstance(line.record, dict):
                    return _error(f"{line.source}:{line.number}: not a post record")
                data.add(line.record)
        for path in args.rejects:
            for line in iter_lines(path, strict=True):
                if not isinstance(line.record, dict):
                    return _error(f"{line.source}:{line.number}: not a rejects line")
                data.add_reject(line.record)
    except InputError as exc:
        return _error(str(exc))
    if args.summary:
        try:
            with open(args.summary, encoding="utf-8") as fh:
                data.summary = json.load(fh)
        except OSError as exc:
            return _error(f"{args.summary}: {exc.strerror or exc}")
        except json.JSONDecodeError as exc:
            return _error(f"{args.summary}:{exc.lineno}:{exc.colno}: not JSON: {exc.msg}")
        if not isinstance(data.summary, dict):
            return _error(f"{args.summary}: not a crawl summary (a JSON object)")
    try:
        path = write_report(args.output, data, title=args.title)
    except OSError as exc:
        return _error(f"{args.output}: {exc}")
    print(f"tagwire report: {data.posts} posts, {data.stories} stories -> {path}",
          file=sys.stderr)
    return 0
