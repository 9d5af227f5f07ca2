#!/usr/bin/env python3
"""Score tagwire on the ninth held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout9.py [--json] [--failures] [--platforms] [--wordpress]
                                       [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout9``, origins in its ``SOURCES.md``) is real news pages
in languages other than English, taken from the test data of projects the other sets do not
draw on (a Chinese news extractor's saved portal pages, a scraper's saved Hebrew news
flashes): agency copy with its dateline in the lead, outlets named in their source slots,
captions set as plain paragraphs or spans between paragraphs, text in table cells and loose
containers, right-to-left flashes of one paragraph, in Chinese and Hebrew, labelled by hand
in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on them. Like the
earlier held-out sets it measures how the rules carry to content they were not made from:
its figures are a floor to keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout9")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout9.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout9")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
