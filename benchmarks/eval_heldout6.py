#!/usr/bin/env python3
"""Score tagwire on the sixth held-out set, beside plain trafilatura, and list each failure.

    python benchmarks/eval_heldout6.py [--json] [--failures] [--platforms] [--wordpress]
                                       [--keep DIR] [--shared DIR]

The set (``tests/fixtures/real/heldout6``, origins in its ``SOURCES.md``) is real news pages
from outlets no other gold set holds, taken from the test data of two projects the other
sets do not draw on (many of them Wayback Machine captures): wire and syndicated copy on other
outlets' pages, outlets named in their own credit slots, national and regional outlets'
own pages, in English, Spanish, Portuguese, German, Hindi, Indonesian, Italian, Albanian,
Romanian, Russian and Urdu (the one language no earlier set holds), labelled by hand in the
format of ``../shared/eval/FORMAT.md`` before tagwire was run on them. Like the earlier
held-out sets it measures how the rules carry to content they were not made from: its
figures are a floor to keep, never a target to tune against sentence by sentence.

The machinery is ``benchmarks/eval_heldout2.py``'s and ``benchmarks/heldout_common.py``'s,
imported, not copied (the whole script is ``heldout_common.HeldoutSet``, named by the set's
folder): ``tagwire normalize`` on every permalink page, plain trafilatura as the reference,
``score.py`` for both, the failure listing by kind; with ``--wordpress`` the stories pasted
into posts of a real WordPress (``eval_wordpress_real.py``'s quick runs). With
``--platforms`` the stories go into the three real themes the fifth set introduced
(``benchmarks/themes_heldout5.py``: WordPress Twenty Twenty-One, Ghost Casper, Drupal
Olivero; this set adds none), built and crawled by ``eval_platforms_real.py``'s machinery on
a private copy of that module. Exit 0 whatever the scores (the gate is
``tests/test_gate_heldout6.py``); 1 if a ``tagwire normalize`` call or a crawl failed; 2 if
``../shared`` (or, with ``--wordpress``, WordPress) is missing.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from heldout_common import HeldoutSet  # noqa: E402  (the held-out script, data-driven)

SET = HeldoutSet("heldout6")
GOLD = SET.gold
evaluate, platforms, wordpress = SET.evaluate, SET.platforms, SET.wordpress


def main(argv: list[str] | None = None) -> int:
    return SET.main(argv, __doc__)


if __name__ == "__main__":
    sys.exit(main())
