#!/usr/bin/env python3
"""Score tagwire on the twelfth held-out set's second batch, beside plain trafilatura.

    python benchmarks/eval_heldout12b.py [--json] [--failures] [--platforms] [--wordpress]
                                         [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout12b``, origins in its ``SOURCES.md``) is the second
batch of the twelfth held-out set, kept apart so the first batch's figures stay as
measured: real news pages a maintained fork of an article parser saved for its own tests
(only the ones the fork added, none of the original project's, none an earlier set took):
two German stories (a headline inside the breadcrumb and a numbered photo gallery; a table
of contents and an author box), two French ones (an AI summary box and membership promos; a
local weekly's pull quote) and an English report whose paragraphs are separated by line
breaks only, with a promo slider inside the text. Labelled by hand in the format of
``../shared/eval/FORMAT.md`` before tagwire was run on them; its figures are a floor to
keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout12b")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout12b.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout12b")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
