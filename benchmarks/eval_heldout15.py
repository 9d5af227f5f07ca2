#!/usr/bin/env python3
"""Score tagwire on the fifteenth held-out set, beside plain trafilatura.

    python benchmarks/eval_heldout15.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout15``, origins in its ``SOURCES.md``) is real news pages
of 2022-2025 a modern-web extraction benchmark saved as raw HTML, in today's markup: a national
news agency's own page (Bangladesh's BSS, its dateline naming it), a TV station's story with
the station in its dateline, two NPR pages (a radio transcript with player controls and a blog
article with related cards and sponsor labels inside the body), a paywalled STAT story, a
Slashdot summary quoting the Los Angeles Times above its comment thread, a tech-news story and a
research press story with a pull quote. Labelled by hand in the format of
``../shared/eval/FORMAT.md`` before tagwire was run on them; its figures are a floor to
keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout15")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout15.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout15")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
