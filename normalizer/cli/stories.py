"""Write one row a story -- CSV, JSON Lines or Parquet -- from post records.

Each row holds the story's post (url, title, published, site, tag) and the story's own
fields (headline, source, credits, byline, dateline, published, language, word count,
fingerprint, duplicate_of as three columns, text). In CSV, lists are JSON text. The
format follows the output's name (.csv, .jsonl, .jsonl.gz, .parquet) or --format.
Parquet needs pyarrow: pip install 'tagwire[parquet]'.

Exit status: 0 done; 2 unreadable input (named with its line), unknown format or a
missing extra.
"""
from __future__ import annotations

import argparse
import sys

from normalizer.cli import add_record_files

HELP = "one row a story from post records: CSV, JSON Lines or Parquet"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_record_files(parser)
    parser.add_argument("-o", "--output", required=True, metavar="OUT",
                        help="stories.csv, stories.jsonl[.gz] or stories.parquet")
    parser.add_argument("--format", choices=("csv", "jsonl", "parquet"),
                        help="output format (default: from OUT's suffix)")


def _error(message: str) -> int:
    print(f"tagwire stories: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from normalizer.io.jsonl import InputError, iter_lines
    from normalizer.sinks import MissingExtra
    from normalizer.sinks.exports import StoryWriter

    try:
        writer = StoryWriter(args.output, args.format)
    except (ValueError, MissingExtra) as exc:
        return _error(str(exc))
    records = 0
    try:
        with writer:
            for path in args.files:
                for line in iter_lines(path, strict=True):
                    if not isinstance(line.record, dict):
                        return _error(f"{line.source}:{line.number}: not a post record "
                                      "(a JSON object)")
                    writer.write_record(line.record)
                    records += 1
    except InputError as exc:
        return _error(str(exc))
    except OSError as exc:
        return _error(f"{args.output}: {exc}")
    print(f"tagwire stories: {writer.rows} stories from {records} records -> {args.output} "
          f"({writer.format})", file=sys.stderr)
    return 0
