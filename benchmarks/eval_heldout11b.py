#!/usr/bin/env python3
"""Score tagwire on the eleventh held-out set's second batch, beside plain trafilatura.

    python benchmarks/eval_heldout11b.py [--json] [--failures] [--platforms] [--wordpress]
                                         [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout11b``, origins in its ``SOURCES.md``) is the second
batch of the eleventh held-out set, kept apart so the first batch's figures stay as
measured: real news pages a maintained fork of an article parser saved for its own tests
(only the ones the fork added, none of the original project's), in languages the other sets
lack or hold little of: a Greek interview report, a Persian long feature, two Polish
reports (a table of contents, a poll, an inline box of related titles between paragraphs),
a German regional story of pasted agency copy (its dateline and a source line), an English
match report and a Spanish history feature with inline related links. Labelled by hand in
the format of ``../shared/eval/FORMAT.md`` before tagwire was run on them; its figures are a
floor to keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout11b")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout11b.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout11b")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
