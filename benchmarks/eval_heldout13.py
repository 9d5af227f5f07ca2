#!/usr/bin/env python3
"""Score tagwire on the thirteenth held-out set, beside plain trafilatura.

    python benchmarks/eval_heldout13.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout13``, origins in its ``SOURCES.md``) is real English
news pages two content-extraction libraries saved for their tests (none an earlier set
took): a CNN sports report with image credits and an inline related card, a Fox Business
report with a stock ticker table and all-capitals related links inside its text, a Guardian
match report with standfirst bullets and a newsletter promo inside, a New York Times
briefing item whose heading differs from its ``<title>``, two BBC stories (captions, inline
related links, "More on this story") and a U.S. Attorney's press release with a dateline.
Labelled by hand in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on
them; its figures are a floor to keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout13")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout13.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout13")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
