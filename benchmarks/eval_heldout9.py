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

The whole script is ``heldout_common.HeldoutSet`` named by the set's folder, as the sixth's to
eighth's are: ``tagwire normalize`` on every permalink page, plain trafilatura as the
reference, ``score.py`` for both, the failure listing by kind; with ``--wordpress`` the
stories pasted into posts of a real WordPress (``eval_wordpress_real.py``'s quick runs);
with ``--platforms`` the stories in the three real themes the fifth set introduced
(``benchmarks/themes_heldout5.py``; this set adds none). Exit 0 whatever the scores (the gate
is ``tests/test_gate_heldout9.py``); 1 if a ``tagwire normalize`` call or a crawl failed; 2
if ``../shared`` (or, with ``--wordpress``, WordPress) is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout9")
GOLD = SET.gold
evaluate, platforms, wordpress = SET.evaluate, SET.platforms, SET.wordpress


def main(argv: list[str] | None = None) -> int:
    return SET.main(argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
