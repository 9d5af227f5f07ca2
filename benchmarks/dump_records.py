#!/usr/bin/env python3
"""Every record tagwire makes of the measured pages, in one file, for before/after diffs.

    python benchmarks/dump_records.py OUT.jsonl [--shared DIR]
    cmp before.jsonl after.jsonl     # a speed change must leave this file as it was

One line per input, in a fixed order: its key and the records of
``normalize_page`` (or ``normalize_text`` for text dumps), ``fetched_at`` left out,
or the error it raised. Inputs: the AEB pages and the dev set in ``../shared`` (where
present), and the project's real saved pages and dumps in ``tests/fixtures/real``
(posts, archives, stories, the broad set, dumps). A change that only makes the
normalizer faster must give a byte-identical file; one that changes quality shows its
every changed record here, beside the gates' figures.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from corpus import DEFAULT_SHARED, REAL_FIXTURES, load_folder

DEVSET_BASE = "http://127.0.0.1:8000"  # the dev set's pages were saved from this address


def inputs(shared: Path, real: Path) -> Iterator[tuple[str, Callable[[], list[dict]]]]:
    """(key, function making its records), for every input that exists here."""
    from normalizer.pipeline import normalize_page, normalize_text

    folders = {"aeb": shared / "bench" / "aeb", "broad": real / "broad"}
    for sub in ("archives", "posts", "stories"):
        folders[f"real-{sub}"] = real / sub
    for name, folder in folders.items():
        if folder.is_dir():
            for page in load_folder(folder):
                yield (f"{name}/{page.name}",
                       lambda page=page: normalize_page(page.html, page.url))
    devset = shared / "devset"
    if (devset / "gold.jsonl").is_file():
        with (devset / "gold.jsonl").open(encoding="utf-8") as fh:
            paths = [json.loads(line)["url"] for line in fh if line.strip()]
        for path in paths:
            page = devset / "site" / path.strip("/") / "index.html"
            yield (f"devset{path}", lambda page=page, path=path: normalize_page(
                page.read_text(encoding="utf-8", errors="replace"), DEVSET_BASE + path))
        for dump in sorted((devset / "dumps").glob("*.txt")):
            yield (f"devset-dump/{dump.name}", lambda dump=dump: [normalize_text(
                dump.read_text(encoding="utf-8"), f"file:///{dump.name}")])
    for dump in sorted((real / "dumps").rglob("*.txt")):
        yield (f"real-dump/{dump.relative_to(real / 'dumps')}", lambda dump=dump: [
            normalize_text(dump.read_text(encoding="utf-8", errors="replace"),
                           f"file:///{dump.name}")])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="the JSON Lines file to write")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED,
                    help="the shared folder (default: ../shared beside the repository)")
    ap.add_argument("--real", type=Path, default=REAL_FIXTURES,
                    help="the real saved pages (default tests/fixtures/real)")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.CRITICAL)  # per-page complaints are noise here
    count = 0
    with args.out.open("w", encoding="utf-8") as fh:
        for key, make in inputs(args.shared, args.real):
            try:
                records: list[dict] | str = make()
            except Exception as exc:  # recorded: a change of error is a change too
                records = f"{type(exc).__name__}: {exc}"
            if isinstance(records, list):
                for rec in records:
                    rec.pop("fetched_at", None)
            fh.write(json.dumps({"key": key, "records": records}, ensure_ascii=False,
                                sort_keys=True) + "\n")
            count += 1
    print(f"{count} inputs -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
