#!/usr/bin/env python3
"""Score tagwire on the eighth held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout8.py [--json] [--failures] [--platforms] [--wordpress]
                                       [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout8``, origins in its ``SOURCES.md``) is real news pages
taken from the test data of projects the other sets do not draw on (ports and wrappers of
Readability, whose tests keep real pages saved years ago): wire copy on other outlets'
pages, outlets named in their own credit slots, first pages of multi-page stories,
factboxes, pull quotes, captions and credits set between paragraphs, in English and Turkish,
labelled by hand in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on
them. Like the earlier held-out sets it measures how the rules carry to content they were
not made from: its figures are a floor to keep, never a target to tune against sentence by
sentence.

The script is ``heldout_common.HeldoutSet("heldout8")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout8.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout8")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
