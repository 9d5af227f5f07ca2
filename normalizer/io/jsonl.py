"""JSON Lines in and out: streaming readers, an output opener and a rejects file.

Reading (constant memory, one line at a time, however large the file)::

    from normalizer.io.jsonl import InputError, read_records
    try:
        for record in read_records("posts.jsonl.gz"):   # or "-" for stdin
            ...
    except InputError as exc:       # missing file, not gzip, a line that is not JSON
        print(f"tagwire: error: {exc}", file=sys.stderr)   # "posts.jsonl.gz:12:5: not JSON: ..."
        return 2

:func:`iter_lines` is the lower level: it yields :class:`Line` objects with their line
numbers and, with ``strict=False``, keeps going past lines that are not JSON (each
comes back with ``.error`` set) so a validator can report all of them. Gzip is
recognised by its magic bytes, not the file name; a ``.gz`` name on a file that is not
gzip is an error. Blank lines are skipped; a UTF-8 byte order mark is tolerated.

Writing::

    with open_output("out/posts.jsonl") as out:     # "-" is stdout, ".gz" compresses
        write_record(out, record)

    with RejectsWriter("out/rejects.jsonl") as rejects:  # file appears only if needed
        rejects.reject(record, errors, source=url)

A rejects line is ``{"errors": ["$.stories[0].text: '' should be non-empty", ...],
"record": {...}, "source": "<file:line or url>"}``: nothing is dropped silently.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import json
import logging
import os
import sys
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, cast

logger = logging.getLogger(__name__)

STDIO = "-"
GZIP_MAGIC = b"\x1f\x8b"
#: The longest line read as one record. A record is a post (pages are capped at 10 MB
#: before normalizing); a longer line is not one, and reading it whole would take several
#: times its size in memory. Past the cap the line is skipped in chunks and reported.
MAX_LINE_BYTES = 64 * 1024 * 1024
#: How a JSON array or a pretty-printed object is named in the one error it gets.
NOT_JSON_LINES = "expects JSON Lines (one record a line)"


class InputError(Exception):
    """Input that cannot be read: names the source, and the line and column if known.

    ``str(exc)`` is one line, ``FILE:LINE:COLUMN: message`` (or ``FILE: message``).
    """

    def __init__(self, source: str, message: str, line: int | None = None,
                 column: int | None = None) -> None:
        self.source = source
        self.message = message
        self.line = line
        self.column = column
        super().__init__(str(self))

    def __str__(self) -> str:
        where = self.source
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        return f"{where}: {self.message}"


@dataclass
class Line:
    """One non-blank line of a JSON Lines input: its record, or why it has none."""

    source: str
    number: int
    record: Any = None
    error: InputError | None = None


def display_name(path: str | os.PathLike[str]) -> str:
    """How a source is named in messages: the path as given, ``<stdin>`` for ``-``."""
    return "<stdin>" if str(path) == STDIO else str(path)


@contextlib.contextmanager
def open_binary_input(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Open a file or ``-`` for reading bytes, gunzipping if the content is gzip.

    Raises :class:`InputError` for a missing or unreadable file, and for a file named
    ``*.gz`` whose content is not gzip.
    """
    name = display_name(path)
    if str(path) == STDIO:
        raw: IO[bytes] = sys.stdin.buffer
        owned = False
    else:
        try:
            raw = open(path, "rb")  # noqa: SIM115 (closed below)
        except FileNotFoundError:
            raise InputError(name, "no such file") from None
        except IsADirectoryError:
            raise InputError(name, "is a directory, not a JSON Lines file") from None
        except OSError as exc:
            raise InputError(name, f"cannot open: {exc.strerror or exc}") from None
        owned = True
    try:
        if not isinstance(raw, io.BufferedReader):
            raw = io.BufferedReader(raw)  # type: ignore[arg-type,type-var]
        head = raw.peek(2)[:2]
        if head == GZIP_MAGIC:
            stream: IO[bytes] = io.BufferedReader(gzip.GzipFile(fileobj=raw, mode="rb"),
                                                   buffer_size=1 << 16)
        elif name.endswith(".gz") and head:
            raise InputError(name, "not a gzip file (the name ends in .gz but the content "
                                   "is not gzip-compressed)")
        else:
            stream = raw
        yield stream
    finally:
        if owned:
            raw.close()


