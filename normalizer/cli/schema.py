"""Print the post-record JSON Schema (draft 2020-12) that tagwire writes and validates.

Downstream pipelines can validate tagwire's output with any JSON Schema library:
``tagwire schema > post.schema.json``. ``--path`` prints where the installed schema
file is instead; ``--version`` prints the schema version new records carry.
"""
from __future__ import annotations

import argparse
import sys

HELP = "print the JSON Schema of post records (or --path: where it is installed)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--path", action="store_true",
                       help="print the path of the schema file instead of its content")
    group.add_argument("--version", action="store_true", dest="schema_version",
                       help="print the schema version that new records carry")


def run(args: argparse.Namespace) -> int:
    from normalizer.contract.schema import schema_path
    from normalizer.model import SCHEMA_VERSION

    if args.path:
        print(schema_path())
    elif args.schema_version:
        print(SCHEMA_VERSION)
    else:
        # The file as shipped, byte for byte: its $id and formatting are the contract.
        sys.stdout.write(schema_path().read_text(encoding="utf-8"))
    return 0
