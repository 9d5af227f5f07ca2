"""Flatten a saved HTML page to a text dump: visible text, one block a line.

The dump has the shape ``tagwire normalize`` reads as text: a blank line between blocks,
a line break where the page has ``<br>``, image alt text on a line of its own, list items
with a bullet. Scripts, styles, the page's <head> and hidden elements are left out.
The page is read as ``tagwire normalize`` reads it (charset by byte-order mark, declared
charset, UTF-8, then a detector). Exit status: 0 done; 1 the file could not be read.
"""
from __future__ import annotations

import argparse
import sys

from normalizer.io.input_files import DEFAULT_MAX_BYTES

HELP = "flatten a saved HTML page to a text dump (visible text, one block a line)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="PAGE.html", help="the saved page ('-' reads stdin)")
    parser.add_argument("-o", "--output", default="-", metavar="OUT.txt",
                        help="where the dump goes ('-' = stdout, the default)")
    parser.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                        help=f"refuse files larger than N bytes (default {DEFAULT_MAX_BYTES:,}; "
                             "0 = no limit)")


def run(args: argparse.Namespace) -> int:
    from normalizer.io.input_files import InputFileError, decode_bytes, read_input
    from normalizer.pages.flatten import flatten_html

    try:
        if args.file == "-":
            text, _ = decode_bytes(sys.stdin.buffer.read())
        else:
            text = read_input(args.file, max_bytes=args.max_bytes).text
    except InputFileError as err:
        print(f"tagwire: {args.file}: {err}", file=sys.stderr)
        return 1
    dump = flatten_html(text)
    if args.output == "-":
        sys.stdout.write(dump)
    else:
        with open(args.output, "w", encoding="utf-8") as out:
            out.write(dump)
    return 0