def iter_lines(path: str | os.PathLike[str], *, strict: bool = True,
               max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[Line]:
    """Yield each non-blank line of a JSON Lines file (``.jsonl``, ``.jsonl.gz``, ``-``).

    With ``strict`` (the default) a line that is not JSON raises :class:`InputError`;
    otherwise it is yielded with ``.error`` set and reading goes on. Errors in the
    file itself (missing, not gzip, truncated gzip, a JSON array or a pretty-printed
    document instead of JSON Lines) always raise. A line longer than ``max_line_bytes``
    is an error line; memory stays bounded by that size whatever the input.
    """
    name = display_name(path)
    with open_binary_input(path) as stream:
        number = 0
        first = True
        try:
            for number, raw_line, too_long in _bounded_lines(stream, max_line_bytes):
                if too_long:
                    error = InputError(name, f"line longer than {max_line_bytes:,} bytes "
                                             "(not one record): skipped", number)
                    if strict:
                        raise error
                    yield Line(name, number, error=error)
                    first = False
                    continue
                if not raw_line.strip():
                    continue
                if first:
                    _refuse_json_document(name, number, raw_line)
                    first = False
                line = _parse_line(name, number, raw_line)
                if line.error is not None and strict:
                    raise line.error
                yield line
        except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
            raise InputError(name, f"corrupt or truncated gzip data{_after(number)}: "
                                   f"{exc}") from None
        except OSError as exc:
            raise InputError(name, f"read error{_after(number)}: {exc}") from None


def _bounded_lines(stream: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, bool]]:
    """``(number, line, too_long)`` for each line; a line over ``limit`` bytes is read
    past in chunks and comes back empty with ``too_long`` set."""
    number = 0
    while True:
        raw = stream.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limit and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):
                raw = stream.readline(1 << 20)
            yield number, b"", True
            continue
        yield number, raw, False


def _refuse_json_document(name: str, number: int, raw_line: bytes) -> None:
    """A JSON array of records (``[{...}, ...]``) or a pretty-printed document is one
    document, not JSON Lines: say so once instead of once per line. (A line holding an
    array of other values is a bad record, reported as such.)"""
    text = raw_line.strip().lstrip(b"\xef\xbb\xbf")
    if text in (b"[", b"{"):
        raise InputError(name, f"a JSON document spread over lines: tagwire {NOT_JSON_LINES}",
                         number)
    if text.startswith(b"[") and text.endswith(b"]"):
        with contextlib.suppress(ValueError, RecursionError):
            items = json.loads(text)
            if isinstance(items, list) and items and all(isinstance(i, dict) for i in items):
                raise InputError(name, f"a JSON array: tagwire {NOT_JSON_LINES}", number)


def _after(number: int) -> str:
    return f" after line {number}" if number else ""


def read_records(path: str | os.PathLike[str]) -> Iterator[Any]:
    """Yield the record of each line; raise :class:`InputError` at the first bad one."""
    for line in iter_lines(path, strict=True):
        yield line.record


def _parse_line(name: str, number: int, raw_line: bytes) -> Line:
    try:
        text = raw_line.decode("utf-8")
    except UnicodeDecodeError as exc:
        column = len(raw_line[: exc.start].decode("utf-8", "replace")) + 1
        return Line(name, number, error=InputError(
            name, f"not UTF-8: byte 0x{raw_line[exc.start]:02x}", number, column))
    if number == 1 and text.startswith("\ufeff"):
        text = text[1:]
    try:
        return Line(name, number, record=json.loads(text))
    except json.JSONDecodeError as exc:
        return Line(name, number, error=InputError(
            name, f"not JSON: {exc.msg}", number, exc.colno))
    except RecursionError:
        return Line(name, number, error=InputError(name, "not JSON: nested too deeply", number))


# -- writing -------------------------------------------------------------------

