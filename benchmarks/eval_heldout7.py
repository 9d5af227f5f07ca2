#!/usr/bin/env python3
"""Score tagwire on the seventh held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout7.py [--json] [--failures] [--platforms] [--wordpress]
                                       [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout7``, origins in its ``SOURCES.md``) is real news pages
from outlets no other gold set holds, taken from the test data of projects the other sets
do not draw on (a metadata scraper's, a newspaper fork's and a goose port's saved pages):
syndicated and wire copy on other outlets' pages, outlets named in their own credit slots,
two stories on one page, a paywalled page, a podcast page, lists, pull quotes and credits
set between paragraphs, in English, Spanish, French, Korean, Portuguese and Chinese,
labelled by hand in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on
them. Like the earlier held-out sets it measures how the rules carry to content they were
not made from: its figures are a floor to keep, never a target to tune against sentence by
sentence.

The script is ``heldout_common.HeldoutSet("heldout7")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout7.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout7")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
