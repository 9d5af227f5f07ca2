"""One row a story, flat, for spreadsheets and data frames: CSV, JSON Lines, Parquet.

    from normalizer.sinks.exports import StoryWriter
    with StoryWriter("stories.parquet") as out:     # format from the suffix
        for record in records:
            out.write_record(record)

Every row holds the story's post (url, title, published, site, tag) and the story's
own fields, with ``duplicate_of`` spread over three columns. :data:`COLUMNS` fixes their
order. Lists (credits, byline) stay lists in JSON Lines and Parquet and are JSON text in
CSV -- never a Python repr. Rows are written as they come (Parquet in row groups), so
memory does not grow with the input. Parquet needs the ``parquet`` extra (pyarrow).
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from normalizer.sinks import MissingExtra

#: (column, type) in output order; types name the Parquet column type.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("url", "string"), ("title", "string"), ("published", "string"), ("site", "string"),
    ("tag", "string"), ("post_language", "string"),
    ("story_index", "int"), ("headline", "string"), ("source", "string"),
    ("credits", "list"), ("byline", "list"), ("dateline", "string"),
    ("story_published", "string"), ("language", "string"), ("word_count", "int"),
    ("fingerprint", "string"), ("duplicate_of_url", "string"),
    ("duplicate_of_index", "int"), ("duplicate_distance", "int"), ("text", "string"),
)
COLUMN_NAMES = tuple(name for name, _ in COLUMNS)

#: Output formats by file suffix (``.gz`` is allowed on JSON Lines).
FORMATS = {".csv": "csv", ".jsonl": "jsonl", ".parquet": "parquet"}

PARQUET_ROW_GROUP = 5000


def story_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The flat rows of one post record, one a story, columns as in :data:`COLUMNS`."""
    post = {"url": record.get("url"), "title": record.get("title"),
            "published": record.get("published"), "site": record.get("site"),
            "tag": record.get("tag"), "post_language": record.get("language")}
    for story in record.get("stories") or []:
        dup = story.get("duplicate_of") or {}
        yield {**post,
               "story_index": story.get("index"), "headline": story.get("headline"),
               "source": story.get("source"), "credits": list(story.get("credits") or []),
               "byline": list(story.get("byline") or []), "dateline": story.get("dateline"),
               "story_published": story.get("published"), "language": story.get("language"),
               "word_count": story.get("word_count"), "fingerprint": story.get("fingerprint"),
               "duplicate_of_url": dup.get("url"), "duplicate_of_index": dup.get("index"),
               "duplicate_distance": dup.get("distance"), "text": story.get("text")}


def format_for(path: str | Path, fmt: str | None = None) -> str:
    """The output format: ``fmt`` if given, else from the file name; ValueError if neither."""
    if fmt:
        if fmt not in FORMATS.values():
            raise ValueError(f"unknown format {fmt!r} (use {', '.join(FORMATS.values())})")
        return fmt
    name = str(path).lower().removesuffix(".gz")
    for suffix, found in FORMATS.items():
        if name.endswith(suffix):
            return found
    raise ValueError(f"{path}: cannot tell the format from the name (use .csv, .jsonl or "
                     f".parquet, or --format)")


def csv_value(value: Any) -> Any:
    """A cell of a CSV file: lists and objects as JSON text, None as empty."""
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


class StoryWriter:
    """Writes story rows to one file in the format its name (or ``fmt``) says."""

    def __init__(self, path: str | Path, fmt: str | None = None) -> None:
        self.path = Path(path)
        self.format = format_for(path, fmt)
        self.rows = 0
        self._fh: IO[str] | None = None
        self._csv: Any = None
        self._parquet: Any = None
        self._pa: Any = None
        self._buffer: list[dict[str, Any]] = []
        if self.format == "parquet":
            try:
                import pyarrow
                import pyarrow.parquet
            except ImportError:
                raise MissingExtra("Parquet output", "parquet", "pyarrow") from None
            self._pa = pyarrow

    def __enter__(self) -> StoryWriter:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if self.format == "csv":
            self._fh = self.path.open("w", encoding="utf-8", newline="")
            self._csv = csv.DictWriter(self._fh, fieldnames=COLUMN_NAMES)
            self._csv.writeheader()
        elif self.format == "jsonl":
            from normalizer.io.jsonl import open_output

            self._jsonl_cm = open_output(self.path)
            self._fh = self._jsonl_cm.__enter__()
        else:
            import pyarrow.parquet as pq

            self._parquet = pq.ParquetWriter(self.path, self.arrow_schema())
        return self

    def __exit__(self, *exc_info: Any) -> None:
        if self.format == "parquet":
            self._flush_parquet()
            self._parquet.close()
        elif self.format == "jsonl":
            self._jsonl_cm.__exit__(*exc_info)
        elif self._fh is not None:
            self._fh.close()

    def arrow_schema(self) -> Any:
        pa = self._pa
        types = {"string": pa.string(), "int": pa.int64(), "list": pa.list_(pa.string())}
        return pa.schema([(name, types[kind]) for name, kind in COLUMNS])

    def write_record(self, record: dict[str, Any]) -> int:
        """Write the rows of one record; returns how many."""
        n = 0
        for row in story_rows(record):
            self.write_row(row)
            n += 1
        return n

    def write_row(self, row: dict[str, Any]) -> None:
        self.rows += 1
        if self.format == "csv":
            self._csv.writerow({k: csv_value(v) for k, v in row.items()})
        elif self.format == "jsonl":
            from normalizer.io.jsonl import write_record

            assert self._fh is not None
            write_record(self._fh, row)
        else:
            self._buffer.append(row)
            if len(self._buffer) >= PARQUET_ROW_GROUP:
                self._flush_parquet()

    def _flush_parquet(self) -> None:
        if self._buffer:
            table = self._pa.Table.from_pylist(self._buffer, schema=self.arrow_schema())
            self._parquet.write_table(table)
            self._buffer = []
