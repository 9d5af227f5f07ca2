"""The ``tagwire`` command line: builds the parser and dispatches to ``normalizer.cli``.

Each sub-command lives in its own module under ``normalizer.cli`` exposing
``HELP`` (one line), ``add_arguments(parser)`` and ``run(args) -> int``. Modules are
imported lazily so that ``tagwire validate`` does not pay for trafilatura's import.
``parse_args(argv)`` never reads ``sys.argv`` implicitly. ``-v``/``-q`` are read before
the sub-command and after it alike (``tagwire -v normalize`` = ``tagwire normalize -v``).
"""
from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

COMMANDS = {
    "crawl": "normalizer.cli.crawl",
    "normalize": "normalizer.cli.normalize",
    "validate": "normalizer.cli.validate",
    "schema": "normalizer.cli.schema",
    "dedupe": "normalizer.cli.dedupe",
    "enqueue": "normalizer.cli.enqueue",
    "load": "normalizer.cli.load",
    "stories": "normalizer.cli.stories",
    "report": "normalizer.cli.report",
    "flatten": "normalizer.cli.flatten",
}


def add_record_files(parser: argparse.ArgumentParser) -> None:
    """The positional input of every command that reads post records (one wording for all)."""
    parser.add_argument("files", nargs="+", metavar="IN",
                        help="JSON Lines file of post records (.jsonl, .jsonl.gz, - for stdin)")


def _verbosity(parser: argparse.ArgumentParser, default: object) -> None:
    """-v/-q on the main parser (``default`` 0/False) and on each sub-command's
    (``default`` SUPPRESS, so that not giving them there keeps the main parser's)."""
    parser.add_argument("-v", "--verbose", action="count", default=default,
                        help="more log output (-vv: debug)")
    parser.add_argument("-q", "--quiet", action="store_true",
                        default=default if default is argparse.SUPPRESS else False,
                        help="only errors: no progress bar, no summary lines")


def build_parser() -> argparse.ArgumentParser:
    from normalizer.version import __version__

    parser = argparse.ArgumentParser(
        prog="tagwire",
        description=("Wire stories out of aggregator-blog tag archives: crawl, normalize, "
                     "validate, dedupe."),
    )
    parser.add_argument("--version", action="version", version=f"tagwire {__version__}")
    _verbosity(parser, 0)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name, module_name in COMMANDS.items():
        module = importlib.import_module(module_name)
        p = sub.add_parser(name, help=module.HELP, description=module.__doc__,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        _verbosity(p, argparse.SUPPRESS)
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    return build_parser().parse_args(list(argv))


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(
        level=logging.ERROR if args.quiet else logging.WARNING - 10 * min(args.verbose, 2),
        format="tagwire: %(levelname)s: %(message)s",
    )
    try:
        return int(args._run(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. `tagwire normalize ... | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
