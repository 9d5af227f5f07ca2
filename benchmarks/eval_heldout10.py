#!/usr/bin/env python3
"""Score tagwire on the tenth held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout10.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout10``, origins in its ``SOURCES.md``) is real news pages
taken from the saved test pages of a read-it-later app's Readability fork, a project the
other sets do not draw on: an Arabic BBC feature with captions in three blocks and promos
inside the text, a paywalled Chinese company story, a Spanish long feature, and English
reports from outlets no set holds (a dateline in the lead, "Advertisement" headings and ad
furniture between paragraphs, event and webinar promos, "Related" links and an embedded
tweet inside the text, a press release with its media-contact box), labelled by hand in the
format of ``../shared/eval/FORMAT.md`` before tagwire was run on them. Like the earlier
held-out sets it measures how the rules carry to content they were not made from: its
figures are a floor to keep, never a target to tune against sentence by sentence.

The script is ``heldout_common.HeldoutSet("heldout10")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout10.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout10")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
