#!/usr/bin/env python3
"""Score tagwire on the eleventh held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout11.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout11``, origins in its ``SOURCES.md``) is real news pages
taken from the saved pages of a news-radar project's fetchers, a project the other sets do
not draw on: mostly Chinese (simplified and traditional script: a Singapore broadcaster's
and a Singapore daily's reports, a French broadcaster's Chinese service reporting an
agency's news, two BBC Chinese features with image credits, captions, an embed and a
"most read" list between paragraphs) and one English report from a Hong Kong daily, cut
short by the save; audio-player and dictionary widgets between headline and text, related
boxes inside the text, promos and tag links after it. Labelled by hand in the format of
``../shared/eval/FORMAT.md`` before tagwire was run on them. Like the earlier held-out sets
it measures how the rules carry to content they were not made from: its figures are a floor
to keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout11")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout11.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout11")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
