"""Load post records (JSON Lines) into a database: SQLite or PostgreSQL.

Each record is validated first; one that fails the schema goes with its errors to the
rejects file and never reaches the database. A post already in the database (same
canonical URL) is updated in place, its stories, removed items and tags replaced, so
loading the same files twice leaves the same rows. The table layout is created or
migrated forward on first use.

    tagwire load posts.jsonl more.jsonl.gz --db sqlite:///tagwire.db
    tagwire load posts.jsonl --db postgresql://user@host/dbname

Exit status: 0 all loaded; 1 some records rejected; 2 unreadable input (named with its
line) or an unusable database (nothing of the current batch is written).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from normalizer.cli import add_record_files

HELP = "load post records into a database (SQLite file or PostgreSQL), idempotently"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_record_files(parser)
    parser.add_argument("--db", required=True, metavar="URL",
                        help="sqlite:///path.db (a file, created if missing) or "
                             "postgresql://user[:password]@host[:port]/dbname")
    parser.add_argument("--rejects", metavar="PATH",
                        help="where records that fail the schema go, with their errors "
                             "(default: the first IN's stem + .rejects.jsonl beside it, "
                             "or rejects.jsonl for stdin)")
    parser.add_argument("--batch-size", type=int, default=200, metavar="N",
                        help="records written per transaction (default 200)")


def _error(message: str) -> int:
    print(f"tagwire load: error: {message}", file=sys.stderr)
    return 2


def default_rejects(first: str) -> Path:
    if first == "-":
        return Path("rejects.jsonl")
    path = Path(first)
    stem = path.name.removesuffix(".gz").removesuffix(".jsonl")
    return path.with_name(f"{stem}.rejects.jsonl")


def run(args: argparse.Namespace) -> int:
    from normalizer.io.jsonl import InputError, RejectsWriter, iter_lines
    from normalizer.sinks import MissingExtra
    from normalizer.sinks.database import DatabaseError, DatabaseSink, RecordRejected, redact

    rejects = RejectsWriter(args.rejects or default_rejects(args.files[0]))
    sink = DatabaseSink(args.db, batch_size=args.batch_size)
    try:
        sink.open()
    except (DatabaseError, MissingExtra) as exc:
        return _error(str(exc))
    status = 0
    try:
        with sink, rejects:
            try:
                for path in args.files:
                    for line in iter_lines(path, strict=True):
                        try:
                            sink.write(line.record)
                        except RecordRejected as exc:
                            rejects.reject(line.record, exc.errors,
                                           source=f"{line.source}:{line.number}")
                            print(f"tagwire load: {line.source}:{line.number}: rejected: "
                                  f"{exc.errors[0]}", file=sys.stderr)
            except InputError as exc:
                status = _error(f"{exc} (the valid records before it were loaded)")
    except Exception as exc:  # a database failure mid-load: say which
        return _error(f"writing to {redact(args.db)} failed: {type(exc).__name__}: "
                      f"{str(exc).splitlines()[0]}")
    counts = sink.counts
    with DatabaseSink(args.db) as db:
        total_posts, total_stories = db.count("posts"), db.count("stories")
    print(f"tagwire load: {counts.posts} records ({counts.stories} stories) written, "
          f"{counts.rejected} rejected"
          + (f" (see {rejects.path})" if counts.rejected else "")
          + f"; the database holds {total_posts} posts, {total_stories} stories",
          file=sys.stderr)
    return status or (1 if counts.rejected else 0)