def dumps_line(record: Any) -> str:
    """One record as a JSON Lines line (UTF-8 text kept readable), with its newline."""
    return json.dumps(record, ensure_ascii=False) + "\n"


def write_record(out: IO[str], record: Any) -> None:
    """Append one record to an output opened with :func:`open_output`."""
    out.write(dumps_line(record))


class OutputLocked(OSError):
    """Another process is writing the same output file; ``str(exc)`` says which file."""


@contextlib.contextmanager
def lock_output(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Hold an exclusive lock on an output file while it is written (created if missing,
    never truncated here). Two runs writing one file at once would interleave and
    truncate each other's lines; the second is refused with :class:`OutputLocked`.

    The lock is ``flock`` on the file itself, released when the process ends however it
    ends (no stale lock files). Where ``fcntl`` does not exist the file is not locked.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fh = open(target, "ab")  # noqa: SIM115 (closed below)
    try:
        try:
            import fcntl
        except ImportError:  # pragma: no cover (not POSIX)
            fcntl = None  # type: ignore[assignment]
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise OutputLocked(f"{target}: another tagwire run is writing this file "
                                   "(locked); wait for it or choose another output") from None
        yield fh
    finally:
        fh.close()


@contextlib.contextmanager
def open_output(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """Open a text output for JSON Lines: ``-`` is stdout (left open), a ``.gz`` name is
    gzip-compressed, parent directories are created. UTF-8, ``\\n`` line ends.

    The file is locked while open (:func:`lock_output`): a second writer gets
    :class:`OutputLocked` before anything is truncated.
    """
    if str(path) == STDIO:
        yield sys.stdout
        sys.stdout.flush()
        return
    target = Path(path)
    with lock_output(target) as raw:
        raw.truncate(0)
        if target.name.endswith(".gz"):
            fh: IO[str] = cast(IO[str], gzip.open(  # noqa: SIM115 (closed below)
                raw, "wt", encoding="utf-8", newline="\n"))
        else:
            fh = io.TextIOWrapper(raw, encoding="utf-8", newline="\n", write_through=False)
        try:
            yield fh
        finally:
            fh.flush()
            if isinstance(fh, io.TextIOWrapper):
                fh.detach()  # the lock's handle closes the file
            else:
                fh.close()


class RejectsWriter:
    """Where records that fail validation go, with the reasons, instead of vanishing.

    The file is created on the first :meth:`reject`, so a clean run leaves no empty
    rejects file behind. Each write is flushed (rejects are rare; a crash keeps
    them). Safe to share between threads.

    By default the first reject replaces a stale file from an earlier run;
    ``append=True`` adds to it instead (a resumed crawl keeps the first run's rejects).
    """

    def __init__(self, path: str | os.PathLike[str], *, append: bool = False) -> None:
        self.path = Path(path)
        self.append = append
        self.count = 0
        self._fh: IO[str] | None = None
        self._lock = threading.Lock()

    def reject(self, record: Any, errors: Iterable[Any], source: str | None = None) -> None:
        """Write one rejected record. ``errors`` are strings or
        :class:`normalizer.contract.schema.RecordError` (written as ``$.path: message``)."""
        entry = {"errors": [str(e) for e in errors], "record": record, "source": source}
        line = dumps_line(entry)
        with self._lock:
            if self._fh is None:
                self._fh = self._open()
            self._fh.write(line)
            self._fh.flush()
            self.count += 1

    def _open(self) -> IO[str]:
        # First open truncates a stale file from an earlier run (unless appending);
        # reopening after close() appends, so nothing written by this writer is lost.
        mode = "at" if self.count or self.append else "wt"
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.count == 0:
            logger.info("writing rejected records to %s", self.path)
        if self.path.name.endswith(".gz"):
            return cast(IO[str], gzip.open(self.path, mode, encoding="utf-8", newline="\n"))
        return open(self.path, mode, encoding="utf-8", newline="\n")

    def close(self) -> None:
        with self._lock:
            if self._fh is not None:
                self._fh.close()
                self._fh = None

    def __enter__(self) -> RejectsWriter:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
