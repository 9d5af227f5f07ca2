#!/usr/bin/env python3
"""Score tagwire on the seventeenth held-out set, beside plain trafilatura.

    python benchmarks/eval_heldout17.py [--json] [--failures] [--platforms] [--wordpress]
                                        [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout17``, origins in its ``SOURCES.md``) is real news pages
of 2016-2025 two news-parsing libraries keep for their tests, from seven outlets no other set
holds, in four languages: a Taiwanese agency's (CNA's) story on its own site, shown as one
paragraph above an archive-expiry notice and among cookie and language prompts (Chinese);
three Japanese dailies' stories (a members-only teaser above a paywall box, a long report with
a term explanation, reaction buttons and comment boxes, page 1 of 2 with a Kyodo photo credit
and a next-page link); a Norwegian celebrity story with a fact box and "Les også" links between
its paragraphs; two South African stories (a court report whose pull quote repeats a sentence
of the body, a weather story with related cards and "ALSO READ" links inside the body).
Labelled by hand in the format of ``../shared/eval/FORMAT.md`` before tagwire was run on
them; its figures are a floor to keep, never a target to tune against sentence by sentence.

First figures (on main 489f489's code, before any change reached the set): pages story 0.800,
text 0.930 (plain trafilatura 0.911), cruft 0.119, headline 0.833, source n/a (the one story
that names a source is not matched), language 1.000, date 1.000; in the fifth set's three
themes (micro, crawled) story 0.714, text 0.899, cruft 0.646, headline 1.000, source n/a,
language 1.000, date 1.000; in a real WordPress (five quick runs, micro) recall 1.000, story
0.714, text 0.904, cruft 0.509, headline 1.000, source n/a, language 1.000, date 1.000. The
floors in the gate sit a hair below them.

The script is ``heldout_common.HeldoutSet("heldout17")``: what its options run and
its exit codes are said there, once for every set; the gate is
``tests/test_gate_heldout17.py``.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout17")
GOLD, evaluate, platforms, wordpress = SET.gold, SET.evaluate, SET.platforms, SET.wordpress

if __name__ == "__main__":
    sys.exit(SET.main(None, __doc__))
