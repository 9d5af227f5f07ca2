#!/usr/bin/env python3
"""Score tagwire on the twelfth held-out set, beside plain trafilatura.

    python benchmarks/eval_heldout12.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout12``, origins in its ``SOURCES.md``) is real news
pages a maintained fork of an article parser saved for its own tests (only the ones the
fork added, none of the original project's, none an earlier set took): three German
stories (one of agency copy signed with an editor's and the agency's initials, one split
by inline teaser boxes of other stories), a French analysis with pull quotes, an Italian
sports comment above a sidebar feed of wire stories, a Chinese product report with
``<h1>`` sub-headings, two English stories from Singapore (one syndicated from another
paper, with its source line) and a Polish police report split by a box of related
titles. Labelled by hand in the format of ``../shared/eval/FORMAT.md`` before tagwire was
run on them; its figures are a floor to keep, never a target to tune against sentence by
sentence.

The script is ``heldout_common.HeldoutSet("heldout12")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout12.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout12")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
