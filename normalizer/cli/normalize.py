"""Normalize saved pages and text dumps into post records, one JSON line each.

Each FILE is read as bytes, its charset detected (byte-order mark, the page's own
<meta charset>, strict UTF-8, then a detector) and its kind told by content: an HTML
page gives one record per post it shows (a permalink page one, an archive page one per
listed post); a text dump gives one record holding all its stories. Directories are
searched for *.html, *.htm and *.txt. Every record is validated against the schema
before it is written; a record that fails goes with its errors to the rejects file.
``-`` reads one file from standard input. In a directory, files that are not pages
(robots.txt, JSON, XML, images, archives, scripts...) are skipped with one line each
saying why; they do not count as failures. Two runs writing one output file at once:
the second refuses with one line (the file is locked while written).

A file that cannot be read or normalized gets one line on stderr,
"tagwire: FILE: reason", and the other files are still processed.
Exit status: 0 all good; 1 a file failed or a record was rejected; 2 usage error.
"""
from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from normalizer.io.input_files import DEFAULT_MAX_BYTES

logger = logging.getLogger(__name__)

HELP = "turn saved HTML pages and text dumps into validated post records (JSON Lines)"

#: Suffixes picked up when a FILE argument is a directory.
DIRECTORY_SUFFIXES = (".html", ".htm", ".txt")
#: A progress bar is shown (on a terminal) from this many files on.
PROGRESS_MIN_FILES = 5
#: With -j N, at most this many files per worker are in flight, so results do not pile
#: up in memory when writing is slower than normalizing.
IN_FLIGHT_PER_JOB = 4


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE",
                        help="HTML page or text dump ('-' = stdin); a directory is searched "
                             "for *.html, *.htm and *.txt")
    parser.add_argument("--url", help="the page's address (only with one FILE); default: "
                                      "the file's file:// URI")
    parser.add_argument("-o", "--output", default="-", metavar="OUT.jsonl",
                        help="where records go ('-' = stdout, the default; .gz compresses)")
    parser.add_argument("--rejects", metavar="PATH",
                        help="where records that fail validation go, with their errors "
                             "(default: OUT's stem + .rejects.jsonl beside OUT, or "
                             "rejects.jsonl in the current directory with stdout)")
    parser.add_argument("-j", "--jobs", type=int, default=1, metavar="N",
                        help="normalize N files at a time in worker processes (default 1)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"refuse files larger than N bytes (default {DEFAULT_MAX_BYTES:,}; "
                             "0 = no limit)")


@dataclass
class FileResult:
    """What became of one input file: its records, or the one-line reason it has none."""

    path: str
    records: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    #: The error says the file is not a page (robots.txt, JSON...): skipped, not failed,
    #: when a directory search found it.
    not_a_page: bool = False
    warnings: tuple[str, ...] = ()


def run(args: argparse.Namespace) -> int:
    usage = _usage_error(args)
    if usage:
        print(f"tagwire normalize: error: {usage}", file=sys.stderr)
        return 2
    from normalizer.contract.schema import record_errors
    from normalizer.io.input_files import STDIN
    from normalizer.io.jsonl import OutputLocked, RejectsWriter, open_output, write_record

    if not getattr(args, "verbose", 0):
        # trafilatura warns ("discarding data: ...") about the very files we report in one
        # line each; its own wording comes back with -v.
        logging.getLogger("trafilatura").setLevel(logging.ERROR)

    paths, failed = expand_inputs(args.files, _report)
    named = set(args.files)
    stdin_data = None
    if STDIN in paths:
        limit = args.max_bytes + 1 if args.max_bytes else -1
        stdin_data = sys.stdin.buffer.read(limit)
    rejects_path = Path(args.rejects) if args.rejects else default_rejects_path(args.output)
    bar = _progress(len(paths), getattr(args, "quiet", False))
    records_written = skipped = 0
    try:
        with open_output(args.output) as out, RejectsWriter(rejects_path) as rejects:
            for result in normalize_files(paths, args.url, args.max_bytes, args.jobs,
                                          stdin_data):
                for warning in result.warnings:
                    _report(f"tagwire: {result.path}: warning: {warning}", bar)
                if result.error and result.not_a_page and result.path not in named:
                    skipped += 1
                    _report(f"tagwire: {result.path}: skipped: {result.error}", bar)
                elif result.error:
                    failed += 1
                    _report(f"tagwire: {result.path}: {result.error}", bar)
                for number, record in enumerate(result.records, start=1):
                    errors = record_errors(record)
                    if errors:
                        rejects.reject(record, errors, source=result.path)
                        _report(f"tagwire: {result.path}: {_reject_reason(record, number, errors)}"
                                f"; record written to {rejects_path}", bar)
                    else:
                        write_record(out, record)
                        records_written += 1
                if bar is not None:
                    bar.update(1)
    except BrokenPipeError:
        raise
    except OutputLocked as err:
        print(f"tagwire normalize: error: {err}", file=sys.stderr)
        return 2
    except OSError as err:
        print(f"tagwire normalize: error: cannot write: {err}", file=sys.stderr)
        return 2
    finally:
        if bar is not None:
            bar.close()
    logger.info("%d file(s), %d record(s) written, %d file(s) failed, %d skipped (not pages), "
                "%d record(s) rejected", len(paths), records_written, failed, skipped,
                rejects.count)
    return 1 if failed or rejects.count else 0


def _usage_error(args: argparse.Namespace) -> str | None:
    if args.jobs < 1:
        return "-j/--jobs must be at least 1"
    if args.max_bytes < 0:
        return "--max-bytes must be 0 (no limit) or more"
    if args.url is not None:
        if len(args.files) != 1:
            return f"--url needs exactly one FILE (got {len(args.files)})"
        if Path(args.files[0]).is_dir():
            return "--url needs one FILE, not a directory"
        from urllib.parse import urlsplit

        parts = urlsplit(args.url)
        if not parts.scheme or not (parts.netloc or parts.scheme == "file"):
            return f"--url must be an absolute URL such as https://host/path (got {args.url!r})"
    return None


def expand_inputs(arguments: Iterable[str], report: Any = None) -> tuple[list[str], int]:
    """Files named, plus the *.html/*.htm/*.txt files under named directories (sorted).

    Returns the paths and the number of directory arguments that held nothing to read
    (each reported through ``report``). Missing files are kept: reading them reports them.
    Other files in a directory, and files whose name says they are not pages
    (robots.txt), are reported as skipped, with the reason, one line each.
    """
    from normalizer.io.input_files import not_page_reason

    paths: list[str] = []
    empty_dirs = 0
    for arg in arguments:
        p = Path(arg)
        if p.is_dir():
            found = []
            for f in sorted(p.rglob("*")):
                if not f.is_file():
                    continue
                reason = not_page_reason(f)
                if reason is None and f.suffix.lower() in DIRECTORY_SUFFIXES:
                    found.append(str(f))
                elif report:
                    report(f"tagwire: {f}: skipped: "
                           f"{reason or 'not *.html, *.htm or *.txt'}")
            if not found:
                empty_dirs += 1
                if report:
                    report(f"tagwire: {arg}: directory holds no "
                           f"{', '.join('*' + s for s in DIRECTORY_SUFFIXES)} files")
            paths.extend(found)
        else:
            paths.append(arg)
    return paths, empty_dirs


def default_rejects_path(output: str) -> Path:
    """``out/posts.jsonl`` -> ``out/posts.rejects.jsonl``; stdout -> ``./rejects.jsonl``."""
    if output == "-":
        return Path("rejects.jsonl")
    out = Path(output)
    stem = out.name
    for suffix in (".gz", ".jsonl", ".json", ".ndjson"):
        stem = stem.removesuffix(suffix)
    return out.with_name(f"{stem or 'out'}.rejects.jsonl")


def normalize_files(paths: list[str], url: str | None, max_bytes: int,
                    jobs: int = 1, stdin_data: bytes | None = None) -> Iterator[FileResult]:
    """Yield each file's result in input order, as soon as it is ready. ``stdin_data``:
    standard input, read once by the caller, for the path ``-``."""
    def data_of(path: str) -> bytes | None:
        return stdin_data if path == "-" else None

    if jobs <= 1 or len(paths) <= 1:
        for path in paths:
            yield normalize_file(path, url, max_bytes, data_of(path))
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        pending: deque[Any] = deque()
        todo = iter(paths)
        for path in todo:
            pending.append(pool.submit(normalize_file, path, url, max_bytes, data_of(path)))
            if len(pending) >= jobs * IN_FLIGHT_PER_JOB:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def normalize_file(path: str, url: str | None = None,
                   max_bytes: int = DEFAULT_MAX_BYTES, data: bytes | None = None) -> FileResult:
    """Read one file and normalize it; never raises for bad input (the error is returned).
    ``data``: the bytes of ``-`` (standard input), read by the caller."""
    from normalizer.io.input_files import InputFileError, NotAPage, read_input

    try:
        source = read_input(path, max_bytes, data)
    except InputFileError as err:
        return FileResult(path, error=str(err), not_a_page=isinstance(err, NotAPage))
    result = _normalize_source(path, url or _file_url(path), source)
    result.warnings = source.warnings
    return result


def _file_url(path: str) -> str:
    """A record's url when none is given: the file's ``file://`` URI (stdin's device)."""
    from normalizer.io.input_files import STDIN

    return "file:///dev/stdin" if path == STDIN else Path(path).resolve().as_uri()


def _normalize_source(path: str, page_url: str, source: Any) -> FileResult:
    import normalizer
    from normalizer.io.deadline import PostTimeout, default_seconds, time_limit

    try:
        with time_limit(default_seconds()):  # $TAGWIRE_POST_TIME_LIMIT
            if source.kind == "html":
                records = list(normalizer.normalize_page(source.text, page_url))
            else:
                records = [normalizer.normalize_text(source.text, page_url)]
    except PostTimeout as err:
        return FileResult(path, error=str(err))
    except normalizer.NormalizeError as err:  # the normalizer's own "nothing to read here"
        return FileResult(path, error=_one_line(str(err)))
    except Exception as err:
        logger.debug("normalizing %s failed", path, exc_info=True)
        return FileResult(path, error=f"cannot normalize ({source.kind}): "
                                      f"{type(err).__name__}: {_one_line(str(err))}")
    if not records:
        return FileResult(path, error=f"no post found in the {source.kind}")
    return FileResult(path, records=records)


def _reject_reason(record: Any, number: int, errors: list[Any]) -> str:
    stories = record.get("stories") if isinstance(record, dict) else None
    if isinstance(stories, list) and not any(
            isinstance(s, dict) and str(s.get("text") or "").strip() for s in stories):
        what = "no story text found"
    else:
        more = f" (+{len(errors) - 1} more)" if len(errors) > 1 else ""
        what = f"{errors[0]}{more}"
    return f"record {number} rejected: {what}"


def _one_line(text: str) -> str:
    return " ".join(text.split())[:300]


def _progress(total: int, quiet: bool = False) -> Any:
    """A tqdm bar on stderr, only for a terminal and enough files to be worth it."""
    if quiet or total < PROGRESS_MIN_FILES or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=total, unit="file", file=sys.stderr, dynamic_ncols=True)


def _report(message: str, bar: Any = None) -> None:
    """One line on stderr, printed above the progress bar when there is one."""
    if bar is not None:
        bar.write(message, file=sys.stderr)
    else:
        print(message, file=sys.stderr)
