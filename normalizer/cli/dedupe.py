"""Mark near-duplicate stories in JSON Lines files of post records.

Reads the files in order, one record at a time, and writes every record to the
output: a story that copies one seen earlier (SimHash of its text within
``--max-distance`` bits of an earlier story's) gets ``duplicate_of`` with that first
copy's url and story index; first copies get none. Memory grows with the number of
distinct stories only. With ``--redis-url`` the index lives in Redis and is shared
with crawls using the same URL (and kept after the run).

Writes to standard output unless ``-o`` is given; ``-`` reads standard input.

Exit status: 0 done; 2 an input unreadable or a record without url/fingerprints
(named as FILE:LINE), or Redis unreachable.
"""
from __future__ import annotations

import argparse
import logging
import sys
import time

from normalizer.cli import add_record_files

HELP = "mark later copies of the same story with duplicate_of (SimHash, streaming)"

logger = logging.getLogger(__name__)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_record_files(parser)
    parser.add_argument("-o", "--output", default="-", metavar="OUT",
                        help="where to write the records (.jsonl, .jsonl.gz; default - for "
                             "stdout)")
    parser.add_argument("--max-distance", type=int, default=3, metavar="BITS",
                        help="most differing fingerprint bits for a copy (0-15; default 3)")
    parser.add_argument("--redis-url", default=None, metavar="URL",
                        help="keep the index in this Redis, e.g. redis://127.0.0.1:6379/0 "
                             "(shared with crawls using it); default: in memory")
    parser.add_argument("--redis-prefix", default=None, metavar="PREFIX",
                        help="key prefix of the index in Redis (default tagwire:fingerprints)")


def _error(message: str) -> int:
    print(f"tagwire dedupe: error: {message}", file=sys.stderr)
    return 2


def run(args: argparse.Namespace) -> int:
    from normalizer.cli.validate import record_progress
    from normalizer.dedupe.index import (
        DEFAULT_REDIS_PREFIX,
        FingerprintIndex,
        Index,
        RedisFingerprintIndex,
        mark_duplicates,
    )
    from normalizer.io.jsonl import InputError, OutputLocked, iter_lines, open_output, write_record

    if not 0 <= args.max_distance <= 15:
        return _error(f"--max-distance must be between 0 and 15, not {args.max_distance}")
    index: Index
    if args.redis_url:
        try:
            index = RedisFingerprintIndex.from_url(
                args.redis_url, max_distance=args.max_distance,
                prefix=args.redis_prefix or DEFAULT_REDIS_PREFIX)
            index.client.ping()
        except ModuleNotFoundError as exc:
            return _error(f"--redis-url needs the {exc.name} package: install tagwire[redis]")
        except Exception as exc:  # bad URL scheme, refused connection, auth...
            return _error(f"cannot use Redis at {args.redis_url}: {exc}")
    else:
        index = FingerprintIndex(args.max_distance)
    records = stories = duplicates = 0
    start = time.perf_counter()
    bar = record_progress(args.files, getattr(args, "quiet", False))
    try:
        with open_output(args.output) as out:
            for path in args.files:
                for line in iter_lines(path, strict=True):
                    if bar is not None:
                        bar.update(1)
                    where = f"{line.source}:{line.number}"
                    record = line.record
                    if not isinstance(record, dict):
                        return _error(f"{where}: not a post record (a JSON object)")
                    try:
                        duplicates += mark_duplicates(record, index)
                    except ValueError as exc:
                        return _error(f"{where}: {exc}")
                    records += 1
                    stories += len(record.get("stories") or ())
                    write_record(out, record)
    except (InputError, OutputLocked) as exc:
        return _error(str(exc))
    except OSError as exc:
        return _error(f"{args.output}: {exc}")
    finally:
        if bar is not None:
            bar.close()
    elapsed = time.perf_counter() - start
    if not getattr(args, "quiet", False):
        print(f"tagwire dedupe: {records} records, {stories} stories, {duplicates} duplicates, "
          f"{stories - duplicates} distinct (max distance {args.max_distance}, "
          f"{elapsed:.1f}s)", file=sys.stderr)
    return 0
