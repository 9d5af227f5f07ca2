#!/usr/bin/env python3
"""Score tagwire on the thirteenth held-out set's second batch, beside plain trafilatura.

    python benchmarks/eval_heldout13b.py [--json] [--failures] [--platforms] [--wordpress]
                                         [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout13b``, origins in its ``SOURCES.md``) is the second
batch of the thirteenth held-out set, kept apart so the first batch's figures stay as
measured: real news pages of 2011-2012 a multilingual text-extraction corpus saved as raw
HTML, five of them agency copy: two Greek stories of the Athens news agency (one in a table
layout, one with a dateline and a photo's copyright box inside its caption), a Chinese
business site running a Xinhua round-up (source, dateline and byline lines, a summary box),
an Indian portal's automated PTI feed (the wire text in one paragraph), a Polish science
site's PAP story and a Russian compiled report with sub-headings and dated related links.
Labelled by hand in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on
them; its figures are a floor to keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout13b")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout13b.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout13b")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
