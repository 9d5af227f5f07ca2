#!/usr/bin/env python3
"""Score tagwire on the fifteenth held-out set's batch 2, beside plain trafilatura.

    python benchmarks/eval_heldout15b.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout15b``, origins in its ``SOURCES.md``) is the second
batch of the fifteenth set, for what the first lacks: agency copy and other languages. Real
news pages of 2011-2012 a multilingual text-extraction corpus saved as raw HTML: two Polish
portals' PAP stories (a source line with desk initials, share and reaction buttons), two
Canadian papers' Canadian Press stories (a byline naming the agency, a dateline, a bullet
list), Xinhua's own traditional-Chinese page (a dateline naming the reporter), a Russian
business site's Reuters-based story (the agency only a tag) and a Greek paper's own story,
the last two saved a year later with that year's side lists. Labelled by hand in the format of
``../shared/eval/FORMAT.md`` before tagwire was run on them; its figures are a floor to
keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout15b")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout15b.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout15b")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
